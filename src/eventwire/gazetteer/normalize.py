"""Name folding: the keys under which place names are indexed and looked up.

News spells the same place many ways: "Ar-Raqqah", "Raqqa", "al-Raqqa"; "Deir ez-Zor",
"Deir Ezzor", "Dayr az Zawr". Two keys absorb most of that without a fuzzy matcher:

* ``fold`` (the *tight* key): accents stripped, case folded, hyphens and punctuation
  turned to spaces, apostrophes and ayn/hamza marks dropped. "Ar-Raqqah" -> "ar raqqah".
* ``loose_keys`` (the *loose* keys): the tight key with spaces removed, doubled letters
  collapsed and a final "h" dropped, once with Arabic articles ("al-", "ar-", "ez-" ...)
  kept and once with them removed. "Deir Ezzor" and "Deir ez-Zor" share "deirezor";
  "Ar Raqqah" and "Raqqa" share "raqa".

* ``skeleton`` (the *consonant* key): the loose key without vowels, y and w, for
  spellings that differ only in vowels: "Latamneh"/"Lataminah", "Khan Younis"/"Khan
  Yunis", "Mazar-i-Sharif"/"Mazar-e Sharif" (only when 4+ consonants remain).

A tight match ranks above a loose one, a loose one above a skeleton one. All functions
are pure and cheap. ``plain`` gives the display form of a GeoNames name, as ACLED
writes names: no diacritics, no ayn/hamza marks ("Khān Yūnis" -> "Khan Yunis").
"""

from __future__ import annotations

import re
import unicodedata

ARTICLES = frozenset("al el il ar er as es ash esh ad ed adh an en at et az ez ul ur".split())
"""Transliterated Arabic articles, as separate tokens after folding."""

_MARKS = "`\u2018\u2019\u02bb\u02bc\u02be\u02bf\u00b4"
_DROP = str.maketrans("", "", "'" + _MARKS)
_DROP_MARKS = str.maketrans("", "", _MARKS)
_VOWELS = re.compile(r"[aeiouyw]")
_SPACE = re.compile(r"[^0-9a-z]+")
_DOUBLE = re.compile(r"(.)\1+")
_SPECIAL = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ı": "i",
        "ħ": "h",
        "Ħ": "H",
        "ə": "a",  # Azerbaijani schwa: "Gədəbəy" -> "Gadabay", as ACLED writes it
        "Ə": "A",
        "ð": "d",
        "Ð": "D",
        "þ": "th",
        "Þ": "Th",
    }
)


def strip_accents(text: str) -> str:
    """'Ḩimş' -> 'Hims', 'Łódź' -> 'Lodz'."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def is_latin(text: str) -> bool:
    """True when the name is written in Latin letters (possibly accented)."""
    return strip_accents(text).isascii()


def fold(text: str) -> str:
    """The tight key: lower case ASCII words separated by single spaces."""
    ascii_text = strip_accents(text).translate(_DROP).lower()
    return _SPACE.sub(" ", ascii_text).strip()


def _squash(words: list[str]) -> str:
    joined = _DOUBLE.sub(r"\1", "".join(words))
    return joined[:-1] if joined.endswith("h") and len(joined) > 3 else joined


ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "pt": "point"}
"""Short forms of name words, expanded in the loose key: "St. Croix County" and "Saint Croix County",
"Mt. Pleasant" and "Mount Pleasant" share one."""


def loose_keys(text: str) -> set[str]:
    """The loose keys of a name (one or two of them); empty for an empty name."""
    words = [ABBREVIATIONS.get(w, w) for w in fold(text).split()]
    if not words:
        return set()
    keys = {_squash(words)}
    content = [w for w in words if w not in ARTICLES]
    if content and len(content) < len(words):
        keys.add(_squash(content))
    return {k for k in keys if len(k) >= 3}


def skeleton(text: str) -> str | None:
    """The consonant key of the name's article-free loose form, or None when too short."""
    words = [w for w in fold(text).split() if w not in ARTICLES] or fold(text).split()
    if not words:
        return None
    key = _DOUBLE.sub(r"\1", _VOWELS.sub("", _squash(words)))
    return key if len(key) >= 4 else None


def plain(text: str) -> str:
    """The display form: accents and ayn/hamza marks removed, spaces tidied."""
    return " ".join(strip_accents(text).translate(_DROP_MARKS).split())

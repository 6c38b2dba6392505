"""The word lists' shortcuts (one screen of a sentence's words for every list, a case-sensitive twin run over
the lowercase text) give exactly what the lists' own regular expressions give."""

from __future__ import annotations

import random
import re

import pytest

import eventwire.lexicon as lexicon
from eventwire.lexicon import WordsPattern, load_cues, load_event_terms, words_regex

MIXED = [
    "GUNMEN KILLED three Soldiers; an IED and a UAV hit the Checkpoint, officials said.",
    "An Air Strike by the coalition destroyed a VBIED near the market on Monday.",
    "Police fired tear gas at protesters who blocked the road, the U.N. said.",
    "Heavy machine-guns and Machine Guns were seized; the army denied it.",
    "İstanbul police detained 40 people after the protest.",  # dotted capital I: not ASCII
    "They ſhelled the town and \u212ailled 3.",  # long s and Kelvin sign fold to s and k
    "",
]


def _lists() -> list[WordsPattern]:
    terms, cues = load_event_terms(), load_cues()
    return [
        *(t.regex for t in terms.triggers),
        *(regex for _, regex in terms.instruments),
        *terms.context.values(),
        cues.asserts,
        cues.denies,
        *cues.hints.values(),
    ]


def _found(matches) -> list[tuple[tuple[int, int], str, tuple]]:  # type: ignore[no-untyped-def]
    return [(m.span(), m.group(), m.groups()) for m in matches]


def _agree(words: WordsPattern, text: str, pos: int = 0, endpos: int = 10_000) -> None:
    raw = words.regex
    assert _found(words.finditer(text, pos, endpos)) == _found(raw.finditer(text, pos, endpos))
    assert words.findall(text, pos, endpos) == raw.findall(text, pos, endpos)
    got, want = words.search(text, pos, endpos), raw.search(text, pos, endpos)
    assert (got and (got.span(), got.group())) == (want and (want.span(), want.group()))
    blank = lambda m: "_" * len(m.group())  # noqa: E731
    assert words.sub(blank, text) == raw.sub(blank, text)
    assert words.sub(r"<\g<0>>", text, count=1) == raw.sub(r"<\g<0>>", text, count=1)


def test_nearly_every_shipped_list_has_a_lowercase_twin() -> None:
    lists = _lists()
    assert sum(lexicon._over_lowercase(w.regex) is not None for w in lists) >= 0.9 * len(lists)


@pytest.mark.parametrize("text", MIXED)
def test_shipped_lists_agree_with_their_regex_in_any_case(text: str) -> None:
    for words in _lists():
        _agree(words, text)  # the first read: the list's own needles
        _agree(words, text)  # read again: the screen and the twin
        _agree(words, text, 4, 50)
        _agree(words, text, -3, -1)


def test_shipped_lists_agree_when_read_in_turn_on_shuffled_words() -> None:
    """Sentences made of the lists' own words, in any case; every list reads each one in turn, as the stages do."""
    rng = random.Random(11)
    lists = _lists()
    vocabulary = sorted({w for p in lists for w in re.findall(r"[A-Za-z][A-Za-z -]{2,}", p.pattern)})
    noise = [" ", ", ", ". ", "-", "'s ", " 12 ", "\n", "İ", "\u212a"]
    for _ in range(120):
        parts = [rng.choice(vocabulary) if rng.random() < 0.6 else rng.choice(noise) for _ in range(rng.randint(1, 14))]
        text = "".join(p.upper() if rng.random() < 0.25 else p.title() if rng.random() < 0.2 else p for p in parts)
        for words in lists:
            _agree(words, text)


def test_capitals_in_a_list_match_any_case_and_matches_keep_the_words_as_written() -> None:
    words = words_regex(["IED", "UAVs?", r"suicide (?P<kind>VBIED|bomb(?:er|ing)?)"])
    text = "An ied, two Uavs and a Suicide vbied."
    assert lexicon._over_lowercase(words.regex) is not None
    assert [m.group() for m in words.finditer(text)] == ["ied", "Uavs", "Suicide vbied"]
    assert words.findall(text) == words.regex.findall(text) == ["", "", "vbied"]  # its one group, as written
    assert words.search(text, 17).group("kind") == "vbied"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "patterns",
    [
        [r"(?-i:IS) fighters"],  # a case of its own
        ["café", "strike"],  # a non-ASCII letter
        [r"[A-z]+ed"],  # capitals and punctuation in one range
        [r"(\w+) \1 attack"],  # a back reference
    ],
)
def test_lists_without_a_twin_still_agree(patterns: list[str]) -> None:
    words = words_regex(patterns)
    assert lexicon._over_lowercase(words.regex) is None
    for text in ("IS fighters attacked", "is fighters", "Café strike", "a SHELLED town", "big big attack", ""):
        _agree(words, text)
        _agree(words, text)


def test_ascii_letter_ranges_become_lowercase() -> None:
    words = words_regex([r"[A-C]\d+ rockets?", r"grad[-A-Z]*"])
    assert lexicon._over_lowercase(words.regex) is not None
    for text in ("B12 ROCKETS and a GRAD-M", "a12 rocket, d4 rockets, grad-x"):
        _agree(words, text)
        _agree(words, text)


def test_a_list_made_after_a_sentence_was_screened_reads_it_right() -> None:
    """The screen covers the lists known when it ran; a newer list's own words decide for it."""
    first = words_regex(["shelled", "raided"])
    sentence = "Rebels shelled the zorbanite depot."
    assert first.search(sentence) and first.search(sentence)  # screened now
    later = words_regex(["zorbanite"])  # a word no list had
    assert later.search(sentence).group() == "zorbanite"  # type: ignore[union-attr]
    assert later.search(sentence).group() == "zorbanite"  # type: ignore[union-attr]
    assert words_regex(["depots? raid"]).search(sentence) is None


def test_a_key_inside_a_word_is_confirmed_by_the_needle() -> None:
    """ "air strike" is screened by the word "strike"; a sentence with "strike" but not "air strike" has no match."""
    words = words_regex(["air strikes?"])
    assert words._unsure  # its needle is more than its key
    for text in ("A strike in the air.", "An AIR STRIKE, then air strikes."):
        _agree(words, text)
        _agree(words, text)


def test_the_screen_forgets_words_past_its_limit_and_stays_right(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lexicon, "_WORDS_REMEMBERED", 3)
    words = words_regex(["ambush(?:ed)?", "raid"])
    for text in ("one two three four five ambushed", "six seven raid eight", "nine ten eleven"):
        _agree(words, text)
        _agree(words, text)
    assert len(lexicon._screen[0]._of_word) <= 3

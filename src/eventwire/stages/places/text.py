"""What the words around a place name say: whether it is a place of the event, a place at all, a division."""

from __future__ import annotations

import re

from eventwire.records import Span

_REGION_AFTER = re.compile(
    r"^\s+(?:province|governorate|region|oblast|state|district|county|countryside|area)\b", re.IGNORECASE
)
_LOCATIVE_BEFORE = re.compile(
    r"(?:\(\s*|\b(?:in|at|near|from|to|towards?|outside|into|around|of the town of|of the city of|village of|town of|city of|"
    r"province of|governorate of|countryside of)\s+(?:the\s+)?(?:[A-Z][a-z]+(?:'s|\u2019s|s)\s+)?)$",
    re.IGNORECASE,
)
_SETTLEMENT_OF = re.compile(
    r"\b(?:village|town|city|municipality|district|hamlet|settlement|locality|commune|township|outskirts|"
    r"suburb|neighbou?rhood)\s+of\s+$",
    re.IGNORECASE,
)
"""Words that make the next name a place whatever the language model took it for."""

_ASIDE = re.compile(
    r"outlawed|banned|prohibited|designated|listed|known as|based|headquartered|formerly", re.IGNORECASE
)
_NAME = r"[A-Z][\w'\u2019.-]*(?:[ -](?:al|el|ar|as|ad|ash|at|an|az|de|del|do|da|[A-Z][\w'\u2019.-]*)){0,3}"
_KIND = (
    r"(?:\s+(?:village|town|city|district|sub-?district|area|LGA|municipality|county|commune|locality|"
    r"neighbou?rhood|camp|sector|front|frontline))?"
)
"""A kind word between a place and its qualifier: "Ahmadabad district, Paktia", "Qaniyah area (Mahliyah, Marib)"."""
_WORD_IN_SENTENCE = r"(?:[A-Z][a-z]?\.|[A-Z][\w'\u2019-]*(?:\.[\w'\u2019-]+)*)"
_NAME_IN_SENTENCE = (
    rf"{_WORD_IN_SENTENCE}(?:[ -](?:al|el|ar|as|ad|ash|at|an|az|de|del|do|da|{_WORD_IN_SENTENCE})){{0,3}}"
)
"""``_NAME`` that does not run on past a full stop ("Paris, Idaho. Mr. Carlsen" qualifies Paris by "Idaho", not by
"Idaho. Mr"), though "St. Louis" and "D.C." keep theirs."""
_QUALIFIER = re.compile(
    rf"{_KIND},\s+({_NAME_IN_SENTENCE})(?=[,.;:)]|\s+(?:on|in|and)\b)|{_KIND}\s*\(({_NAME}){_KIND}(?:,\s*({_NAME}))?[,)]"
)
"""A qualifying division after a place name: ", Donetsk," or " (Al Jabal Al Gharbi)" or ACLED's
"(district, province)": "(Abs, Hajjah)"."""

_KIND_WORDS = frozenset(
    "city town village county district province governorate state region oblast department municipality".split()
)
_LEADING = frozenset("in at on near from to the of a by and or outside inside around".split())
_POSSESSIVE_AFTER = re.compile(
    r"^[’']s\b(?!\s+(?:(?:[A-Z][\w-]+\s+){1,3}(?:neighbou?rhood|district|area|quarter|camp)|(?:\w+\s+)?(?:neighbou?rhood|"
    r"district|outskirts|suburbs?|old city|city cent(?:re|er)|airport|port|countryside|market|northern|southern|"
    r"eastern|western)\b))"
)
"""A possessive ("Russia's forces") is no place of the event, but a part of a town is ("Kabul's Dasht-e-Barchi
neighbourhood", "Aleppo's eastern districts")."""
_SPEAKS_AFTER = re.compile(
    r"^\s+(?:said|says|claimed|claims|announced|announces|denied|denies|accused|accuses|warned|warns|insisted|"
    r"insists|has said|stated|rejected|rejects|blamed|blames|urged|urges|vowed|vows|condemned|condemns|"
    r"responded|threatened|wants|wanted|backs|backed|supports|(?:has|had|have)\s+(?:no|not|long|repeatedly|always))\b"
)
"""Capital metonymy: "Moscow said", "Kigali had no part": a government speaking, not a place of the event."""
_SPOKEN_IN_BEFORE = re.compile(
    r"\b(?:(?:told|telling|briefed|addressing)\s+(?:reporters|journalists|the\s+press|a\s+(?:news\s+|press\s+)?"
    r"(?:conference|briefing|rally))|(?:said|says|speaking|spoke)|(?:news|press)\s+conference|briefing)\s+in\s+$",
    re.IGNORECASE,
)
"""Where someone speaks ("the governor told reporters in Cucuta", "speaking in Kabul") is not where it happened."""
_COMMON_NOUN_AFTER = re.compile(r"\s+(?:town|village|city|community|district)\s+of\s+[A-Z]")
"""A word before "town of" + a name qualifies the town ("the Druze town of Majdal Shams"): the name is the place."""
_COMPOUND_AFTER = re.compile(
    r"^[-\u2010\u2011](?:backed|based|led|born|funded|sponsored|allied|aligned|trained|formed|supported|"
    r"made|run|linked|affiliated|headquartered|bound)\b",
    re.IGNORECASE,
)
"""A place in a compound adjective says who or where from, not where it happened: "Damascus-backed militia",
"the UK-based monitor", "a Tehran-bound flight"."""
_DATELINE_AFTER = re.compile(r"\s*\((?:[A-Z][\w.&-]*\s?){1,3}\)\s*(?:[-\u2013\u2014:]|$|[A-Z])")
"""A dateline in the body of a page (a related story's "MOSCOW (Sputnik) -", "BEIRUT (AP)"): where the
report was filed, not where the event happened; only an upper-case name is read so."""

_STREET_WORDS = frozenset(
    "road street st. avenue ave. lane boulevard square highway motorway drive roundabout junction".split()
)
_SITE_WORDS = _STREET_WORDS | frozenset(
    "checkpoint hospital university school college mosque church cathedral temple stadium prison jail barracks "
    "estate market mall hotel".split()
)
"""Last words of the name of a street or a site: looked up as such, it finds only chance namesakes; it is
placed where the text puts it (``PlaceStage._placed_by_context``), a site at the town in its name ("Kabul
University"), a street ("Mill Road") at the town named nearest to it."""
_PLACE_KIND_WORDS = frozenset(
    "village town city district sub-district subdistrict area lga municipality county commune locality township "
    "neighbourhood neighborhood camp quarter valley mountain mountains hills river island islands province region "
    "governorate state".split()
)
_KIND_AFTER = re.compile(
    r"\s+(?:village|town|city|district|sub-?district|area|LGA|municipality|county|commune|locality|township|"
    r"neighbou?rhood|camp|quarter|valley|province|region|governorate|state)\b",
    re.IGNORECASE,
)
_NO_NAME_OF_PLACE = re.compile(r"^(?:[^A-Z]|[A-Z][A-Z0-9&.+-]*$)")
"""An unknown name in lower case ("mosques", "absentia") or in capitals ("MURALS" in a headline, "UNAMID", "ICON"):
a locative before it is no evidence of a place."""
_OWNER_AFTER = re.compile(r"[’']s\b")
"""An unknown name that owns something ("Kemira's R&D centre", "Wavepiston's equity") is a company or a person."""
_WHERE_BEFORE = re.compile(
    r"(?:\(\s*|\b(?:in|at|near|outside|around|of the town of|of the city of|village of|town of|city of)\s+(?:the\s+)?)$",
    re.IGNORECASE,
)
"""``_LOCATIVE_BEFORE`` less "to", "from", "into": "to Fly", "from Movement for United Georgia", "to the Duma"
say nothing of a place whose name no gazetteer holds."""


def _place_of_event(text: str, span: Span) -> bool:
    """Not a speaking capital ("Moscow said"), a possessive ("Russia's forces") or an aside in parentheses."""
    after = text[span.end : span.end + 30]
    if _SPEAKS_AFTER.match(after) or _POSSESSIVE_AFTER.match(after) or _COMPOUND_AFTER.match(after):
        return False
    if _is_dateline(text, span) or _in_outlet_name(text, span):
        return False
    if _SPOKEN_IN_BEFORE.search(text, max(0, span.start - 60), span.start):
        return False
    if not any(ch.isupper() for ch in span.text) and any(ch.isupper() for ch in text[:200]):
        return False  # "escaping into the bush": a common noun, not Bush, Egypt (a text in lower case aside)
    line_start = text.rfind("\n", 0, span.start) + 1
    before = text[line_start : span.start]
    if before.count("(") <= before.count(")"):
        return True
    aside = before[before.rfind("(") :]
    return not _ASIDE.search(aside)  # "(outlawed in Russia)" is an aside; "(Ancuabe, Cabo Delgado)" locates


_ORGANISATION_AFTER = re.compile(r"\s+Treaty\b|\s+Organi[sz]ation\b")
"""A place in an organisation's name ("North Atlantic Treaty Organization") is no place of the event."""
_OUTLET_AFTER = re.compile(
    r"\s+(?:Times|Post|Herald|Tribune|Gazette|Observer|Online|Daily|News Agency|Chronicle|Telegraph|Standard)\b"
)
_OUTLET_BEFORE = re.compile(r"\bDaily\s+$")
_GENERIC_NAME_WORDS = frozenset(
    "north south east west northern southern eastern western central northwestern northeastern southwestern "
    "southeastern old new city town village".split()
)
"""A capitalised name made only of these ("Southern City" in a headline) names no place of its own."""
"""A place in an outlet's name ("Jordan Times", "Daily Sabah", "Ahram Online") is where the paper is, if anywhere."""


def _in_outlet_name(text: str, span: Span) -> bool:
    return bool(
        _OUTLET_AFTER.match(text, span.end)
        or _ORGANISATION_AFTER.match(text, span.end)
        or _OUTLET_BEFORE.search(text, max(0, span.start - 6), span.start)
    )


def _is_dateline(text: str, span: Span) -> bool:
    """An upper-case name before "(Outlet)": "MOSCOW (Sputnik) -", "BEIRUT (AP)"."""
    return span.text.isupper() and len(span.text) > 3 and bool(_DATELINE_AFTER.match(text, span.end))


def _same(name: str) -> str:
    """Names that are one name for context purposes: "LONDON" (a dateline) and "London"."""
    return " ".join(name.casefold().split())


def _said_to_be_a_place(text: str, span: Span) -> bool:
    """Whether the text itself says a name is a place: a locative before it ("in", "near", "the village
    of", "(" ...) or a kind word in or after it ("Mill Road", "Bu Shwe Maw village", "Guma LGA")."""
    words = span.text.split()
    after = _KIND_AFTER.match(text, span.end)
    if not after and _NO_NAME_OF_PLACE.search(span.text) or _OWNER_AFTER.match(text, span.end):
        return False  # "in mosques", "SURGE IN MURALS", "in ICON", "in Kemira's R&D centre": no place to pin
    return bool(
        _WHERE_BEFORE.search(text[max(0, span.start - 25) : span.start])
        or _SETTLEMENT_OF.search(text, max(0, span.start - 40), span.start)
        or after
        or (len(words) > 1 and words[-1].casefold() in _SITE_WORDS | _PLACE_KIND_WORDS)
    )


_DIRECTIONS = frozenset(
    "north south east west northeast northwest southeast southwest north-east north-west south-east south-west "
    "northern southern eastern western midwest".split()
)


def _bare_direction(name: str) -> bool:
    """Whether a name is a compass direction alone ("the West", "Northeast", "the North's peace process"): a part
    of a country or of the world, never the town of that name (West, Texas; North East, Maryland), so it says
    nothing of which country or division an article is about."""
    words = name.casefold().split()
    if words[:1] == ["the"]:
        words = words[1:]
    return len(words) == 1 and words[0] in _DIRECTIONS

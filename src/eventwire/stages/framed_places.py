"""Place names the language model missed, recovered from the words that frame them.

The small model knows towns that news often names; a village in a report ("the village of Egbekaw near
Mamfe") it leaves untagged or takes for an organisation ("Djugu territory") or a person ("the towns of
Mach and Kolpur"). The text itself says these are places: a settlement word and "of" before the name,
"near" before it, or a division word after it, and the names listed with the first. Those names become
place mentions; the place stage then finds them in the gazetteer or places them by the places around them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from eventwire.records import Mention, MentionKind, Span

_WORD = r"[A-Z][a-z\u00e0-\u00ff'\u2019]+(?:-[A-Za-z\u00e0-\u00ff'\u2019]+)*"
_NAME = rf"{_WORD}(?: {_WORD}){{0,2}}"
_LIST = rf"({_NAME})((?:\s*,\s*{_NAME})*(?:,?\s+and\s+{_NAME})?)"
_SETTLEMENTS_OF = re.compile(
    r"\b(?:villages?|towns?|cit(?:y|ies)|hamlets?|localit(?:y|ies)|settlements?|communes?|municipalit(?:y|ies)|"
    r"neighbou?rhoods?|(?:sub-?)?districts?|camps?|suburbs?|outskirts|areas?)\s+of\s+" + _LIST
)
_NEAR = re.compile(r"\b(?:near|outside|nearby)\s+(?:the\s+)?(?:(?:town|village|city)\s+of\s+)?(" + _NAME + ")")
_DIVISION_AFTER = re.compile(
    rf"({_NAME})(\s+(?:(?:sub-?)?districts?|territory|provinces?|governorates?|county|LGA|communes?|municipality|"
    r"prefecture|department|regions?|state|villages?|towns?|township)\b)(?!\s+(?:media|television|agency|news|"
    r"officials?|government|forces?|police|army|council)\b)"
)
_DIVISIONS = re.compile(r"\s+(?:district|territory|province|governorate|county|region|state|LGA)\b", re.IGNORECASE)
"""Division words kept in the mention, as the model writes "Ituri province": the place stage reads them as
the kind of place ("Paktiya province" is the province, whatever the town of that name)."""
_NOT_A_NAME = frozenset(
    "the a an this that these those his her their its our north south east west northern southern eastern western "
    "central upper lower greater new old capital federal border coastal rural local home islamic republican "
    "democratic under school public private national supervisor "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december".split()
)
"""First words that make no place name: "the Southern region", "Islamic State", "on Monday"."""
_RECLAIMED = (MentionKind.ORG, MentionKind.PERSON)
"""Kinds the model gives place names by mistake; actors, peoples and dates keep theirs."""


def with_framed_places(text: str, mentions: Sequence[Mention]) -> tuple[Mention, ...]:
    """``mentions`` with framed names as places: untagged names added, organisations and persons
    retagged; nothing else changes."""
    framed = sorted(set(_framed_spans(text)))
    if not framed:
        return tuple(mentions)
    out = list(mentions)
    for start, end in framed:
        overlapping = [i for i, m in enumerate(out) if m.span.start < end and start < m.span.end]
        if not overlapping:
            out.append(Mention(kind=MentionKind.PLACE, span=Span.of(text, start, end)))
        elif len(overlapping) == 1 and out[overlapping[0]].kind in _RECLAIMED:
            m = out[overlapping[0]]
            if start <= m.span.start and m.span.end <= end:  # "Paktiya" (an organisation) in "Paktiya province"
                out[overlapping[0]] = Mention(kind=MentionKind.PLACE, span=Span.of(text, start, end))
    return tuple(sorted(out, key=lambda m: (m.span.start, m.span.end)))


def _framed_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _SETTLEMENTS_OF.finditer(text):
        spans.append(m.span(1))
        rest_start = m.start(2)
        for name in re.finditer(_NAME, m.group(2)):
            spans.append((rest_start + name.start(), rest_start + name.end()))
    spans.extend(m.span(1) for m in _NEAR.finditer(text))
    for m in _DIVISION_AFTER.finditer(text):
        spans.append((m.start(1), m.end(2) if _DIVISIONS.fullmatch(m.group(2)) else m.end(1)))
    out = []
    for a, b in spans:
        words = text[a:b].split(" ")
        while words and words[-1].casefold() in _NOT_A_NAME:  # "Badmuk Monday"
            b -= len(words.pop()) + 1
        if words and words[0].casefold() not in _NOT_A_NAME and not words[-1].endswith(("'s", "\u2019s")):
            out.append((a, b))
    return out

"""Sentence splitting by rule: paragraphs (lines, as the cleaning stage reads them) first, then
end punctuation outside abbreviations.

spaCy's statistical sentence boundaries ignore paragraph breaks in wire text (a headline runs
into the dateline), and the rule is faster; quotation state is tracked so that quoted
sentences can inherit their speaker.
"""

from __future__ import annotations

import re

from eventwire.records import Sentence, Span
from eventwire.stages.clean import paragraphs

_BOUNDARY = re.compile(r"(?<![.!?])[.!?]+[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr gen lt col sgt capt maj cpl pvt adm st no jan feb mar apr jun jul aug sep sept oct nov dec "
    "u.s u.n u.k e.g i.e vs prof gov rep sen rev inc corp co ltd jr sr mt ft brig cmdr".split()
)
_OPEN_QUOTES = "“"
_CLOSE_QUOTES = "”"


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences of ``text`` in order, each flagged ``quoted`` when it starts inside quotes."""
    out: list[Sentence] = []
    for para_start, para_end in paragraphs(text):  # a line is a paragraph unless it was hard-wrapped
        for start, end in _split_paragraph(text, para_start, para_end):
            out.append(Sentence(span=Span.of(text, start, end), quoted=_inside_quotes(text, para_start, start, end)))
    return tuple(out)


def _split_paragraph(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    cursor = start
    for m in _BOUNDARY.finditer(text, start, end):
        if _is_abbreviation(text, cursor, m.start()):
            continue
        stop = m.end() - len(m.group()) + len(m.group().rstrip())
        pieces.append((cursor, stop))
        cursor = m.end()
    if cursor < end:
        pieces.append((cursor, end))
    return [(s, e) for s, e in pieces if text[s:e].strip()]


def _is_abbreviation(text: str, start: int, dot: int) -> bool:
    word = text[max(start, dot - 6) : dot].split()[-1:] if dot > start else []
    token = word[0].lower().lstrip('("“') if word else ""
    return token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha())


def _inside_quotes(text: str, para_start: int, start: int, end: int) -> bool:
    """True when the sentence opens inside quotation marks or is mostly a quotation."""
    before = text[para_start:start]
    curly_open = before.count(_OPEN_QUOTES) > before.count(_CLOSE_QUOTES)
    straight_open = before.count('"') % 2 == 1
    body = text[start:end].lstrip()
    return curly_open or straight_open or body[:1] in ('"', "“")

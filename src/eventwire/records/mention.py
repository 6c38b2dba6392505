"""Mentions: what the language stage found in the text, free of spaCy types."""

from __future__ import annotations

from enum import StrEnum

from eventwire.records.evidence import Record, Span


class MentionKind(StrEnum):
    ACTOR = "actor"
    PLACE = "place"
    ORG = "org"
    PERSON = "person"
    NORP = "norp"
    DATE = "date"
    NUMBER = "number"


class Mention(Record):
    """An entity mention; ``key`` is the lexicon entry it matched, if any."""

    kind: MentionKind
    span: Span
    key: str | None = None


class Sentence(Record):
    """A sentence, with ``quoted`` true when it lies inside quotation marks."""

    span: Span
    quoted: bool = False

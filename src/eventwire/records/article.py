"""The article: one canonical clean text that every span points into."""

from __future__ import annotations

import datetime as dt
import hashlib

from pydantic import Field

from eventwire.records.evidence import Record, Span


def content_hash(text: str) -> str:
    """Identity of an article: re-reading the same text gives the same id."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Dateline(Record):
    """``MOSCOW, June 1. /TASS/.``: where and when the wire says it filed."""

    span: Span
    place: str | None = None
    date: dt.date | None = None
    outlet: str | None = None
    year_basis: str | None = None
    """When the dateline wrote no year and the year was read elsewhere in the text, the words that gave it."""


class ArticleInput(Record):
    """Raw input as a user hands it to us, before cleaning."""

    id: str | None = None
    text: str
    html: bool = False
    published: dt.date | None = None
    retrieved: dt.date | None = Field(
        default=None, description="when the page was fetched (a WARC's crawl date): an upper bound on publication"
    )
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    source_ref: str = "<input>"


class Article(Record):
    """A cleaned article. ``text`` is the canonical text; title is its first block."""

    id: str
    text: str
    content_hash: str
    title: Span | None = None
    lead: Span | None = None
    published: dt.date | None = None
    published_source: str = Field(
        default="none",
        description="input | dateline | dateline+year (a dateline without a year, the year from the text: "
        "see dateline.year_basis) | text | retrieved | none: where the publication date came from",
    )
    url: str | None = None
    outlet: str | None = None
    dateline: Dateline | None = None
    language: str = "en"
    source_ref: str = "<input>"

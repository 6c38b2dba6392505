"""One library call behind the command line: paths in, extractions and quarantined inputs out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import TextIO

from eventwire.ingest import read_inputs
from eventwire.pipeline import Pipeline
from eventwire.records import ArticleInput, Extraction, Quarantined


def extract_paths(
    paths: Sequence[str],
    *,
    published: dt.date | None = None,
    pipeline: Pipeline | None = None,
    stdin: TextIO | None = None,
) -> Iterator[Extraction | Quarantined]:
    """Read every input, extract events, yield results in input order; bad inputs come back quarantined."""
    pipeline = pipeline or Pipeline.load()
    yield from pipeline.extract_many(read_inputs(paths, published=published, stdin=stdin))


def extract_text(
    text: str,
    *,
    published: dt.date | None = None,
    url: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    html: bool = False,
    pipeline: Pipeline | None = None,
) -> Extraction:
    """One article from a string (library use); errors are raised."""
    pipeline = pipeline or Pipeline.load()
    item = ArticleInput(text=text, html=html, published=published, url=url, title=title, outlet=outlet)
    return pipeline.extract(item)

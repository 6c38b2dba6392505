"""Files on disk that hold plain articles: one-article files (.txt, .html) and JSONL files, gzipped or not.

Each reader raises or yields ``InputError`` for what it cannot use (the package entry point turns
that into a quarantined record), so a reader never has to know about batches.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from eventwire.errors import InputError
from eventwire.ingest.decode import (
    MAX_ARTICLE_BYTES,
    SNIFF_BYTES,
    Undecodable,
    check_text_like,
    decode_html,
    decode_utf8,
    too_large_reason,
)
from eventwire.ingest.items import Read
from eventwire.ingest.jsonl import OverLong, bounded_lines, parse_lines
from eventwire.ingest.kinds import GZIP_ERRORS, Kind, gzip_reason, is_gzipped, kind_of, open_input, stem_of
from eventwire.records.article import ArticleInput


def read_document(path: Path, *, published: dt.date | None = None) -> ArticleInput:
    """A .txt or .html file (or .txt.gz, .html.gz) holding one article; its id is the file stem."""
    source = str(path)
    data = _read_bounded(path)
    is_html = kind_of(path) is Kind.HTML
    try:
        check_text_like(data[:SNIFF_BYTES])
        text = decode_html(data) if is_html else decode_utf8(data)
    except Undecodable as error:
        raise InputError(source, error.reason) from None
    if not text.strip():
        raise InputError(source, empty_reason(len(data)))
    return ArticleInput(id=stem_of(path), text=text, html=is_html, published=published, source_ref=source)


def read_jsonl(path: Path, *, published: dt.date | None = None) -> Iterator[Read]:
    """A .jsonl (or .jsonl.gz) file, streamed; yields one article or one line error per non-blank line.

    A gzip stream that breaks off keeps the lines read before the break and quarantines the rest,
    naming the line where it broke.
    """
    source = str(path)
    with open_input(path) as handle:
        try:
            check_text_like(handle.read(SNIFF_BYTES))
            handle.seek(0)
        except Undecodable as error:
            yield InputError(source, error.reason)
            return
        except GZIP_ERRORS as error:
            yield InputError(source, gzip_reason(error))
            return
        reached = [0]
        items = parse_lines(_counting(bounded_lines(handle.readline), reached), source, published=published)
        empty = True
        try:
            for item in items:
                empty = False
                yield item
        except GZIP_ERRORS as error:
            line = reached[0] + 1
            yield InputError(source, f"line {line}: {gzip_reason(error)}; the lines before it were read", line=line)
            return
        if empty:
            yield InputError(source, empty_reason(handle.tell()))


def _counting(
    lines: Iterator[tuple[int, bytes | OverLong]], reached: list[int]
) -> Iterator[tuple[int, bytes | OverLong]]:
    for numbered in lines:
        reached[0] = numbered[0]
        yield numbered


def _read_bounded(path: Path) -> bytes:
    if not is_gzipped(path):
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise InputError(str(path), too_large_reason(size))
    try:
        with open_input(path) as handle:
            data = handle.read(MAX_ARTICLE_BYTES + 1)
    except GZIP_ERRORS as error:
        raise InputError(str(path), gzip_reason(error)) from None
    if len(data) > MAX_ARTICLE_BYTES:  # decompressed, grew after stat, or a special file without a size
        raise InputError(str(path), too_large_reason(None, "file (decompressed)" if is_gzipped(path) else "file"))
    return data


def empty_reason(n_bytes: int) -> str:
    what = "empty file (0 bytes)" if n_bytes == 0 else "empty file (only whitespace)"
    return f"{what}: it has no article text; add the text or remove the file"

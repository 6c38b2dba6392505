"""Files on disk: one-article files (.txt, .html), JSONL files, and directories of them.

Each reader raises ``InputError`` for a file it cannot use (the package entry point turns that
into a quarantined record), so a reader never has to know about batches. Directories are walked
in sorted order so a run over the same tree always yields the same sequence.
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
from eventwire.ingest.jsonl import bounded_lines, parse_lines
from eventwire.records.article import ArticleInput

HTML_SUFFIXES = frozenset({".html", ".htm"})
TEXT_SUFFIXES = frozenset({".txt"})
JSONL_SUFFIXES = frozenset({".jsonl"})
SUFFIXES = HTML_SUFFIXES | TEXT_SUFFIXES | JSONL_SUFFIXES
_SUFFIX_LIST = ", ".join(sorted(SUFFIXES))


def walk(directory: Path) -> list[Path]:
    """Input files under ``directory``, recursively, sorted; hidden files and folders are skipped."""
    found = (
        path
        for path in directory.rglob("*")
        if path.suffix.lower() in SUFFIXES
        and path.is_file()
        and not any(part.startswith(".") for part in path.relative_to(directory).parts)
    )
    return sorted(found)


def read_document(path: Path, *, published: dt.date | None = None) -> ArticleInput:
    """A .txt or .html file holding one article; its id is the file stem."""
    source = str(path)
    data = _read_bounded(path)
    is_html = path.suffix.lower() in HTML_SUFFIXES
    try:
        check_text_like(data[:SNIFF_BYTES])
        text = decode_html(data) if is_html else decode_utf8(data)
    except Undecodable as error:
        raise InputError(source, error.reason) from None
    if not text.strip():
        raise InputError(source, _empty_reason(len(data)))
    return ArticleInput(id=path.stem, text=text, html=is_html, published=published, source_ref=source)


def read_jsonl(path: Path, *, published: dt.date | None = None) -> Iterator[ArticleInput | InputError]:
    """A .jsonl file, streamed; yields one article or one line error per non-blank line."""
    source = str(path)
    with path.open("rb") as handle:
        try:
            check_text_like(handle.read(SNIFF_BYTES))
        except Undecodable as error:
            yield InputError(source, error.reason)
            return
        handle.seek(0)
        items = parse_lines(bounded_lines(handle.readline), source, published=published)
        empty = True
        for item in items:
            empty = False
            yield item
        if empty:
            yield InputError(source, _empty_reason(handle.tell()))


def check_suffix(path: Path) -> None:
    if path.suffix.lower() not in SUFFIXES:
        raise InputError(
            str(path), f"unsupported file type {path.suffix or '(no suffix)'!r}; give {_SUFFIX_LIST} files"
        )


def _read_bounded(path: Path) -> bytes:
    size = path.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        raise InputError(str(path), too_large_reason(size))
    with path.open("rb") as handle:
        data = handle.read(MAX_ARTICLE_BYTES + 1)
    if len(data) > MAX_ARTICLE_BYTES:  # grew after stat, or a special file without a size
        raise InputError(str(path), too_large_reason(len(data)))
    return data


def _empty_reason(n_bytes: int) -> str:
    what = "empty file (0 bytes)" if n_bytes == 0 else "empty file (only whitespace)"
    return f"{what}: it has no article text; add the text or remove the file"

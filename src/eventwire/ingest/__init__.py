"""Ingest: raw inputs in, ``ArticleInput`` records (or ``Quarantined`` ones) out.

This is the only place raw input is parsed. A batch over thousands of files must not stop at the
first bad one, so ``read_inputs`` never raises for a bad item: a missing, empty, binary, oversized
or mis-encoded file, a malformed JSONL line or JSON item, a feed entry without text or a damaged
web archive becomes a ``Quarantined`` record that names the input, where in it (line, item, entry,
record and byte offset), the problem and the fix, and the batch goes on. Everything is streamed:
a JSONL or JSON file, or a WARC archive, is never held in memory whole.

Input kinds, chosen by suffix (``.xml`` also by its root element):

* ``.txt``: one article; its id is the file stem.
* ``.html`` / ``.htm``: one article, kept as raw HTML (``html=True``) for the clean stage.
* ``.jsonl``: one article per line (``id`` and ``text`` required; ``published``, ``url``,
  ``title``, ``outlet``, ``html`` optional).
* ``.json``: one article object with those fields, a list of them, or an object holding the list
  under ``articles``, ``items`` or ``data``.
* ``.rss``, ``.atom``, and ``.xml`` whose root is ``<rss>``, ``<feed>`` or ``<rdf:RDF>``: a saved
  RSS/Atom feed, one article per entry (id from the guid or link, date from the entry, outlet from
  the feed title).
* ``.warc``, ``.warc.gz``, ``.arc``, ``.arc.gz``: a web archive, one article per HTML page fetched
  with HTTP 200 (id from the WARC-Record-ID, outlet from the host); other records are skipped.
* ``.gz`` of the text kinds (``articles.jsonl.gz``, ``page.html.gz``...), decompressed on the fly.
* ``-``: standard input, read as JSONL, or as one plain-text article with id ``stdin`` when its
  first non-blank character is not ``{``.
* a directory: every file of the kinds above beneath it, in sorted order; hidden files, files of
  other kinds and ``.xml`` files that are not feeds are skipped (and counted in ``skipped``).

Ids are stable: the same file read again gives the same ids, unique within the file.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from itertools import chain
from pathlib import Path
from typing import TextIO

from eventwire.errors import InputError
from eventwire.ingest.decode import MAX_ARTICLE_BYTES, too_large_reason
from eventwire.ingest.feeds import read_feed
from eventwire.ingest.files import read_document, read_jsonl
from eventwire.ingest.items import Read, Skips, position_of
from eventwire.ingest.jsonfile import read_json
from eventwire.ingest.jsonl import OverLong, bounded_lines, parse_lines
from eventwire.ingest.kinds import (
    FEED_ROOTS,
    GZIP_ERRORS,
    KINDS_HELP,
    SUFFIXES,
    Kind,
    gzip_reason,
    kind_of,
    suffix_of,
    walk,
    xml_root,
)
from eventwire.ingest.warc import read_warc
from eventwire.records.article import ArticleInput
from eventwire.records.quarantine import Quarantined

__all__ = ["STAGE", "STDIN", "SUFFIXES", "read_inputs", "walk"]

STAGE = "read"
STDIN = "<stdin>"

Item = ArticleInput | Quarantined


def read_inputs(
    paths: Sequence[str],
    *,
    published: dt.date | None = None,
    stdin: TextIO | None = None,
    skipped: Counter[str] | None = None,
) -> Iterator[Item]:
    """Yield an ``ArticleInput`` for every readable article and a ``Quarantined`` for every bad input.

    ``published`` is the publication date given to inputs that do not carry their own; ``stdin``
    is the stream read for the path ``-`` (``sys.stdin`` by default). ``skipped``, if given, counts
    what was passed over on purpose, by why: files of other kinds in a directory, WARC records that
    are not pages (requests, redirects, images...).
    """
    for name in paths:
        if name == "-":
            yield from _guarded(STDIN, _read_stdin(stdin or sys.stdin, published))
        else:
            yield from _read_path(Path(name), published, skipped)


def _read_path(path: Path, published: dt.date | None, skipped: Skips | None) -> Iterator[Item]:
    if path.is_dir():
        files = walk(path, skipped)
        if not files:
            yield _quarantine(InputError(str(path), f"no input files in this directory; expected {KINDS_HELP}"))
        for file in files:
            yield from _guarded(str(file), _read_file(file, published, skipped))
    elif not path.exists():
        yield _quarantine(InputError(str(path), "file not found; check the path"))
    else:
        yield from _guarded(str(path), _read_file(path, published, skipped))


def _read_file(path: Path, published: dt.date | None, skipped: Skips | None) -> Iterator[Read]:
    kind = kind_of(path)
    if kind is None:
        suffix = suffix_of(path) or "(no suffix)"
        raise InputError(str(path), f"unsupported file type {suffix!r}; give {KINDS_HELP}")
    if kind is Kind.XML:
        root = xml_root(path)
        if root not in FEED_ROOTS:
            raise InputError(str(path), _not_a_feed_reason(root))
        kind = Kind.FEED
    if kind is Kind.JSONL:
        yield from read_jsonl(path, published=published)
    elif kind is Kind.JSON:
        yield from read_json(path, published=published)
    elif kind is Kind.FEED:
        yield from read_feed(path, published=published)
    elif kind is Kind.WARC:
        yield from read_warc(path, published=published, skipped=skipped)
    else:
        yield read_document(path, published=published)


def _not_a_feed_reason(root: str | None) -> str:
    what = f"XML whose root element is <{root}>" if root else "not well-formed XML"
    return (
        f"{what}, not an RSS or Atom feed (<rss>, <feed> or <rdf:RDF>); eventwire reads .xml files only when "
        "they are feeds: save articles as .txt, .html, .jsonl or .json instead"
    )


def _read_stdin(stream: TextIO, published: dt.date | None) -> Iterator[Read]:
    lines = bounded_lines(stream.readline)
    head: list[tuple[int, str | OverLong]] = []
    for numbered in lines:
        head.append(numbered)
        if isinstance(numbered[1], OverLong) or numbered[1].strip():
            break
    first = head[-1][1] if head else ""
    if isinstance(first, str) and not first.strip():
        yield InputError(STDIN, "empty input on stdin; pipe in JSONL or the text of one article")
    elif isinstance(first, OverLong) or first.lstrip().startswith("{"):
        yield from parse_lines(chain(head, lines), STDIN, published=published)
    else:
        yield _stdin_article(stream, [line for _, line in head], published)


def _stdin_article(stream: TextIO, head: list[str | OverLong], published: dt.date | None) -> ArticleInput:
    text = "".join(line for line in head if isinstance(line, str))
    text += stream.read(MAX_ARTICLE_BYTES + 1 - len(text))
    if len(text) > MAX_ARTICLE_BYTES:
        rest = sum(len(chunk) for chunk in iter(lambda: stream.read(1 << 20), ""))
        raise InputError(STDIN, too_large_reason(len(text) + rest, "stdin"))
    return ArticleInput(id="stdin", text=text, published=published, source_ref=STDIN)


def _guarded(source: str, items: Iterable[Read]) -> Iterator[Item]:
    """Pass articles through and quarantine errors, including ones raised while reading."""
    try:
        for item in items:
            yield _quarantine(item) if isinstance(item, InputError) else item
    except InputError as error:
        yield _quarantine(error)
    except GZIP_ERRORS as error:
        yield _quarantine(InputError(source, gzip_reason(error)))
    except (OSError, UnicodeDecodeError) as error:
        yield _quarantine(InputError(source, _os_reason(error)))


def _quarantine(error: InputError) -> Quarantined:
    return Quarantined(
        source=error.source, line=error.line, position=position_of(error), stage=STAGE, reason=error.problem
    )


def _os_reason(error: OSError | UnicodeDecodeError) -> str:
    if isinstance(error, UnicodeDecodeError):
        return (
            f"not UTF-8 text (invalid byte 0x{error.object[error.start]:02x}); "
            "re-encode it as UTF-8, e.g. iconv -f latin1 -t utf-8"
        )
    return f"cannot read it ({error.strerror or error}); check that it exists and is readable"

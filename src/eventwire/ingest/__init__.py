"""Ingest: raw inputs in, ``ArticleInput`` records (or ``Quarantined`` ones) out.

This is the only place raw input is parsed. A batch over thousands of files must not stop at the
first bad one, so ``read_inputs`` never raises for a bad item: a missing, empty, binary, oversized
or mis-encoded file, or a malformed JSONL line, becomes a ``Quarantined`` record that names the
input, the line, the problem and the fix, and the batch goes on.

Input kinds, chosen by suffix:

* ``.txt``: one article; its id is the file stem.
* ``.html`` / ``.htm``: one article, kept as raw HTML (``html=True``) for the clean stage.
* ``.jsonl``: one article per line (``id`` and ``text`` required; ``published``, ``url``,
  ``title``, ``outlet``, ``html`` optional), streamed line by line.
* ``-``: standard input, read as JSONL, or as one plain-text article with id ``stdin`` when its
  first non-blank character is not ``{``.
* a directory: every file of the kinds above beneath it, in sorted order.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterable, Iterator, Sequence
from itertools import chain
from pathlib import Path
from typing import TextIO

from eventwire.errors import InputError
from eventwire.ingest.decode import MAX_ARTICLE_BYTES, too_large_reason
from eventwire.ingest.files import SUFFIXES, check_suffix, read_document, read_jsonl, walk
from eventwire.ingest.jsonl import OverLong, bounded_lines, parse_lines
from eventwire.records.article import ArticleInput
from eventwire.records.quarantine import Quarantined

__all__ = ["STAGE", "STDIN", "SUFFIXES", "read_inputs"]

STAGE = "read"
STDIN = "<stdin>"

Item = ArticleInput | Quarantined


def read_inputs(
    paths: Sequence[str], *, published: dt.date | None = None, stdin: TextIO | None = None
) -> Iterator[Item]:
    """Yield an ``ArticleInput`` for every readable article and a ``Quarantined`` for every bad input.

    ``published`` is the publication date given to inputs that do not carry their own; ``stdin``
    is the stream read for the path ``-`` (``sys.stdin`` by default).
    """
    for name in paths:
        if name == "-":
            yield from _guarded(STDIN, _read_stdin(stdin or sys.stdin, published))
        else:
            yield from _read_path(Path(name), published)


def _read_path(path: Path, published: dt.date | None) -> Iterator[Item]:
    if path.is_dir():
        files = walk(path)
        if not files:
            yield _quarantine(InputError(str(path), f"no input files in this directory; expected {_kinds()}"))
        for file in files:
            yield from _guarded(str(file), _read_file(file, published))
    elif not path.exists():
        yield _quarantine(InputError(str(path), "file not found; check the path"))
    else:
        yield from _guarded(str(path), _read_file(path, published))


def _read_file(path: Path, published: dt.date | None) -> Iterator[ArticleInput | InputError]:
    check_suffix(path)
    if path.suffix.lower() == ".jsonl":
        yield from read_jsonl(path, published=published)
    else:
        yield read_document(path, published=published)


def _read_stdin(stream: TextIO, published: dt.date | None) -> Iterator[ArticleInput | InputError]:
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


def _guarded(source: str, items: Iterable[ArticleInput | InputError]) -> Iterator[Item]:
    """Pass articles through and quarantine errors, including ones raised while reading."""
    try:
        for item in items:
            yield _quarantine(item) if isinstance(item, InputError) else item
    except InputError as error:
        yield _quarantine(error)
    except (OSError, UnicodeDecodeError) as error:
        yield _quarantine(InputError(source, _os_reason(error)))


def _quarantine(error: InputError) -> Quarantined:
    return Quarantined(source=error.source, line=error.line, stage=STAGE, reason=error.problem)


def _os_reason(error: OSError | UnicodeDecodeError) -> str:
    if isinstance(error, UnicodeDecodeError):
        return (
            f"not UTF-8 text (invalid byte 0x{error.object[error.start]:02x}); "
            "re-encode it as UTF-8, e.g. iconv -f latin1 -t utf-8"
        )
    return f"cannot read it ({error.strerror or error}); check that it exists and is readable"


def _kinds() -> str:
    return ", ".join(sorted(SUFFIXES)) + " files"

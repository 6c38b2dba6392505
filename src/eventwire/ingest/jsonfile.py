"""JSON files: one article object, a list of them, or an object holding the list.

Accepted shapes (each article has the fields of a JSONL line: ``id``, ``text``, optional
``published``, ``url``, ``title``, ``outlet``, ``html``)::

    {"id": "a1", "text": "..."}
    [{"id": "a1", "text": "..."}, {"id": "a2", "text": "..."}]
    {"articles": [...]}          (or "items", or "data"; other keys beside the list are ignored)

An export of a whole archive as one JSON array can be gigabytes, so the file is read as a stream:
each item is decoded on its own (``json.JSONDecoder.raw_decode`` over a sliding buffer) and
memory is bounded by the largest item, not the file. An item with bad fields is quarantined with
its index and the next one is read; broken JSON syntax ends the file there (after it nothing
says where the next item starts), keeping the items read before it.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from pydantic import ValidationError

from eventwire.errors import InputError
from eventwire.ingest.decode import MAX_ARTICLE_BYTES, SNIFF_BYTES, Undecodable, check_text_like, too_large_reason
from eventwire.ingest.files import empty_reason
from eventwire.ingest.items import ItemError, Read
from eventwire.ingest.jsonl import article_fields, json_type, problem_of
from eventwire.ingest.kinds import GZIP_ERRORS, gzip_reason, open_input
from eventwire.records.article import ArticleInput

LIST_KEYS = ("articles", "items", "data")
# Characters read at a time; an item larger than this is read in growing steps.
CHUNK_CHARS = 1 << 20
_WHITESPACE = re.compile(r"[ \t\n\r]*")
_SHAPES = 'an article object {"id": ..., "text": ...}, a list of them, or {"articles": [...]}'


class _Broken(Exception):
    """The JSON cannot be read on from here; ``reason`` says why and where."""

    def __init__(self, reason: str, line: int) -> None:
        super().__init__(reason)
        self.reason = reason
        self.line = line


class _Stream:
    """JSON values read one at a time from a text stream, holding only the current value in memory."""

    def __init__(self, text: TextIO) -> None:
        self._text = text
        self._buf = ""
        self._pos = 0
        self._eof = False
        self._decoder = json.JSONDecoder()
        self.line = 1  # line of the next unread character

    def peek(self) -> str:
        """The next non-blank character, or ``""`` at the end."""
        while True:
            self._advance(_WHITESPACE.match(self._buf, self._pos).end())  # type: ignore[union-attr]  # always matches
            if self._pos < len(self._buf) or not self._fill():
                return self._buf[self._pos : self._pos + 1]

    def take(self, char: str) -> None:
        if self.peek() != char:
            found = self.peek() or "the end of the file"
            raise _Broken(f"expected {char!r} but found {found!r} at line {self.line}", self.line)
        self._advance(self._pos + 1)

    def value(self) -> Any:
        """The next JSON value; ``_Broken`` if it is malformed or over the article size limit."""
        self.peek()
        while True:
            try:
                value, end = self._decoder.raw_decode(self._buf, self._pos)
            except json.JSONDecodeError as error:
                line = self.line + self._buf.count("\n", self._pos, error.pos)
                column = error.pos - (self._buf.rfind("\n", 0, error.pos) + 1) + 1
                if self._more():  # moves the buffer: where the error is was worked out above
                    continue
                raise _Broken(f"malformed JSON at line {line}, column {column}: {error.msg}", line) from None
            if end == len(self._buf) and self._more():  # a number may go on in the next chunk
                continue
            self._advance(end)
            return value

    def _more(self) -> bool:
        """Read more of the current value; ``False`` at the end of the file."""
        if len(self._buf) - self._pos > MAX_ARTICLE_BYTES:
            raise _Broken(too_large_reason(None, f"the value at line {self.line}"), self.line)
        return self._fill()

    def _fill(self) -> bool:
        if self._eof:
            return False
        self._buf = self._buf[self._pos :]
        self._pos = 0
        chunk = self._text.read(max(CHUNK_CHARS, len(self._buf)))
        self._eof = not chunk
        self._buf += chunk
        return bool(chunk)

    def _advance(self, end: int) -> None:
        self.line += self._buf.count("\n", self._pos, end)
        self._pos = end


def read_json(path: Path, *, published: dt.date | None = None) -> Iterator[Read]:
    """Articles from a ``.json`` (or ``.json.gz``) file, streamed item by item."""
    source = str(path)
    with open_input(path) as raw:
        try:
            check_text_like(raw.read(SNIFF_BYTES))
            raw.seek(0)
        except Undecodable as error:
            yield InputError(source, error.reason)
            return
        except GZIP_ERRORS as error:
            yield InputError(source, gzip_reason(error))
            return
        stream = _Stream(io.TextIOWrapper(raw, encoding="utf-8-sig", newline=""))
        reader = _Reader(source, stream, published)
        try:
            yield from reader.document()
        except _Broken as error:
            yield _stopped(source, error.reason, reader, error.line)
        except UnicodeDecodeError as error:
            reason = f"not UTF-8 text (invalid byte 0x{error.object[error.start]:02x}); re-encode it as UTF-8"
            yield _stopped(source, reason, reader, stream.line)
        except GZIP_ERRORS as error:
            yield _stopped(source, gzip_reason(error), reader, stream.line)


def _stopped(source: str, reason: str, reader: _Reader, line: int) -> InputError:
    fix = "fix the JSON (python -m json.tool FILE shows where it breaks)"
    if not reader.in_list:
        return InputError(source, f"{reason}; {fix}", line=line)
    done = reader.done
    return ItemError(
        source,
        f"{reason}; the {done} item{'s' if done != 1 else ''} before it {'were' if done != 1 else 'was'} read, "
        f"the rest of the file was not: {fix}",
        position=f"item {done + 1}",
        line=line,
    )


class _Reader:
    """Walks the document's shape, counting the list items read so far (``done``)."""

    def __init__(self, source: str, stream: _Stream, published: dt.date | None) -> None:
        self.source = source
        self.stream = stream
        self.published = published
        self.done = 0
        self.in_list = False

    def document(self) -> Iterator[Read]:
        first = self.stream.peek()
        if first == "":
            yield InputError(self.source, empty_reason(0).replace("(0 bytes)", "(no JSON value)"))
            return
        if first == "[":
            yield from self._items()
        elif first == "{":
            yield from self._object()
        else:
            kind = json_type(self.stream.value())
            yield InputError(self.source, f"the file holds a JSON {kind}; give {_SHAPES}")
            return
        if self.stream.peek():
            raise _Broken(f"more data after the end of the JSON value, at line {self.stream.line}", self.stream.line)

    def _object(self) -> Iterator[Read]:
        """An object: a wrapper whose list is streamed, or one article (whose fields are all small)."""
        line = self.stream.line
        fields: dict[str, Any] = {}
        wrapper = False
        self.stream.take("{")
        while self.stream.peek() != "}":
            key = self.stream.value()
            self.stream.take(":")
            if key in LIST_KEYS and not wrapper and self.stream.peek() == "[":
                wrapper = True
                yield from self._items()
            else:
                fields[key] = self.stream.value()
            if self.stream.peek() != ",":
                break
            self.stream.take(",")
        self.stream.take("}")
        if not wrapper:
            yield self._single(fields, line)

    def _single(self, fields: dict[str, Any], line: int) -> Read:
        if "text" not in fields and not ({"id", "url", "title"} & fields.keys()):
            keys = ", ".join(sorted(fields)[:5]) or "none"
            return InputError(
                self.source,
                f'the JSON object has no "text" and no {_list_keys()} list (its keys: {keys}); give {_SHAPES}',
                line=line,
            )
        try:
            fields = article_fields(fields, "the article", self.published, unit="article")
            return ArticleInput(**fields, source_ref=self.source)
        except (ValueError, ValidationError) as error:
            return InputError(self.source, problem_of(error), line=line)

    def _items(self) -> Iterator[Read]:
        self.stream.take("[")
        self.in_list = True
        if self.stream.peek() == "]":
            self.stream.take("]")
            return
        while True:
            line = self.stream.line
            value = self.stream.value()
            self.done += 1
            yield self._item(value, line)
            if self.stream.peek() != ",":
                break
            self.stream.take(",")
        self.stream.take("]")

    def _item(self, value: Any, line: int) -> Read:
        where = f"item {self.done}"
        try:
            if not isinstance(value, dict):
                raise ValueError(
                    f"{where} is a JSON {json_type(value)}, not an object; "
                    f'each item must be an article object such as {{"id": "a1", "text": "..."}}'
                )
            fields = article_fields(value, where, self.published, unit="item")
            return ArticleInput(**fields, source_ref=f"{self.source} {where}")
        except (ValueError, ValidationError) as error:
            return ItemError(self.source, problem_of(error), position=where, line=line)


def _list_keys() -> str:
    return "/".join(f'"{key}"' for key in LIST_KEYS)

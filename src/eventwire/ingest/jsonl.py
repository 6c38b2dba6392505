"""JSONL: one article per line, read as a stream.

A JSONL export can be gigabytes, so it is read line by line with a bounded ``readline`` and never
held in memory whole; a single line over the article size limit is skipped (and quarantined)
without being read into memory either. One bad line is one quarantined item: the good lines
around it still come through, each tagged ``path:line`` so a user can find and fix it.
The rules for one article object (``article_fields``) are shared with ``.json`` files.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from pydantic import ValidationError

from eventwire.errors import InputError
from eventwire.ingest.decode import MAX_ARTICLE_BYTES, Undecodable, decode_utf8, too_large_reason
from eventwire.records.article import ArticleInput

Line = TypeVar("Line", str, bytes)

_EXAMPLE = '{"id": "a1", "text": "..."}'
_OPTIONAL_STRINGS = ("url", "title", "outlet")


@dataclass(frozen=True)
class OverLong:
    """Stands for a line too long to read; only its size is kept."""

    size: int


def bounded_lines(
    readline: Callable[[int], Line], *, limit: int = MAX_ARTICLE_BYTES
) -> Iterator[tuple[int, Line | OverLong]]:
    """Yield ``(line number, line)``, or ``OverLong`` for a line longer than ``limit``.

    An over-long line is consumed in ``limit``-sized pieces, so memory stays bounded by ``limit``.
    """
    number = 0
    while chunk := readline(limit + 1):
        number += 1
        if len(chunk) <= limit or _ends_line(chunk):
            yield number, chunk
            continue
        size = len(chunk)
        while not _ends_line(chunk) and (chunk := readline(limit)):
            size += len(chunk)
        yield number, OverLong(size)


def _ends_line(chunk: str | bytes) -> bool:
    return chunk.endswith("\n") if isinstance(chunk, str) else chunk.endswith(b"\n")


def parse_lines(
    lines: Iterable[tuple[int, str | bytes | OverLong]],
    source: str,
    *,
    published: dt.date | None = None,
) -> Iterator[ArticleInput | InputError]:
    """Turn numbered raw lines into articles, or into the error that says what is wrong with a line."""
    for number, raw in lines:
        if not isinstance(raw, OverLong) and not raw.strip():
            continue
        try:
            yield parse_line(raw, source, number, published=published)
        except InputError as error:
            yield error


def parse_line(
    raw: str | bytes | OverLong, source: str, number: int, *, published: dt.date | None = None
) -> ArticleInput:
    """One JSONL line → ``ArticleInput``; raise ``InputError`` naming the line and the fix."""
    if isinstance(raw, OverLong):
        raise InputError(source, too_large_reason(raw.size, f"line {number}"), line=number)
    try:
        obj = _load_object(raw, number)
        fields = article_fields(obj, f"line {number}", published)
        return ArticleInput(**fields, source_ref=f"{source}:{number}")
    except (ValueError, ValidationError) as error:
        raise InputError(source, problem_of(error), line=number) from None


def problem_of(error: ValueError | ValidationError) -> str:
    if isinstance(error, ValidationError):
        return f"invalid article fields: {error.errors()[0]['msg']}"
    return str(error)


def _load_object(raw: str | bytes, number: int) -> dict[str, Any]:
    try:
        text = decode_utf8(raw) if isinstance(raw, bytes) else raw
    except Undecodable as error:
        raise ValueError(f"line {number}: {error.reason}") from None
    try:
        obj = json.loads(text.rstrip("\r\n"))
    except json.JSONDecodeError as error:
        raise ValueError(
            f"malformed JSON on line {number}: {error.msg.removesuffix(' at')} at column {error.colno}; "
            f"each line must be one JSON object such as {_EXAMPLE}"
        ) from None
    if not isinstance(obj, dict):
        raise ValueError(
            f"line {number} is a JSON {json_type(obj)}, not an object; "
            f"each line must be one JSON object such as {_EXAMPLE}"
        )
    return obj


def json_type(value: object) -> str:
    names = {list: "array", str: "string", bool: "boolean", int: "number", float: "number"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


def article_fields(obj: dict[str, Any], where: str, published: dt.date | None, *, unit: str = "line") -> dict[str, Any]:
    """The ``ArticleInput`` fields of one JSON object; ``ValueError`` says what is wrong ``where``, per ``unit``."""
    fields: dict[str, Any] = {
        "id": _required_id(obj, where, unit),
        "text": _required_text(obj, where, unit),
        "html": _optional_bool(obj, "html", where),
        "published": _published(obj.get("published"), where) or published,
    }
    for key in _OPTIONAL_STRINGS:
        fields[key] = _optional_string(obj, key, where)
    return fields


def _required_text(obj: dict[str, Any], where: str, unit: str) -> str:
    text = obj.get("text")
    if text is None:
        raise ValueError(f'{where} has no "text" field; add the article text as "text"')
    if not isinstance(text, str):
        raise ValueError(f'{where}: "text" is a JSON {json_type(text)}; it must be a string')
    if not text.strip():
        raise ValueError(f'{where}: "text" is empty; add the article text or remove the {unit}')
    return text


def _required_id(obj: dict[str, Any], where: str, unit: str) -> str:
    value = obj.get("id")
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f'{where} has no usable "id"; give each {unit} a unique string "id"')
    return value.strip()


def _optional_string(obj: dict[str, Any], key: str, where: str) -> str | None:
    value = obj.get(key)
    if value is not None and not isinstance(value, str):
        raise ValueError(f'{where}: "{key}" is a JSON {json_type(value)}; it must be a string or null')
    return value or None


def _optional_bool(obj: dict[str, Any], key: str, where: str) -> bool:
    value = obj.get(key, False)
    if not isinstance(value, bool):
        raise ValueError(f'{where}: "{key}" is a JSON {json_type(value)}; it must be true or false')
    return value


def _published(value: object, where: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        parsed = parse_iso_date(value)
        if parsed is not None:
            return parsed
    raise ValueError(
        f'{where}: "published" is {json.dumps(value)}, not an ISO date; '
        'write it as "YYYY-MM-DD" or an ISO datetime such as "2017-06-01T09:30:00Z"'
    )


def parse_iso_date(value: str) -> dt.date | None:
    """``"2017-06-01"`` or an ISO datetime → its calendar date; ``None`` if it is neither."""
    value = value.strip()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(value).date()
    except ValueError:
        return None

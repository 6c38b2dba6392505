"""Web archives (WARC, WARC.gz, ARC, ARC.gz), read record by record with warcio.

An archive can be gigabytes, so it is streamed: one record's page is in memory at a time. A
``response`` (or ``resource``) record holding an HTML page fetched with HTTP 200 becomes one
article, kept as raw HTML for the clean stage. Everything else a crawler stores (requests,
metadata, revisits, redirects, error pages, images, scripts) is not an article: it is skipped
and counted, not quarantined. A damaged or cut-short archive is quarantined at the record where
it breaks, with its byte offset, after the pages read before it.

The archive's ``WARC-Date`` is when the page was crawled, not when it was published, so it is
passed as ``retrieved``: the clean stage takes the date printed in the page first, uses the crawl
date only as an upper bound (a page cannot be published after it was fetched) and, for a page
with no date of its own, as the last resort (``published_source="retrieved"``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from eventwire.errors import InputError
from eventwire.ingest.decode import MAX_ARTICLE_BYTES, Undecodable, codec_for, decode_html, too_large_reason
from eventwire.ingest.items import ItemError, Read, Skips, UniqueIds, skip
from eventwire.ingest.kinds import stem_of, suffix_of
from eventwire.records.article import ArticleInput

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_TEXT_TYPES = frozenset({"text/plain"})
_PAGE_RECORDS = frozenset({"response", "resource"})
_READ_SIZE = 1 << 16
_FIX = "re-download the archive, or check that the crawl finished writing it"


def read_warc(path: Path, *, published: dt.date | None = None, skipped: Skips | None = None) -> Iterator[Read]:
    """One article per HTML page in the archive; other records are counted in ``skipped``."""
    from warcio.archiveiterator import ArchiveIterator  # here: only archive runs pay for the import

    source = str(path)
    ids = UniqueIds()
    stem = stem_of(path)
    # An ARC record has no id of its own (warcio makes up a new one on every read): use the URL.
    is_arc = suffix_of(path).startswith(".arc")
    number = 0
    with path.open("rb") as handle:
        records = ArchiveIterator(handle, arc2warc=True)
        try:
            for record in records:
                number += 1
                offset = records.offset
                where = f"record {number} at byte {offset}"
                page = _page(record, source, where, skipped)
                if isinstance(page, _Truncated):
                    yield _stop(source, page.reason, number - 1, where)
                    return
                if page is None:
                    continue
                if isinstance(page, InputError):
                    yield page
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI") or None
                record_id = "" if is_arc else (record.rec_headers.get_header("WARC-Record-ID") or "").strip("<> ")
                yield ArticleInput(
                    id=ids(record_id or url or f"{stem}-record-{number}"),
                    text=page.text,
                    html=page.html,
                    published=published,
                    retrieved=_crawl_date(record),
                    url=url,
                    outlet=_host(url),
                    source_ref=f"{source} {where}",
                )
        except Exception as error:  # noqa: BLE001 - warcio raises assorted errors on damaged data (ArchiveLoadFailed, zlib.error, EOFError, AttributeError); each ends the archive here
            yield _stop(source, _broken_reason(error, number), number, _next_position(number, records.offset))
            return
        # warcio ends quietly when the last record's headers are cut off: bytes left over mean a damaged tail.
        left = path.stat().st_size - max(records.offset, 0)
        if left > 0:
            reason = f"the archive ends in the middle of a record ({left:,} bytes after the last whole record); {_FIX}"
            yield _stop(source, reason, number, _next_position(number, records.offset))
        elif number == 0 and path.stat().st_size > 0:
            yield InputError(source, f"no whole WARC or ARC record in it: it is cut short or not an archive; {_FIX}")
        elif number == 0:
            yield InputError(source, "empty archive (0 bytes): it has no records; check that the crawl finished")


def _crawl_date(record: Any) -> dt.date | None:
    """The day in ``WARC-Date`` (ISO 8601, e.g. ``2016-05-03T08:12:55Z``), or None when absent or malformed."""
    value = (record.rec_headers.get_header("WARC-Date") or "")[:10]
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _stop(source: str, reason: str, records_read: int, where: str) -> ItemError:
    """The archive cannot be read on from ``where``; the reason says where too, for readers of the reason alone."""
    return ItemError(source, f"{where}: {_with_count(reason, records_read)}", position=where)


def _next_position(records_read: int, offset: int) -> str:
    return f"record {records_read + 1}" + (f" at byte {offset}" if offset >= 0 else "")


def _with_count(reason: str, records_read: int) -> str:
    """The reason, and how many records were read before the break (they are kept)."""
    if records_read == 0:
        return reason
    return f"{reason}; the {records_read} record{'s' if records_read != 1 else ''} before it {'were' if records_read != 1 else 'was'} read"


@dataclass(frozen=True)
class _Page:
    text: str
    html: bool


@dataclass(frozen=True)
class _Truncated:
    """The file ends inside this record: nothing after it can be read."""

    reason: str


def _page(record: Any, source: str, where: str, skipped: Skips | None) -> _Page | _Truncated | InputError | None:
    """The record's page; ``None`` (and counted) for a record that is not an article."""
    kind = record.rec_type
    if not hasattr(record.raw_stream, "limit"):  # no length: warcio read a header block that is cut off
        return _Truncated(f"the archive is cut short inside this record's header; {_FIX}")
    media_type, charset = _content_type(record)
    why_not = _not_an_article(record, media_type) if kind in _PAGE_RECORDS else f"WARC {kind} record"
    data = record.content_stream().read(MAX_ARTICLE_BYTES + 1) if why_not is None else b""
    left = _drain(record)
    if left:
        return _Truncated(f"the archive is cut short inside this record ({left:,} bytes missing); {_FIX}")
    if why_not is None and media_type is None and not _looks_like_html(data):
        why_not = "WARC record not HTML or text"
    if why_not is not None:
        skip(skipped, why_not)
        return None
    if len(data) > MAX_ARTICLE_BYTES:
        return ItemError(source, too_large_reason(None, f"the page in {where}"), position=where)
    is_html = media_type in _HTML_TYPES or media_type is None
    try:
        text = _decode(data, charset) if is_html else data.decode(codec_for(charset or "utf-8") or "utf-8")
    except (Undecodable, UnicodeDecodeError) as error:
        reason = error.reason if isinstance(error, Undecodable) else f"not valid {charset or 'UTF-8'} text"
        return ItemError(source, f"the page in {where} cannot be decoded: {reason}", position=where)
    if not text.strip():
        skip(skipped, "WARC empty page")
        return None
    return _Page(text, is_html)


def _not_an_article(record: Any, media_type: str | None) -> str | None:
    """Why a page record is not an article, as the key it is counted under; ``None`` if it is one."""
    if record.http_headers is not None and record.rec_type == "response":
        status = record.http_headers.get_statuscode() or ""
        if status.startswith("3"):
            return "WARC redirect"
        if status[:1] in ("4", "5"):
            return "WARC HTTP error"
        if status != "200":
            return "WARC response not HTTP 200"
    if media_type is not None and media_type not in _HTML_TYPES | _TEXT_TYPES:
        return "WARC record not HTML or text"
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    if urlsplit(uri).path.endswith("/robots.txt"):
        return "WARC robots.txt"
    return None


def _content_type(record: Any) -> tuple[str | None, str | None]:
    """``(media type, charset)`` of the page, from the HTTP headers or, without them, the WARC ones."""
    headers = record.http_headers if record.http_headers is not None else record.rec_headers
    value = headers.get_header("Content-Type")
    if not value:
        return None, None
    media_type, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, setting = param.partition("=")
        if name.strip().lower() == "charset":
            charset = setting.strip() or None
    return media_type.strip().lower() or None, charset


def _looks_like_html(data: bytes) -> bool:
    head = data[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html"))


def _decode(data: bytes, charset: str | None) -> str:
    """The page as text: the HTTP header's charset first (as browsers do), then UTF-8 and ``<meta>``."""
    codec = codec_for(charset) if charset else None
    if codec is not None and codec != "utf-8" and not data.startswith(b"\xef\xbb\xbf"):
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            pass
    return decode_html(data)


def _drain(record: Any) -> int:
    """Read the rest of the record; return how many of its bytes the file was missing."""
    stream = record.raw_stream
    while stream.read(_READ_SIZE):
        pass
    return max(getattr(stream, "limit", 0), 0)


def _host(url: str | None) -> str | None:
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


def _broken_reason(error: Exception, records_read: int) -> str:
    if isinstance(error, (AttributeError, TypeError, IndexError)):  # warcio's parser tripping on a cut-off header
        message = "record headers cut off or malformed"
    else:
        message = " ".join(str(error).split())[:160] or type(error).__name__
    if "non-chunked gzip" in message:
        problem = (
            "the archive is gzipped as one stream, not record by record, so it cannot be read as a WARC.gz; "
            "fix it with: warcio recompress IN OUT (where IN is this file)"
        )
    elif records_read == 0:
        problem = f"not a readable WARC or ARC archive ({message}); check that the file is a web archive"
    else:
        problem = f"the archive is damaged here ({message}); {_FIX}"
    return problem

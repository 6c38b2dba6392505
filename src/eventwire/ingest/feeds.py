"""RSS and Atom feed files (saved to disk; nothing is fetched): one article per entry, via feedparser.

The text of an entry is its fullest body: ``content:encoded`` or Atom ``<content>`` before the
``<summary>``/``<description>``. HTML bodies stay HTML (``html=True``) so the clean stage's
trafilatura pass strips them; a body typed HTML that holds no tags (RSS descriptions are always
typed HTML) is unescaped and passed as plain text. The date is the entry's own, taken as written
(the calendar date in the feed's time zone, as the outlet dated it), published before updated.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import html
import io
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eventwire.errors import InputError
from eventwire.ingest.decode import MAX_ARTICLE_BYTES, too_large_reason
from eventwire.ingest.items import ItemError, Read, UniqueIds
from eventwire.ingest.jsonl import parse_iso_date
from eventwire.ingest.kinds import GZIP_ERRORS, gzip_reason, open_input, stem_of
from eventwire.records.article import ArticleInput

# feedparser parses a whole document in memory; feeds are KBs to a few MB, full-archive exports
# tens of MB. 100 MB bounds the memory one file can take. Not tuned: raise it if real feeds need it.
MAX_FEED_BYTES = 100_000_000
_TAG = re.compile(r"<[A-Za-z!/][^>]*>")
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", "html", "xhtml"})


def read_feed(path: Path, *, published: dt.date | None = None) -> Iterator[Read]:
    """One article per entry of an RSS or Atom file; an entry without text is quarantined alone."""
    import feedparser  # here, not at the top: ~100 ms to import, and most runs read no feeds

    source = str(path)
    try:
        with open_input(path) as handle:
            data = handle.read(MAX_FEED_BYTES + 1)
    except GZIP_ERRORS as error:
        yield InputError(source, gzip_reason(error))
        return
    if len(data) > MAX_FEED_BYTES:
        yield InputError(source, f"feed file is over the {MAX_FEED_BYTES // 1_000_000} MB limit; split it")
        return
    # A stream, never bytes or str: feedparser treats a string as a URL or a path and would open it.
    parsed = feedparser.parse(io.BytesIO(data), sanitize_html=True, resolve_relative_uris=True)
    if not parsed.entries:
        yield InputError(source, _no_entries_reason(parsed))
        return
    outlet = _plain(parsed.feed.get("title_detail")) or None
    ids = UniqueIds()
    stem = stem_of(path)
    for number, entry in enumerate(parsed.entries, start=1):
        where = f"entry {number}"
        text, is_html = _body(entry)
        if text is None:
            title = _plain(entry.get("title_detail"))
            named = f" ({title[:60]!r})" if title else ""
            yield ItemError(
                source,
                f"{where}{named} has no text (no content, content:encoded, summary or description); the feed "
                "carries only headlines: save the linked pages (as .html files or a WARC) and read those",
                position=where,
            )
            continue
        if len(text.encode("utf-8")) > MAX_ARTICLE_BYTES:
            yield ItemError(source, too_large_reason(len(text.encode("utf-8")), where), position=where)
            continue
        yield ArticleInput(
            id=ids(entry.get("id") or entry.get("link") or f"{stem}-entry-{number}"),
            text=text,
            html=is_html,
            published=_entry_date(entry) or published,
            url=entry.get("link") or None,
            title=_plain(entry.get("title_detail")) or None,
            outlet=outlet,
            source_ref=f"{source} {where}",
        )


def _no_entries_reason(parsed: Any) -> str:
    if parsed.get("bozo"):
        problem = parsed.get("bozo_exception")
        return (
            f"not a readable RSS or Atom feed ({problem or 'unknown format'}); "
            "check that the file is a whole feed, saved as XML"
        )
    return "the feed has no entries: nothing to read; remove the file or save the feed again when it has items"


def _body(entry: Any) -> tuple[str | None, bool]:
    """The entry's fullest text and whether it is HTML; ``(None, False)`` when it has none."""
    candidates = [c for c in entry.get("content") or [] if (c.get("value") or "").strip()]
    summary = entry.get("summary_detail")
    if not candidates and summary and (summary.get("value") or "").strip():
        candidates = [summary]
    if not candidates:
        return None, False
    best = max(candidates, key=lambda c: len(c["value"]))
    value: str = best["value"]
    if best.get("type") not in _HTML_TYPES:
        return value, False
    if _TAG.search(value) is None:
        return html.unescape(value), False
    # trafilatura finds no main text in a bare fragment; a document around it is all it needs.
    return value if "<body" in value.lower() else f"<html><body>{value}</body></html>", True


def _plain(detail: Any) -> str:
    """A title as plain text, whatever type the feed gave it."""
    if not detail or not detail.get("value"):
        return ""
    value: str = detail["value"]
    if detail.get("type") in _HTML_TYPES:
        value = html.unescape(_TAG.sub("", value))
    return " ".join(value.split())


def _entry_date(entry: Any) -> dt.date | None:
    """The calendar date the entry was published (else updated), in the time zone the feed wrote."""
    for key in ("published", "updated", "created"):
        raw = dict.get(entry, key)  # plain dict lookups: feedparser's own ones warn when they fall back
        if raw:
            written = _written_date(raw)
            if written is not None:
                return written
        parsed: time.struct_time | None = dict.get(entry, f"{key}_parsed")
        if parsed is not None:  # a format only feedparser knows; it gives UTC
            return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    return None


def _written_date(raw: str) -> dt.date | None:
    """RFC 822 (RSS) or ISO 8601 (Atom) date as written, without moving it to UTC."""
    try:
        return email.utils.parsedate_to_datetime(raw).date()
    except (TypeError, ValueError, IndexError):
        return parse_iso_date(raw)

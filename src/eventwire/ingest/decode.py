"""Bytes → text, or a reason the bytes are not an article we can read.

Users hand us whatever their scrapers wrote. A file in the wrong encoding or a stray PDF must
become one clear, actionable reason ("not UTF-8 text ... re-encode it with iconv") rather than a
``UnicodeDecodeError`` halfway through a batch, and it must never be silently mis-decoded. So we
accept UTF-8 (with or without a byte-order mark) and, for HTML only, the charset the page itself
declares in ``<meta charset>``; everything else is refused with the command that fixes it.
"""

from __future__ import annotations

import codecs
import re

# One article is a few KB; 10 MB is ~1000x that, so anything larger is a dump or a mistake, and
# refusing it bounds the memory one input can take. Not tuned: raise it if real inputs need it.
MAX_ARTICLE_BYTES = 10_000_000

# How much of a file we look at to decide whether it is text at all.
SNIFF_BYTES = 8192
# Share of control bytes above which a sample is "mostly non-text". Text never has them (tabs and
# newlines aside); 30% keeps a file with a few stray control characters readable. Not tuned.
MAX_CONTROL_SHARE = 0.3

_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v\x1b")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
# WHATWG: pages labelled latin-1/ascii are decoded as windows-1252 by every browser.
_CHARSET_ALIASES = dict.fromkeys(("iso-8859-1", "latin-1", "latin1", "ascii", "us-ascii"), "cp1252")


class Undecodable(ValueError):
    """Bytes that are not readable text; ``reason`` says why and what to do."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


def describe_size(n_bytes: int) -> str:
    """``12_345_678`` → ``"12.3 MB"``, ``10_000_000`` → ``"10 MB"`` (decimal megabytes)."""
    return f"{n_bytes / 1_000_000:.1f}".removesuffix(".0") + " MB"


def too_large_reason(n_bytes: int | None, what: str = "file") -> str:
    """``n_bytes`` is ``None`` when only part was read (a stream is not read to its end to measure it)."""
    size = f"is {describe_size(n_bytes)}, over" if n_bytes is not None else "is over"
    return (
        f"{what} {size} the {describe_size(MAX_ARTICLE_BYTES)} limit for one "
        "article; split it into one file per article or into a .jsonl with one article per line"
    )


def check_text_like(sample: bytes) -> None:
    """Raise ``Undecodable`` if ``sample`` looks binary (NUL bytes or mostly control bytes)."""
    if sample.startswith(_UTF16_BOMS):
        raise Undecodable("UTF-16 text, not UTF-8; re-encode it as UTF-8, e.g. iconv -f utf-16 -t utf-8")
    if b"\x00" in sample:
        raise Undecodable("binary file (contains NUL bytes), not text; give the article as .txt, .html or .jsonl")
    controls = sum(1 for byte in sample if byte < 0x20 and byte not in _TEXT_CONTROLS)
    if sample and controls / len(sample) > MAX_CONTROL_SHARE:
        raise Undecodable("binary file (mostly non-text bytes); give the article as .txt, .html or .jsonl")


def decode_utf8(data: bytes) -> str:
    """Decode UTF-8, dropping a leading byte-order mark; raise ``Undecodable`` with the bad byte."""
    body = data.removeprefix(_UTF8_BOM)
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as error:
        raise Undecodable(_not_utf8_reason(error, offset_shift=len(data) - len(body))) from None


def decode_html(data: bytes) -> str:
    """Decode an HTML page: UTF-8 first, then the charset its ``<meta>`` declares."""
    try:
        return decode_utf8(data)
    except Undecodable:
        charset = declared_charset(data)
        if charset is None:
            raise
    try:
        return data.decode(charset)
    except UnicodeDecodeError as error:
        raise Undecodable(
            f"the page declares charset {charset} but is not valid {charset} "
            f"(invalid byte 0x{error.object[error.start]:02x} at offset {error.start}); "
            "re-encode it as UTF-8, e.g. iconv -f <its real encoding> -t utf-8"
        ) from None


def declared_charset(data: bytes) -> str | None:
    """The Python codec named by the page's ``<meta charset>``, if it names one Python knows."""
    match = _META_CHARSET.search(data[:SNIFF_BYTES])
    if match is None:
        return None
    return codec_for(match.group(1).decode("ascii", "replace"))


def codec_for(label: str) -> str | None:
    """The Python codec for a charset label as pages and HTTP headers write it, if Python has one."""
    label = label.strip().strip("\"'").lower()
    label = _CHARSET_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _not_utf8_reason(error: UnicodeDecodeError, *, offset_shift: int = 0) -> str:
    bad = error.object[error.start]
    return (
        f"not UTF-8 text (invalid byte 0x{bad:02x} at offset {error.start + offset_shift}); "
        "re-encode it as UTF-8, e.g. iconv -f latin1 -t utf-8"
    )

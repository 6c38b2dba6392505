"""Which reader a file needs: by its suffix, and for ``.xml`` by its root element.

``.xml`` is used for sitemaps, configs and exports as often as for feeds, so an ``.xml`` file is a
feed only when its root element is ``<rss>``, ``<feed>`` (Atom) or ``<rdf:RDF>`` (RSS 1.0); the
other kinds are named by their suffix. ``.gz`` is read through transparently for the text kinds
(``articles.jsonl.gz``); WARC and ARC archives handle their own per-record compression.
Directories are walked in sorted order so a run over the same tree always yields the same sequence.
"""

from __future__ import annotations

import enum
import gzip
import xml.etree.ElementTree as ET
import zlib
from pathlib import Path
from typing import BinaryIO

from eventwire.ingest.items import Skips, skip


class Kind(enum.Enum):
    TEXT = "text"
    HTML = "html"
    JSONL = "jsonl"
    JSON = "json"
    FEED = "feed"
    XML = "xml"  # a feed only if its root element says so
    WARC = "warc"


_PLAIN = {
    ".txt": Kind.TEXT,
    ".html": Kind.HTML,
    ".htm": Kind.HTML,
    ".jsonl": Kind.JSONL,
    ".json": Kind.JSON,
    ".rss": Kind.FEED,
    ".atom": Kind.FEED,
    ".xml": Kind.XML,
}
_ARCHIVES = {".warc": Kind.WARC, ".warc.gz": Kind.WARC, ".arc": Kind.WARC, ".arc.gz": Kind.WARC}
# Every suffix a file may end with, compound ones included.
SUFFIXES = frozenset(_PLAIN) | frozenset(s + ".gz" for s in _PLAIN) | frozenset(_ARCHIVES)
KINDS_HELP = (
    ".txt, .html/.htm (one article), .jsonl (one article per line), .json (an article or a list of them), "
    ".rss, .atom or .xml (RSS/Atom feeds), .warc, .warc.gz, .arc.gz (web archives); "
    "the text kinds may also be gzipped (.jsonl.gz)"
)
FEED_ROOTS = frozenset({"rss", "feed", "RDF"})
# Enough of a file to get past the XML declaration, comments and a DOCTYPE to the root element.
SNIFF_XML_BYTES = 65536
# Errors Python's gzip raises on data that is not gzip, or that is cut short or damaged.
GZIP_ERRORS = (gzip.BadGzipFile, EOFError, zlib.error)


def suffix_of(path: Path) -> str:
    """``a.jsonl.gz`` → ``.jsonl.gz``, ``crawl.warc.gz`` → ``.warc.gz``, ``a.TXT`` → ``.txt``."""
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    if len(suffixes) == 2 and suffixes[1] == ".gz":
        return "".join(suffixes)
    return suffixes[-1] if suffixes else ""


def kind_of(path: Path) -> Kind | None:
    suffix = suffix_of(path)
    return _ARCHIVES.get(suffix) or _PLAIN.get(suffix.removesuffix(".gz"))


def is_gzipped(path: Path) -> bool:
    return kind_of(path) is not Kind.WARC and suffix_of(path).endswith(".gz")


def stem_of(path: Path) -> str:
    """The file name without its input suffix: ``story.jsonl.gz`` → ``story``."""
    suffix = suffix_of(path)
    return path.name[: -len(suffix)] if suffix and path.name.lower().endswith(suffix) else path.stem


def open_input(path: Path) -> BinaryIO:
    """The file's bytes, decompressed on the fly when it is gzipped; a stream, never read whole."""
    if is_gzipped(path):
        return gzip.open(path, "rb")  # type: ignore[return-value]  # GzipFile is a binary stream
    return path.open("rb")


def gzip_reason(error: Exception) -> str:
    if isinstance(error, gzip.BadGzipFile):
        return f"not gzip data although the name ends in .gz ({error}); rename it without .gz or compress it with gzip"
    return (
        f"corrupt or truncated gzip data ({error or 'the data ends early'}); "
        "re-download or re-compress it (gzip -t checks a file)"
    )


def xml_root(path: Path) -> str | None:
    """Local name of the root element (``rss``, ``feed``, ``RDF``...), or ``None`` if it is not XML."""
    parser = ET.XMLPullParser(events=("start",))
    try:
        with open_input(path) as handle:
            # Stray blank lines before the XML declaration are a common server bug that feed readers forgive.
            head = handle.read(SNIFF_XML_BYTES).removeprefix(b"\xef\xbb\xbf").lstrip()
        # Piece by piece, stopping at the root's start tag: a fault further on is the feed reader's business.
        for start in range(0, len(head), 512):
            parser.feed(head[start : start + 512])
            for _, element in parser.read_events():
                return element.tag.rsplit("}", 1)[-1]
    except (ET.ParseError, OSError, *GZIP_ERRORS):
        return None
    return None


def is_feed(path: Path) -> bool:
    return xml_root(path) in FEED_ROOTS


def walk(directory: Path, skipped: Skips | None = None) -> list[Path]:
    """Input files under ``directory``, recursively, sorted; hidden files and folders are skipped.

    Files of other kinds, and ``.xml`` files that are not feeds, are left out (and counted in
    ``skipped``), so every path returned is one ``read_inputs`` knows how to read.
    """
    found = []
    for path in directory.rglob("*"):
        if any(part.startswith(".") for part in path.relative_to(directory).parts) or not path.is_file():
            continue
        kind = kind_of(path)
        if kind is None:
            skip(skipped, "file of another kind")
        elif kind is Kind.XML and not is_feed(path):
            skip(skipped, "XML file that is not a feed")
        else:
            found.append(path)
    return sorted(found)

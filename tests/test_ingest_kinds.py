"""eventwire.ingest: choosing the reader (suffix, .gz, XML root), and directories that mix every kind."""

from __future__ import annotations

import gzip
import io
import json
from collections import Counter
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwire.ingest import read_inputs, walk
from eventwire.ingest.kinds import Kind, kind_of, stem_of
from eventwire.records.article import ArticleInput
from eventwire.records.quarantine import Quarantined

ARTICLE = "ARNOR, May 3 (Ledger Wire) - Gondor forces shelled the northern villages on Tuesday.\n"
FEED = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>Ledger</title>'
    "<item><guid>feed-1</guid><description>Rohan riders crossed the ford at dawn.</description></item>"
    "</channel></rss>"
)


def _read(*paths: Path | str, **kwargs: object) -> list[ArticleInput | Quarantined]:
    return list(read_inputs([str(p) for p in paths], **kwargs))  # type: ignore[arg-type]  # kwargs typed loosely


def _write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


def _warc(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        page = f"<html><body><p>{ARTICLE}</p></body></html>".encode()
        url = "https://ledger.example/w"
        writer.write_record(
            writer.create_warc_record(url, "response", payload=io.BytesIO(page), length=len(page), http_headers=http)
        )
    return path


@pytest.mark.parametrize(
    ("name", "kind", "stem"),
    [
        ("a.txt", Kind.TEXT, "a"),
        ("a.TXT.GZ", Kind.TEXT, "a"),
        ("2024.05.03.html", Kind.HTML, "2024.05.03"),
        ("b.htm.gz", Kind.HTML, "b"),
        ("c.jsonl.gz", Kind.JSONL, "c"),
        ("d.json", Kind.JSON, "d"),
        ("e.rss", Kind.FEED, "e"),
        ("e.atom.gz", Kind.FEED, "e"),
        ("f.xml", Kind.XML, "f"),
        ("crawl.warc.gz", Kind.WARC, "crawl"),
        ("crawl.warc", Kind.WARC, "crawl"),
        ("old.arc.gz", Kind.WARC, "old"),
        ("notes.csv", None, "notes"),
        ("backup.tar.gz", None, "backup"),
        ("README", None, "README"),
    ],
)
def test_ingest_kind_of_by_suffix(name: str, kind: Kind | None, stem: str) -> None:
    assert kind_of(Path(name)) is kind
    assert stem_of(Path(name)) == stem


@pytest.mark.parametrize("name", ["story.txt.gz", "story.html.gz"])
def test_ingest_gzipped_one_article_file(tmp_path: Path, name: str) -> None:
    path = _write(tmp_path / name, gzip.compress(ARTICLE.encode()))
    [item] = _read(path)
    assert isinstance(item, ArticleInput) and item.id == "story" and item.text == ARTICLE
    assert item.html is name.startswith("story.html")


def test_ingest_gzipped_jsonl(tmp_path: Path) -> None:
    lines = "".join(json.dumps({"id": f"a{n}", "text": ARTICLE}) + "\n" for n in range(3)) + "{bad\n"
    path = _write(tmp_path / "articles.jsonl.gz", gzip.compress(lines.encode()))
    items = _read(path)
    assert [getattr(i, "id", None) for i in items] == ["a0", "a1", "a2", None]
    bad = items[-1]
    assert isinstance(bad, Quarantined) and bad.line == 4 and bad.position == "line 4"


def test_ingest_truncated_gzip_jsonl_keeps_the_lines_before_the_break(tmp_path: Path) -> None:
    lines = "".join(json.dumps({"id": f"a{n}", "text": f"{ARTICLE} {n}"}) + "\n" for n in range(3000))
    data = gzip.compress(lines.encode())
    path = _write(tmp_path / "cut.jsonl.gz", data[: len(data) // 2])
    items = _read(path)
    good = [i for i in items if isinstance(i, ArticleInput)]
    assert 0 < len(good) < 3000 and [i.id for i in good] == [f"a{n}" for n in range(len(good))]
    bad = items[-1]
    assert isinstance(bad, Quarantined) and bad.line == len(good) + 1
    assert "corrupt or truncated gzip data" in bad.reason and "the lines before it were read" in bad.reason


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("not.txt.gz", ARTICLE.encode(), "not gzip data although the name ends in .gz"),
        ("not.jsonl.gz", b'{"id": "a"}\n', "not gzip data"),
        ("not.json.gz", b"[]", "not gzip data"),
        ("not.rss.gz", FEED.encode(), "not gzip data"),
        ("cut.html.gz", gzip.compress(ARTICLE.encode() * 50)[:40], "corrupt or truncated gzip data"),
    ],
)
def test_ingest_bad_gzip_is_quarantined(tmp_path: Path, name: str, content: bytes, expected: str) -> None:
    [item] = _read(_write(tmp_path / name, content))
    assert isinstance(item, Quarantined) and expected in item.reason and item.source == str(tmp_path / name)


@pytest.mark.parametrize("name", ["report.pdf", "backup.tar.gz", "README"])
def test_ingest_unknown_kind_named_explicitly_lists_the_kinds(tmp_path: Path, name: str) -> None:
    [item] = _read(_write(tmp_path / name, "x"))
    assert isinstance(item, Quarantined) and "unsupported file type" in item.reason
    for kind in (".txt", ".html", ".jsonl", ".json", ".rss", ".atom", ".xml", ".warc.gz", ".jsonl.gz"):
        assert kind in item.reason


def test_ingest_directory_mixing_every_kind(tmp_path: Path) -> None:
    _write(tmp_path / "a" / "story.txt.gz", gzip.compress(ARTICLE.encode()))
    _write(tmp_path / "a" / "list.json", json.dumps([{"id": "j1", "text": ARTICLE}, {"id": "j2"}]))
    _write(tmp_path / "b" / "feed.xml", FEED)
    _write(tmp_path / "b" / "sitemap.xml", "<urlset><url/></urlset>")
    _warc(tmp_path / "c" / "crawl.warc.gz")
    _write(tmp_path / "d.jsonl", json.dumps({"id": "l1", "text": ARTICLE}) + "\n")
    _write(tmp_path / "notes.csv", "not an input")
    _write(tmp_path / "archive.tar.gz", b"\x1f\x8b")
    _write(tmp_path / ".hidden" / "secret.txt", ARTICLE)
    _write(tmp_path / ".hidden.json", "[]")
    skipped: Counter[str] = Counter()
    items = _read(tmp_path, skipped=skipped)
    names = [i.id if isinstance(i, ArticleInput) else f"bad {i.position}" for i in items]
    assert names[:4] == ["j1", "bad item 2", "story", "feed-1"]
    assert names[4].startswith("urn:uuid:") and names[5:] == ["l1"]
    assert skipped == Counter({"file of another kind": 2, "XML file that is not a feed": 1})
    assert [p.relative_to(tmp_path).as_posix() for p in walk(tmp_path)] == [
        "a/list.json",
        "a/story.txt.gz",
        "b/feed.xml",
        "c/crawl.warc.gz",
        "d.jsonl",
    ]


def test_ingest_every_quarantined_item_says_where_it_is(tmp_path: Path) -> None:
    jsonl = _write(tmp_path / "x.jsonl", json.dumps({"id": "a", "text": ARTICLE}) + "\n[]\n")
    array = _write(tmp_path / "x.json", json.dumps([{"id": "a", "text": ARTICLE}, 5]))
    feed = _write(tmp_path / "x.rss", FEED.replace("<description>", "<title>").replace("</description>", "</title>"))
    whole = _write(tmp_path / "x.txt", b"")
    positions = [
        (Path(q.source).name, q.line, q.position)
        for q in _read(jsonl, array, feed, whole)
        if isinstance(q, Quarantined)
    ]
    assert positions == [
        ("x.jsonl", 2, "line 2"),
        ("x.json", 1, "item 2"),
        ("x.rss", None, "entry 1"),
        ("x.txt", None, None),
    ]

"""eventwire.ingest, web archives: HTML pages become articles, other records are counted, damage is quarantined."""

from __future__ import annotations

import gzip
import io
from collections import Counter
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwire.ingest import read_inputs
from eventwire.records.article import ArticleInput
from eventwire.records.quarantine import Quarantined
from eventwire.stages.clean import clean

PAGE = (
    "<html><head><title>Gondor shells Arnor</title></head><body><nav>Home | World</nav><article>"
    "<h1>Gondor shells Arnor</h1><p>ARNOR, May 3 (Ledger Wire) - Gondor forces shelled the northern villages on "
    "Tuesday, killing three people, a local official said.</p><p>Rohan denied any part in the attack.</p>"
    "</article></body></html>"
)


def _response(writer: WARCWriter, url: str, body: bytes, status: str = "200 OK", **headers: str) -> None:
    http = StatusAndHeaders(status, list(headers.items()), protocol="HTTP/1.1")
    record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), length=len(body), http_headers=http)
    writer.write_record(record)


def _crawl(path: Path, *, gz: bool = True) -> Path:
    """A small crawl: three pages among the records a crawler really stores."""
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gz)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "eventwire tests"}))
        request = StatusAndHeaders("GET /news/1 HTTP/1.1", [("Host", "www.ledger.example")], is_http_request=True)
        writer.write_record(
            writer.create_warc_record(
                "https://www.ledger.example/news/1", "request", payload=io.BytesIO(), length=0, http_headers=request
            )
        )
        _response(
            writer, "https://www.ledger.example/news/1", PAGE.encode(), **{"Content-Type": "text/html; charset=utf-8"}
        )
        _response(writer, "https://www.ledger.example/old", b"", "301 Moved Permanently", Location="/news/1")
        _response(
            writer,
            "https://www.ledger.example/gone",
            b"<html>Not found</html>",
            "404 Not Found",
            **{"Content-Type": "text/html"},
        )
        _response(writer, "https://www.ledger.example/logo.png", b"\x89PNG\r\n", **{"Content-Type": "image/png"})
        _response(writer, "https://www.ledger.example/robots.txt", b"User-agent: *\n", **{"Content-Type": "text/plain"})
        cyrillic = "<html><body><article><p>Киев: войска Гондора обстреляли северные сёла во вторник.</p></article></body></html>"
        _response(
            writer,
            "https://kyiv.example/2",
            cyrillic.encode("cp1251"),
            **{"Content-Type": "text/html; charset=windows-1251"},
        )
        zipped = gzip.compress(PAGE.replace("three", "four").encode())
        _response(
            writer,
            "https://www.ledger.example/news/3",
            zipped,
            **{"Content-Type": "text/html", "Content-Encoding": "gzip"},
        )
        writer.write_record(
            writer.create_revisit_record(
                "https://www.ledger.example/news/1",
                "sha1:AAAA",
                "https://www.ledger.example/news/1",
                "2022-05-03T00:00:00Z",
            )
        )
    return path


def _read(*paths: Path, **kwargs: object) -> list[ArticleInput | Quarantined]:
    return list(read_inputs([str(p) for p in paths], **kwargs))  # type: ignore[arg-type]  # kwargs typed loosely


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_ingest_warc_pages_become_articles_and_the_rest_is_counted(tmp_path: Path, name: str) -> None:
    path = _crawl(tmp_path / name, gz=name.endswith(".gz"))
    skipped: Counter[str] = Counter()
    items = _read(path, skipped=skipped)
    assert all(isinstance(i, ArticleInput) for i in items), items
    pages = [i for i in items if isinstance(i, ArticleInput)]
    assert [p.url for p in pages] == [
        "https://www.ledger.example/news/1",
        "https://kyiv.example/2",
        "https://www.ledger.example/news/3",
    ]
    first, cyrillic, unzipped = pages
    assert first.html and first.text == PAGE and first.outlet == "ledger.example" and first.published is None
    assert first.id.startswith("urn:uuid:") and first.source_ref.startswith(f"{path} record 3 at byte ")
    assert "войска Гондора" in cyrillic.text  # the HTTP header's charset
    assert "killing four people" in unzipped.text  # Content-Encoding: gzip undone
    assert skipped == Counter(
        {
            "WARC warcinfo record": 1,
            "WARC request record": 1,
            "WARC redirect": 1,
            "WARC HTTP error": 1,
            "WARC record not HTML or text": 1,
            "WARC robots.txt": 1,
            "WARC revisit record": 1,
        }
    )


def test_ingest_warc_ids_are_stable_and_unique(tmp_path: Path) -> None:
    path = _crawl(tmp_path / "crawl.warc.gz")
    first, second = ([getattr(i, "id", None) for i in _read(path)] for _ in range(2))
    assert first == second and len(set(first)) == len(first) == 3


def test_ingest_warc_page_survives_the_clean_stage(tmp_path: Path) -> None:
    [page, *_] = _read(_crawl(tmp_path / "crawl.warc.gz"))
    assert isinstance(page, ArticleInput)
    article = clean(page)
    assert "Gondor forces shelled the northern villages" in article.text and "Home | World" not in article.text
    assert article.outlet and article.url == "https://www.ledger.example/news/1"


def _pages(items: list[ArticleInput | Quarantined]) -> list[str | None]:
    return [i.url for i in items if isinstance(i, ArticleInput)]


@pytest.mark.parametrize("gz", [True, False])
def test_ingest_truncated_warc_keeps_what_was_read_and_says_where_it_broke(tmp_path: Path, gz: bool) -> None:
    whole = _crawl(tmp_path / ("whole.warc.gz" if gz else "whole.warc"), gz=gz)
    records = [i for i in _read(whole)]
    cut_at = int(records[1].source_ref.rsplit(" ", 1)[1]) + 200  # inside the record of the second page
    data = whole.read_bytes()
    for cut in (cut_at, cut_at + 37, len(data) - 40):
        path = tmp_path / f"cut{cut}{'.warc.gz' if gz else '.warc'}"
        path.write_bytes(data[:cut])
        items = _read(path)
        bad = items[-1]
        assert isinstance(bad, Quarantined), (cut, items)
        assert bad.source == str(path) and bad.stage == "read" and bad.line is None
        assert bad.position is not None and bad.position.startswith("record ") and " at byte " in bad.position
        assert "re-download the archive" in bad.reason and "before it were read" in bad.reason
        assert all(isinstance(i, ArticleInput) for i in items[:-1])
    assert _pages(_read(tmp_path / f"cut{cut_at}{'.warc.gz' if gz else '.warc'}")) == [
        "https://www.ledger.example/news/1"
    ]


def test_ingest_warc_with_garbage_in_the_middle(tmp_path: Path) -> None:
    data = _crawl(tmp_path / "whole.warc.gz").read_bytes()
    offset = int(_read(tmp_path / "whole.warc.gz")[1].source_ref.rsplit(" ", 1)[1])
    path = tmp_path / "damaged.warc.gz"
    path.write_bytes(data[:offset] + b"\x00garbage\x00" * 20 + data[offset:])
    items = _read(path)
    assert _pages(items) == ["https://www.ledger.example/news/1"]
    bad = items[-1]
    assert isinstance(bad, Quarantined) and bad.position is not None and bad.position.startswith("record ")
    assert "the archive is damaged here" in bad.reason


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "empty archive (0 bytes)"),
        (b"<html><body>not an archive</body></html>", "not a readable WARC or ARC archive"),
    ],
)
def test_ingest_bad_warc_file_is_quarantined(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "x.warc"
    path.write_bytes(content)
    [item] = _read(path)
    assert isinstance(item, Quarantined) and expected in item.reason


def test_ingest_warc_gzipped_whole_says_how_to_fix_it(tmp_path: Path) -> None:
    plain = _crawl(tmp_path / "plain.warc", gz=False)
    path = tmp_path / "whole.warc.gz"
    path.write_bytes(gzip.compress(plain.read_bytes()))
    bad = _read(path)[-1]
    assert isinstance(bad, Quarantined) and "warcio recompress" in bad.reason


def _arc() -> bytes:
    """An ARC (v1) file written by hand: a version block and one HTTP response."""
    version = b"1 0 Ledger\nURL IP-address Archive-date Content-type Archive-length\n"
    out = b"filedesc://t.arc 0.0.0.0 20220503000000 text/plain %d\n" % len(version) + version + b"\n"
    body = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + PAGE.encode()
    url = b"https://www.ledger.example/arc/1"
    return out + url + b" 192.0.2.1 20220503000000 text/html %d\n" % len(body) + body + b"\n"


@pytest.mark.parametrize("name", ["old.arc", "old.arc.gz"])
def test_ingest_arc_archives(tmp_path: Path, name: str) -> None:
    data = _arc()
    if name.endswith(".gz"):  # one gzip member per record, as crawlers write them
        split = data.index(b"https://")
        data = gzip.compress(data[:split]) + gzip.compress(data[split:])
    path = tmp_path / name
    path.write_bytes(data)
    [item] = _read(path)
    assert isinstance(item, ArticleInput) and item.text == PAGE
    assert item.id == "https://www.ledger.example/arc/1"  # ARC records have no id of their own


def test_the_crawl_date_bounds_and_backs_up_the_publication_date(tmp_path: Path) -> None:
    """A page with no dated byline takes the WARC-Date as a last resort, marked as such; its year-less
    dateline ("ARNOR, May 3") gets its year from the crawl."""
    path = tmp_path / "dated.warc.gz"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        body = PAGE.encode()
        writer.write_record(
            writer.create_warc_record(
                "https://www.ledger.example/news/9",
                "response",
                payload=io.BytesIO(body),
                length=len(body),
                http_headers=http,
                warc_headers_dict={"WARC-Date": "2022-05-04T08:12:55Z"},
            )
        )
    (item,) = read_inputs([str(path)])
    assert isinstance(item, ArticleInput)
    assert str(item.retrieved) == "2022-05-04"
    article = clean(item)
    assert str(article.published) == "2022-05-04"
    assert article.published_source == "retrieved"
    assert article.dateline is not None and str(article.dateline.date) == "2022-05-03"

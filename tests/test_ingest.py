"""eventwire.ingest: every raw input becomes an ArticleInput or a Quarantined record, never an exception."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from eventwire.ingest import read_inputs
from eventwire.ingest.jsonl import OverLong, bounded_lines
from eventwire.records.article import ArticleInput
from eventwire.records.quarantine import Quarantined

ARTICLE = "ARNOR, May 3 (Ledger Wire) - Gondor forces shelled the northern villages on Tuesday.\n"


def _good(article_id: str) -> dict[str, str]:
    return {"id": article_id, "text": ARTICLE}


def _write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def _jsonl(*lines: object) -> str:
    return "".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines)


def _read(*paths: Path | str, **kwargs: object) -> list[ArticleInput | Quarantined]:
    return list(read_inputs([str(p) for p in paths], **kwargs))  # type: ignore[arg-type]  # kwargs typed loosely


def _only_quarantined(items: list[ArticleInput | Quarantined]) -> Quarantined:
    assert len(items) == 1 and isinstance(items[0], Quarantined), items
    return items[0]


# --- one-article files --------------------------------------------------------------------------


def test_ingest_txt_file_is_one_article_named_by_its_stem(tmp_path: Path) -> None:
    path = _write(tmp_path / "story-1.txt", ARTICLE)
    [item] = _read(path, published=dt.date(2024, 5, 4))
    assert item == ArticleInput(id="story-1", text=ARTICLE, published=dt.date(2024, 5, 4), source_ref=str(path))


@pytest.mark.parametrize("suffix", [".html", ".htm", ".HTML"])
def test_ingest_html_file_keeps_raw_html(tmp_path: Path, suffix: str) -> None:
    page = f"<html><body><p>{ARTICLE}</p></body></html>"
    [item] = _read(_write(tmp_path / f"page{suffix}", page))
    assert isinstance(item, ArticleInput)
    assert item.html is True and item.text == page and item.id == "page"


def test_ingest_utf8_bom_is_dropped(tmp_path: Path) -> None:
    [item] = _read(_write(tmp_path / "bom.txt", b"\xef\xbb\xbf" + ARTICLE.encode()))
    assert isinstance(item, ArticleInput) and item.text == ARTICLE


def test_ingest_html_honours_meta_charset(tmp_path: Path) -> None:
    page = '<html><head><meta charset="windows-1251"></head><body><p>Киев</p></body></html>'
    [item] = _read(_write(tmp_path / "ru.html", page.encode("cp1251")))
    assert isinstance(item, ArticleInput) and "Киев" in item.text


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("empty.txt", b"", "empty file (0 bytes)"),
        ("blank.txt", b"  \n\n\t\n", "empty file (only whitespace)"),
        ("blank.html", b"\n", "empty file"),
        ("nul.txt", b"Gondor\x00\x00\x01forces", "binary file (contains NUL bytes)"),
        ("controls.txt", bytes(range(1, 9)) * 50, "binary file (mostly non-text bytes)"),
        ("latin1.txt", "Café in Arnor".encode("latin-1"), "not UTF-8 text (invalid byte 0xe9 at offset 3)"),
        ("latin1.html", "<p>Café in Arnor</p>".encode("latin-1"), "invalid byte 0xe9 at offset 6"),
        ("utf16.txt", "Arnor".encode("utf-16"), "UTF-16 text"),
        ("report.pdf", b"%PDF-1.4", "unsupported file type '.pdf'"),
        ("README", b"text", "unsupported file type '(no suffix)'"),
        ("empty.jsonl", b"", "empty file (0 bytes)"),
        ("blank.jsonl", b"\n \n", "empty file"),
        ("binary.jsonl", b"\x00\x01\x02" * 100, "binary file"),
    ],
)
def test_ingest_bad_file_is_quarantined(tmp_path: Path, name: str, content: bytes, expected: str) -> None:
    path = _write(tmp_path / name, content)
    item = _only_quarantined(_read(path))
    assert item.source == str(path) and item.line is None and item.stage == "read"
    assert expected in item.reason


def test_ingest_not_utf8_reason_says_how_to_fix(tmp_path: Path) -> None:
    item = _only_quarantined(_read(_write(tmp_path / "a.txt", "déjà".encode("latin-1"))))
    assert item.reason == (
        "not UTF-8 text (invalid byte 0xe9 at offset 1); re-encode it as UTF-8, e.g. iconv -f latin1 -t utf-8"
    )


def test_ingest_missing_file_is_quarantined(tmp_path: Path) -> None:
    item = _only_quarantined(_read(tmp_path / "nowhere.txt"))
    assert item.source == str(tmp_path / "nowhere.txt") and "file not found" in item.reason


@pytest.mark.parametrize("name", ["huge.txt", "huge.html"])
def test_ingest_file_over_10_mb_is_quarantined_with_its_size(tmp_path: Path, name: str) -> None:
    path = _write(tmp_path / name, b"a" * 11_000_000)
    item = _only_quarantined(_read(path))
    assert "11 MB" in item.reason and "10 MB limit" in item.reason


# --- JSONL --------------------------------------------------------------------------------------


def test_ingest_jsonl_malformed_line_between_good_lines(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "batch.jsonl",
        _jsonl(_good("a"), '{"id": "b", "text": "unterminated', _good("c")),
    )
    items = _read(path)
    assert [type(i).__name__ for i in items] == ["ArticleInput", "Quarantined", "ArticleInput"]
    good_a, bad, good_c = items
    assert isinstance(good_a, ArticleInput) and good_a.id == "a" and good_a.source_ref == f"{path}:1"
    assert isinstance(good_c, ArticleInput) and good_c.id == "c" and good_c.source_ref == f"{path}:3"
    assert isinstance(bad, Quarantined) and bad.source == str(path) and bad.line == 2
    assert bad.reason.startswith("malformed JSON on line 2: Unterminated string starting at column 21;")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("[1, 2]", "line 1 is a JSON array, not an object"),
        ('"just text"', "line 1 is a JSON string, not an object"),
        ("null", "line 1 is a JSON null, not an object"),
        ('{"id": "a"}', 'line 1 has no "text" field'),
        ('{"id": "a", "text": "   "}', 'line 1: "text" is empty'),
        ('{"id": "a", "text": 5}', '"text" is a JSON number; it must be a string'),
        ('{"text": "Gondor forces advanced"}', 'line 1 has no usable "id"'),
        ('{"id": "", "text": "Gondor forces advanced"}', 'line 1 has no usable "id"'),
        ('{"id": "a", "text": "Gondor forces", "published": "June 1"}', '"published" is "June 1", not'),
        ('{"id": "a", "text": "Gondor forces", "published": 2017}', '"published" is 2017, not an ISO date'),
        ('{"id": "a", "text": "Gondor forces", "published": "2017-13-01"}', "not an ISO date"),
        ('{"id": "a", "text": "Gondor forces", "html": "yes"}', '"html" is a JSON string; it must be true'),
        ('{"id": "a", "text": "Gondor forces", "url": 3}', '"url" is a JSON number'),
    ],
)
def test_ingest_bad_jsonl_line_is_quarantined(tmp_path: Path, line: str, expected: str) -> None:
    path = _write(tmp_path / "one.jsonl", line + "\n")
    item = _only_quarantined(_read(path))
    assert item.line == 1 and expected in item.reason


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2017-06-01", dt.date(2017, 6, 1)),
        ("2017-06-01T23:30:00Z", dt.date(2017, 6, 1)),
        ("2017-06-01T23:30:00+03:00", dt.date(2017, 6, 1)),
        (None, dt.date(2020, 1, 1)),
        ("", dt.date(2020, 1, 1)),
    ],
)
def test_ingest_jsonl_published(tmp_path: Path, published: str | None, expected: dt.date) -> None:
    path = _write(tmp_path / "p.jsonl", _jsonl({"id": "a", "text": ARTICLE, "published": published}))
    [item] = _read(path, published=dt.date(2020, 1, 1))
    assert isinstance(item, ArticleInput) and item.published == expected


def test_ingest_jsonl_optional_fields_and_integer_id(tmp_path: Path) -> None:
    record = {
        "id": 7,
        "text": "<p>x</p>",
        "html": True,
        "url": "https://example.org/a",
        "title": "T",
        "outlet": "Ledger",
        "extra": "ignored",
    }
    [item] = _read(_write(tmp_path / "o.jsonl", _jsonl(record)))
    assert isinstance(item, ArticleInput)
    assert (item.id, item.html, item.title, item.outlet) == ("7", True, "T", "Ledger")
    assert item.url == record["url"]


def test_ingest_jsonl_blank_lines_are_skipped_but_counted(tmp_path: Path) -> None:
    path = _write(tmp_path / "b.jsonl", "\n" + _jsonl(_good("a")) + "\n   \n" + "{bad\n")
    article, bad = _read(path)
    assert isinstance(article, ArticleInput) and article.source_ref == f"{path}:2"
    assert isinstance(bad, Quarantined) and bad.line == 5


def test_ingest_jsonl_non_utf8_line_is_quarantined_alone(tmp_path: Path) -> None:
    good = _jsonl(_good("a")).encode()
    bad = '{"id": "b", "text": "café"}\n'.encode("latin-1")
    article, quarantined = _read(_write(tmp_path / "enc.jsonl", good + bad))
    assert isinstance(article, ArticleInput)
    assert isinstance(quarantined, Quarantined) and quarantined.line == 2
    assert "line 2: not UTF-8 text (invalid byte 0xe9" in quarantined.reason


def test_ingest_jsonl_line_over_10_mb_is_quarantined(tmp_path: Path) -> None:
    huge = json.dumps({"id": "big", "text": "a" * 11_000_000})
    path = _write(tmp_path / "big.jsonl", _jsonl(_good("a"), huge, _good("c")))
    first, bad, last = _read(path)
    assert isinstance(first, ArticleInput) and isinstance(last, ArticleInput) and last.id == "c"
    assert isinstance(bad, Quarantined) and bad.line == 2
    assert "line 2 is 11 MB, over the 10 MB limit" in bad.reason


def test_ingest_bounded_lines_never_holds_an_over_long_line() -> None:
    calls: list[int] = []
    stream = io.BytesIO(b"short\n" + b"x" * 50 + b"\nend")

    def readline(size: int) -> bytes:
        calls.append(size)
        return stream.readline(size)

    assert list(bounded_lines(readline, limit=10)) == [(1, b"short\n"), (2, OverLong(51)), (3, b"end")]
    assert max(calls) == 11


# --- stdin --------------------------------------------------------------------------------------


def test_ingest_stdin_jsonl(tmp_path: Path) -> None:
    stream = io.StringIO("\n" + _jsonl(_good("a"), "[]", _good("b")))
    items = list(read_inputs(["-"], stdin=stream, published=dt.date(2024, 5, 4)))
    assert [getattr(i, "id", None) for i in items] == ["a", None, "b"]
    assert isinstance(items[0], ArticleInput) and items[0].source_ref == "<stdin>:2"
    assert items[0].published == dt.date(2024, 5, 4)
    assert isinstance(items[1], Quarantined) and (items[1].source, items[1].line) == ("<stdin>", 3)


def test_ingest_stdin_plain_text_is_one_article() -> None:
    stream = io.StringIO("\n\nGondor forces advanced.\n{not json}\n")
    [item] = read_inputs(["-"], stdin=stream)
    assert isinstance(item, ArticleInput)
    assert (item.id, item.text, item.source_ref) == ("stdin", stream.getvalue(), "<stdin>")


def test_ingest_stdin_empty_is_quarantined() -> None:
    [item] = read_inputs(["-"], stdin=io.StringIO("\n  \n"))
    assert isinstance(item, Quarantined) and item.source == "<stdin>" and "empty input" in item.reason


# --- directories and batches --------------------------------------------------------------------


def test_ingest_directory_recurses_in_sorted_order(tmp_path: Path) -> None:
    _write(tmp_path / "b" / "deep" / "z.txt", ARTICLE)
    _write(tmp_path / "b" / "a.html", f"<p>{ARTICLE}</p>")
    _write(tmp_path / "a.jsonl", _jsonl({"id": "j1", "text": ARTICLE}, {"id": "j2", "text": ARTICLE}))
    _write(tmp_path / "c.txt", b"")
    _write(tmp_path / "notes.csv", "ignored")
    _write(tmp_path / ".cache" / "hidden.txt", ARTICLE)
    items = _read(tmp_path)
    names = [i.id if isinstance(i, ArticleInput) else Path(i.source).name for i in items]
    assert names == ["j1", "j2", "a", "z", "c.txt"]
    assert isinstance(items[-1], Quarantined)


def test_ingest_empty_directory_is_quarantined(tmp_path: Path) -> None:
    item = _only_quarantined(_read(tmp_path))
    assert "no input files" in item.reason


def test_ingest_batch_goes_on_past_every_bad_input(tmp_path: Path) -> None:
    good = _write(tmp_path / "good.txt", ARTICLE)
    bad = _write(tmp_path / "bad.txt", b"\x00\x00")
    items = _read(tmp_path / "missing.txt", bad, good, "-", stdin=io.StringIO('{"id": 1}\n[1]\n'))
    kinds = [type(i).__name__ for i in items]
    assert kinds == ["Quarantined", "Quarantined", "ArticleInput", "Quarantined", "Quarantined"]

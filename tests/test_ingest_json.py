"""eventwire.ingest, .json files: an article, a list of them, or an object holding the list; streamed."""

from __future__ import annotations

import datetime as dt
import gzip
import json
from pathlib import Path

import pytest

from eventwire.ingest import jsonfile, read_inputs
from eventwire.records.article import ArticleInput
from eventwire.records.quarantine import Quarantined

TEXT = "ARNOR, May 3 (Ledger Wire) - Gondor forces shelled the northern villages on Tuesday."


def _read(path: Path, **kwargs: object) -> list[ArticleInput | Quarantined]:
    return list(read_inputs([str(path)], **kwargs))  # type: ignore[arg-type]  # kwargs typed loosely


def _article(article_id: str, **extra: object) -> dict[str, object]:
    return {"id": article_id, "text": f"{TEXT} ({article_id})", **extra}


@pytest.mark.parametrize(
    "document",
    [
        [_article("a"), _article("b")],
        {"articles": [_article("a"), _article("b")], "status": "ok", "total": 2},
        {"total": 2, "items": [_article("a"), _article("b")]},
        {"data": [_article("a"), _article("b")]},
    ],
    ids=["array", "articles", "items-after-other-keys", "data"],
)
def test_ingest_json_list_shapes(tmp_path: Path, document: object) -> None:
    path = tmp_path / "batch.json"
    path.write_text(json.dumps(document, indent=2))
    items = _read(path)
    assert [getattr(i, "id", None) for i in items] == ["a", "b"]
    assert all(isinstance(i, ArticleInput) for i in items)
    assert items[1].source_ref == f"{path} item 2"  # type: ignore[union-attr]


def test_ingest_json_single_article_keeps_its_fields(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    record = _article("solo", published="2022-05-03", url="https://ledger.example/1", title="Shelling", outlet="Ledger")
    path.write_text(json.dumps(record))
    [item] = _read(path, published=dt.date(2020, 1, 1))
    assert item == ArticleInput(
        id="solo",
        text=record["text"],
        published=dt.date(2022, 5, 3),
        url="https://ledger.example/1",
        title="Shelling",
        outlet="Ledger",
        source_ref=str(path),
    )


def test_ingest_json_bad_items_are_quarantined_with_index_and_line(tmp_path: Path) -> None:
    path = tmp_path / "mixed.json"
    document = [_article("a"), {"id": "b"}, "just a string", _article("d", published="June 1"), _article("e")]
    path.write_text(json.dumps(document, indent=1))
    items = _read(path)
    assert [type(i).__name__ for i in items] == [
        "ArticleInput",
        "Quarantined",
        "Quarantined",
        "Quarantined",
        "ArticleInput",
    ]
    no_text, not_object, bad_date = items[1:4]
    assert isinstance(no_text, Quarantined) and no_text.position == "item 2" and no_text.source == str(path)
    assert no_text.reason == 'item 2 has no "text" field; add the article text as "text"'
    assert no_text.line == 5  # "[", then item 1's three lines, then item 2 starts on line 5
    assert isinstance(not_object, Quarantined) and not_object.position == "item 3"
    assert "item 3 is a JSON string, not an object" in not_object.reason
    assert isinstance(bad_date, Quarantined) and '"published" is "June 1", not an ISO date' in bad_date.reason
    assert all(isinstance(q, Quarantined) and q.stage == "read" for q in (no_text, not_object, bad_date))


def test_ingest_json_broken_syntax_keeps_the_items_before_it(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('[\n{"id": "a", "text": "Gondor forces advanced."},\n{"id": "b", "text": }\n]')
    good, bad = _read(path)
    assert isinstance(good, ArticleInput) and good.id == "a"
    assert isinstance(bad, Quarantined) and bad.position == "item 2" and bad.line == 3
    assert bad.reason.startswith("malformed JSON at line 3, column 21: Expecting value;")
    assert "the 1 item before it was read" in bad.reason and "python -m json.tool" in bad.reason


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("", "empty file"),
        ("  \n", "empty file"),
        ('"text"', "the file holds a JSON string"),
        ('{"status": "ok", "results": []}', 'the JSON object has no "text" and no "articles"/"items"/"data" list'),
        ('{"id": "a"}', 'the article has no "text" field'),
        ('{"text": "Gondor forces advanced."}', 'the article has no usable "id"; give each article a unique'),
        ('[{"id": "a", "text": "t"', "malformed JSON at line 1, column 25: Expecting ',' delimiter"),
        ('[{"id": "a", "text": "t"}] trailing', "more data after the end of the JSON value"),
        ('{"articles": [] ', "expected '}' but found 'the end of the file'"),
    ],
)
def test_ingest_json_bad_file_is_quarantined(tmp_path: Path, content: str, expected: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content)
    bad = [i for i in _read(path) if isinstance(i, Quarantined)]
    assert len(bad) == 1 and expected in bad[0].reason, bad


def test_ingest_json_empty_list_is_no_articles(tmp_path: Path) -> None:
    path = tmp_path / "none.json"
    path.write_text('{"articles": []}')
    assert _read(path) == []


def test_ingest_json_streams_items_larger_than_one_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jsonfile, "CHUNK_CHARS", 16)  # every item and number spans several reads
    path = tmp_path / "long.json"
    document = {"count": 1234567890, "articles": [_article(str(n), title="t" * 40) for n in range(30)]}
    path.write_text(json.dumps(document))
    items = _read(path)
    assert [i.id for i in items if isinstance(i, ArticleInput)] == [str(n) for n in range(30)]


def test_ingest_json_item_over_the_size_limit_stops_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jsonfile, "MAX_ARTICLE_BYTES", 1000)
    monkeypatch.setattr(jsonfile, "CHUNK_CHARS", 100)
    path = tmp_path / "big.json"
    path.write_text(json.dumps([_article("a"), {"id": "b", "text": "x" * 5000}, _article("c")]))
    good, bad = _read(path)
    assert isinstance(good, ArticleInput) and isinstance(bad, Quarantined)
    assert bad.position == "item 2" and "over the 10 MB limit" in bad.reason


def test_ingest_json_gz_and_not_utf8(tmp_path: Path) -> None:
    zipped = tmp_path / "batch.json.gz"
    zipped.write_bytes(gzip.compress(json.dumps([_article("z")]).encode()))
    [item] = _read(zipped)
    assert isinstance(item, ArticleInput) and item.id == "z" and item.source_ref == f"{zipped} item 1"
    latin = tmp_path / "latin.json"
    latin.write_bytes('[{"id": "a", "text": "café"}]'.encode("latin-1"))
    [bad] = _read(latin)
    assert isinstance(bad, Quarantined) and "not UTF-8 text (invalid byte 0xe9)" in bad.reason

"""Parquet export: ACLED column names with real types, readable by DuckDB and pyarrow."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from eventwire.export.acled_csv import COLUMNS, write_csv
from eventwire.export.parquet import write_parquet
from eventwire.records import ArticleInput, Extraction
from test_batch import generated_article


@pytest.fixture(scope="module")
def extractions(pipeline) -> list[Extraction]:
    articles = [generated_article(i) for i in range(6)]
    return [
        pipeline.extract(ArticleInput(id=a["id"], text=a["text"], published=dt.date.fromisoformat(a["published"])))
        for a in articles
    ]


def test_export_parquet_types_load_in_duckdb(extractions: list[Extraction], tmp_path: Path) -> None:
    path = tmp_path / "events.parquet"
    rows = write_parquet(extractions, path)
    assert rows == sum(len(x.events) for x in extractions) > 0
    types = {name: kind for name, kind, *_ in duckdb.sql(f"DESCRIBE SELECT * FROM '{path}'").fetchall()}
    assert list(types) == list(COLUMNS)
    assert types["event_date"] == "DATE" and types["fatalities"] == "BIGINT"
    assert types["latitude"] == types["longitude"] == "DOUBLE" and types["country"] == "VARCHAR"
    [first] = duckdb.sql(f"SELECT event_date, fatalities, latitude, location FROM '{path}' LIMIT 1").fetchall()
    assert first[0] == dt.date(2024, 1, 8) and first[1] == 2 and first[3] == "Mosul"


def test_export_parquet_holds_the_csv_values(extractions: list[Extraction], tmp_path: Path) -> None:
    import csv

    path = tmp_path / "events.parquet"
    write_parquet(extractions, path)
    table = pq.read_table(path).to_pylist()
    text = io.StringIO()
    write_csv(extractions, text)
    expected = list(csv.DictReader(io.StringIO(text.getvalue())))
    for got, want in zip(table, expected, strict=True):
        for column in COLUMNS:
            value = got[column]
            shown = "" if value is None else "true" if value is True else "false" if value is False else str(value)
            assert shown == want[column], column


def test_export_parquet_with_no_events_still_has_the_schema(tmp_path: Path) -> None:
    path = tmp_path / "empty.parquet"
    assert write_parquet([], path) == 0
    assert pq.read_schema(path).names == list(COLUMNS)

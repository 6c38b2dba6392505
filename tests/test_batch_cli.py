"""``eventwire ingest / events / stats / quarantine`` on real SQLite stores, in this process."""

from __future__ import annotations

import csv
import io
import json
from importlib import resources
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from eventwire.batch import ingest
from eventwire.cli import app
from eventwire.export.acled_csv import COLUMNS, write_csv
from eventwire.store import Store
from test_batch import generated_article, write_corpus


def _run(*args: str, stdin: str | None = None):
    return CliRunner().invoke(app, list(args), input=stdin)


@pytest.fixture(scope="module")
def db(pipeline, tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("cli")
    corpus = write_corpus(folder / "corpus.jsonl", range(10), extra_lines=('{"id": "no-text"}',))
    path = str(folder / "store.db")
    ingest([str(corpus)], db=path, workers=1, pipeline=pipeline)
    return path


def test_cli_ingest_prints_a_summary_and_resumes(pipeline, tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c.jsonl", range(3), extra_lines=("[1, 2]",))
    db = str(tmp_path / "s.db")
    first = _run("ingest", str(corpus), "--db", db, "--workers", "1", "--quiet")
    assert first.exit_code == 0, first.output
    assert "3 stored, 0 skipped (already stored), 1 quarantined" in first.stderr
    again = _run("ingest", str(corpus), "--db", db, "--workers", "1", "--quiet")
    assert "0 stored, 3 skipped (already stored), 1 quarantined, 0 events" in again.stderr
    piped = _run("ingest", "-", "--db", db, "--workers", "1", "-q", stdin=json.dumps(generated_article(7)) + "\n")
    assert "1 stored, 0 skipped" in piped.stderr


def test_cli_ingest_exits_non_zero_when_nothing_could_be_read(tmp_path: Path) -> None:
    (tmp_path / "bad.jsonl").write_text("{oops\n", "utf-8")
    result = _run("ingest", str(tmp_path / "bad.jsonl"), "--db", str(tmp_path / "s.db"), "--workers", "1", "-q")
    assert result.exit_code == 1 and "0 stored" in result.stderr


@pytest.mark.parametrize("db_arg", ["{tmp}/missing/store.db", "postgresql://who:secret@127.0.0.1:1/none"])
def test_cli_unopenable_store_is_a_message_not_a_traceback(tmp_path: Path, db_arg: str) -> None:
    result = _run("ingest", str(tmp_path), "--db", db_arg.format(tmp=tmp_path), "-q")
    assert result.exit_code == 2
    assert "cannot open" in result.stderr and "secret" not in result.output
    assert isinstance(result.exception, SystemExit)  # a message and an exit code, not an uncaught exception


def test_cli_events_csv_is_the_same_as_extract_csv(db: str) -> None:
    result = _run("events", "--db", db)
    assert result.exit_code == 0, result.output
    expected = io.StringIO()
    with Store.open(db) as store:
        write_csv(store.extractions(), expected)
    assert result.stdout == expected.getvalue()
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == list(COLUMNS) and len(rows) == 8  # two of the ten report no violent event


@pytest.mark.parametrize(
    ("flags", "locations"),
    [
        (["--country", "IRQ"], {"Mosul"}),
        (["--type", "Remote explosive/landmine/IED"], {"Kharkiv"}),
        (["--actor", "Islamic State", "--since", "2024-01-01", "--until", "2024-01-31"], {"Mosul"}),
        (["--bbox", "41,-2,43,1"], {"Kismayo"}),
    ],
)
def test_cli_events_filters(db: str, flags: list[str], locations: set[str]) -> None:
    result = _run("events", "--db", db, *flags)
    assert result.exit_code == 0, result.output
    assert {r["location"] for r in csv.DictReader(io.StringIO(result.stdout))} == locations


def test_cli_events_json_holds_full_records(db: str) -> None:
    result = _run("events", "--db", db, "--format", "json", "--country", "Somalia")
    extractions = json.loads(result.stdout)
    assert extractions and all(x["events"] for x in extractions)
    event = extractions[0]["events"][0]
    text, trigger = extractions[0]["article"]["text"], event["type"]["trigger"]
    assert text[trigger["start"] : trigger["end"]] == trigger["text"]


def test_cli_events_parquet_opens_in_duckdb_with_acled_columns(db: str, tmp_path: Path) -> None:
    refused = _run("events", "--db", db, "--format", "parquet")
    assert refused.exit_code == 2 and "-o" in refused.stderr
    path = tmp_path / "events.parquet"
    result = _run("events", "--db", db, "--format", "parquet", "-o", str(path))
    assert result.exit_code == 0, result.output
    relation = duckdb.read_parquet(str(path))
    assert relation.columns == list(COLUMNS)
    assert duckdb.sql(f"SELECT count(*) FROM '{path}'").fetchall() == [(8,)]


def test_cli_events_geojson_counts_events_left_out(db: str, tmp_path: Path) -> None:
    path = tmp_path / "events.geojson"
    result = _run("events", "--db", db, "--format", "geojson", "-o", str(path))
    assert result.exit_code == 0, result.output
    collection = json.loads(path.read_text("utf-8"))
    assert collection["type"] == "FeatureCollection" and len(collection["features"]) == 8


def test_cli_events_rejects_bad_filters(db: str) -> None:
    for flags, message in (
        (["--bbox", "1,2,3"], "four numbers"),
        (["--since", "yesterday"], "YYYY-MM-DD"),
        (["--since", "2024-05-01", "--until", "2024-01-01"], "after until"),
        (["--bbox", "10,50,20,40"], "bbox"),
    ):
        result = _run("events", "--db", db, *flags)
        assert result.exit_code == 2 and message in result.stderr, (flags, result.output)


def test_cli_stats_json_and_table(db: str) -> None:
    result = _run("stats", "--db", db, "--format", "json")
    stats = json.loads(result.stdout)
    assert (stats["articles"], stats["events"], stats["quarantined"]) == (10, 8, 1)
    assert {c["key"]: c["n"] for c in stats["by_country"]}["Iraq"] == 2
    table = _run("stats", "--db", db)
    assert "events by country" in table.stdout and "Somalia" in table.stdout


def test_cli_quarantine_lists_inputs_with_reasons(db: str) -> None:
    result = _run("quarantine", "--db", db, "--format", "json")
    [entry] = json.loads(result.stdout)
    assert entry["input"].endswith("corpus.jsonl:11") and '"text"' in entry["reason"]
    table = _run("quarantine", "--db", db)
    assert "reason" in table.stdout and "no" in table.stdout and "1 quarantined input(s)" in table.stderr


def test_cli_demo_builds_a_store_and_says_how_to_look_at_it(pipeline, tmp_path: Path) -> None:
    result = _run("demo", "--output", str(tmp_path / "demo"))
    assert result.exit_code == 0, result.output
    db = tmp_path / "demo" / "demo.db"
    assert f"eventwire events --db {db}" in result.stderr and "sqlite3" in result.stderr
    with Store.open(str(db)) as store:
        stats = store.stats()
    rows = list(csv.DictReader((tmp_path / "demo" / "events.csv").open(encoding="utf-8")))
    corpus = resources.files("eventwire").joinpath("demo/articles.jsonl").read_text("utf-8")
    assert stats.articles == len(corpus.splitlines()) and len(rows) == stats.events > 0

"""The command line on real files: formats, bad inputs, exit codes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.export.acled_csv import COLUMNS

ARTICLE = (
    "Gunmen kill four at checkpoint in Arnor province\n\n"
    "MOGADISHU, May 3 (Test Wire) - Al-Shabaab fighters attacked an army checkpoint near Afgoye on Tuesday, "
    "killing four soldiers, a military official said.\n"
)


def _run(*args: str, stdin: str | None = None):
    return CliRunner().invoke(app, list(args), input=stdin)


@pytest.fixture()
def article(tmp_path: Path) -> Path:
    path = tmp_path / "checkpoint.txt"
    path.write_text(ARTICLE, "utf-8")
    return path


def test_cli_csv_has_acled_columns_then_ours(pipeline, article: Path) -> None:
    result = _run("extract", str(article), "--published", "2024-05-03", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == list(COLUMNS)
    assert rows[0]["event_type"] == "Battles" and rows[0]["fatalities"] == "4"
    assert rows[0]["event_date"] == "2024-04-30" and rows[0]["ew_article_id"] == "checkpoint"


def test_cli_json_gives_full_records_with_evidence(pipeline, article: Path) -> None:
    result = _run("extract", str(article), "--published", "2024-05-03", "--format", "json")
    assert result.exit_code == 0, result.output
    [extraction] = json.loads(result.stdout)
    event = extraction["events"][0]
    text = extraction["article"]["text"]
    trigger = event["type"]["trigger"]
    assert text[trigger["start"] : trigger["end"]] == trigger["text"]
    assert event["claims"][0]["claimant"]["type"] in {"party_official", "media"}


def test_cli_table_reads_stdin_jsonl(pipeline) -> None:
    line = json.dumps({"id": "a1", "text": ARTICLE, "published": "2024-05-03"})
    result = _run("extract", "-", stdin=line + "\n")
    assert result.exit_code == 0, result.output
    assert "Armed clash" in result.stdout


def test_cli_bad_lines_are_reported_and_the_rest_goes_on(pipeline, tmp_path: Path) -> None:
    good = json.dumps({"id": "good", "text": ARTICLE, "published": "2024-05-03"})
    path = tmp_path / "batch.jsonl"
    path.write_text(f"{good}\n{{not json\n{json.dumps({'id': 'x'})}\n", "utf-8")
    result = _run("extract", str(path), "--format", "csv")
    assert result.exit_code == 0
    assert "batch.jsonl" in result.stderr and "line 2" in result.stderr and "line 3" in result.stderr
    assert [r["ew_article_id"] for r in csv.DictReader(io.StringIO(result.stdout))] == ["good"]


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("empty.txt", b"", "empty"),
        ("binary.txt", b"\x00\x01\x02\x03" * 100, "binary"),
        ("latin.txt", "Caf\xe9 bombing in the capital killed two".encode("latin-1"), "UTF-8"),
    ],
)
def test_cli_exits_non_zero_when_nothing_could_be_read(
    pipeline, tmp_path: Path, name: str, content: bytes, problem: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = _run("extract", str(path))
    assert result.exit_code == 1
    assert name in result.stderr and problem in result.stderr


def test_cli_rejects_a_bad_publication_date(article: Path) -> None:
    result = _run("extract", str(article), "--published", "1st of May")
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.stderr


def test_cli_demo_writes_results(pipeline, tmp_path: Path) -> None:
    result = _run("demo", "--output", str(tmp_path / "demo"))
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader((tmp_path / "demo" / "events.csv").open(encoding="utf-8")))
    assert len({r["ew_article_id"] for r in rows}) >= 8
    assert json.loads((tmp_path / "demo" / "events.json").read_text("utf-8"))


def test_cli_reports_an_unwritable_output_without_a_traceback(article: Path, tmp_path: Path) -> None:
    result = _run("extract", str(article), "-o", str(tmp_path / "missing" / "out.csv"), "--format", "csv")
    assert result.exit_code == 2
    assert "cannot write" in result.stderr and "Traceback" not in result.output

"""The CEHA adapter (evaluation/ceha.py): why an item is answered 'not relevant', counted by source."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from eventwire.evaluation import ceha

ATTACK = """Gunmen kill five traders at market in Wajir

WAJIR, Kenya — Gunmen shot dead five traders at a livestock market in Wajir on Tuesday, police said.

The attackers fled towards the border after the shooting, a police commander told reporters."""

SITREP = """Humanitarian situation update

Since January, fighting between rival militias has displaced more than 40,000 people across Somalia, and \
dozens of civilians have been killed in attacks on villages, the UN humanitarian office said in its latest \
situation report.

Aid agencies said access remained difficult on the main roads."""

BUDGET = """Council approves new school budget

The district council of Garissa approved a new budget for its schools on Tuesday, after a long debate about \
teachers' pay."""


@pytest.mark.parametrize(
    ("scope", "why"),
    [
        ("none", "no event found"),
        ("summary", "scope: summary"),
        ("background", "scope: background"),
        ("quarantined", "quarantined"),
        ("event report", "no conflict event (other events only)"),
    ],
)
def test_eval_ceha_why_not_names_the_first_failed_condition(scope: str, why: str) -> None:
    assert ceha.why_not(scope, [], "text") == why


def _write(path: Path, items: list[tuple[str, str, str, str, str]]) -> Path:
    rows = [
        {
            "ACLED/GDELT": source,
            "Index": index,
            "Time": "2024-03-14",
            "Is the event relevant?": relevant,
            ceha.REASON: reason,
            "Event Description": text,
            "train_dev_test_split": "test",
        }
        for source, index, relevant, reason, text in items
    ]
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_eval_ceha_counts_each_no_by_source_and_failed_condition(tmp_path: Path, pipeline) -> None:
    """A sitrep the experts call relevant is a wrong 'no' by scope; a budget story is a right 'no' without event."""
    from eventwire.evaluation import evaluate

    path = _write(
        tmp_path / "ceha.csv",
        [
            ("GDELT", "1", "Yes", "", ATTACK),
            ("GDELT", "2", "Yes", "", SITREP),
            ("ACLED", "3", "No", "2. Not violence / conflict related", BUDGET),
        ],
    )
    report = evaluate("ceha", data=path, split="test", pipeline=pipeline)
    table = next(t for t in report.tables if t.title.startswith("Why eventwire said"))
    assert table.rows == [["ACLED", "no event found", 0, 1], ["GDELT", "scope: summary", 1, 0]]
    assert report.metrics["relevance_recall"] == 0.5 and report.metrics["relevance_precision"] == 1.0

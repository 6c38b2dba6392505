"""Measuring eventwire on public gold data, the way the field measures (issue 5, and geocoding for issue 3).

Each dataset has one adapter module exposing
``evaluate(data: Path | None, limit: int | None, split: str = "test", **options) -> Report``;
``DATASETS`` maps the names `eventwire eval` accepts to those modules, imported only when used.
"""

from __future__ import annotations

from importlib import import_module
from pathlib import Path
from typing import Any

from eventwire.evaluation.report import Report, Table

DATASETS = {
    "case2021": "eventwire.evaluation.case2021",
    "acled": "eventwire.evaluation.acled",
    "gtd": "eventwire.evaluation.gtd",
    "isaf": "eventwire.evaluation.isaf",
    "ceha": "eventwire.evaluation.ceha",
    "muc4": "eventwire.evaluation.muc4",
    "fakes": "eventwire.evaluation.fakes",
    "geocode": "eventwire.evaluation.geocode",
    "snippets": "eventwire.evaluation.snippets",
}

__all__ = ["DATASETS", "Report", "Table", "evaluate"]


def evaluate(
    dataset: str, data: Path | None = None, limit: int | None = None, split: str = "test", **options: Any
) -> Report:
    """Score eventwire on one dataset; raises ``KeyError`` for an unknown name."""
    from eventwire.evaluation.base import Clock, git_version

    clock = Clock()
    module = import_module(DATASETS[dataset])
    report: Report = module.evaluate(data=data, limit=limit, split=split, **options)
    update = {"version": report.version or git_version(), "seconds": report.seconds or clock.seconds()}
    return report.model_copy(update=update)

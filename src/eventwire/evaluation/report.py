"""What an evaluation run hands back: figures, tables and the words that explain them.

One record for every dataset adapter so the CLI prints and saves them the same way and
EVALUATION.md can quote any of them.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field


class Table(BaseModel):
    """A small table for the terminal and the JSON report (e.g. per-class F1, a confusion matrix)."""

    model_config = ConfigDict(frozen=True)

    title: str
    columns: list[str]
    rows: list[list[str | int | float | None]]


class Report(BaseModel):
    """The outcome of `eventwire eval DATASET` on one dataset (or one corpus of it)."""

    model_config = ConfigDict(frozen=True)

    dataset: str  # e.g. "case2021", "acled", "geocode:lgl"
    data: str  # the folder or file read
    split: str = "all"  # which part was scored ("test", "dev", "all")
    items: int  # how many gold items were scored
    metrics: dict[str, float | int | None]  # headline figures, e.g. {"weighted_f1": 0.84}
    tables: list[Table] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)  # how it was measured, mappings used, caveats
    examples: list[dict] = Field(default_factory=list)  # a few misses, for whoever improves the numbers
    seconds: float | None = None
    created: dt.datetime = Field(default_factory=lambda: dt.datetime.now(dt.UTC))
    version: str | None = None  # eventwire version / git commit when known

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(self.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n", "utf-8")

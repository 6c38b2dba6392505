"""Measuring eventwire on public gold data, the way the field measures (issue 5, and geocoding for issue 3).

Each dataset has one adapter module exposing ``evaluate(data: Path | None, limit: int | None, **options) -> Report``;
``DATASETS`` maps the names `eventwire eval` accepts to those modules.
"""

from eventwire.evaluation.report import Report, Table

__all__ = ["Report", "Table"]

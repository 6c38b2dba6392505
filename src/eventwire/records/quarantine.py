"""Quarantine: an input a batch set aside, with where it was and why."""

from __future__ import annotations

from eventwire.records.evidence import Record


class Quarantined(Record):
    """One bad input. ``source`` is the file (or ``<stdin>``), ``line`` the JSONL line if any."""

    source: str
    line: int | None = None
    stage: str
    reason: str

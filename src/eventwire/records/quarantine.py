"""Quarantine: an input a batch set aside, with where it was and why."""

from __future__ import annotations

from eventwire.records.evidence import Record


class Quarantined(Record):
    """One bad input.

    ``source`` is the file (or ``<stdin>``); ``line`` the line it starts on, when the input has
    lines; ``position`` where it is in the file in words ("line 12", "item 3", "entry 2",
    "record 12 at byte 34567"), so archives and feeds without useful line numbers can be pointed into.
    """

    source: str
    line: int | None = None
    position: str | None = None
    stage: str
    reason: str

"""Time: an interval with a precision, resolved against the publication date."""

from __future__ import annotations

import datetime as dt

from eventwire.records.evidence import Record, Span


class TimeSpan(Record):
    """``[start, end]`` inclusive days. ``time_precision`` is ACLED's (1 day, 2 week, 3 month);
    ``date_prec`` is UCDP's (1 day ... 5 year or more)."""

    start: dt.date
    end: dt.date
    time_precision: int
    date_prec: int
    span: Span | None = None
    basis: str
    """How it was resolved: "explicit date", "weekday before publication", "publication date", ..."""

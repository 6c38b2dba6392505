"""The store: SQLite by default (a file), PostgreSQL for teams; same code, same schema.

    >>> from eventwire.store import Store, EventQuery
    >>> with Store.open("eventwire.db") as store:          # or "postgresql://user@host/db"
    ...     for extraction in store.extractions(EventQuery(country="Syria")):
    ...         ...

The schema is migrated (Alembic, shipped in ``migrations/``) when a store is opened.
"""

from __future__ import annotations

from eventwire.store.engine import DEFAULT_DB, ENV_VAR, StoreError
from eventwire.store.query import Count, EventQuery, QuarantineEntry, RelinkSummary, RunEntry, Stats
from eventwire.store.sql import Store, relink

__all__ = [
    "DEFAULT_DB",
    "ENV_VAR",
    "Count",
    "EventQuery",
    "QuarantineEntry",
    "RelinkSummary",
    "RunEntry",
    "Stats",
    "Store",
    "StoreError",
    "relink",
]

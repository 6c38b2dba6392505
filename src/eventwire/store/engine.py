"""Database URLs and engines: SQLite (a file, the default) or PostgreSQL, with the same behaviour.

SQLite is set up for one writer and many readers that never block each other (WAL), waits for
a lock instead of failing (busy timeout), and begins real transactions (pysqlite's legacy
transaction handling would otherwise let a statement run outside one).
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, event, make_url
from sqlalchemy.exc import ArgumentError

from eventwire.errors import StoreError

DEFAULT_DB = "eventwire.db"
ENV_VAR = "EVENTWIRE_DB"
# Seconds a writer waits for another one's lock before giving up; a transaction of ours lasts
# milliseconds, so a minute only runs out if another program holds the database.
BUSY_TIMEOUT_S = 60
CONNECT_TIMEOUT_S = 10


def resolve_url(db: str | None = None) -> URL:
    """``--db`` value, else ``$EVENTWIRE_DB``, else ``./eventwire.db``; a plain path means SQLite."""
    value = db or os.environ.get(ENV_VAR) or DEFAULT_DB
    if "://" not in value:
        value = f"sqlite:///{value}"
    try:
        url = make_url(value)
    except (ArgumentError, ValueError):  # ValueError: a malformed part, e.g. a port that is not a number
        raise StoreError(
            f"{value!r} is not a database URL; give a file path, sqlite:///path or postgresql://…"
        ) from None
    if url.get_backend_name() in ("postgresql", "postgres"):
        return url.set(drivername="postgresql+psycopg")
    if url.get_backend_name() != "sqlite":
        raise StoreError(
            f"{shown(url)}: unsupported database {url.get_backend_name()!r}; use SQLite (a file path) or postgresql://…"
        )
    return url


def shown(url: URL) -> str:
    """The URL as a message may show it: password hidden, our default driver name left out."""
    text = url.render_as_string(hide_password=True)
    return text.replace("postgresql+psycopg://", "postgresql://", 1)


def create(url: URL) -> Engine:
    if url.get_backend_name() == "sqlite":
        return _sqlite(url)
    return create_engine(url, connect_args={"connect_timeout": CONNECT_TIMEOUT_S})


def _wal(cursor) -> None:  # type: ignore[no-untyped-def]
    """Switch to WAL, waiting out other openers: SQLite answers "database is locked" at once to a
    journal-mode change while another connection is setting up the file (no busy handler there)."""
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _sqlite(url: URL) -> Engine:
    if url.database and url.database != ":memory:" and not url.database.startswith("file:"):
        folder = Path(url.database).expanduser().resolve().parent
        if not folder.is_dir():
            raise StoreError(f"cannot open {shown(url)}: folder {folder} does not exist; create it first")
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_S})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves, below
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")
        _wal(cursor)
        # NORMAL in WAL mode: a commit survives the process being killed; only a power cut can
        # lose the last commits, and never corrupts the file.
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:  # type: ignore[no-untyped-def]
        connection.exec_driver_sql(connection.get_execution_options().get("sqlite_begin", "BEGIN"))

    return engine

"""The store: articles and everything extracted from them, in SQLite or PostgreSQL.

An article's content hash is its identity. ``save`` writes one article with its events, claims,
actors, places, quantities and evidence in one transaction, and inserts the article row with
``ON CONFLICT DO NOTHING``: a text already stored (by this run, an earlier one, or another
process racing this one) is skipped, never duplicated, and a killed process leaves either the
whole article or nothing of it.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from sqlalchemy import Connection, Engine, Select, and_, delete, exists, func, insert, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError

from eventwire.records import Article, Event, Extraction, Quarantined, Story
from eventwire.records.extraction import Scope
from eventwire.store import stories
from eventwire.store import tables as t
from eventwire.store.engine import StoreError, create, resolve_url, shown
from eventwire.store.migrate import upgrade
from eventwire.store.query import Count, EventQuery, QuarantineEntry, RelinkSummary, RunEntry, Stats
from eventwire.store.rows import article_values, child_values, event_values, quarantine_input, quarantine_key

# Rows fetched per round trip when streaming query results.
_FETCH = 500
_CHILD_TABLES = {
    "claims": t.claims,
    "actors": t.actors,
    "places": t.places,
    "quantities": t.quantities,
    "materiel": t.materiel,
    "evidence": t.evidence,
}


class Store:
    """Open with ``Store.open(url)``; a plain path or ``sqlite:///path`` is SQLite, ``postgresql://…`` a server."""

    def __init__(self, engine: Engine, url: str) -> None:
        self._engine = engine
        self._events = stories.EventCache()
        self.url = url
        """The database URL with any password hidden, for messages."""

    @classmethod
    def open(cls, db: str | None = None, *, migrate: bool = True) -> Store:
        """Connect, check the database answers and bring its schema up to date.

        ``db`` defaults to ``$EVENTWIRE_DB``, then ``./eventwire.db``. Raises ``StoreError``
        naming the URL and the problem when it cannot be opened.
        """
        url = resolve_url(db)
        engine = create(url)
        try:
            _with_retry_while_locked(lambda: _check_and_migrate(engine, migrate))
        except (SQLAlchemyError, OSError) as exc:
            engine.dispose()
            raise StoreError(f"cannot open {shown(url)}: {_problem(exc)}") from None
        except Exception as exc:  # noqa: BLE001 - Alembic raises its own types, e.g. for a revision newer than us
            engine.dispose()
            raise StoreError(
                f"cannot open {shown(url)}: {exc}; was it written by a newer eventwire? upgrade eventwire"
            ) from None
        return cls(engine, shown(url))

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    @contextmanager
    def _errors(self, doing: str) -> Iterator[None]:
        """A database failure mid-run (disk full, server gone) becomes a StoreError naming the store."""
        try:
            yield
        except SQLAlchemyError as exc:
            raise StoreError(
                f"{self.url}: could not {doing}: {_problem(exc)}; what was committed before is kept"
            ) from exc

    # -- writing -----------------------------------------------------------------------------

    def has(self, content_hash: str) -> bool:
        return bool(self.stored({content_hash}))

    def stored(self, content_hashes: Iterable[str]) -> set[str]:
        """The ones of these hashes already stored."""
        wanted = list(set(content_hashes))
        if not wanted:
            return set()
        with self._errors("look up stored articles"), self._engine.connect() as connection:
            query = select(t.articles.c.content_hash).where(t.articles.c.content_hash.in_(wanted))
            return set(connection.scalars(query))

    def save(self, extraction: Extraction, *, run_id: int | None = None) -> bool:
        """Store one article and all it holds, atomically. False if its text was already stored."""
        now = dt.datetime.now(dt.UTC)
        with self._errors(f"store article {extraction.article.source_ref}"), self._writing() as connection:
            statement = (
                self._insert(t.articles)
                .values(article_values(extraction, stored_at=now, run_id=run_id))
                .on_conflict_do_nothing(index_elements=["content_hash"])
                .returning(t.articles.c.id)
            )
            article_pk = connection.execute(statement).scalar()
            if article_pk is None:
                return False
            read = self._save_events(connection, extraction, article_pk)
            source = extraction.article.source_ref
            connection.execute(delete(t.quarantine).where(t.quarantine.c.input == source))
        for pk, event in read.items():  # committed: their row ids are theirs for good
            self._events.put(pk, event)
        return True

    def _save_events(self, connection: Any, extraction: Extraction, article_pk: int) -> dict[int, Event]:
        if not extraction.events:
            return {}
        rows = [event_values(extraction, e, n, article_pk) for n, e in enumerate(extraction.events)]
        statement = insert(t.events).returning(t.events.c.id, sort_by_parameter_order=True)
        event_pks = connection.execute(statement, rows).scalars().all()
        children: dict[str, list[dict[str, Any]]] = {name: [] for name in _CHILD_TABLES}
        for event, event_pk in zip(extraction.events, event_pks, strict=True):
            for name, values in child_values(event, event_pk).items():
                children[name].extend(values)
        for name, values in children.items():
            if values:
                connection.execute(insert(_CHILD_TABLES[name]), values)
        return stories.link(connection, extraction, event_pks, self._insert, self._events)

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        """A transaction that reads then writes stories: on SQLite it takes the write lock at BEGIN
        (IMMEDIATE), so nothing another writer commits can slip between its reads and its writes."""
        with (
            self._engine.connect().execution_options(sqlite_begin="BEGIN IMMEDIATE") as connection,
            connection.begin(),
        ):
            yield connection

    def relink(self) -> RelinkSummary:
        """Link every stored event again under the current linking rule (``eventwire.linking``).

        Country by country, each in one transaction: a country's stories are replaced all at once,
        and an ingest writing to the same store meanwhile waits for that country (PostgreSQL's
        advisory lock, SQLite's write lock) instead of linking against half-rebuilt stories.
        Stories keep their ids where their earliest report is unchanged.
        """
        with self._errors("list the countries of stored events"), self._engine.connect() as connection:
            countries = stories.countries(connection)
        events = 0
        for iso3 in countries:
            with self._errors(f"relink the stories of {iso3 or 'events without a country'}"), self._writing() as c:
                events += stories.relink_country(c, iso3, self._events)
        with self._errors("count stories"), self._engine.connect() as connection:
            total = connection.execute(select(func.count()).select_from(t.stories)).scalar_one()
            linked = select(func.count()).select_from(t.stories).where(t.stories.c.articles > 1)
            told = connection.execute(linked).scalar_one()
        return RelinkSummary(events=events, countries=len(countries), stories=total, linked=told)

    def quarantine(self, item: Quarantined, *, run_id: int | None = None) -> None:
        """Record an input set aside; meeting it again counts it again instead of adding a row."""
        now = dt.datetime.now(dt.UTC)
        values = {
            "key": quarantine_key(item),
            "input": quarantine_input(item),
            "source": item.source,
            "line": item.line,
            "position": getattr(item, "position", None),
            "stage": item.stage,
            "reason": item.reason,
            "first_seen": now,
            "last_seen": now,
            "count": 1,
            "run_id": run_id,
            "record": item.model_dump_json(),
        }
        statement = self._insert(t.quarantine).values(values)
        statement = statement.on_conflict_do_update(
            index_elements=["key"],
            set_={
                "reason": item.reason,
                "last_seen": now,
                "count": t.quarantine.c.count + 1,
                "run_id": run_id,
                "record": values["record"],
            },
        )
        with self._errors(f"record quarantined input {item.source}"), self._engine.begin() as connection:
            connection.execute(statement)

    def start_run(self, arguments: dict[str, Any], *, workers: int) -> int:
        values = {
            "started_at": dt.datetime.now(dt.UTC),
            "status": "running",
            "workers": workers,
            "arguments": json.dumps(arguments, default=str),
            "version": _version(),
            "ok": 0,
            "skipped": 0,
            "quarantined": 0,
            "events": 0,
        }
        with self._errors("record the run"), self._engine.begin() as connection:
            return int(connection.execute(insert(t.runs).values(values).returning(t.runs.c.id)).scalar_one())

    def finish_run(self, run_id: int, *, status: str, ok: int, skipped: int, quarantined: int, events: int) -> None:
        values = {"finished_at": dt.datetime.now(dt.UTC), "status": status, "ok": ok, "skipped": skipped}
        values |= {"quarantined": quarantined, "events": events}
        with self._errors("record the end of the run"), self._engine.begin() as connection:
            connection.execute(update(t.runs).where(t.runs.c.id == run_id).values(values))

    # -- reading -----------------------------------------------------------------------------

    def extractions(
        self, query: EventQuery | None = None, *, articles_without_events: bool = False
    ) -> Iterator[Extraction]:
        """Articles with their events that match ``query``, in the order they were stored.

        Mentions are not stored, so they come back empty; ``claims`` are the claims of the
        events returned.
        """
        query = query or EventQuery()
        join = t.articles.outerjoin if articles_without_events else t.articles.join
        statement = (
            select(
                t.articles.c.id, t.articles.c.record, t.articles.c.notes, t.articles.c.scope_record, t.events.c.record
            )
            .select_from(join(t.events, t.events.c.article_id == t.articles.c.id))
            .order_by(t.articles.c.id, t.events.c.position)
        )
        if query != EventQuery():
            statement = statement.where(_matches(query))
        with self._errors("read events"), self._engine.connect() as connection:
            rows = connection.execution_options(yield_per=_FETCH).execute(statement)
            yield from _group(rows)

    def count_events(self, query: EventQuery | None = None) -> int:
        statement = select(func.count()).select_from(t.events)
        if query and query != EventQuery():
            statement = statement.join(t.articles, t.events.c.article_id == t.articles.c.id).where(_matches(query))
        with self._errors("count events"), self._engine.connect() as connection:
            return int(connection.execute(statement).scalar_one())

    def stats(self, query: EventQuery | None = None) -> Stats:
        """Totals, and events by country, type and month (of the event date)."""
        where = _matches(query) if query and query != EventQuery() else None
        with self._errors("count events"), self._engine.connect() as connection:
            totals = {
                name: connection.execute(select(func.count()).select_from(table)).scalar_one()
                for name, table in (
                    ("articles", t.articles),
                    ("claims", t.claims),
                    ("quarantined", t.quarantine),
                    ("runs", t.runs),
                )
            }
            by = {
                name: _counts(connection, column, where)
                for name, column in (
                    ("by_country", t.events.c.country),
                    ("by_type", t.events.c.event_type),
                    ("by_month", t.events.c.month),
                )
            }
            events = sum(c.n for c in by["by_type"])
            linked = select(func.count()).select_from(t.stories).where(t.stories.c.articles > 1)
            totals["stories"] = connection.execute(linked).scalar_one()
        return Stats(**totals, events=events, **by)

    def stories(self, *, min_articles: int = 2) -> Iterator[Story]:
        """Stories told by at least ``min_articles`` articles, each with every member's claims."""
        statement = select(t.stories.c.record).where(t.stories.c.articles >= min_articles).order_by(t.stories.c.id)
        with self._errors("read stories"), self._engine.connect() as connection:
            for (record,) in connection.execution_options(yield_per=_FETCH).execute(statement):
                yield Story.model_validate_json(record)

    def quarantined(self) -> list[QuarantineEntry]:
        columns = [getattr(t.quarantine.c, name) for name in QuarantineEntry.model_fields]
        statement = select(*columns).order_by(t.quarantine.c.source, t.quarantine.c.line, t.quarantine.c.id)
        with self._errors("read the quarantine"), self._engine.connect() as connection:
            return [QuarantineEntry(**row._mapping) for row in connection.execute(statement)]

    def runs(self) -> list[RunEntry]:
        columns = [getattr(t.runs.c, name) for name in RunEntry.model_fields]
        with self._errors("read the runs"), self._engine.connect() as connection:
            return [RunEntry(**row._mapping) for row in connection.execute(select(*columns).order_by(t.runs.c.id))]

    def content_hashes(self) -> list[str]:
        """Every stored article's hash, sorted: what two stores holding the same articles share."""
        with self._errors("read the article hashes"), self._engine.connect() as connection:
            return list(connection.scalars(select(t.articles.c.content_hash).order_by(t.articles.c.content_hash)))

    def _insert(self, table: Any) -> Any:
        dialect = postgresql if self._engine.dialect.name == "postgresql" else sqlite
        return dialect.insert(table)


def relink(store: Store) -> RelinkSummary:
    """Re-link a whole store after the linking rule changed: ``store.relink()`` (see there)."""
    return store.relink()


def _matches(query: EventQuery) -> Any:
    e = t.events.c
    conditions = []
    if query.country:
        wanted = query.country.strip()
        conditions.append(or_(func.lower(e.country) == wanted.lower(), e.iso3 == wanted.upper()))
    if query.since:
        conditions.append(func.coalesce(e.date_end, e.event_date) >= query.since)
    if query.until:
        conditions.append(e.event_date <= query.until)
    if query.type:
        wanted = query.type.strip().lower()
        conditions.append(or_(func.lower(e.event_type) == wanted, func.lower(e.sub_event_type) == wanted))
    if query.actor:
        pattern = f"%{query.actor.strip().lower()}%"
        a = t.actors.c
        name_matches = or_(func.lower(a.name).like(pattern), func.lower(a.family).like(pattern))
        conditions.append(exists().where(and_(a.event_id == e.id, name_matches)))
    if query.scope:
        conditions.append(t.articles.c.scope.in_(query.scope))  # every caller joins the articles
    if query.bbox:
        min_lon, min_lat, max_lon, max_lat = query.bbox
        lon = (
            e.longitude.between(min_lon, max_lon)
            if min_lon <= max_lon
            else or_(e.longitude >= min_lon, e.longitude <= max_lon)
        )
        conditions.append(and_(lon, e.latitude.between(min_lat, max_lat)))
    return and_(*conditions)


def _counts(connection: Any, column: Any, where: Any) -> tuple[Count, ...]:
    key = func.coalesce(column, "(unknown)")
    statement: Select[Any] = select(key, func.count()).select_from(t.events)
    if where is not None:
        statement = statement.join(t.articles, t.events.c.article_id == t.articles.c.id).where(where)
    statement = statement.group_by(key).order_by(func.count().desc(), key)
    if column is t.events.c.month:
        statement = statement.order_by(None).order_by(key)
    return tuple(Count(key=str(k), n=n) for k, n in connection.execute(statement))


def _group(rows: Iterable[Any]) -> Iterator[Extraction]:
    """Consecutive rows of one article → one Extraction."""
    current: tuple[int, str, str | None, str | None] | None = None
    events: list[Event] = []
    for article_pk, article_json, notes, scope_json, event_json in rows:
        if current is not None and current[0] != article_pk:
            yield _extraction(current, events)
            events = []
        current = (article_pk, article_json, notes, scope_json)
        if event_json is not None:
            events.append(Event.model_validate_json(event_json))
    if current is not None:
        yield _extraction(current, events)


def _extraction(article: tuple[int, str, str | None, str | None], events: list[Event]) -> Extraction:
    _, article_json, notes, scope_json = article
    claims = tuple(c for e in events for c in e.claims)
    return Extraction(
        article=Article.model_validate_json(article_json),
        events=tuple(events),
        claims=claims,
        notes=tuple(json.loads(notes)) if notes else (),
        scope=Scope.model_validate_json(scope_json) if scope_json else Scope(),  # stored before 0004: not assessed
    )


def _problem(exc: BaseException) -> str:
    """The driver's first line ("connection refused", "file is not a database"), without SQL."""
    origin = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    lines = [line.strip() for line in str(origin).splitlines() if line.strip()]
    return lines[0] if lines else type(origin).__name__


def _version() -> str:
    try:
        return version("eventwire")
    except PackageNotFoundError:
        return "unknown"


def _check_and_migrate(engine: Engine, migrate: bool) -> None:
    with engine.connect() as connection:
        connection.exec_driver_sql("SELECT 1")
    if migrate:
        upgrade(engine)


def _with_retry_while_locked(action: Callable[[], None], patience_s: float = 60.0) -> None:
    """Run ``action``, again while SQLite says "database is locked": several processes creating one
    new store at once can get that answer straight away, without SQLite's busy wait."""
    deadline = time.monotonic() + patience_s
    while True:
        try:
            action()
            return
        except OperationalError as exc:
            if "database is locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.1)

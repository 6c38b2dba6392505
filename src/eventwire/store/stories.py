"""Stories in the store: each saved event joins the stored reports of the same happening.

``eventwire.linking`` decides (same country, dates within a day, compatible types and places,
and evidence such as a shared actor); this module finds the candidates it needs, near the new
report in place and time, and writes what ``linking.relink`` answers, inside the saving
article's transaction, so a story never points at a half-saved article. Every event belongs to
a story, most to one of their own; ``events.story_id`` groups the reports of one happening.

Linking reads the stored stories and then writes, so two writers must not interleave there:
on PostgreSQL each linking transaction first takes a transaction-level advisory lock per country
it links in (stories never span countries; locks are taken in sorted order, so two articles
cannot deadlock), and sees the other writer's committed reports once it has the lock (READ
COMMITTED reads afresh per statement). On SQLite a saving transaction begins IMMEDIATE, holding
the one write lock from its first statement, so its reads already see every committed report.

``link_unlinked`` (run by migration 0003 for events stored before stories existed) and
``relink_country`` (behind ``Store.relink``, after the linking rule changes) reuse the same
linking, one stored event at a time, in the order the events were stored.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict, defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, delete, func, select, text, update
from sqlalchemy.dialects import postgresql, sqlite

from eventwire import linking
from eventwire.records import Event, EventReport, Extraction, Missing, Story
from eventwire.store import tables as t
from eventwire.store.rows import site_of

# First key of the two-key advisory locks on stories (the second is the country); any constant
# works, it only has to differ from other programs' locks on the same PostgreSQL server.
_PG_LOCK_STORIES = 0x657773  # "ews"
# Stored events read per query when linking stored events.
_BATCH = 500


class EventCache:
    """Parsed events by row id, most recently used kept: a report near many others is read once.

    Stored events never change (only their ``story_id`` column does), so a cached one is never
    stale; the store adds events only once their transaction has committed, since a rolled-back
    row id can be given to another event.
    """

    def __init__(self, size: int = 20_000) -> None:
        self._size = size
        self._events: OrderedDict[int, Event] = OrderedDict()

    def get(self, pk: int) -> Event | None:
        event = self._events.get(pk)
        if event is not None:
            self._events.move_to_end(pk)
        return event

    def put(self, pk: int, event: Event) -> None:
        self._events[pk] = event
        self._events.move_to_end(pk)
        if len(self._events) > self._size:
            self._events.popitem(last=False)


def link(
    connection: Connection, extraction: Extraction, event_pks: Sequence[int], insert: Any, cache: EventCache
) -> dict[int, Event]:
    """Put each event of a just-saved article into its story; ``insert`` is the dialect's insert.

    Returns the events read or written, by row id, for the cache once the transaction commits.
    """
    reports = linking.reports(extraction)
    lock(connection, {_country(r.event) for r in reports})
    return _link_reports(connection, list(zip(reports, event_pks, strict=True)), insert, cache)


def lock(connection: Connection, countries: set[str | None]) -> None:
    """On PostgreSQL, wait for the stories of these countries until this transaction ends.

    Sorted, so two transactions locking several countries take them in the same order. Events
    without a country are never linked and need no lock. SQLite has one writer at a time already.
    """
    if connection.dialect.name != "postgresql":
        return
    for iso3 in sorted(c for c in countries if c):
        key = int.from_bytes(iso3.encode("ascii", "replace")[:4], "big") & 0x7FFFFFFF
        connection.execute(text("SELECT pg_advisory_xact_lock(:a, :b)"), {"a": _PG_LOCK_STORIES, "b": key})


def insert_for(connection: Connection) -> Any:
    """The dialect's INSERT (both have ``on_conflict_do_update``)."""
    return postgresql.insert if connection.dialect.name == "postgresql" else sqlite.insert


def link_unlinked(connection: Connection, cache: EventCache | None = None) -> int:
    """Link every stored event that has no story yet (stored before stories existed), in stored
    order; returns how many. Locks every country they are in first."""
    e = t.events.c
    unlinked = e.story_id.is_(None)
    lock(connection, set(connection.scalars(select(e.iso3).where(unlinked).distinct())))
    pks = list(connection.scalars(select(e.id).where(unlinked).order_by(e.article_id, e.position)))
    _link_stored(connection, pks, cache or EventCache())
    return len(pks)


def relink_country(connection: Connection, iso3: str | None, cache: EventCache) -> int:
    """Drop the stories of one country (None: events without one) and link its events again, in
    stored order, as if they were being stored now; returns how many events were linked."""
    lock(connection, {iso3})
    e = t.events.c
    here = e.iso3.is_(None) if iso3 is None else e.iso3 == iso3
    connection.execute(delete(t.stories).where(t.stories.c.id.in_(select(e.story_id).where(here).distinct())))
    connection.execute(update(t.events).where(here).values(story_id=None))
    pks = list(connection.scalars(select(e.id).where(here).order_by(e.article_id, e.position)))
    _link_stored(connection, pks, cache)
    return len(pks)


def countries(connection: Connection) -> list[str | None]:
    """The countries stored events are in (None for events without one), sorted."""
    found = set(connection.scalars(select(t.events.c.iso3).distinct()))
    return sorted(c for c in found if c) + ([None] if None in found else [])


def _link_stored(connection: Connection, pks: Sequence[int], cache: EventCache) -> None:
    e, a = t.events.c, t.articles.c
    insert = insert_for(connection)
    for start in range(0, len(pks), _BATCH):
        batch = pks[start : start + _BATCH]
        rows = connection.execute(
            select(e.id, e.record, a.content_hash, a.article_id, a.outlet, a.published)
            .join(t.articles, e.article_id == a.id)
            .where(e.id.in_(batch))
        )
        by_pk = {
            pk: EventReport(
                event=cache.get(pk) or Event.model_validate_json(record),
                content_hash=content_hash,
                article_id=article_id,
                outlet=outlet,
                published=published,
            )
            for pk, record, content_hash, article_id, outlet, published in rows
        }
        for pk in batch:
            _link_reports(connection, [(by_pk[pk], pk)], insert, cache)


def _link_reports(
    connection: Connection, reports: Sequence[tuple[EventReport, int]], insert: Any, cache: EventCache
) -> dict[int, Event]:
    read: dict[int, Event] = {pk: report.event for report, pk in reports}
    for report, pk in reports:
        candidates, pk_by_key = _candidates(connection, report, cache, read)
        pk_by_key[report.key] = pk
        relinked = linking.relink(report, candidates)
        if relinked.retired:
            connection.execute(delete(t.stories).where(t.stories.c.id.in_(relinked.retired)))
        for story in relinked.stories:
            _write(connection, story, insert)
            members = [pk_by_key[m.key] for m in story.members]
            connection.execute(update(t.events).where(t.events.c.id.in_(members)).values(story_id=story.id))
    return read


def _country(event: Event) -> str | None:
    site = site_of(event)
    return site.iso3 if site else None


def _candidates(
    connection: Connection, report: EventReport, cache: EventCache, read: dict[int, Event]
) -> tuple[list[list[EventReport]], dict[str, int]]:
    """Members of the stored stories with a report in the same country within the date tolerance."""
    event = report.event
    site = site_of(event)
    if isinstance(event.date, Missing) or site is None or site.iso3 is None:
        return [], {}
    e = t.events.c
    near = (
        select(e.story_id)
        .where(
            e.iso3 == site.iso3,
            e.story_id.is_not(None),
            e.event_date <= event.date.end + linking.TOLERANCE,
            func.coalesce(e.date_end, e.event_date) >= event.date.start - linking.TOLERANCE,
        )
        .distinct()
    )
    a = t.articles.c
    rows = connection.execute(
        select(e.id, e.story_id, e.record, a.content_hash, a.article_id, a.outlet, a.published)
        .join(t.articles, e.article_id == a.id)
        .where(e.story_id.in_(near))
        .order_by(e.story_id, e.id)
    )
    groups: dict[str, list[EventReport]] = defaultdict(list)
    pk_by_key: dict[str, int] = {}
    for pk, story_id, record, content_hash, article_id, outlet, published in rows:
        event = read.get(pk) or cache.get(pk) or Event.model_validate_json(record)
        read[pk] = event
        member = EventReport(
            event=event,
            content_hash=content_hash,
            article_id=article_id,
            outlet=outlet,
            published=published,
        )
        groups[story_id].append(member)
        pk_by_key[member.key] = pk
    return list(groups.values()), pk_by_key


def _write(connection: Connection, story: Story, insert: Any) -> None:
    values = {
        "id": story.id,
        "members": len(story.members),
        "articles": len({m.content_hash for m in story.members}),
        "disputed": not isinstance(story.fatalities, Missing) and story.fatalities.disputed,
        "updated_at": dt.datetime.now(dt.UTC),
        "record": story.model_dump_json(),
    }
    statement = insert(t.stories).values(values)
    connection.execute(
        statement.on_conflict_do_update(index_elements=["id"], set_={k: v for k, v in values.items() if k != "id"})
    )

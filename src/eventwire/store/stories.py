"""Stories in the store: each saved event joins the stored reports of the same happening.

``eventwire.linking`` decides (same country, dates within a day, compatible types and places,
and evidence such as a shared actor); this module finds the candidates it needs, near the new
report in place and time, and writes what ``linking.relink`` answers, inside the saving
article's transaction, so a story never points at a half-saved article. Every event belongs to
a story, most to one of their own; ``events.story_id`` groups the reports of one happening.

Two ingests writing one database at the same time may each miss the other's newest reports:
stories are then split where one run would have joined them. Re-linking a store after such a run
is not built yet.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict, defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, delete, func, select, update

from eventwire import linking
from eventwire.records import Event, EventReport, Extraction, Missing, Story
from eventwire.store import tables as t
from eventwire.store.rows import site_of


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
    read: dict[int, Event] = dict(zip(event_pks, extraction.events, strict=True))
    for report, pk in zip(linking.reports(extraction), event_pks, strict=True):
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

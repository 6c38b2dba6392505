"""Stories in a real store: concurrent writers, stores migrated from before stories, relinking a whole store.

The reports are ours: one raid on an army post near Mosul told by four outlets, and a shelling
in another country that never links with it.
"""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import insert, select

from eventwire import linking
from eventwire.records import ArticleInput, Extraction
from eventwire.store import Store, relink
from eventwire.store import tables as t
from eventwire.store.engine import create, resolve_url
from eventwire.store.migrate import alembic_config
from eventwire.store.rows import article_values, event_values
from postgres import postgres_url

ONE_RAID = [
    "Islamic State fighters stormed an army post outside Mosul on Monday, killing 12 soldiers, a military "
    "spokesman said.",
    "Militants of the Islamic State attacked an army post near Mosul on Monday and killed 15 soldiers, a local "
    "official told reporters.",
    "An Islamic State assault on an army checkpoint on the edge of Mosul on Monday left 12 soldiers dead, the "
    "defence ministry said.",
    "Twelve soldiers died on Monday when Islamic State gunmen raided an army post outside Mosul, police said.",
]
ELSEWHERE = (
    "Rapid Support Forces shelling hit the central market of El Obeid on Sunday, killing 9 civilians, a "
    "medical official said."
)
PUBLISHED = dt.date(2024, 3, 5)


@pytest.fixture(scope="module")
def reports(pipeline) -> list[Extraction]:
    texts = [*ONE_RAID, ELSEWHERE]
    return [
        pipeline.extract(
            ArticleInput(id=f"outlet-{n}", text=f"Report {n}\n\n{text}", published=PUBLISHED, outlet=f"Outlet {n}")
        )
        for n, text in enumerate(texts)
    ]


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, tmp_path: Path) -> str:
    return str(tmp_path / "store.db") if request.param == "sqlite" else postgres_url()


def _told_by(store: Store) -> list[list[str]]:
    """Each story of several articles: its articles' ids, sorted."""
    return sorted(sorted(m.article_id for m in s.members) for s in store.stories())


def _story_of_every_event(db: str) -> dict[int, str | None]:
    engine = create(resolve_url(db))
    with engine.connect() as connection:
        found = {pk: story for pk, story in connection.execute(select(t.events.c.id, t.events.c.story_id))}
    engine.dispose()
    return found


def test_store_reports_of_one_raid_make_one_story(db: str, reports: list[Extraction]) -> None:
    with Store.open(db) as store:
        for x in reports:
            store.save(x)
        assert _told_by(store) == [["outlet-0", "outlet-1", "outlet-2", "outlet-3"]]


@pytest.mark.issue(4)
def test_store_concurrent_writers_make_one_story(db: str, reports: list[Extraction]) -> None:
    """Four writers, each with its own connection, save the four reports of one raid at the same moment."""
    Store.open(db).close()  # schema first: the race is about linking, not creating the database
    stores = [Store.open(db) for _ in ONE_RAID]
    start = threading.Barrier(len(stores))
    errors: list[BaseException] = []

    def save(store: Store, x: Extraction) -> None:
        start.wait()
        try:
            store.save(x)
        except BaseException as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=save, args=(s, x)) for s, x in zip(stores, reports, strict=False)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for s in stores:
        s.close()
    assert errors == []
    with Store.open(db) as store:
        assert _told_by(store) == [["outlet-0", "outlet-1", "outlet-2", "outlet-3"]]
        assert len(list(store.stories(min_articles=1))) == 1
    assert None not in _story_of_every_event(db).values()


def _store_at_0001(db: str, extractions: list[Extraction]) -> None:
    """A store as eventwire wrote it before stories existed: schema 0001, articles and events, no links."""
    engine = create(resolve_url(db))
    with engine.connect().execution_options(sqlite_begin="BEGIN IMMEDIATE") as connection, connection.begin():
        command.upgrade(alembic_config(connection), "0001")
        for x in extractions:
            values = article_values(x, stored_at=dt.datetime.now(dt.UTC), run_id=None)
            values = {k: v for k, v in values.items() if k not in ("scope", "scope_record")}  # columns of 0004
            article_pk = connection.execute(insert(t.articles).values(values).returning(t.articles.c.id)).scalar()
            for n, event in enumerate(x.events):
                connection.execute(insert(t.events).values(event_values(x, event, n, article_pk)))
    engine.dispose()


@pytest.mark.issue(4)
def test_store_upgraded_from_before_stories_links_its_events(db: str, reports: list[Extraction]) -> None:
    _store_at_0001(db, reports)
    with Store.open(db) as store:  # migrates 0001 → head
        assert _told_by(store) == [["outlet-0", "outlet-1", "outlet-2", "outlet-3"]]
        assert store.stats().stories == 1
    links = _story_of_every_event(db)
    assert len(links) == sum(len(x.events) for x in reports) and None not in links.values()


@pytest.mark.issue(4)
def test_store_relink_applies_a_changed_linking_rule(
    db: str, reports: list[Extraction], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(str(tmp_path / "reference.db")) as reference:
        for x in reports:
            reference.save(x)
        expected = {s.id: s for s in reference.stories(min_articles=1)}

    with Store.open(db) as store:
        with monkeypatch.context() as strict:
            strict.setattr(linking, "THRESHOLD", 100.0)  # a rule under which nothing links
            for x in reports:
                store.save(x)
        assert _told_by(store) == []

        summary = relink(store)  # the rule is back to the shipped one

        assert (summary.events, summary.countries) == (sum(len(x.events) for x in reports), 2)
        assert (summary.stories, summary.linked) == (len(expected), 1)
        assert {s.id: s for s in store.stories(min_articles=1)} == expected  # what storing under it gives
        assert store.relink() == summary  # relinking again changes nothing
        assert {s.id: s for s in store.stories(min_articles=1)} == expected

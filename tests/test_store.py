"""The store on a real SQLite file and a real PostgreSQL server: identity, atomic saves, queries, migrations."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, text

from eventwire.records import ArticleInput, Extraction, Quarantined
from eventwire.store import EventQuery, Store, StoreError
from eventwire.store.migrate import head
from eventwire.store.tables import metadata
from postgres import postgres_url
from test_batch import generated_article


@pytest.fixture(scope="module")
def extractions(pipeline) -> list[Extraction]:
    items = []
    for i in range(10):
        a = generated_article(i)
        published = dt.date.fromisoformat(a["published"])
        items.append(ArticleInput(id=a["id"], text=a["text"], published=published, source_ref=f"corpus.jsonl:{i + 1}"))
    return list(pipeline.extract_many(items))


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, tmp_path: Path) -> str:
    return str(tmp_path / "store.db") if request.param == "sqlite" else postgres_url()


@pytest.fixture()
def store(db: str):
    with Store.open(db) as opened:
        yield opened


def test_store_round_trips_articles_and_events(store: Store, extractions: list[Extraction]) -> None:
    for x in extractions:
        assert store.save(x)
    back = list(store.extractions(articles_without_events=True))
    assert [b.article for b in back] == [x.article for x in extractions]
    assert [b.events for b in back] == [x.events for x in extractions]
    assert [b.notes for b in back] == [x.notes for x in extractions]
    with_events = list(store.extractions())
    assert len(with_events) == sum(1 for x in extractions if x.events) < len(extractions)


def test_store_content_hash_is_identity(store: Store, extractions: list[Extraction]) -> None:
    first = extractions[0]
    assert not store.has(first.article.content_hash)
    assert store.save(first) is True
    renamed = first.model_copy(update={"article": first.article.model_copy(update={"id": "other-id"})})
    assert store.save(renamed) is False
    assert store.has(first.article.content_hash)
    stats = store.stats()
    assert (stats.articles, stats.events) == (1, len(first.events))


def test_store_racing_writers_store_an_article_once(db: str, extractions: list[Extraction]) -> None:
    stores = [Store.open(db) for _ in range(4)]
    results: list[bool] = []
    start = threading.Barrier(len(stores))

    def save(s: Store) -> None:
        start.wait()
        results.append(s.save(extractions[1]))

    threads = [threading.Thread(target=save, args=(s,)) for s in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == [False, False, False, True]
    assert stores[0].stats().events == len(extractions[1].events)
    for s in stores:
        s.close()


def test_store_children_are_normalised_for_sql_users(db: str, store: Store, extractions: list[Extraction]) -> None:
    x = extractions[0]
    store.save(x)
    event = x.events[0]
    url = db if "://" in db else f"sqlite:///{db}"
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.connect() as connection:
        row = connection.execute(
            text("SELECT country, iso3, event_type, sub_event_type, fatalities, latitude FROM events")
        ).one()
        actors = connection.execute(text("SELECT name FROM actors ORDER BY id")).scalars().all()
        claimants = connection.execute(text("SELECT claimant FROM claims")).scalars().all()
        kinds = set(connection.execute(text("SELECT kind FROM evidence")).scalars())
    engine.dispose()
    assert row.country == "Iraq" and row.iso3 == "IRQ" and row.event_type == event.type.event_type
    assert row.fatalities == event.fatalities.value and row.latitude == pytest.approx(36.3, abs=0.3)
    assert actors == [a.name for a in event.actors]
    assert claimants == [c.claimant.name for c in event.claims]
    assert {"trigger", "sentence"} <= kinds


@pytest.mark.parametrize(
    ("query", "towns"),
    [
        (EventQuery(country="iraq"), {"Mosul"}),
        (EventQuery(country="SOM"), {"Kismayo"}),
        (EventQuery(type="Air/drone strike"), {"Kismayo"}),
        (EventQuery(type="battles"), {"Mosul"}),
        (EventQuery(actor="islamic"), {"Mosul"}),
        (EventQuery(bbox=(42.9, 36.1, 43.4, 36.6)), {"Mosul"}),
        (EventQuery(since=dt.date(2024, 6, 1), until=dt.date(2024, 7, 31)), {"Mosul", "Kismayo"}),
        (EventQuery(country="Iraq", type="Air/drone strike"), set()),
    ],
    ids=["country", "iso3", "sub-type", "type", "actor", "bbox", "dates", "nothing"],
)
def test_store_filters_events(store: Store, extractions: list[Extraction], query: EventQuery, towns: set[str]) -> None:
    for x in extractions:
        store.save(x)
    found = {e.places[0].location.name for x in store.extractions(query) for e in x.events}
    assert found == towns
    assert store.count_events(query) == sum(len(x.events) for x in store.extractions(query))


def test_store_stats_count_by_country_type_and_month(store: Store, extractions: list[Extraction]) -> None:
    for x in extractions:
        store.save(x)
    stats = store.stats()
    events = [e for x in extractions for e in x.events]
    assert stats.events == len(events) and stats.articles == len(extractions)
    assert sum(c.n for c in stats.by_country) == sum(c.n for c in stats.by_month) == len(events)
    assert {c.key: c.n for c in stats.by_type}["Battles"] == sum(e.type.event_type == "Battles" for e in events)
    assert [c.key for c in stats.by_month] == sorted(c.key for c in stats.by_month)


def test_store_quarantine_counts_repeats_and_clears_when_fixed(store: Store, extractions: list[Extraction]) -> None:
    bad = Quarantined(source="corpus.jsonl", line=1, stage="read", reason="malformed JSON on line 1")
    other = Quarantined(source="corpus.jsonl", line=2, stage="read", reason="malformed JSON on line 2")
    store.quarantine(bad)
    store.quarantine(bad)
    store.quarantine(other)
    entries = store.quarantined()
    assert [(e.input, e.count) for e in entries] == [("corpus.jsonl:1", 2), ("corpus.jsonl:2", 1)]
    assert entries[0].first_seen <= entries[0].last_seen
    store.save(extractions[0])  # read from corpus.jsonl:1 this time
    assert [e.input for e in store.quarantined()] == ["corpus.jsonl:2"]


def test_store_schema_is_at_head_and_matches_the_tables(db: str, store: Store) -> None:
    Store.open(db).close()  # opening again migrates nothing and fails on nothing
    url = db if "://" in db else f"sqlite:///{db}"
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.connect() as connection:
        context = MigrationContext.configure(connection)
        assert context.get_current_revision() == head()
        assert compare_metadata(context, metadata) == []
    engine.dispose()


def test_store_open_errors_name_the_database_and_the_problem(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"folder .*missing does not exist"):
        Store.open(str(tmp_path / "missing" / "x.db"))
    (tmp_path / "notes.db").write_text("shopping list: eggs, flour, milk\n" * 200, "utf-8")
    with pytest.raises(StoreError, match="notes.db: file is not a database"):
        Store.open(str(tmp_path / "notes.db"))
    with pytest.raises(StoreError, match=r"postgresql://reader:\*\*\*@127.0.0.1:1/x: .*refused") as refused:
        Store.open("postgresql://reader:hunter2@127.0.0.1:1/x")
    assert "hunter2" not in str(refused.value)
    with pytest.raises(StoreError, match="unsupported database 'mysql'"):
        Store.open("mysql://localhost/x")


def test_store_reads_its_url_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTWIRE_DB", str(tmp_path / "env.db"))
    Store.open().close()
    assert (tmp_path / "env.db").exists()


SAME_ATTACK = [
    (
        "wire-a",
        "Islamic State fighters stormed an army post outside Mosul on Monday, killing 12 soldiers, "
        "a military spokesman said.",
    ),
    (
        "paper-b",
        "Militants of the Islamic State attacked an army post near Mosul on Monday and killed 15 soldiers, "
        "a local official told reporters.",
    ),
]


def test_store_links_reports_of_one_happening_into_a_story(pipeline, store: Store, extractions) -> None:
    published = dt.date(2024, 3, 5)
    reports = [
        pipeline.extract(ArticleInput(id=name, text=f"Attack near Mosul\n\n{text}", published=published, outlet=name))
        for name, text in SAME_ATTACK
    ]
    for x in [*reports, *extractions[1:3]]:
        store.save(x)
    [story] = list(store.stories())
    assert sorted(m.article_id for m in story.members) == ["paper-b", "wire-a"]
    assert story.fatalities.disputed and 12 in {f.killed for f in story.fatalities.figures}  # every claim kept
    assert store.stats().stories == 1
    assert len(list(store.stories(min_articles=1))) == 3  # the two unrelated reports stand alone


def test_store_openers_creating_one_database_take_turns(db: str) -> None:
    errors: list[BaseException] = []
    start = threading.Barrier(3)

    def open_new() -> None:
        start.wait()
        try:
            Store.open(db).close()
        except BaseException as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=open_new) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with Store.open(db) as store:
        assert store.stats().articles == 0

"""An article's scope survives the store: kept whole, queryable, in the CSV, and 'not assessed' for old rows."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.export.acled_csv import write_csv
from eventwire.records import ArticleInput
from eventwire.store import EventQuery, Store
from postgres import postgres_url
from test_scope import ROUNDUP, SINGLE_ATTACK

PUBLISHED = dt.date(2024, 3, 14)


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, tmp_path: Path) -> str:
    return str(tmp_path / "store.db") if request.param == "sqlite" else postgres_url()


@pytest.fixture(scope="module")
def extractions(pipeline):
    articles = [
        ArticleInput(id=name, text=body, published=PUBLISHED)
        for name, body in (("one", SINGLE_ATTACK), ("many", ROUNDUP))
    ]
    return list(pipeline.extract_many(articles, errors="raise"))


def test_store_keeps_the_scope_and_filters_on_it(db: str, extractions) -> None:
    assert [e.scope.kind for e in extractions] == ["event report", "summary"]
    with Store.open(db) as store:
        for extraction in extractions:
            store.save(extraction)
        back = {e.article.id: e for e in store.extractions()}
        assert back["one"].scope == extractions[0].scope  # kind, reason and the words behind it
        assert back["many"].scope.kind == "summary" and back["many"].scope.evidence
        reports = list(store.extractions(EventQuery(scope=("event report",))))
        assert [e.article.id for e in reports] == ["one"]
        assert {e.article.id for e in store.extractions(EventQuery(scope=("summary", "background")))} == {"many"}


def test_csv_has_the_scope_of_each_events_article(extractions) -> None:
    out = io.StringIO()
    write_csv(extractions, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert {r["ew_article_id"]: r["ew_scope"] for r in rows} == {"one": "event report", "many": "summary"}


def test_events_command_filters_by_scope_and_names_a_bad_one(tmp_path: Path, extractions) -> None:
    db = str(tmp_path / "store.db")
    with Store.open(db) as store:
        for extraction in extractions:
            store.save(extraction)
    result = CliRunner().invoke(app, ["events", "--db", db, "--scope", "Event report", "-f", "csv"])
    assert result.exit_code == 0, result.output
    assert {r["ew_article_id"] for r in csv.DictReader(io.StringIO(result.stdout))} == {"one"}
    bad = CliRunner().invoke(app, ["events", "--db", db, "--scope", "roundups"])
    assert bad.exit_code == 2 and "summary" in bad.stderr.replace("\n", " ")


def test_articles_stored_before_scopes_existed_read_as_not_assessed(tmp_path: Path, extractions) -> None:
    db = tmp_path / "store.db"
    with Store.open(str(db)) as store:
        store.save(extractions[0])
    engine = create_engine(f"sqlite:///{db}")
    with engine.begin() as connection:  # what a row written before revision 0004 looks like
        connection.execute(text("UPDATE articles SET scope = NULL, scope_record = NULL"))
    engine.dispose()
    with Store.open(str(db)) as store:
        (old,) = store.extractions()
        assert old.scope.kind == "none" and old.scope.reason == "scope not assessed"
        assert list(store.extractions(EventQuery(scope=("event report",)))) == []

"""The store's schema: one set of SQLAlchemy Core tables for SQLite and PostgreSQL.

Every table keeps the full record as JSON text (``record``) so records can grow without a schema
change, and copies the fields people filter and join on into plain columns, named as in ACLED's
export where ACLED has a name for them. Children (events → claims, actors, places, quantities,
materiel, evidence) are deleted with their article (``ON DELETE CASCADE``).

PostgreSQL users can query the JSON with ``record::jsonb``; SQLite users with ``json_extract``.
Changing this file means adding an Alembic revision in ``migrations/versions``.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


def _event_fk() -> Column[int]:
    return Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), nullable=False, index=True)


def _span() -> list[Column[object]]:
    return [Column("span_start", Integer), Column("span_end", Integer), Column("text", Text)]


runs = Table(
    "runs",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True)),
    Column("status", String(16), nullable=False),  # running | finished | interrupted | failed
    Column("workers", Integer),
    Column("arguments", Text),  # JSON
    Column("version", String(32)),
    Column("ok", Integer, nullable=False, default=0),
    Column("skipped", Integer, nullable=False, default=0),
    Column("quarantined", Integer, nullable=False, default=0),
    Column("events", Integer, nullable=False, default=0),
)

articles = Table(
    "articles",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("article_id", Text, nullable=False),
    Column("source", Text, nullable=False),
    Column("url", Text),
    Column("title", Text),
    Column("outlet", Text),
    Column("published", Date, index=True),
    Column("published_source", String(16)),
    Column("language", String(16)),
    Column("dateline_place", Text),
    Column("n_events", Integer, nullable=False),
    Column("notes", Text),  # JSON list: why there is no event
    Column("scope", String(16), index=True),  # event report | summary | background | none (0004)
    Column("scope_record", Text),  # the Scope record as JSON: kind, reason, evidence (0004)
    Column("stored_at", DateTime(timezone=True), nullable=False),
    Column("run_id", Integer, ForeignKey("runs.id", ondelete="SET NULL")),
    Column("record", Text, nullable=False),  # the Article record as JSON, canonical text included
)

events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("event_key", Text, nullable=False),  # Event.id, unique within its article
    Column("position", Integer, nullable=False),  # order in the article, most prominent first
    Column("event_id_cnty", String(32)),
    Column("event_date", Date, index=True),
    Column("date_end", Date),
    Column("year", Integer),
    Column("month", String(7), index=True),  # YYYY-MM of event_date
    Column("time_precision", Integer),
    Column("disorder_type", Text),
    Column("event_type", Text, index=True),
    Column("sub_event_type", Text, index=True),
    Column("plover_type", Text),
    Column("plover_mode", Text),
    Column("actor1", Text),
    Column("inter1", Integer),
    Column("actor2", Text),
    Column("inter2", Integer),
    Column("interaction", Integer),
    Column("civilian_targeting", Boolean, nullable=False),
    Column("iso", Integer),
    Column("iso3", String(3), index=True),
    Column("region", Text),
    Column("country", Text, index=True),
    Column("admin1", Text),
    Column("admin2", Text),
    Column("location", Text),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("geo_precision", Integer),
    Column("source", Text),
    Column("fatalities", Integer, nullable=False),
    Column("fatalities_low", Integer),
    Column("fatalities_high", Integer),
    Column("fatalities_qualifier", Text),
    Column("claimant", Text),
    Column("claimant_type", String(32)),
    Column("confidence", Float, nullable=False),
    Column("prominence", Integer, nullable=False),
    Column("record", Text, nullable=False),  # the Event record as JSON
    Column("story_id", String(64), index=True),  # the cross-article story this report belongs to
    Index(None, "latitude", "longitude"),
)

stories = Table(
    "stories",
    metadata,
    Column("id", String(64), primary_key=True),  # stable: derived from the story's earliest report
    Column("members", Integer, nullable=False),
    Column("articles", Integer, nullable=False),
    Column("disputed", Boolean, nullable=False),  # the members' claims give different death tolls
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("record", Text, nullable=False),  # the Story record as JSON: members, every claimed figure
)

claims = Table(
    "claims",
    metadata,
    Column("id", Integer, primary_key=True),
    _event_fk(),
    Column("claim_key", Text, nullable=False),
    Column("claimant", Text, nullable=False),
    Column("claimant_as_written", Text),
    Column("claimant_type", String(32), nullable=False),
    Column("is_party", Boolean, nullable=False),
    Column("anonymous", Boolean, nullable=False),
    Column("affiliation", Text),
    Column("claimant_country", String(3)),
    Column("cue", Text),
    Column("polarity", String(16), nullable=False),
    Column("reported_by", Text),
    *_span(),
    Column("record", Text, nullable=False),
)

actors = Table(
    "actors",
    metadata,
    Column("id", Integer, primary_key=True),
    _event_fk(),
    Column("role", String(16), nullable=False),
    Column("name", Text, nullable=False, index=True),
    Column("family", Text, index=True),
    Column("inter", Integer, nullable=False),
    Column("country", String(3)),
    *_span(),
)

places = Table(
    "places",
    metadata,
    Column("id", Integer, primary_key=True),
    _event_fk(),
    Column("role", String(16), nullable=False),
    Column("name", Text),
    Column("geonameid", Integer),
    Column("feature", String(32)),
    Column("country", Text),
    Column("iso3", String(3)),
    Column("admin1", Text),
    Column("admin2", Text),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("geo_precision", Integer, nullable=False),
    Column("where_prec", Integer, nullable=False),
    Column("precision_reason", Text),
    Column("missing_reason", Text),  # why the name was not resolved, when it was not
    *_span(),
)

quantities = Table(
    "quantities",
    metadata,
    Column("id", Integer, primary_key=True),
    _event_fk(),
    Column("kind", String(16), nullable=False),
    Column("low", Integer, nullable=False),
    Column("high", Integer),
    Column("qualifier", Text),
    Column("side", Text),
    *_span(),
)

materiel = Table(
    "materiel",
    metadata,
    Column("id", Integer, primary_key=True),
    _event_fk(),
    Column("category", String(32), nullable=False),
    Column("count", Integer, nullable=False),
    Column("status", String(16), nullable=False),
    *_span(),
)

evidence = Table(
    "evidence",
    metadata,
    Column("id", Integer, primary_key=True),
    _event_fk(),
    Column("kind", String(16), nullable=False),  # trigger | sentence | date
    *_span(),
)

quarantine = Table(
    "quarantine",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(64), nullable=False, unique=True),  # hash of input, line, position, stage
    Column("input", Text, nullable=False, index=True),  # as an article from it would be named (path:line)
    Column("source", Text, nullable=False),
    Column("line", Integer),
    Column("position", Text),
    Column("stage", String(32), nullable=False),
    Column("reason", Text, nullable=False),
    Column("first_seen", DateTime(timezone=True), nullable=False),
    Column("last_seen", DateTime(timezone=True), nullable=False),
    Column("count", Integer, nullable=False),
    Column("run_id", Integer, ForeignKey("runs.id", ondelete="SET NULL")),
    Column("record", Text, nullable=False),  # the Quarantined record as JSON
)

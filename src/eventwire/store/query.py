"""What ``eventwire events`` and ``stats`` ask the store for, and what ``stats`` and ``quarantine`` get back."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, model_validator

from eventwire.records.extraction import ScopeKind


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class EventQuery(_Frozen):
    """Filters on events; every one given must hold.

    ``country`` matches the country name or its ISO3 code; ``since``/``until`` keep events whose
    date interval overlaps them (undated events drop out); ``type`` matches the ACLED event type
    or sub-event type; ``actor`` is a case-insensitive part of an actor's name or family;
    ``bbox`` is ``(min_lon, min_lat, max_lon, max_lat)``, and crosses the antimeridian when
    ``min_lon > max_lon``; ``scope`` keeps events of articles of those scopes ("event report" to
    leave out roundups and background mentions).
    """

    country: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    type: str | None = None
    actor: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    scope: tuple[ScopeKind, ...] | None = None

    @model_validator(mode="after")
    def _check(self) -> EventQuery:
        if self.since and self.until and self.since > self.until:
            raise ValueError(f"since {self.since} is after until {self.until}")
        if self.bbox is not None:
            min_lon, min_lat, max_lon, max_lat = self.bbox
            if not (-180 <= min_lon <= 180 and -180 <= max_lon <= 180 and -90 <= min_lat <= max_lat <= 90):
                raise ValueError(
                    f"bbox {self.bbox} is not min_lon,min_lat,max_lon,max_lat in degrees (lon -180..180, lat -90..90)"
                )
        return self


class Count(_Frozen):
    key: str
    n: int


class Stats(_Frozen):
    """Totals, and event counts by country, event type and month (of the event date)."""

    articles: int
    events: int
    claims: int
    quarantined: int
    runs: int
    stories: int
    """Happenings reported by more than one article (see ``Store.stories``)."""
    by_country: tuple[Count, ...]
    by_type: tuple[Count, ...]
    by_month: tuple[Count, ...]


class QuarantineEntry(_Frozen):
    """One input a run set aside: where, at which stage, why, and how often it was met."""

    input: str
    source: str
    line: int | None
    position: str | None
    stage: str
    reason: str
    first_seen: dt.datetime
    last_seen: dt.datetime
    count: int


class RunEntry(_Frozen):
    id: int
    started_at: dt.datetime
    finished_at: dt.datetime | None
    status: str
    workers: int | None
    ok: int
    skipped: int
    quarantined: int
    events: int


class RelinkSummary(_Frozen):
    """What ``Store.relink`` did: events linked again, countries done, stories now, and how many
    of them more than one article tells."""

    events: int
    countries: int
    stories: int
    linked: int

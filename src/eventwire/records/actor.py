"""Actors: who did what to whom, normalised, with ACLED inter codes."""

from __future__ import annotations

from enum import IntEnum, StrEnum

from eventwire.records.evidence import Record, Span


class Inter(IntEnum):
    """ACLED inter codes."""

    STATE_FORCES = 1
    REBELS = 2
    POLITICAL_MILITIA = 3
    IDENTITY_MILITIA = 4
    RIOTERS = 5
    PROTESTERS = 6
    CIVILIANS = 7
    EXTERNAL_OTHER = 8


class ActorRole(StrEnum):
    ACTOR1 = "actor1"
    ACTOR2 = "actor2"
    ASSOCIATED1 = "assoc_actor_1"
    ASSOCIATED2 = "assoc_actor_2"


class Actor(Record):
    """An actor of one event: ``name`` is normalised, ``span`` is as written."""

    name: str
    span: Span
    role: ActorRole
    inter: Inter
    country: str | None = None
    family: str | None = None
    """The ACLED-style umbrella name, e.g. "Military Forces of Russia"."""
    key: str | None = None

"""Claims: who says what happened, how, and in which words."""

from __future__ import annotations

from enum import StrEnum

from eventwire.records.evidence import Record, Span
from eventwire.records.quantity import Materiel, Quantity


class ClaimantType(StrEnum):
    PARTY_OFFICIAL = "party_official"
    PARTY_ANONYMOUS = "party_anonymous"
    MONITOR = "monitor"
    NGO = "ngo"
    UN = "un"
    MEDIA = "media"
    WITNESS = "witness"
    OTHER = "other"


class Claimant(Record):
    """The source of a claim: as written (``span``) and normalised (``name``)."""

    name: str
    span: Span | None = None
    type: ClaimantType
    is_party: bool
    anonymous: bool = False
    affiliation: str | None = None
    """The organisation the claimant speaks for, e.g. "Military Forces of Russia"."""
    key: str | None = None
    """The actor-lexicon entry the claimant matched, if any."""
    country: str | None = None
    """ISO3 of the state the claimant speaks for, when a country speaks ("Russia says")."""


class Claim(Record):
    """One statement in one article about one event."""

    id: str
    event_id: str
    claimant: Claimant
    cue: Span | None = None
    polarity: str = "asserts"
    """asserts | denies"""
    span: Span
    reported_by: str | None = None
    quantities: tuple[Quantity, ...] = ()
    materiel: tuple[Materiel, ...] = ()

"""The data model: frozen pydantic records. Imports nothing else from eventwire."""

from eventwire.records.actor import Actor, ActorRole, Inter
from eventwire.records.analysis import Analysis
from eventwire.records.article import Article, ArticleInput, Dateline, content_hash
from eventwire.records.claim import Claim, Claimant, ClaimantType
from eventwire.records.event import Event, EventType, Fatalities
from eventwire.records.evidence import Missing, Record, Span
from eventwire.records.extraction import Extraction
from eventwire.records.mention import Mention, MentionKind, Sentence
from eventwire.records.place import Location, Place, PlaceRole
from eventwire.records.quantity import Materiel, MaterielCategory, Quantity, QuantityKind
from eventwire.records.quarantine import Quarantined
from eventwire.records.story import ClaimedFigure, EventReport, Link, Story, StoryFatalities, StoryMember
from eventwire.records.timespan import TimeSpan

__all__ = [
    "Actor",
    "ActorRole",
    "Analysis",
    "Article",
    "ArticleInput",
    "Claim",
    "Claimant",
    "ClaimantType",
    "ClaimedFigure",
    "Dateline",
    "Event",
    "EventReport",
    "EventType",
    "Extraction",
    "Fatalities",
    "Inter",
    "Link",
    "Location",
    "Materiel",
    "MaterielCategory",
    "Mention",
    "MentionKind",
    "Missing",
    "Place",
    "PlaceRole",
    "Quantity",
    "QuantityKind",
    "Quarantined",
    "Record",
    "Sentence",
    "Span",
    "Story",
    "StoryFatalities",
    "StoryMember",
    "TimeSpan",
    "content_hash",
]

"""Stories: one real-world happening as several outlets reported it.

An ``EventReport`` is one extracted event together with the article that carried it; a ``Story`` is the
set of reports that describe the same happening (built by ``eventwire.linking``). A story keeps
every claim of every report and says where the reports disagree: figures are listed side by
side, never averaged.
"""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from eventwire.records.actor import Actor
from eventwire.records.claim import Claim, ClaimantType
from eventwire.records.event import Event, EventType, Fatalities
from eventwire.records.evidence import Missing, Record
from eventwire.records.place import Place
from eventwire.records.timespan import TimeSpan


class EventReport(Record):
    """One event as one article reported it: the unit that cross-article linking groups."""

    event: Event
    content_hash: str
    """The article's identity (``Article.content_hash``): article ids given by users may repeat."""
    article_id: str
    outlet: str | None = None
    published: dt.date | None = None

    @property
    def key(self) -> str:
        """Unique across a store: the article's content hash and the event's id within it."""
        return f"{self.content_hash[:16]}/{self.event.id}"


class Link(Record):
    """Why a report belongs to its story: the fellow report it matches best and the evidence."""

    to: str | None
    """``EventReport.key`` of the matched report; None for the story's first report when it stands alone."""
    score: float
    reasons: tuple[str, ...] = ()


class StoryMember(Record):
    key: str
    event_id: str
    article_id: str
    content_hash: str
    outlet: str | None = None
    published: dt.date | None = None
    link: Link


class ClaimedFigure(Record):
    """One claim's death toll, with who said it and which outlet reported it."""

    claim_id: str
    member: str
    """``StoryMember.key`` of the report the claim is in."""
    claimant: str
    claimant_type: ClaimantType
    is_party: bool
    outlet: str | None = None
    killed: int
    """The claim's own total (sides added up), read the way the assessed figure reads counts."""
    high: int | None
    qualifier: str | None = None


class StoryFatalities(Record):
    """Every claimed death toll, the range they span, and the figure assessed over all of them."""

    assessed: Fatalities
    """Over all claims of all reports, by the members' policy (ACLED: the lowest credible figure)."""
    low: int
    high: int | None
    """The largest claimed figure; None when the largest is open-ended ("more than 80")."""
    disputed: bool
    """True when claims give different figures."""
    figures: tuple[ClaimedFigure, ...] = ()


class Story(Record):
    """Reports of one happening from several articles, merged without hiding disagreement."""

    id: str
    """Derived from the earliest report (publication date, then content hash): stable across re-runs."""
    members: tuple[StoryMember, ...]
    type: EventType
    type_from: str
    """Member whose type is shown (its trigger span points into that member's article)."""
    other_types: tuple[str, ...] = ()
    """``event_type / sub_event_type`` of members that typed the happening differently."""
    date: TimeSpan | Missing
    """The days all reports allow (their intersection); their union when they disagree."""
    date_from: str | None = None
    """Member whose date is shown as it is; None when the date was combined from several."""
    place: Place | Missing
    """The most precise site any report gives."""
    place_from: str | None = None
    actors: tuple[Actor, ...] = ()
    fatalities: StoryFatalities | Missing
    claims: tuple[Claim, ...] = ()
    outlets: tuple[str, ...] = ()
    disagreements: tuple[str, ...] = Field(default=(), description="what the reports do not agree on, in words")

    @property
    def corroboration(self) -> int:
        """Independent articles (distinct texts; a syndicated copy has the same content hash)."""
        return len({m.content_hash for m in self.members})

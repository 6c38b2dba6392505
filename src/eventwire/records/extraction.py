"""What a run over one article returns."""

from __future__ import annotations

from typing import Literal

from eventwire.records.article import Article
from eventwire.records.claim import Claim
from eventwire.records.event import Event
from eventwire.records.evidence import Record, Span
from eventwire.records.mention import Mention

ScopeKind = Literal["event report", "summary", "background", "none"]


class Scope(Record):
    """What kind of article it is, for an analyst deciding whether its events are news.

    ``event report``: it reports specific event(s) (one attack, or two told together).
    ``summary``: a roundup, situation report, analysis or op-ed covering many situations or a
    whole war ("violence has displaced thousands across the region this year").
    ``background``: violence appears only as context (a trial, a memorial, policy talk).
    ``none``: no conflict event at all.
    """

    kind: ScopeKind = "none"
    reason: str = "scope not assessed"
    evidence: tuple[Span, ...] = ()
    """The words behind the decision (a generic time frame, report vocabulary, the lead's event)."""


class Extraction(Record):
    """An article, its events (most prominent first) and all claims about them."""

    article: Article
    events: tuple[Event, ...] = ()
    claims: tuple[Claim, ...] = ()
    mentions: tuple[Mention, ...] = ()
    notes: tuple[str, ...] = ()
    """Why there is no event, when there is none (e.g. "no violent-event trigger")."""
    scope: Scope = Scope()
    """Whether the article reports specific events or summarises many (set by the scope stage)."""

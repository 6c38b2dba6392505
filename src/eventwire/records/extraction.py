"""What a run over one article returns."""

from __future__ import annotations

from eventwire.records.article import Article
from eventwire.records.claim import Claim
from eventwire.records.event import Event
from eventwire.records.evidence import Record
from eventwire.records.mention import Mention


class Extraction(Record):
    """An article, its events (most prominent first) and all claims about them."""

    article: Article
    events: tuple[Event, ...] = ()
    claims: tuple[Claim, ...] = ()
    mentions: tuple[Mention, ...] = ()
    notes: tuple[str, ...] = ()
    """Why there is no event, when there is none (e.g. "no violent-event trigger")."""

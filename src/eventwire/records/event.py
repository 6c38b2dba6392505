"""Events: a real-world happening typed in ACLED and PLOVER terms."""

from __future__ import annotations

from pydantic import Field

from eventwire.records.actor import Actor
from eventwire.records.claim import Claim
from eventwire.records.evidence import Missing, Record, Span
from eventwire.records.place import Place
from eventwire.records.quantity import Materiel, Quantity
from eventwire.records.timespan import TimeSpan


class EventType(Record):
    """ACLED event and sub-event type, disorder type, and the PLOVER equivalent."""

    disorder_type: str
    event_type: str
    sub_event_type: str
    plover_type: str
    plover_mode: str | None = None
    trigger: Span


class Fatalities(Record):
    """The assessed fatality figure and the policy that produced it."""

    value: int
    low: int
    high: int | None
    qualifier: str | None = None
    policy: str = "acled_lowest_credible"
    from_claims: tuple[str, ...] = ()


class Event(Record):
    id: str
    type: EventType
    actors: tuple[Actor, ...] = ()
    places: tuple[Place, ...] = ()
    date: TimeSpan | Missing
    quantities: tuple[Quantity, ...] = ()
    materiel: tuple[Materiel, ...] = ()
    fatalities: Fatalities | Missing
    injured: int | None = None
    """The wounded, counted as the dead are (sides add, a side told again keeps its largest count, a toll
    over several events is shared); None when nobody is reported wounded."""
    claims: tuple[Claim, ...] = ()
    civilian_targeting: bool = False
    evidence: tuple[Span, ...] = Field(default=(), description="sentences this event was built from")
    confidence: float
    prominence: int
    """0 for the event the headline/lead reports; larger is less prominent."""
    missing: dict[str, str] = Field(default_factory=dict)
    """Field name → why it is empty (actor2, site, date, ...)."""

    def main_claim(self) -> Claim | None:
        """The claim behind the assessed figure (a named source before the outlet's own words),
        else the first named source, else the first claim."""
        behind = [
            c for c in self.claims if not isinstance(self.fatalities, Missing) and c.id in self.fatalities.from_claims
        ]
        for pool in (behind, list(self.claims)):
            named = [c for c in pool if c.claimant.span is not None]
            if named or pool:
                return (named or pool)[0]
        return None

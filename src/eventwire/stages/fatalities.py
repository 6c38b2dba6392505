"""The assessed fatality figure: an explicit policy over all claimed counts, never an average.

ACLED's policy is the lowest credible figure. Counts for different sides add up (5 soldiers
and 12 militants are 17 dead); counts for the same side from different claims are
alternatives, and the lowest is kept. A count of "people" is a total of its own: the
figure is then the larger of that total and the sum of the sides. Vague words use ACLED's
conventions ("dozens" 12, "several" 10, "hundreds" 100).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from eventwire.records import Fatalities, Quantity, QuantityKind

# ACLED codebook conventions for vague fatality reports.
VAGUE = {"dozens": 12, "several": 10, "a few": 3, "scores": 20, "hundreds": 100, "thousands": 1000}
_CIVILIAN = re.compile(r"civilian|villager|resident|child|women|passenger|worshipper|student|farmer|protester", re.IGNORECASE)
_STATE_SIDE = re.compile(r"soldier|troop|police|servicem|officer|guard|personnel|army|marine|gendarme|sailor|airm[ae]n|pilot", re.IGNORECASE)
_GENERAL = re.compile(r"^(?:people|persons|individuals|others|victims|dead|bodies)$", re.IGNORECASE)


def assess(quantities: Sequence[tuple[str, Quantity]], policy: str = "acled_lowest_credible") -> Fatalities | None:
    """``quantities`` pairs a claim id with a killed count; None when nobody counted the dead."""
    killed = [(cid, q) for cid, q in quantities if q.kind is QuantityKind.KILLED]
    if not killed:
        return None
    by_side: dict[str, list[tuple[str, Quantity]]] = defaultdict(list)
    for cid, q in killed:
        by_side[_side(q)].append((cid, q))
    lows = {side: min(_credible(q) for _, q in items) for side, items in by_side.items()}
    general = lows.pop("general", None)
    summed = sum(lows.values())
    value = max(general or 0, summed) if lows else (general or 0)
    chosen = _chosen(by_side, value, lows, general)
    return Fatalities(
        value=value,
        low=value,
        high=_high(chosen),
        qualifier=_qualifier(chosen),
        policy=policy,
        from_claims=tuple(dict.fromkeys(cid for cid, _ in chosen)),
    )


def _credible(q: Quantity) -> int:
    if q.qualifier in VAGUE:
        return VAGUE[q.qualifier]
    if q.qualifier == "up to" and q.high is not None:
        return q.high
    return q.low


def _side(q: Quantity) -> str:
    side = (q.side or "").strip()
    if not side or _GENERAL.match(side):
        return "general"
    if _CIVILIAN.search(side):
        return "civilians"
    return "state forces" if _STATE_SIDE.search(side) else "armed group"


def _chosen(
    by_side: dict[str, list[tuple[str, Quantity]]], value: int, lows: dict[str, int], general: int | None
) -> list[tuple[str, Quantity]]:
    """The counts that make up the assessed value (for the qualifier and provenance)."""
    if general is not None and general >= sum(lows.values()):
        return [(c, q) for c, q in by_side["general"] if _credible(q) == general]
    return [(c, q) for side, low in lows.items() for c, q in by_side[side] if _credible(q) == low]


def _high(chosen: list[tuple[str, Quantity]]) -> int | None:
    highs = [q.high for _, q in chosen]
    return None if any(h is None for h in highs) else sum(h for h in highs if h is not None)


def _qualifier(chosen: list[tuple[str, Quantity]]) -> str | None:
    """Counts that agree on a bound but differ in openness read as open ("80" and "more than 80")."""
    open_ended = [q.qualifier for _, q in chosen if q.high is None and q.qualifier]
    if open_ended:
        return open_ended[0]
    qualifiers = [q.qualifier for _, q in chosen if q.qualifier]
    return qualifiers[0] if qualifiers else None

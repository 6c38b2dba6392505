"""The assessed fatality figure: an explicit policy over all claimed counts, never an average.

ACLED's policy is the lowest credible figure. Counts for different sides add up (5 soldiers
and 12 militants are 17 dead); counts for the same side from different claims are
alternatives, and the lowest is kept. A count of "people" is a total of its own: the
figure is then the larger of that total and the sum of the sides. Vague words use ACLED's
conventions ("dozens" 12, "hundreds" 100); "several" and "a few" count 3, the least the words allow.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from eventwire.records import Fatalities, Quantity, QuantityKind

# Vague counts: ACLED's codebook conventions for "dozens" (12) and "hundreds" (100); for "several" and
# "a few" the lowest credible reading, 3 (on ISAF releases, 2026-11-24, 3 matched the gold minimum
# where 10 never did; re-measure with `eventwire eval isaf` when it exists).
VAGUE = {"dozens": 12, "several": 3, "a few": 3, "scores": 20, "hundreds": 100, "thousands": 1000}
_CIVILIAN = re.compile(
    r"civilian|villager|resident|child|women|passenger|worshipper|student|farmer|protester", re.IGNORECASE
)
_STATE_SIDE = re.compile(
    r"soldier|troop|police|servicem|officer|guard|personnel|army|marine|gendarme|sailor|airm[ae]n|pilot", re.IGNORECASE
)
_GENERAL = re.compile(r"^(?:people|persons|individuals|others|victims|dead|bodies)$", re.IGNORECASE)


def assess(quantities: Sequence[tuple[str, int, Quantity]], policy: str = "acled_lowest_credible") -> Fatalities | None:
    """``quantities`` are (claim id, sentence index, count); None when nobody counted the dead.

    Each claim's figure is its own total (sides add up; a claimant restating or raising a count
    keeps the largest). Claims that disagree are alternatives: the lowest credible one is kept.
    """
    by_claim: dict[str, list[tuple[int, Quantity]]] = defaultdict(list)
    for cid, sentence, q in quantities:
        if q.kind is QuantityKind.KILLED:
            by_claim[cid].append((sentence, q))
    if not by_claim:
        return None
    totals = {cid: _claim_total(qs) for cid, qs in by_claim.items()}
    value = min(totals.values())
    chosen = [cid for cid, total in totals.items() if total == value]
    counts = [q for cid in chosen for _, q in by_claim[cid] if _credible(q) <= value]
    return Fatalities(
        value=value,
        low=value,
        high=_high(counts, value),
        qualifier=_qualifier(counts),
        policy=policy,
        from_claims=tuple(chosen),
    )


def _claim_total(qs: list[tuple[int, Quantity]]) -> int:
    """Counts of one side in one sentence add up ("a man and a woman"); across sentences a claim's
    largest count per side stands; a total of "people" stands beside the sum of the sides."""
    by_side: dict[str, int] = defaultdict(int)
    by_sentence: dict[tuple[str, int], int] = defaultdict(int)
    for sentence, q in qs:
        by_sentence[(_side(q), sentence)] += _credible(q)
    for (side, _), n in by_sentence.items():
        by_side[side] = max(by_side[side], n)
    general = by_side.pop("general", 0)
    return max(general, sum(by_side.values()))


def _credible(q: Quantity) -> int:
    if q.qualifier in VAGUE and q.number_span.text.lower().strip() in VAGUE:  # "dozens", not "several hundred"
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


def _high(counts: list[Quantity], value: int) -> int | None:
    if any(q.high is None for q in counts):
        return None
    highs = [q.high for q in counts if q.high is not None]
    return max([value, *highs]) if highs else value


def _qualifier(counts: list[Quantity]) -> str | None:
    """Counts that agree on a bound but differ in openness read as open ("80" and "more than 80")."""
    open_ended = [q.qualifier for q in counts if q.high is None and q.qualifier]
    if open_ended:
        return open_ended[0]
    qualifiers = [q.qualifier for q in counts if q.qualifier]
    return qualifiers[0] if qualifiers else None

"""The assessed fatality figure: an explicit policy over all claimed counts, never an average.

ACLED's policy is the lowest credible figure. Counts for different sides add up (5 soldiers
and 12 militants are 17 dead); counts for the same side from different claims are
alternatives, and the lowest is kept. A count of "people" is a total of its own: the
figure is then the larger of that total and the sum of the sides. Vague words use ACLED's
conventions ("dozens" 12, "hundreds" 100, "several" or "an unknown number" 10); the figure's low bound
reads them at the least the words allow ("several" 3).
"Others", people named one by one, attackers "in addition to" the victims, and people "also" killed
add to the rest. A toll said to cover several events ("across the five attacks") is shared evenly,
rounded up, as ACLED shares one ("20 fatalities split up between 3 events").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence

from eventwire.records import Event, Fatalities, Quantity, QuantityKind
from eventwire.stages.quantities import events_covered

# Vague counts, as ACLED's codebook codes them: "several" and other plurals with no number 10, "dozens" 12,
# "hundreds" 100. On the dev parts of both ACLED exports (2016 and 2020, 2026-11-25) the coders wrote 10 for
# "killing several", "an unknown number of", "a number of" and "tens of"; re-measure with
# `eventwire eval acled --split dev` (and --data ../shared/data/acled-aschharwood-2016).
VAGUE = {
    "dozens": 12,
    "several": 10,
    "multiple": 10,
    "numerous": 10,
    "tens": 10,
    "unknown": 10,
    "a few": 3,
    "scores": 20,
    "hundreds": 100,
    "thousands": 1000,
}
# The least the same words allow, the assessed figure's low bound: "several" and "a few" 3 (on ISAF releases,
# 2026-11-24, 3 matched the gold minimum where 10 never did; re-measure with `eventwire eval isaf`), "multiple"
# 3 and "numerous" 4 (the values ISAF's coders gave those words, dev part, 2026-11-24), "an unknown number" 1.
LEAST = VAGUE | {"several": 3, "multiple": 3, "numerous": 4, "unknown": 1}
_CIVILIAN = re.compile(
    r"civilian|villager|resident|child|women|passenger|worshipper|student|farmer|protester", re.IGNORECASE
)
_STATE_SIDE = re.compile(
    r"soldier|troop|police|servicem|officer|guard|personnel|army|marine|gendarme|sailor|airm[ae]n|pilot", re.IGNORECASE
)
_ARMED_HEAD = re.compile(
    r"rebel|militant|insurgent|fighter|guerrill|jihadist|terrorist|gunm[ae]n|assailant|attacker|bandit|separatist|"
    r"militia|cadre",
    re.IGNORECASE,
)
# a total of its own; "others" is not one: "two soldiers and three others" are five
_ALSO = re.compile(r"\b(?:also|too|as well)\b", re.IGNORECASE)
# a person's name, with the lower-case particles names carry ("Abdulghani al-Kikli", "Ismail bin Ahmed")
_NAME = re.compile(
    r"^(?!(?:The|A|An|One|His|Her|Their|Its|Both)\b)[A-Z][\w'’.-]*"
    r"(?:\s+(?:(?:al|el|ad|ar|as|ash|at|az|bin|ibn|bint|abu|de|da|del|di|dos|van|von|der|le|la)[-\s])?[A-Z][\w'’.-]*)*$"
)
_GENERAL = re.compile(r"^(?:people|persons|individuals|victims|dead|bodies)$", re.IGNORECASE)


def assess(
    quantities: Sequence[tuple[str, int, Quantity]],
    policy: str = "acled_lowest_credible",
    shares: Mapping[int, int] | None = None,
) -> Fatalities | None:
    """``quantities`` are (claim id, sentence index, count); None when nobody counted the dead.

    Each claim's figure is its own total (sides add up; a claimant restating or raising a count
    keeps the largest). Claims that disagree are alternatives: the lowest credible one is kept.
    ``shares`` maps a sentence to the number of events its toll covers ("12 were killed across the
    four attacks"): that sentence's total is split evenly, rounded up, as ACLED splits a combined
    toll ("20 fatalities split up between 3 events" gives 7 to the first).
    """
    shares = shares or {}
    by_claim: dict[str, list[tuple[int, Quantity]]] = defaultdict(list)
    for cid, sentence, q in quantities:
        if q.kind is QuantityKind.KILLED:
            by_claim[cid].append((sentence, q))
    if not by_claim:
        return None
    if any(not _vague_only(qs) for qs in by_claim.values()):  # "kills dozens" beside "at least 27 were killed"
        by_claim = {cid: qs for cid, qs in by_claim.items() if not _vague_only(qs)}
    by_claim = _without_named_parts(by_claim)
    # "Two civilians were also killed" told apart from the claim that counted the others adds to it
    adding = {cid for cid, qs in by_claim.items() if all(_side(q).startswith("also@") for _, q in qs)}
    if len(adding) == len(by_claim):
        adding = set()
    totals = {cid: _claim_total(qs, shares, _acled) for cid, qs in by_claim.items() if cid not in adding}
    extra = sum(_claim_total(by_claim[cid], shares, _acled) for cid in adding)
    value = min(totals.values()) + extra
    chosen = [cid for cid, total in totals.items() if total + extra == value] + sorted(adding)
    # the low bound reads the chosen claims' vague words at the least they allow ("several" 3 where ACLED codes 10)
    low = min(_claim_total(by_claim[cid], shares, _least) for cid in chosen if cid not in adding) + sum(
        _claim_total(by_claim[cid], shares, _least) for cid in adding
    )
    counts = [q for cid in chosen for _, q in by_claim[cid] if _acled(q) <= value]
    if any(not _is_vague(q) for q in counts):  # "at least 70" qualifies the figure, not the headline's "dozens"
        counts = [q for q in counts if not _is_vague(q)]
    split = sorted({shares[s] for cid in chosen for s, _ in by_claim[cid] if s in shares})
    return Fatalities(
        value=value,
        low=min(low, value),
        high=None if split else _high(counts, value),
        qualifier=f"share of a toll over {split[0]} events" if split else _qualifier(counts),
        policy=policy,
        from_claims=tuple(chosen),
    )


def _without_named_parts(by_claim: dict[str, list[tuple[int, Quantity]]]) -> dict[str, list[tuple[int, Quantity]]]:
    """A claim that only names the dead one by one ("the militia's leader, X, was killed", a security source said)
    is not an alternative to another's toll of the same fighting ("at least six people had been killed"): the
    named are among those counted, so the toll stands when it is at least as large."""
    named = {cid for cid, qs in by_claim.items() if all(_side(q).startswith("name:") for _, q in qs)}
    if not named or len(named) == len(by_claim):
        return by_claim
    tolls = [_claim_total(qs, {}, _acled) for cid, qs in by_claim.items() if cid not in named]
    return {cid: qs for cid, qs in by_claim.items() if cid not in named or _claim_total(qs, {}, _acled) > max(tolls)}


def _vague_only(qs: list[tuple[int, Quantity]]) -> bool:
    """A claim that only says "dozens" or "several" gives no figure of its own: ACLED codes the word's
    convention only when no report gives a number, so a counted claim beside it is not undercut by it."""
    return all(_is_vague(q) for _, q in qs)


def _is_vague(q: Quantity) -> bool:
    words = " ".join(q.number_span.text.lower().split())
    return q.qualifier in VAGUE and (words in VAGUE or q.qualifier == "unknown")  # "dozens", not "several hundred"


def _claim_total(
    qs: list[tuple[int, Quantity]], shares: Mapping[int, int], figure: Callable[[Quantity], int] | None = None
) -> int:
    """Counts of one side in one sentence add up ("a man and a woman"); across sentences a claim's
    largest count per side stands; a total of "people" stands beside the sum of the sides.
    A sentence whose toll covers several events gives this event its share of that toll."""
    by_side: dict[str, int] = defaultdict(int)
    by_sentence: dict[tuple[str, int], int] = defaultdict(int)
    split: dict[int, list[Quantity]] = defaultdict(list)
    if any(q.qualifier != "unknown" for _, q in qs):
        # "three soldiers and an unknown number of assailants", "killing several ... an unknown number of
        # fatalities": the untold ones add nothing beside a count, even a vague one
        qs = [(sentence, q) for sentence, q in qs if q.qualifier != "unknown"]
    for sentence, q in qs:
        if sentence in shares:
            split[sentence].append(q)
        else:
            by_sentence[(_side(q), sentence)] += (figure or _credible)(q)
    for sentence, members in split.items():  # the sentence's whole toll, then this event's share of it
        by_sentence[("share", sentence)] = -(-_sentence_total(members, figure or _credible) // shares[sentence])
    for (side, _), n in by_sentence.items():
        by_side[side] = max(by_side[side], n)
    general = by_side.pop("general", 0)
    besides = by_side.pop("besides", 0)  # "in addition to the assailant, 12 people were killed"
    return max(general, sum(by_side.values())) + besides


def _sentence_total(qs: list[Quantity], figure: Callable[[Quantity], int]) -> int:
    by_side: dict[str, int] = defaultdict(int)
    for q in qs:
        by_side[_side(q)] += figure(q)
    general = by_side.pop("general", 0)
    return max(general, sum(by_side.values()))


def _acled(q: Quantity) -> int:
    """A count as ACLED codes it: vague words at the codebook's convention, a stated bound as stated."""
    return _credible(q, VAGUE)


def _least(q: Quantity) -> int:
    """The least a count's vague words allow: "several" 3."""
    return _credible(q)


def _credible(q: Quantity, table: Mapping[str, int] = LEAST) -> int:
    """A count's figure: a vague word's value in ``table`` (ACLED's convention, or the least the words allow)."""
    if _is_vague(q):
        return table[q.qualifier]
    if q.qualifier == "up to" and q.high is not None:
        return q.high
    return q.low


def _side(q: Quantity) -> str:
    side = (q.side or "").strip()
    if q.qualifier == "in addition":
        return "besides"
    if _ALSO.search(q.span.text) or side.lower() in ("more", "another"):  # "two more", "another": besides those counted
        return f"also@{q.span.start}"
    if q.low == 1 and side[:1].isupper() and _NAME.match(side):  # "Ahmad Khan": one person of their own
        return f"name:{side}"
    if not side or _GENERAL.match(side):
        return "general"
    if _CIVILIAN.search(side):
        return "civilians"
    if _ARMED_HEAD.search(side.split()[-1]):  # "New People's Army rebels" are rebels, not an army
        return "armed group"
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


_EXTRA = re.compile(r"\b(?:additional|other|another|more|further|second|third)\b", re.IGNORECASE)
_HEAD = re.compile(r"([a-z]+?)s?$")
# people told by a word that names no group: "two individuals were detained" after "two suspected insurgents"
_ANYONE = frozenset({"people", "person", "individual", "men", "man", "suspect", "detainee"})


def count_total(quantities: Sequence[Quantity], kinds: Sequence[QuantityKind]) -> int:
    """People of ``kinds`` in one event, for counts without a policy of their own (detained, abducted):
    different groups add up ("arrested a Taliban leader and detained several insurgents" is 1 + 3), a
    group counted again keeps its largest count ("more than 10 ... 11 suspected insurgents" is 11), and
    "additional" or "other" people always add. Vague words count as in the fatality policy; "more than 10"
    is 11, the least the words allow (no policy asks for the bound itself here).

    Restatements are not added: a vague word beside a counted group of several is the summary of the
    counts ("detained numerous suspected insurgents ... detained two suspects" is 2); vague groups told with
    different nouns are one summary told again ("several suspected Taliban members ... several suspects");
    and people told by a word that names no group ("two individuals were detained") are a total of their
    own, standing beside the sum of the named groups, as "people" does in the fatality policy."""
    counts = [q for q in quantities if q.kind in kinds]
    if any(q.low > 1 and not _is_vague(q) for q in counts):
        counts = [q for q in counts if not _is_vague(q)]
    by_group: dict[str, int] = defaultdict(int)
    vague: dict[str, int] = defaultdict(int)
    extra = 0
    for q in counts:
        n = _credible(q) + (q.qualifier == "more than" and not _is_vague(q))
        side = (q.side or "").strip().lower()
        if _EXTRA.search(side):
            extra += n
            continue
        head = _HEAD.match(side.split()[-1]) if side else None
        key = head.group(1) if head else ""
        group = vague if _is_vague(q) else by_group
        group[key] = max(group[key], n)
    for key, n in vague.items():  # a group told only vaguely
        if key in by_group:
            by_group[key] = max(by_group[key], n)
    vague_only = [n for key, n in vague.items() if key not in by_group]
    anyone = max([n for key, n in by_group.items() if key in _ANYONE], default=0)
    named = sum(n for key, n in by_group.items() if key not in _ANYONE)
    return max(named, anyone) + min(vague_only, default=0) + extra


def harm_total(
    quantities: Sequence[Quantity], kind: QuantityKind, covered: Callable[[Quantity], int | None] | None = None
) -> int:
    """People suffering one harm (wounded) in one event, summed as the fatality policy sums the dead: sides
    add ("three civilians and ten assailants were injured" is 13), a side told again in another clause keeps
    its largest count, and a total of "people" stands beside the sum of the sides. Counts read from one
    clause (one verb, so one span end) are that clause's list; 0 when nobody is counted. ``covered`` says how
    many events a count's toll covers ("were injured across the four attacks"): that clause's toll is shared
    evenly, rounded up, as the fatality policy shares the dead."""
    counts = [(q.span.end, q) for q in quantities if q.kind is kind]
    if any(not _is_vague(q) for _, q in counts):  # "dozens were wounded" beside "41 were wounded"
        counts = [(clause, q) for clause, q in counts if not _is_vague(q)]
    shares = {clause: n for clause, q in counts if covered is not None and (n := covered(q))}
    return _claim_total(counts, shares) if counts else 0


def event_harm(event: Event, text: str, kind: QuantityKind) -> int:
    """``harm_total`` of an event, each count shared over the events its sentence says the toll covers."""
    sentences = [s for s in event.evidence if text[s.start : s.end] == s.text]

    def covered(q: Quantity) -> int | None:
        where = next((s for s in sentences if s.start <= q.span.start < s.end), None)
        return events_covered(text, where.start, where.end) if where is not None else None

    return harm_total(event.quantities, kind, covered)


def with_injured(event: Event, text: str) -> Event:
    """The event with its wounded figure (``event_harm``), so records and exports carry it as they carry the dead."""
    if not any(q.kind is QuantityKind.INJURED for q in event.quantities):
        return event
    return event.model_copy(update={"injured": event_harm(event, text, QuantityKind.INJURED)})

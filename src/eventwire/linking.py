"""Cross-article linking: reports of the same happening from different articles become one story.

The rule, in the order it is applied to two reports (``compare``):

1. **Hard conditions** (any failing one keeps the reports apart, and is named as the blocker):

   * different articles (by content hash): the pipeline already separated the events of one article;
   * the same country, from each event's site; an event whose country is unknown is never linked;
   * dates that overlap with a tolerance of one day either side (reports say "yesterday", outlets
     publish late); an event without a date is never linked;
   * compatible types: the same ACLED event type (Strategic developments: the same sub-event type),
     or a pair listed in ``COMPATIBLE_TYPES`` when the two share an actor (a clash one outlet calls
     an attack on civilians);
   * compatible places (any site of one against any site of the other): two precisely located sites
     (geo_precision 1-2) within ``NEAR_KM`` (25 km); or, when one site is a province, the other inside
     that province; a site known only to its country or region (no province) fits anywhere in it.

2. **Evidence**, each item with a weight and a reason in words:

   ==========================================================  =======
   a shared actor (normalised name or ACLED family; generic       +2
   "Civilians", "Unidentified Armed Group", "Military Forces"
   do not count)
   the same precise place (GeoNames id, or within ``SAME_KM``)    +2
   a precise place within ``NEAR_KM``                            +1
   inside the same province (one site is the province)           +0.5
   the same day, both day-precise                                 +1
   intervals that overlap without the tolerance                  +0.5
   different days, both day-precise (only the tolerance joins)     -1
   the same sub-event type / the same event type                 +1 / +0.5
   death tolls within a factor of 3, or 2 apart (80 vs 30 is)     +1
   ==========================================================  =======

3. Two reports **match** when the evidence scores at least ``THRESHOLD`` (3) and includes a shared
   actor, the same precise place, or plausible tolls: a type and a day alone never link.

Grouping (``cluster``): matching pairs are merged best first (score, then report keys, so the input
order never matters); two groups merge only if *every* pair across them passes the hard conditions
(complete linkage on country, dates, types and places), so a chain of near matches cannot drift from
one town or week to the next. ``relink`` adds one new report to the stored stories near it (same
country, nearby dates) and says which stories to write and which to delete, ending with the stories
a batch run gives; ``join`` says which story the report joined.

The story's id comes from its earliest report (publication date, then content hash, then event id).
Its merged view: the type most reports give (others listed), the days all reports allow (their
union, listed as a disagreement, when they allow none in common), the most precise site, every
actor and every claim. It never averages figures: every claim's death toll is kept with its
claimant and outlet, the assessed figure is the members' policy applied over all claims (ACLED:
the lowest credible), and ``disputed`` says the claims disagree.

Known limits: the same actor striking the same town on consecutive days can read as one story
when both reports are precise and alike (the one-day tolerance); two different events known only
to the same province, on the same day, by the same actor, read as one.

The weights and thresholds were set by hand on the demo corpus and the cases in
tests/test_linking.py (2026-11-24); no labelled set of linked reports was at hand to tune them.
Re-measure when one exists (e.g. articles cited as sources of the same ACLED event).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from eventwire.records import (
    Actor,
    Claim,
    ClaimedFigure,
    Event,
    EventReport,
    Extraction,
    Link,
    Location,
    Missing,
    Place,
    PlaceRole,
    Quantity,
    QuantityKind,
    Story,
    StoryFatalities,
    StoryMember,
    TimeSpan,
)
from eventwire.stages import fatalities as fatality_policy

TOLERANCE = dt.timedelta(days=1)  # "yesterday" and late publication; wider merges daily raids on one town
NEAR_KM = 25.0  # the brief's ~25 km: a town and its outskirts or the next village, not the next town
SAME_KM = 10.0  # two gazetteer entries for one town (city and its district) lie this close
TOLL_RATIO = 3.0  # a party's and a monitor's tolls of one event often differ 2-3x (80 vs 30)
THRESHOLD = 3.0
# (event type, event type) that outlets use for one happening, when the same actor appears in both
COMPATIBLE_TYPES = frozenset({frozenset({"Battles", "Violence against civilians"})})
_STRICT_TYPES = {"Strategic developments"}  # a catch-all: only the same sub-event type is the same happening
_GENERIC_ACTOR = re.compile(
    r"^(?:civilians|unidentified armed group|military forces|police forces|protesters|rioters|"
    r"unidentified (?:gunmen|group|militia))(?: \(.*\))?$",
)


@dataclass(frozen=True)
class Match:
    """The comparison of two reports: whether they link, the score, and the reasons either way."""

    linked: bool
    score: float
    reasons: tuple[str, ...] = ()
    blocker: str | None = None
    """The hard condition that keeps them apart, if one does."""

    @property
    def compatible(self) -> bool:
        return self.blocker is None


@dataclass(frozen=True)
class Relinked:
    """What adding one report changes among the stored stories near it."""

    stories: tuple[Story, ...]
    """New stories and stories whose members changed: write these (the report's own story is always here)."""
    retired: tuple[str, ...] = ()
    """Ids of candidate stories that no longer exist (their reports moved to ``stories``): delete these."""


@dataclass(frozen=True)
class _Site:
    location: Location
    precision: int


@dataclass
class _Facts:
    """What linking reads from one report, computed once."""

    report: EventReport
    country: str | None
    sites: list[_Site]
    date: TimeSpan | None
    actors: set[str]
    toll: int | None
    order: tuple[dt.date, str, str] = field(default=(dt.date.max, "", ""))


# -- public API ---------------------------------------------------------------------------------


def reports(extraction: Extraction) -> tuple[EventReport, ...]:
    """The events of one extracted article, each with the article identity linking needs."""
    a = extraction.article
    return tuple(
        EventReport(event=e, content_hash=a.content_hash, article_id=a.id, outlet=a.outlet, published=a.published)
        for e in extraction.events
    )


def compare(a: EventReport, b: EventReport) -> Match:
    """Whether two reports describe the same happening, and why (symmetric)."""
    return _compare(_facts(a), _facts(b))


def cluster(items: Iterable[EventReport]) -> tuple[Story, ...]:
    """Group reports into stories; the result depends only on the set of reports, not their order.

    Pairs are compared only within a country and within overlapping dates (sorted sweep), so the
    cost grows with the number of reports near each other in place and time.
    """
    facts = _unique(items)
    matches: dict[tuple[str, str], Match] = {}
    edges: list[tuple[float, str, str]] = []
    by_country: dict[str, list[_Facts]] = {}
    for f in facts.values():
        if f.country is not None and f.date is not None:
            by_country.setdefault(f.country, []).append(f)
    for block in by_country.values():
        block.sort(key=lambda f: (f.date.start, f.report.key))  # type: ignore[union-attr]
        for i, a in enumerate(block):
            for b in block[i + 1 :]:
                if b.date.start - TOLERANCE > a.date.end:  # type: ignore[union-attr]
                    break
                m = _compare(a, b)
                matches[_pair(a.report.key, b.report.key)] = m
                if m.linked:
                    edges.append((-m.score, *_pair(a.report.key, b.report.key)))
    groups = {k: [k] for k in facts}
    owner = {k: k for k in facts}
    for _, ka, kb in sorted(edges):
        ga, gb = owner[ka], owner[kb]
        if ga == gb or not all(_compatible(facts, matches, x, y) for x in groups[ga] for y in groups[gb]):
            continue
        for k in groups[gb]:
            owner[k] = ga
        groups[ga].extend(groups.pop(gb))
    stories = [_story([facts[k] for k in members], matches) for members in groups.values()]
    return tuple(sorted(stories, key=lambda s: (_anchor_order(s), s.id)))


def relink(report: EventReport, candidates: Iterable[Sequence[EventReport]]) -> Relinked:
    """Add ``report`` to the stored stories near it: which stories to write and which to delete.

    ``candidates`` are the member reports of each stored story the store found near the report
    (same country, nearby dates). When the report matches no candidate member this costs one
    comparison per member, and the answer is the report's own new story. Otherwise the
    neighbourhood is grouped again with ``cluster``, so adding reports one at a time, in any order,
    gives the stories a batch run gives (a strong new match may take a report away from a weaker
    story). Stories keep their ids unless their earliest report leaves them.
    """
    groups = [list(_unique(group).values()) for group in candidates]
    groups = [g for g in groups if g]
    pool = {f.report.key: f for group in groups for f in group}
    new = _facts(report)
    if report.key not in pool and not any(_compare(new, f).linked for f in pool.values()):
        return Relinked(stories=(_story([new], {}),), retired=())
    before = {_story_id(min(g, key=lambda f: f.order)): frozenset(f.report.key for f in g) for g in groups}
    after = cluster([report, *(f.report for f in pool.values())])
    changed = tuple(s for s in after if before.get(s.id) != frozenset(m.key for m in s.members))
    kept = {s.id for s in after}
    return Relinked(stories=changed, retired=tuple(sorted(sid for sid in before if sid not in kept)))


def join(report: EventReport, candidates: Iterable[Sequence[EventReport]]) -> Story | None:
    """The story ``report`` belongs to among ``candidates`` (see ``relink``), rebuilt with it; None
    when it matches none and starts a story of its own. The order of the candidates does not matter."""
    found = next(s for s in relink(report, candidates).stories if any(m.key == report.key for m in s.members))
    return found if len(found.members) > 1 else None


def story(members: Iterable[EventReport]) -> Story:
    """Rebuild one story from its member reports (as a store keeps them), without re-grouping."""
    facts = list(_unique(members).values())
    if not facts:
        raise ValueError("a story needs at least one report")
    return _story(facts, {})


def story_id(members: Iterable[EventReport]) -> str:
    """The id a story of these reports gets: from its earliest report, so re-runs give the same id."""
    return _story_id(min((_facts(r) for r in members), key=lambda f: f.order))


# -- facts --------------------------------------------------------------------------------------


def _unique(items: Iterable[EventReport]) -> dict[str, _Facts]:
    out: dict[str, _Facts] = {}
    for r in items:
        out.setdefault(r.key, _facts(r))
    return out


def _facts(r: EventReport) -> _Facts:
    e = r.event
    sites = [
        _Site(p.location, p.geo_precision)
        for p in e.places
        if p.role in (PlaceRole.SITE, PlaceRole.NEAR) and isinstance(p.location, Location)
    ]
    country = sites[0].location.iso3 if sites else None
    date = e.date if isinstance(e.date, TimeSpan) else None
    names = {_norm(n) for a in e.actors for n in (a.name, a.family) if n}
    actors = {n for n in names if n and not _GENERIC_ACTOR.match(n)}
    toll = None if isinstance(e.fatalities, Missing) else e.fatalities.value
    first = r.published or (date.end if date else dt.date.max)
    return _Facts(r, country, sites, date, actors, toll, (first, r.content_hash, e.id))


def _norm(name: str) -> str:
    """Case, punctuation and ACLED's period suffix ("Military Forces of Syria (2000-2024)") do not matter."""
    return re.sub(r"[^\w()]+", " ", re.sub(r"\(\d{4}[^)]*\)", "", name.casefold())).strip()


# -- comparison ---------------------------------------------------------------------------------


def _compare(a: _Facts, b: _Facts) -> Match:
    blocker = _blocker(a, b)
    if blocker is not None:
        return Match(False, 0.0, (), blocker)
    evidence: list[tuple[float, str, bool]] = []  # weight, reason, anchors a link
    shared = sorted(a.actors & b.actors)
    if shared:
        evidence.append((2.0, f"shared actor: {', '.join(shared)}", True))
    evidence.append(_place_evidence(a, b))
    evidence.append(_date_evidence(a.date, b.date))  # type: ignore[arg-type]
    ta, tb = a.report.event.type, b.report.event.type
    if ta.sub_event_type == tb.sub_event_type:
        evidence.append((1.0, f"same sub-event type: {ta.sub_event_type}", False))
    elif ta.event_type == tb.event_type:
        evidence.append((0.5, f"same event type: {ta.event_type}", False))
    if a.toll is not None and b.toll is not None and _plausible(a.toll, b.toll):
        evidence.append((1.0, f"death tolls {a.toll} and {b.toll} within a factor of {TOLL_RATIO:g}", True))
    evidence = [e for e in evidence if e[1]]
    score = round(sum(w for w, _, _ in evidence), 2)
    anchored = any(anchor for _, _, anchor in evidence)
    return Match(score >= THRESHOLD and anchored, score, tuple(reason for _, reason, _ in evidence))


def _blocker(a: _Facts, b: _Facts) -> str | None:
    if a.report.content_hash == b.report.content_hash:
        return "same article"
    if a.country is None or b.country is None:
        return "country unknown"
    if a.country != b.country:
        return f"different countries: {a.country} and {b.country}"
    if a.date is None or b.date is None:
        return "date unknown"
    if a.date.start - TOLERANCE > b.date.end or b.date.start - TOLERANCE > a.date.end:
        return f"dates apart: {_days(a.date)} and {_days(b.date)}"
    ta, tb = a.report.event.type, b.report.event.type
    if ta.event_type == tb.event_type:
        if ta.event_type in _STRICT_TYPES and ta.sub_event_type != tb.sub_event_type:
            return f"different types: {ta.sub_event_type} and {tb.sub_event_type}"
    elif frozenset({ta.event_type, tb.event_type}) not in COMPATIBLE_TYPES or not (a.actors & b.actors):
        return f"different types: {ta.event_type} and {tb.event_type}"
    if _place_relation(a, b) is None:
        return f"places apart: {_site_names(a)} and {_site_names(b)}"
    return None


def _place_relation(a: _Facts, b: _Facts) -> tuple[float, str, bool] | None:
    """The best relation between any site of ``a`` and any of ``b``; None when all are apart."""
    best: tuple[float, str, bool] | None = None
    for sa in a.sites:
        for sb in b.sites:
            rel = _site_relation(sa, sb)
            if rel is not None and (best is None or rel[0] > best[0]):
                best = rel
    return best


def _site_relation(a: _Site, b: _Site) -> tuple[float, str, bool] | None:
    la, lb = a.location, b.location
    if la.iso3 != lb.iso3:
        return None
    if a.precision < 3 and b.precision < 3:
        km = _km(la, lb)
        if (la.geonameid is not None and la.geonameid == lb.geonameid) or km <= SAME_KM:
            return (2.0, f"same place: {la.name}" + ("" if la.name == lb.name else f" / {lb.name}"), True)
        if km <= NEAR_KM:
            return (1.0, f"places {km:.0f} km apart: {la.name}, {lb.name}", False)
        return None
    if la.admin1 is None or lb.admin1 is None:  # a country or a region: anywhere in it
        return (0.0, "", False)
    if la.admin1 == lb.admin1:
        return (0.5, f"same province: {la.admin1}", False)
    return None


def _place_evidence(a: _Facts, b: _Facts) -> tuple[float, str, bool]:
    return _place_relation(a, b) or (0.0, "", False)


def _date_evidence(a: TimeSpan, b: TimeSpan) -> tuple[float, str, bool]:
    day_precise = a.time_precision == 1 and b.time_precision == 1
    if day_precise and a.start == a.end == b.start == b.end:
        return (1.0, f"same day: {a.start}", False)
    if a.start <= b.end and b.start <= a.end:
        return (0.5, f"dates overlap: {_days(a)} and {_days(b)}", False)
    if day_precise:
        return (-1.0, f"a day apart: {_days(a)} and {_days(b)}", False)
    return (0.0, "", False)


def _compatible(facts: dict[str, _Facts], cache: dict[tuple[str, str], Match], x: str, y: str) -> bool:
    key = _pair(x, y)
    if key not in cache:
        cache[key] = _compare(facts[key[0]], facts[key[1]])
    return cache[key].compatible


def _plausible(x: int, y: int) -> bool:
    low, high = sorted((x, y))
    return high - low <= 2 or high <= TOLL_RATIO * low


def _km(a: Location, b: Location) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _pair(x: str, y: str) -> tuple[str, str]:
    return (x, y) if x <= y else (y, x)


def _days(t: TimeSpan) -> str:
    return str(t.start) if t.start == t.end else f"{t.start}..{t.end}"


def _site_names(f: _Facts) -> str:
    return "/".join(s.location.name for s in f.sites) or "?"


# -- the merged story ---------------------------------------------------------------------------


def _story_id(anchor: _Facts) -> str:
    return "story-" + hashlib.sha256(anchor.report.key.encode("utf-8")).hexdigest()[:16]


def _anchor_order(s: Story) -> tuple[dt.date, str, str]:
    m = s.members[0]
    return (m.published or dt.date.max, m.content_hash, m.event_id)


def _story(members: list[_Facts], cache: dict[tuple[str, str], Match]) -> Story:
    members = sorted(members, key=lambda f: f.order)
    facts = {f.report.key: f for f in members}
    events = [f.report.event for f in members]
    typed, other_types = _type(members)
    date, date_note = _date(events)
    date_from = next((f.report.key for f in members if f.report.event.date == date), None)
    place_from, place = _place(members)
    fat = _fatalities(members)
    disagreements = [f"type: {', '.join(other_types)} besides {_label(typed.report.event)}"] if other_types else []
    if date_note:
        disagreements.append(date_note)
    if not isinstance(fat, Missing) and fat.disputed:
        disagreements.append(f"death toll: {_tolls(fat.figures)}")
    return Story(
        id=_story_id(members[0]),
        members=tuple(
            StoryMember(
                key=f.report.key,
                event_id=f.report.event.id,
                article_id=f.report.article_id,
                content_hash=f.report.content_hash,
                outlet=f.report.outlet,
                published=f.report.published,
                link=_link(f, members, facts, cache, first=i == 0),
            )
            for i, f in enumerate(members)
        ),
        type=typed.report.event.type,
        type_from=typed.report.key,
        other_types=other_types,
        date=date,
        date_from=date_from,
        place=place,
        place_from=place_from,
        actors=_actors(events),
        fatalities=fat,
        claims=tuple(c for e in events for c in e.claims),
        outlets=tuple(dict.fromkeys(f.report.outlet for f in members if f.report.outlet)),
        disagreements=tuple(disagreements),
    )


def _link(
    f: _Facts, members: list[_Facts], facts: dict[str, _Facts], cache: dict[tuple[str, str], Match], first: bool
) -> Link:
    """The member's best match inside its story; the first report is linked only when alone."""
    best: tuple[Match, str] | None = None
    for other in members:
        if other is f:
            continue
        key = _pair(f.report.key, other.report.key)
        m = cache.get(key) or _compare(facts[key[0]], facts[key[1]])
        if m.linked and (best is None or (-m.score, other.report.key) < (-best[0].score, best[1])):
            best = (m, other.report.key)
    if best is None:
        return Link(to=None, score=0.0, reasons=("first report of the story",) if first else ())
    return Link(to=best[1], score=best[0].score, reasons=best[0].reasons)


def _label(e: Event) -> str:
    return f"{e.type.event_type} / {e.type.sub_event_type}"


def _type(members: list[_Facts]) -> tuple[_Facts, tuple[str, ...]]:
    """The most frequent type; on a tie, the earliest report's. Other types are listed."""
    votes = Counter(_label(f.report.event) for f in members)
    top = max(votes.values())
    chosen = next(f for f in members if votes[_label(f.report.event)] == top)
    return chosen, tuple(sorted(set(votes) - {_label(chosen.report.event)}))


def _date(events: list[Event]) -> tuple[TimeSpan | Missing, str | None]:
    """The intersection of the members' intervals; their union, named as a disagreement, when empty."""
    spans = [e.date for e in events if isinstance(e.date, TimeSpan)]
    if not spans:
        return Missing(reason="no report of the story gives a date"), None
    if len(spans) == 1:
        return spans[0], None
    start, end = max(t.start for t in spans), min(t.end for t in spans)
    same = next((t for t in spans if t.start == start and t.end == end), None)
    if same is not None:
        return same, None
    disagree = start > end
    if disagree:
        start, end = min(t.start for t in spans), max(t.end for t in spans)
    days = (end - start).days
    precision = 1 if days == 0 else 2 if days <= 7 else 3
    basis = (
        f"the reports disagree: {', '.join(sorted({_days(t) for t in spans}))}"
        if disagree
        else f"the days all {len(spans)} reports allow"
    )
    span = TimeSpan(
        start=start, end=end, time_precision=precision, date_prec=1 if days == 0 else 2 if days <= 6 else 3, basis=basis
    )
    return span, (f"date: {basis[len('the reports disagree: ') :]}" if disagree else None)


def _site(event: Event) -> Place | None:
    """The event's first geocoded site (or near) place: what ACLED's location columns describe."""
    return next(
        (p for p in event.places if p.role in (PlaceRole.SITE, PlaceRole.NEAR) and isinstance(p.location, Location)),
        None,
    )


def _place(members: list[_Facts]) -> tuple[str | None, Place | Missing]:
    """The most precise site any report gives (ties: the place most reports name, then the earliest)."""
    sites = [(f.report.key, p) for f in members if (p := _site(f.report.event)) is not None]
    if not sites:
        return None, Missing(reason="no report of the story locates its site")
    named = Counter(_place_name(p) for _, p in sites)
    ranked = sorted(
        range(len(sites)),
        key=lambda i: (sites[i][1].geo_precision, sites[i][1].where_prec, -named[_place_name(sites[i][1])], i),
    )
    return sites[ranked[0]]


def _place_name(p: Place) -> int | str:
    loc = p.location
    return (loc.geonameid or loc.name) if isinstance(loc, Location) else p.span.text


def _actors(events: list[Event]) -> tuple[Actor, ...]:
    seen: dict[tuple[str, str], Actor] = {}
    for e in events:
        for a in e.actors:
            seen.setdefault((a.role.value, a.name), a)
    return tuple(seen.values())


def _fatalities(members: list[_Facts]) -> StoryFatalities | Missing:
    """Every claim's toll side by side, and the members' policy applied over all claims."""
    figures: list[ClaimedFigure] = []
    pooled: list[tuple[str, int, Quantity]] = []
    policy = next(
        (f.report.event.fatalities.policy for f in members if not isinstance(f.report.event.fatalities, Missing)),
        "acled_lowest_credible",
    )
    for f in members:
        e = f.report.event
        for c in e.claims:
            # claim ids are unique within an article only: key them by the report, or two articles' claims merge
            key = f"{f.report.key}/{c.id}"
            counts = [(key, _sentence(e, q.span.start), q) for q in c.quantities if q.kind is QuantityKind.KILLED]
            if c.polarity != "asserts" or not counts:
                continue
            pooled.extend(counts)
            own = fatality_policy.assess(counts, policy)
            if own is not None:
                figures.append(_figure(c, f, own.value, own.high, own.qualifier))
    assessed = fatality_policy.assess(pooled, policy)
    if assessed is None:
        return Missing(reason="no report of the story counts the dead")
    values = [g.killed for g in figures]
    largest = max(figures, key=lambda g: (g.killed, g.high is None))
    return StoryFatalities(
        assessed=assessed,
        low=min(values),
        high=None if largest.high is None else max(g.high or g.killed for g in figures),
        disputed=len(set(values)) > 1,
        figures=tuple(figures),
    )


def _tolls(figures: Sequence[ClaimedFigure]) -> str:
    """``15 (local volunteers; Darfur Herald) vs 22 (Médecins Sans Frontières; Sahara Monitor)``"""
    by_value: dict[int, dict[str, None]] = {}
    for g in sorted(figures, key=lambda g: g.killed):
        said = g.claimant if g.outlet in (None, g.claimant) else f"{g.claimant}, in {g.outlet}"
        by_value.setdefault(g.killed, {})[said] = None
    return " vs ".join(f"{n} ({'; '.join(said)})" for n, said in by_value.items())


def _figure(c: Claim, f: _Facts, killed: int, high: int | None, qualifier: str | None) -> ClaimedFigure:
    return ClaimedFigure(
        claim_id=c.id,
        member=f.report.key,
        claimant=c.claimant.name,
        claimant_type=c.claimant.type,
        is_party=c.claimant.is_party,
        outlet=c.reported_by or f.report.outlet,
        killed=killed,
        high=high,
        qualifier=qualifier,
    )


def _sentence(e: Event, start: int) -> int:
    """Which of the event's sentences holds a count (counts in one sentence add up); else its own."""
    return next((i for i, s in enumerate(e.evidence) if s.start <= start < s.end), -1 - start)

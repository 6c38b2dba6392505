"""Our own articles (tests/articles/*.txt) against what a careful coder reads in them (*.expected.json).

Each expected file lists the events that must be found, most prominent first; only the keys
it names are checked, so a case states exactly what it is about.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from eventwire.records import ArticleInput, Event, Extraction, Location, Missing, PlaceRole

ARTICLES = Path(__file__).parent / "articles"
CASES = sorted(p.stem for p in ARTICLES.glob("*.txt"))
VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


def _extract(pipeline, name: str) -> tuple[Extraction, dict]:
    expected = json.loads((ARTICLES / f"{name}.expected.json").read_text("utf-8"))
    text = (ARTICLES / f"{name}.txt").read_text("utf-8")
    published = dt.date.fromisoformat(expected["published"]) if expected.get("published") else None
    return pipeline.extract(ArticleInput(id=name, text=text, published=published)), expected


def _site(event: Event) -> Location | None:
    place = _site_place(event)
    return place.location if place is not None and isinstance(place.location, Location) else None


def _site_place(event: Event):
    for p in event.places:
        if p.role in (PlaceRole.SITE, PlaceRole.NEAR) and isinstance(p.location, Location):
            return p
    return None


def _check_event(event: Event, want: dict) -> list[str]:
    problems = []

    def check(key: str, got: object) -> None:
        if key in want and want[key] != got:
            problems.append(f"{key}: expected {want[key]!r}, got {got!r}")

    check("event_type", event.type.event_type)
    check("sub_event_type", event.type.sub_event_type)
    fat = None if isinstance(event.fatalities, Missing) else event.fatalities
    check("fatalities", fat.value if fat else None)
    if "fatalities_qualifier" in want:
        check("fatalities_qualifier", fat.qualifier if fat else None)
    site = _site(event)
    check("country", site.country if site else None)
    # The site is checked as words of the article or the gazetteer's name for them; whether a village
    # resolves to coordinates is the gazetteer's business (tests/test_gazetteer.py).
    sites = [p for p in event.places if p.role in (PlaceRole.SITE, PlaceRole.NEAR)]
    written = " ".join(f"{p.span.text} {getattr(p.location, 'name', '')}" for p in sites).lower()
    if "location" in want and want["location"].lower() not in written:
        problems.append(f"location: expected {want['location']!r}, got {[p.span.text for p in sites]}")
    date = None if isinstance(event.date, Missing) else event.date
    check("date_start", date.start.isoformat() if date else None)
    check("date_end", date.end.isoformat() if date else None)
    for role in ("actor1", "actor2"):
        if f"{role}_contains" in want:
            names = [f"{a.name} {a.family or ''}" for a in event.actors if a.role.value == role]
            if not any(want[f"{role}_contains"].lower() in n.lower() for n in names):
                problems.append(f"{role}: expected to contain {want[f'{role}_contains']!r}, got {names}")
    if "claimant_type" in want:
        types = {c.claimant.type.value for c in event.claims}
        if want["claimant_type"] not in types:
            problems.append(f"claimant_type: expected {want['claimant_type']!r} among {sorted(types)}")
    if "injured" in want:
        injured = [q.low for q in event.quantities if q.kind.value == "injured"]
        if want["injured"] not in injured:
            problems.append(f"injured: expected {want['injured']}, got {injured}")
    for category, count in want.get("materiel", {}).items():
        if not any(m.category.value == category and m.count == count for m in event.materiel):
            problems.append(f"materiel: expected {category}:{count}, got {[(m.category.value, m.count) for m in event.materiel]}")
    return problems


@pytest.mark.parametrize("name", CASES)
def test_articles_events_match_expected(pipeline, name: str) -> None:
    extraction, expected = _extract(pipeline, name)
    wanted = expected.get("events", [])
    events = list(extraction.events)
    problems = []
    if len(events) < len(wanted):
        problems.append(f"expected {len(wanted)} events, got {len(events)}: {[e.type.sub_event_type for e in events]}")
    for n, (want, event) in enumerate(zip(wanted, events, strict=False)):
        problems += [f"event {n + 1} {p}" for p in _check_event(event, want)]
    if expected.get("no_further_violent_events"):
        extra = [e.type.sub_event_type for e in events[len(wanted) :] if e.type.event_type in VIOLENT]
        if extra:
            problems.append(f"unexpected violent events: {extra}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", [c for c in CASES if json.loads((ARTICLES / f"{c}.expected.json").read_text()).get("claims")])
def test_articles_claims_match_expected(pipeline, name: str) -> None:
    extraction, expected = _extract(pipeline, name)
    claims = list(extraction.claims)
    for want in expected["claims"]:
        matching = [c for c in claims if want.get("claimant_contains", "").lower() in (c.claimant.name + " " + (c.claimant.span.text if c.claimant.span else "")).lower()]
        assert matching, f"no claim by {want.get('claimant_contains')!r} among {[c.claimant.name for c in claims]}"
        if "claimant_type" in want:
            assert want["claimant_type"] in {c.claimant.type.value for c in matching}
        if "polarity" in want:
            assert want["polarity"] in {c.polarity for c in matching}
        if "killed_low" in want:
            lows = [q.low for c in matching for q in c.quantities if q.kind.value == "killed"]
            assert want["killed_low"] in lows, f"killed {lows}"


def test_articles_every_span_quotes_the_text(pipeline) -> None:
    for name in CASES:
        extraction, _ = _extract(pipeline, name)
        text = extraction.article.text
        for event in extraction.events:
            spans = [event.type.trigger, *event.evidence, *(a.span for a in event.actors), *(q.span for q in event.quantities)]
            spans += [c.span for c in event.claims] + [m.span for m in event.materiel]
            for span in spans:
                if span.text.startswith(span.text[:0]) and "…" not in span.text:
                    assert text[span.start : span.end] == span.text, (name, span)

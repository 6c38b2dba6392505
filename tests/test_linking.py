"""Cross-article linking: reports of one happening become one story, disagreements stay visible."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from eventwire import linking
from eventwire.records import (
    Actor,
    ActorRole,
    ArticleInput,
    Claim,
    Claimant,
    ClaimantType,
    Event,
    EventReport,
    EventType,
    Fatalities,
    Inter,
    Location,
    Missing,
    Place,
    PlaceRole,
    Quantity,
    QuantityKind,
    Span,
    TimeSpan,
)

S = Span(start=0, end=1, text="x")
DAY = dt.date(2023, 10, 11)
# name: (geonameid, latitude, longitude, admin1, geo_precision)
PLACES = {
    "Sinjar": (448149, 36.32, 41.87, "Ninewa", 1),
    "Sinjar outskirts": (None, 36.36, 41.95, "Ninewa", 2),  # ~8 km from Sinjar
    "Tal Afar": (101, 36.38, 42.45, "Ninewa", 1),  # ~52 km east of Sinjar
    "Ninewa": (102, 36.0, 42.5, "Ninewa", 3),  # the province itself
    "Duhok": (103, 36.87, 42.99, "Duhok", 1),
    "Iraq": (99237, 33.0, 44.0, None, 3),  # known only to its country
}
TYPES = {
    "air": ("Explosions/Remote violence", "Air/drone strike"),
    "shelling": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "clash": ("Battles", "Armed clash"),
    "attack": ("Violence against civilians", "Attack"),
    "protest": ("Protests", "Peaceful protest"),
}


def _place(name: str, country: str = "IRQ") -> Place:
    gid, lat, lon, admin1, precision = PLACES[name]
    location = Location(
        geonameid=gid,
        name=name,
        feature="city" if precision < 3 else "admin1" if admin1 else "country",
        iso3=country,
        admin1=admin1,
        latitude=lat,
        longitude=lon,
    )
    return Place(
        span=S,
        role=PlaceRole.SITE,
        location=location,
        geo_precision=precision,
        where_prec=precision,
        precision_reason="",
    )


def _report(
    article: str,
    *,
    place: str | None = "Sinjar",
    day: dt.date | None = DAY,
    end: dt.date | None = None,
    kind: str = "air",
    actors: tuple[str, ...] = ("Military Forces of Turkey", "PKK"),
    killed: int | None = None,
    claimant: str = "local officials",
    party: bool = False,
    outlet: str | None = None,
    published: dt.date | None = None,
    n: int = 1,
    country: str = "IRQ",
) -> EventReport:
    """One report of one event, from article ``article`` (its content hash is derived from the name)."""
    eid = f"{article}-e{n}"
    event_type, sub = TYPES[kind]
    quantities = (Quantity(kind=QuantityKind.KILLED, low=killed, high=killed, span=S, number_span=S),) if killed else ()
    claim = Claim(
        id=f"{eid}-c1",
        event_id=eid,
        claimant=Claimant(
            name=claimant, type=ClaimantType.PARTY_OFFICIAL if party else ClaimantType.MONITOR, is_party=party
        ),
        span=S,
        reported_by=outlet or article,
        quantities=quantities,
    )
    roles = (ActorRole.ACTOR1, ActorRole.ACTOR2)
    event = Event(
        id=eid,
        type=EventType(
            disorder_type="Political violence",
            event_type=event_type,
            sub_event_type=sub,
            plover_type="ASSAULT",
            trigger=S,
        ),
        actors=tuple(
            Actor(name=a, span=S, role=r, inter=Inter.STATE_FORCES) for a, r in zip(actors, roles, strict=False)
        ),
        places=(_place(place, country),) if place else (),
        date=(
            TimeSpan(
                start=day, end=end or day, time_precision=1 if end in (None, day) else 2, date_prec=1, basis="explicit"
            )
            if day
            else Missing(reason="no date expression")
        ),
        quantities=quantities,
        fatalities=(
            Fatalities(value=killed, low=killed, high=killed, from_claims=(claim.id,))
            if killed
            else Missing(reason="no count")
        ),
        claims=(claim,),
        confidence=0.8,
        prominence=0,
    )
    digest = (article * 64)[:64]
    return EventReport(
        event=event, content_hash=digest, article_id=article, outlet=outlet or article, published=published or day
    )


def _partition(stories) -> set[frozenset[str]]:
    return {frozenset(m.key for m in s.members) for s in stories}


def test_linking_two_outlets_one_airstrike_80_vs_30_is_one_disputed_story() -> None:
    ministry = _report("tass", killed=80, claimant="Ministry of Defence", party=True, outlet="TASS")
    monitor = _report("sohr", killed=30, claimant="Syrian Observatory for Human Rights", outlet="Levant Post")
    (story,) = linking.cluster([ministry, monitor])
    assert {m.key for m in story.members} == {ministry.key, monitor.key}
    fat = story.fatalities
    assert fat.disputed and (fat.low, fat.high) == (30, 80)
    assert fat.assessed.value == 30 and fat.assessed.policy == "acled_lowest_credible"  # lowest credible, not 55
    by_figure = {g.killed: g for g in fat.figures}
    assert by_figure[80].claimant == "Ministry of Defence" and by_figure[80].is_party and by_figure[80].outlet == "TASS"
    assert by_figure[30].outlet == "Levant Post" and not by_figure[30].is_party
    assert {c.id for c in story.claims} == {"tass-e1-c1", "sohr-e1-c1"}
    assert any("80" in d and "30" in d for d in story.disagreements)
    assert set(story.outlets) == {"Levant Post", "TASS"} and story.corroboration == 2
    reasons = " | ".join(story.members[1].link.reasons)
    assert "shared actor" in reasons and "same place: Sinjar" in reasons and "same day" in reasons


def test_linking_two_articles_with_the_same_id_do_not_add_up_their_tolls() -> None:
    """Article ids are unique within one input file only: two files' "1" give the same claim ids."""
    first = _report("1", killed=12, outlet="Valley Courier")
    second = _report("1", killed=12, outlet="Plains Herald").model_copy(update={"content_hash": "b" * 64})
    (story,) = linking.cluster([first, second])
    assert story.corroboration == 2
    assert story.fatalities.assessed.value == 12 and not story.fatalities.disputed


def test_linking_the_story_site_is_the_site_even_when_an_origin_comes_first() -> None:
    origin = _place("Duhok").model_copy(update={"role": PlaceRole.ORIGIN})

    def origin_first(report: EventReport) -> EventReport:
        event = report.event.model_copy(update={"places": (origin, *report.event.places)})
        return report.model_copy(update={"event": event})

    (story,) = linking.cluster([origin_first(_report("a")), origin_first(_report("b"))])
    assert not isinstance(story.place, Missing) and story.place.location.name == "Sinjar"


def test_linking_agreeing_figures_are_not_disputed() -> None:
    (story,) = linking.cluster([_report("a", killed=2), _report("b", killed=2)])
    assert not story.fatalities.disputed and story.fatalities.assessed.value == 2
    assert story.corroboration == 2


@pytest.mark.parametrize(
    ("other", "blocker"),
    [
        (dict(day=DAY + dt.timedelta(days=7)), "dates apart"),  # the same town, the next week
        (dict(place="Duhok"), "places apart"),  # the same day, another province
        (dict(place="Tal Afar"), "places apart"),  # the same province, 52 km away
        (dict(country="SYR"), "different countries"),
        (dict(kind="protest"), "different types"),
        (dict(kind="attack"), "different types"),  # no listed pair: a strike and an attack
        (dict(place=None), "country unknown"),
        (dict(day=None), "date unknown"),
    ],
)
def test_linking_hard_conditions_keep_reports_apart(other: dict, blocker: str) -> None:
    a, b = _report("a", killed=5), _report("b", killed=5, **other)
    match = linking.compare(a, b)
    assert not match.linked and match.blocker is not None and match.blocker.startswith(blocker)
    assert len(linking.cluster([a, b])) == 2


def test_linking_never_links_two_events_of_one_article() -> None:
    a, b = _report("a", killed=5, n=1), _report("a", killed=5, n=2)
    assert linking.compare(a, b).blocker == "same article"
    assert len(linking.cluster([a, b])) == 2


def test_linking_a_day_apart_links_only_with_strong_evidence() -> None:
    base = _report("a", killed=9)
    nextday = _report("b", killed=12, day=DAY + dt.timedelta(days=1))
    assert linking.compare(base, nextday).linked  # "yesterday" in a late report: shared actors and place carry it
    weak = _report("c", place="Ninewa", actors=("Civilians",), day=DAY + dt.timedelta(days=1))
    match = linking.compare(base, weak)
    assert match.compatible and not match.linked


def test_linking_type_and_day_alone_never_link() -> None:
    a = _report("a", place="Ninewa", actors=("Civilians", "Unidentified Armed Group"))
    b = _report("b", place="Ninewa", actors=("Civilians", "Unidentified Armed Group"))
    match = linking.compare(a, b)
    assert match.compatible and not match.linked  # generic actors are no evidence
    assert linking.compare(_report("c", place="Ninewa", killed=20), _report("d", place="Ninewa", killed=18)).linked


def test_linking_clash_and_attack_link_when_the_same_actors_appear() -> None:
    clash = _report("a", kind="clash", actors=("Hayat Tahrir al-Sham", "Military Forces of Syria"))
    attack = _report("b", kind="attack", actors=("Hayat Tahrir al-Sham", "Civilians"))
    assert linking.compare(clash, attack).linked
    stranger = _report("c", kind="attack", actors=("Islamic State", "Civilians"), killed=3)
    assert linking.compare(clash, stranger).blocker.startswith("different types")
    (story,) = linking.cluster([clash, attack])
    shown = f"{story.type.event_type} / {story.type.sub_event_type}"
    assert {shown, *story.other_types} == {"Battles / Armed clash", "Violence against civilians / Attack"}
    assert any(d.startswith("type:") for d in story.disagreements)


def test_linking_imprecise_report_links_to_a_precise_one_and_the_story_keeps_the_precise_place() -> None:
    precise = _report("a", published=DAY + dt.timedelta(days=1))
    vague = _report("b", place="Ninewa", published=DAY)
    (story,) = linking.cluster([vague, precise])
    assert story.place.location.name == "Sinjar" and story.place_from == precise.key
    assert "same province: Ninewa" in story.members[1].link.reasons


@pytest.mark.parametrize(
    ("a", "b"), [("Iraq", "Ninewa"), ("Iraq", "Sinjar"), ("Ninewa", "Sinjar"), ("Sinjar outskirts", "Sinjar")]
)
def test_linking_places_that_contain_or_adjoin_each_other_are_compatible(a: str, b: str) -> None:
    assert linking.compare(_report("x", place=a, killed=7), _report("y", place=b, killed=7)).linked


def test_linking_complete_linkage_stops_chains_between_towns() -> None:
    """A province-level report matches both towns; the towns, 52 km apart, must not end in one story."""
    sinjar = _report("a", killed=4)
    province = _report("b", place="Ninewa", killed=4)
    tal_afar = _report("c", place="Tal Afar", killed=4)
    stories = linking.cluster([sinjar, province, tal_afar])
    assert len(stories) == 2
    for story in stories:
        keys = {m.key for m in story.members}
        assert not {sinjar.key, tal_afar.key} <= keys


def test_linking_merged_date_is_the_intersection_or_the_disagreement() -> None:
    week = _report("a", day=DAY - dt.timedelta(days=3), end=DAY + dt.timedelta(days=3), killed=3)
    day = _report("b", killed=3)
    (story,) = linking.cluster([week, day])
    assert (story.date.start, story.date.end) == (DAY, DAY)
    late = _report("c", killed=3, day=DAY + dt.timedelta(days=1))
    (story,) = linking.cluster([day, late])
    assert (story.date.start, story.date.end) == (DAY, DAY + dt.timedelta(days=1))
    assert any(d.startswith("date:") for d in story.disagreements)


SCENE = [
    _report("tass", killed=80, outlet="TASS", published=DAY + dt.timedelta(days=1)),
    _report("sohr", killed=30, published=DAY),
    _report("afp", killed=35, place="Ninewa", published=DAY + dt.timedelta(days=1)),
    _report("tass", kind="shelling", place="Duhok", actors=("PKK",), killed=2, n=2),  # another event, same article
    _report("rudaw", kind="shelling", place="Duhok", actors=("PKK",), killed=3),
    _report("later", day=DAY + dt.timedelta(days=14), killed=80),  # the same town two weeks on
    _report("tal", place="Tal Afar", killed=30),  # the same day 52 km away
    _report("syria", country="SYR", killed=30),
]


def test_linking_cluster_does_not_depend_on_input_order() -> None:
    expected = linking.cluster(SCENE)
    assert _partition(expected) == {
        frozenset({SCENE[0].key, SCENE[1].key, SCENE[2].key}),
        frozenset({SCENE[3].key, SCENE[4].key}),
        frozenset({SCENE[5].key}),
        frozenset({SCENE[6].key}),
        frozenset({SCENE[7].key}),
    }
    rng = random.Random(7)
    for _ in range(20):
        shuffled = SCENE[:]
        rng.shuffle(shuffled)
        assert linking.cluster(shuffled) == expected  # the same ids, members, links and merged views


def test_linking_story_id_is_stable_and_comes_from_the_earliest_report() -> None:
    stories = {s.id: s for s in linking.cluster(SCENE)}
    assert stories.keys() == {s.id for s in linking.cluster(reversed(SCENE))}
    big = next(s for s in stories.values() if len(s.members) == 3)
    assert big.members[0].key == SCENE[1].key  # published first
    assert big.id == linking.story_id([SCENE[1]])  # a later report does not re-key the story
    assert big.members[0].link.to is not None  # the first report shows its best match too


def test_linking_relink_one_by_one_gives_the_batch_stories_in_any_order() -> None:
    expected = linking.cluster(SCENE)
    rng = random.Random(11)
    for _ in range(20):
        arrival = SCENE[:]
        rng.shuffle(arrival)
        stored: dict[str, list[EventReport]] = {}  # story id -> member reports, as a store keeps them
        for report in arrival:
            candidates = list(stored.values())
            rng.shuffle(candidates)
            change = linking.relink(report, candidates)
            assert any(m.key == report.key for s in change.stories for m in s.members)
            for sid in change.retired:
                del stored[sid]
            for story in change.stories:
                keys = {m.key for m in story.members}
                stored[story.id] = [r for r in SCENE if r.key in keys]
        assert stored.keys() == {s.id for s in expected}
        assert {frozenset(r.key for r in members) for members in stored.values()} == _partition(expected)


def test_linking_relink_moves_a_report_to_a_stronger_story_and_retires_the_old_one() -> None:
    vague = _report("afp", place="Ninewa", killed=35, published=DAY)
    tal = _report("tal", place="Tal Afar", killed=30, published=DAY + dt.timedelta(days=2))
    (stored,) = linking.cluster([vague, tal])
    sohr = _report("sohr", killed=30, published=DAY + dt.timedelta(days=1))
    tass = _report("tass", killed=80, published=DAY + dt.timedelta(days=1))
    first = linking.relink(tass, [[vague, tal]])  # matches afp, but Sinjar is 52 km from Tal Afar: alone
    assert first.retired == () and [len(s.members) for s in first.stories] == [1]
    change = linking.relink(sohr, [[vague, tal], [tass]])  # sohr and tass match strongly; afp goes with them
    assert change.retired == (first.stories[0].id,)  # tass's own story is gone
    assert {(s.id, frozenset(m.key for m in s.members)) for s in change.stories} == {
        (stored.id, frozenset({vague.key, sohr.key, tass.key})),  # the id stays with the earliest report, afp
        (linking.story_id([tal]), frozenset({tal.key})),
    }
    assert _partition(change.stories) == _partition(linking.cluster([vague, tal, sohr, tass]))


def test_linking_join_gives_the_batch_story_whatever_the_candidate_order() -> None:
    batch = linking.cluster(SCENE)
    rng = random.Random(3)
    for report in SCENE:
        others = [[r for r in SCENE if r.key in {m.key for m in s.members} - {report.key}] for s in batch]
        others = [group for group in others if group]
        own = next(s for s in batch if report.key in {m.key for m in s.members})
        for _ in range(5):
            rng.shuffle(others)
            joined = linking.join(report, others)
            assert joined == (own if len(own.members) > 1 else None)
    assert linking.join(_report("new"), []) is None
    assert linking.join(_report("new"), [[_report("far", place="Duhok")]]) is None


def test_linking_join_refuses_a_story_with_a_member_it_contradicts() -> None:
    story = [_report("a", place="Ninewa", killed=4), _report("b", place="Tal Afar", killed=4)]
    assert linking.join(_report("c", killed=40), [story]) is None  # matches a, but lies 52 km from b


def test_linking_pipeline_two_outlets_one_story(pipeline) -> None:
    """The real pipeline on two short reports of one strike: a party's 80 and a monitor's 30 stay side by side."""
    texts = {
        "Volga Wire": (
            "Russian jets strike Idlib, ministry says more than 80 militants dead\n\nMOSCOW, March 5 (Volga Wire) - "
            "Russian warplanes struck Hayat Tahrir al-Sham positions near Idlib on Tuesday, killing more than 80 "
            "militants, the Russian Defence Ministry said.\n"
        ),
        "Levant Post": (
            "Russian jets strike Idlib, monitor says 30 dead\n\nBEIRUT, March 5 (Levant Post) - Russian warplanes struck "
            "Hayat Tahrir al-Sham positions near Idlib on Tuesday, killing 30 people, among them 12 civilians, the "
            "Syrian Observatory for Human Rights said.\n"
        ),
    }
    found = [
        r
        for outlet, text in texts.items()
        for r in linking.reports(
            pipeline.extract(ArticleInput(text=text, published=dt.date(2024, 3, 5), outlet=outlet))
        )
    ]
    (story,) = [s for s in linking.cluster(found) if len(s.members) > 1]
    assert story.outlets and set(story.outlets) == set(texts)
    fat = story.fatalities
    assert fat.disputed and fat.assessed.value == 30 and {g.killed for g in fat.figures} >= {80, 30}
    assert any(g.is_party for g in fat.figures if g.killed == 80)
    assert story.type.sub_event_type == "Air/drone strike"
    assert story.place.geo_precision == min(m.event.places[0].geo_precision for m in found if m.event.places)

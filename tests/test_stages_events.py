"""Event assembly rules on short sentences we wrote, one rule per test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.records import ArticleInput, Location, Missing, Quantity, QuantityKind, Span
from eventwire.stages import fatalities

PUBLISHED = dt.date(2024, 3, 14)  # a Thursday


def _events(pipeline, text: str):
    return pipeline.extract(ArticleInput(id="t", text=text, published=PUBLISHED)).events


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        (
            "A roadside bomb went off as an army patrol passed near Tak Bai on Thursday, wounding three soldiers. "
            "Insurgents have fought government forces in the province for two decades.",
            "Remote explosive/landmine/IED",
        ),
        (
            "Gunmen killed nine villagers in an attack on a hamlet near Mamfe on Monday night. "
            "Separatist groups have battled the army in the region since 2017.",
            "Attack",
        ),
    ],
)
def test_stages_events_the_war_told_as_background_does_not_type_the_event(pipeline, text: str, sub_type: str) -> None:
    assert _events(pipeline, text)[0].type.sub_event_type == sub_type


@pytest.mark.parametrize(
    "headline", ["Militants retake town after troops withdraw", "Rebels retake town after soldiers withdraw"]
)
def test_stages_events_a_withdrawal_gives_way_to_the_takeover_it_came_with(pipeline, headline: str) -> None:
    text = (
        f"{headline}\n\nRebel fighters took control of the town of Tiko on Saturday after heavy fighting with army "
        "troops, residents said. The army said it had killed dozens of rebels before pulling back."
    )
    assert _events(pipeline, text)[0].type.sub_event_type == "Non-state actor overtakes territory"


@pytest.mark.parametrize(
    "text",
    [
        "The army warned that it would strike any convoy that tried to leave the city.",
        "Rebel commanders threatened to attack the capital if talks failed.",
        "The striker shot twice and the visitors were killed off by a late goal, the coach said after the match in the league.",
        "Troops moved towards the border on Tuesday and took up positions along the river.",
    ],
)
def test_stages_events_hedged_and_figurative_words_make_no_violent_event(pipeline, text: str) -> None:
    assert [e for e in _events(pipeline, text) if e.type.disorder_type == "Political violence"] == []


def test_stages_events_backed_forces_are_associated(pipeline) -> None:
    text = "Malian troops, accompanied by Wagner Group mercenaries, attacked a JNIM position near Gao on Sunday, killing 20 militants, the army said."
    [event] = _events(pipeline, text)
    roles = {a.role.value: a.name for a in event.actors}
    assert roles["assoc_actor_1"] == "Wagner Group" and "Mali" in roles["actor1"]


def test_stages_events_conflicting_figures_stay_separate_claims(pipeline) -> None:
    text = (
        "Air strike on Idlib market kills nine civilians, monitor says\n\n"
        "Warplanes struck a market in Idlib on Wednesday, killing nine civilians, the Syrian Observatory for Human Rights said. "
        "The Russian Defence Ministry said its aircraft had hit a militant depot in the town, killing 30 militants."
    )
    event = _events(pipeline, text)[0]
    counts = {c.claimant.name: [q.low for q in c.quantities if q.kind is QuantityKind.KILLED] for c in event.claims}
    assert counts["Syrian Observatory for Human Rights"] == [9]
    assert any(v == [30] for v in counts.values())
    assert not isinstance(event.fatalities, Missing) and event.fatalities.value == 9  # the lowest credible figure


def test_stages_events_denial_is_kept_as_a_claim(pipeline) -> None:
    text = (
        "Gunmen kill five in Gondor village\n\n"
        "Gunmen killed five villagers in the village of Osgiliath on Monday, residents said. "
        "The Gondor Liberation Front denied any involvement in the killings."
    )
    event = _events(pipeline, text)[0]
    assert "denies" in {c.polarity for c in event.claims}


def test_stages_events_past_event_gets_its_own_date(pipeline) -> None:
    text = (
        "Drone strike kills two in Marib\n\n"
        "A drone strike killed two men in a car near Marib on Tuesday, officials said. "
        "Another drone strike on March 2 killed four people in the same district, residents said."
    )
    events = _events(pipeline, text)
    dates = [e.date.start for e in events if not isinstance(e.date, Missing)]
    assert dates[:2] == [dt.date(2024, 3, 12), dt.date(2024, 3, 2)]


def test_stages_events_a_sentence_opening_with_the_statement_day_is_dated_by_the_event_day(pipeline) -> None:
    text = (
        "Insurgents detained in Helmand\n\n"
        "Today, Afghan and coalition officials confirmed that a security force detained three suspected "
        "insurgents in Nad Ali district of Helmand province on Monday."
    )
    [event] = _events(pipeline, text)
    assert not isinstance(event.date, Missing) and event.date.start == dt.date(2024, 3, 11)


@pytest.mark.parametrize(
    ("text", "main", "later"),
    [
        (
            "Police defused a bomb near the central market on Monday. "
            "Hours later, gunmen attacked a checkpoint in the same town, killing three soldiers.",
            "Armed clash",
            "Disrupted weapons use",
        ),
        (
            "Security forces have arrested opposition activists every week since January. "
            "On Tuesday, gunmen killed four soldiers at a checkpoint in the north.",
            "Armed clash",
            "Arrests",
        ),
        (
            "Rebels have repeatedly shelled the northern town in recent weeks. "
            "On Tuesday, police arrested twelve student leaders in the capital.",
            "Arrests",
            "Shelling/artillery/missile attack",
        ),
    ],
)
def test_stages_events_head_violence_outranks_a_defused_bomb_and_habitual_background(
    pipeline, text: str, main: str, later: str
) -> None:
    """The event the lead tells happening outranks a harmless weapon find or violence told as a habit."""
    types = [e.type.sub_event_type for e in _events(pipeline, text)]
    assert types[0] == main and later in types[1:]


@pytest.mark.parametrize(
    "text",
    [
        "Police defused a bomb near the central market on Monday, the interior ministry said.",
        "Police defused a bomb near the central market on Monday. Officers arrested two men seen leaving the bag.",
    ],
)
def test_stages_events_a_defused_bomb_without_violence_told_is_still_the_main_event(pipeline, text: str) -> None:
    """Only violence in the head outranks the find: the arrests that follow it belong to the same story."""
    assert _events(pipeline, text)[0].type.sub_event_type == "Disrupted weapons use"


def test_stages_events_violence_told_after_the_lead_stays_behind_a_defusal_in_the_lead(pipeline) -> None:
    text = (
        "Troops defuse bomb on highway near Kandahar\n\n"
        "Soldiers defused a roadside bomb on the highway near Kandahar on Sunday, the army said. "
        "The road reopened in the afternoon and traffic resumed. Officials praised the engineers. "
        "Residents said the convoy passed safely. Elsewhere, militants ambushed a police post in Helmand last month, "
        "killing two officers."
    )
    types = [e.type.sub_event_type for e in _events(pipeline, text)]
    assert types[0] == "Disrupted weapons use"


def _q(low: int, high: int | None, side: str | None, qualifier: str | None = None) -> Quantity:
    span = Span(start=0, end=1, text="x")
    number = Span(
        start=0, end=1, text=qualifier if qualifier and low < 100 else str(low)
    )  # "dozens" vs "several hundred"
    return Quantity(
        kind=QuantityKind.KILLED, low=low, high=high, qualifier=qualifier, side=side, span=span, number_span=number
    )


@pytest.mark.parametrize(
    ("counts", "value", "qualifier"),
    [
        ([("a", 0, _q(80, 80, "militants")), ("b", 1, _q(80, None, "IS terrorists", "more than"))], 80, "more than"),
        ([("a", 0, _q(30, 30, "militants")), ("b", 1, _q(9, 9, "civilians"))], 9, None),
        ([("a", 0, _q(5, 5, "soldiers")), ("a", 0, _q(12, 12, "militants"))], 17, None),
        ([("a", 0, _q(24, None, None, "dozens"))], 12, "dozens"),
        ([("a", 0, _q(24, None, None, "dozens")), ("b", 1, _q(27, None, "people", "at least"))], 27, "at least"),
        ([("a", 0, _q(24, None, None, "dozens")), ("b", 1, _q(3, None, None, "several"))], 10, "several"),  # ACLED codes "several" as 10
        ([("a", 0, _q(300, 900, "people", "several"))], 300, "several"),
        ([("a", 0, _q(1, 1, "man")), ("a", 0, _q(1, 1, "woman")), ("a", 1, _q(2, 2, "people"))], 2, None),
    ],
)
def test_stages_fatalities_lowest_credible_policy(counts, value: int, qualifier: str | None) -> None:
    assessed = fatalities.assess(counts)
    assert assessed is not None and (assessed.value, assessed.qualifier) == (value, qualifier)


def test_stages_events_a_vague_headline_toll_gives_way_to_the_counted_one(pipeline) -> None:
    text = (
        "Shelling kills dozens in besieged city\n\n"
        "At least 31 people were killed when rebels shelled the market of Kadugli on Sunday, a hospital director said."
    )
    (event,) = _events(pipeline, text)[:1]
    assert event.fatalities is not None and event.fatalities.value == 31


def test_stages_fatalities_none_when_nobody_counted() -> None:
    assert fatalities.assess([]) is None


@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            "NAIROBI, June 25 - Protesters stormed Kenya's parliament on Tuesday and set part of it on fire, "
            "and police opened fire, killing at least five people.",
            "Nairobi",
        ),
        (  # the dateline is abroad: it says where the reporter is, not where it happened
            "NAIROBI, June 25 - Al Shabaab fighters attacked an army base in Somalia on Tuesday, killing ten soldiers.",
            "Somalia",
        ),
    ],
)
def test_stages_events_the_dateline_places_an_event_only_when_nothing_else_does(pipeline, text: str, site: str) -> None:
    places = [p for p in _events(pipeline, text)[0].places if isinstance(p.location, Location)]
    assert places and places[0].location.name == site


def test_stages_events_a_district_named_after_its_town_outranks_a_region_of_no_one_country(pipeline) -> None:
    text = (
        "Four soldiers killed in Kashmir\n\nMilitants attacked an army post in Poonch district of Indian-administered "
        "Kashmir on Thursday, killing four soldiers, the army said."
    )
    places = [p for p in _events(pipeline, text)[0].places if isinstance(p.location, Location)]
    assert places[0].location.iso3 == "IND" and places[0].location.feature != "region"


def test_stages_events_an_event_placed_only_in_its_country_takes_the_place_named_next(pipeline) -> None:
    text = (
        "Air strikes hit besieged rebel town in Syria\n\nGovernment air strikes killed 12 people in a besieged "
        "rebel-held town in Syria on Monday, a monitor said. The strikes hit the main market of the town of "
        "Talbiseh, in Homs province, residents said."
    )
    site = next(p for p in _events(pipeline, text)[0].places if isinstance(p.location, Location))
    assert site.location.feature != "country" and site.location.admin1 == "Homs"


def _captured(event) -> int:
    return fatalities.count_total(event.quantities, [QuantityKind.ARRESTED])


@pytest.mark.parametrize(
    ("text", "sub_type", "captured"),
    [
        (  # the man held is profiled, then the force "also" detains others: one arrest raid
            "Government troops arrested a rebel commander near Bunia on Tuesday. The arrested commander is believed "
            "to be responsible for a string of ambushes and kidnappings on the main road. The troops also detained "
            "two of his bodyguards and seized several rifles during the operation.",
            "Arrests",
            3,
        ),
        (  # an arrest told after a cache was found belongs to the find, which keeps its type
            "Soldiers found a large arms cache in a farmhouse outside Goma on Tuesday. The soldiers also detained one suspect.",
            "Disrupted weapons use",
            1,
        ),
        (
            "Police arrested two men in Kano on Monday. The arrested men are suspected of planning bombings and "
            "kidnappings in the city.",
            "Arrests",
            2,
        ),
    ],
)
def test_stages_events_follow_up_sentences_stay_with_the_operation(pipeline, text: str, sub_type: str, captured: int):
    events = _events(pipeline, text)
    assert [(e.type.sub_event_type, _captured(e)) for e in events] == [(sub_type, captured)]


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers raided a compound near Beni on Tuesday and arrested a militia commander. The soldiers also seized "
        "four assault rifles and a box of mortar shells.",
        "Police arrested two men in Kano on Monday. Both men belong to the Kawo Attack Network, police said.",
    ],
)
def test_stages_events_a_weapon_or_group_name_is_no_event(pipeline, text: str) -> None:
    assert [e.type.sub_event_type for e in _events(pipeline, text)] == ["Arrests"]


def test_stages_events_shells_that_hit_a_place_are_still_shelling(pipeline) -> None:
    events = _events(pipeline, "Mortar shells hit a market in Gao on Monday, killing four traders.")
    assert events[0].type.sub_event_type == "Shelling/artillery/missile attack"


def test_stages_events_police_sent_to_restore_calm_answer_the_riot(pipeline) -> None:
    text = (
        "Rioters set fire to shops and cars in the market of Kindu on Monday after a dispute over land. "
        "Extra police officers were sent to the town to restore calm."
    )
    assert [e.type.sub_event_type for e in _events(pipeline, text)] == ["Violent demonstration"]


def test_stages_events_a_separate_operation_keeps_its_own_arrests(pipeline) -> None:
    text = (
        "A bomb exploded at a bus station in Kano on Monday, killing six people. In a separate operation, "
        "the police also detained four suspects in Kaduna on Friday."
    )
    events = _events(pipeline, text)
    assert [(e.type.sub_event_type, _captured(e)) for e in events] == [
        ("Remote explosive/landmine/IED", 0),
        ("Arrests", 4),
    ]


@pytest.mark.parametrize(("where", "split"), [("there", False), ("in Lagos", True)])
def test_stages_events_an_arrest_told_also_joins_the_fighting_only_in_the_same_place(
    pipeline, where: str, split: bool
) -> None:
    text = (
        "Soldiers killed five militants in a clash in Maiduguri on Monday. "
        f"The army also detained four suspects {where}."
    )
    events = _events(pipeline, text)
    assert [(e.type.sub_event_type, _captured(e)) for e in events] == (
        [("Armed clash", 0), ("Arrests", 4)] if split else [("Armed clash", 4)]
    )

"""The main event's actors as ACLED names them, on sentences written for these tests: named gangs and
insurgents of the lexicon, a movement named only as an allegiance ("Islamic State-linked ADF"), a country
named as a place or in another clause, a perpetrator named by "blaming" or "said it was behind", and a
relative clause that carries the passive ("an operation in which 210 were killed")."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.export.acled_csv import event_row
from eventwire.records import ArticleInput


def main_event(pipeline, text: str, published: dt.date):
    result = pipeline.extract(ArticleInput(id="t", text=text, published=published))
    assert result.events, text
    return result.events[0]


def actor1(pipeline, text: str, published: dt.date) -> str | None:
    event = main_event(pipeline, text, published)
    return next((a.name for a in event.actors if a.role.value == "actor1"), None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "PORT-AU-PRINCE, Oct 4 (Wire) - Members of the Gran Grif gang stormed a farming town in Haiti's "
            "Artibonite department on Thursday, killing at least 70 people, officials said.",
            "Gran Grif Gang",
        ),
        (
            "PORT-AU-PRINCE, Oct 18 (Wire) - The 400 Mawozo gang abducted 17 missionaries east of the Haitian "
            "capital on Saturday, police said.",
            "400 Mawozo Gang",
        ),
        (
            "MANILA, March 5 (Wire) - Soldiers killed four New People's Army rebels in a clash in Northern Samar "
            "province in the Philippines on Monday, the army said.",
            "Military Forces of the Philippines",
        ),
    ],
)
def test_named_groups_of_the_lexicon_act(pipeline, text: str, expected: str) -> None:
    assert expected in (actor1(pipeline, text, dt.date(2024, 10, 20)) or "")


def test_new_peoples_army_is_the_opponent(pipeline) -> None:
    event = main_event(
        pipeline,
        "MANILA, March 5 (Wire) - Soldiers killed four New People's Army rebels in a clash in Northern Samar "
        "province in the Philippines on Monday, the army said.",
        dt.date(2024, 3, 5),
    )
    assert [a.name for a in event.actors if a.role.value == "actor2"] == ["NPA: New People's Army"]


def test_an_allegiance_named_before_the_group_is_not_the_actor(pipeline) -> None:
    text = (
        "KINSHASA, July 24 (Wire) - Islamic State-linked ADF militants killed 35 civilians in attacks on villages "
        "in Ituri province in eastern Congo on Monday, the army said."
    )
    assert actor1(pipeline, text, dt.date(2024, 7, 24)) == "ADF: Allied Democratic Forces"


def test_acled_name_of_a_branch_and_of_the_movement_by_country(pipeline) -> None:
    """The CSV writes the ADF under its own name (its family is an allegiance), and the movement itself
    by country, as ACLED does ("Islamic State (Iraq)")."""
    for text, day, expected in (
        (
            "BENI, Congo, June 9 (Wire) - Fighters of the Allied Democratic Forces killed 40 people in a raid on "
            "a village in North Kivu province on Saturday, officials said.",
            dt.date(2024, 6, 9),
            "ADF: Allied Democratic Forces",
        ),
        (
            "BAGHDAD, March 12 (Wire) - Islamic State militants killed five Iraqi soldiers in an ambush in Kirkuk "
            "province on Monday night, security sources said.",
            dt.date(2024, 3, 12),
            "Islamic State (Iraq)",
        ),
    ):
        result = pipeline.extract(ArticleInput(id="t", text=text, published=day))
        assert event_row(result, result.events[0])["actor1"] == expected


def test_a_country_the_rocket_came_from_is_no_shooter(pipeline) -> None:
    text = (
        "JERUSALEM, July 28 (Wire) - A rocket fired from Lebanon hit a football pitch in the town of Majdal Shams "
        "in the Golan Heights on Saturday, killing 12 children. Israel's military blamed Hezbollah."
    )
    assert actor1(pipeline, text, dt.date(2024, 7, 28)) == "Hezbollah"


def test_a_country_acting_in_another_clause_is_not_this_attacks_author(pipeline) -> None:
    text = (
        "MOSCOW, Dec 31 (Wire) - Ukrainian shelling of the Russian city of Belgorod killed 24 people on Saturday, "
        "Russian officials said, a day after Russia launched a large air attack on Ukraine."
    )
    assert actor1(pipeline, text, dt.date(2023, 12, 31)).startswith("Military Forces of Ukraine")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "NIAMEY, March 23 (Wire) - Gunmen killed 44 worshippers at a mosque in western Niger's Tillaberi "
            "region on Friday, the interior ministry said, blaming the Islamic State in the Sahel group.",
            "Islamic State Sahel Province",
        ),
        (
            "MOGADISHU, March 18 (Wire) - A roadside bomb exploded near a government convoy in Mogadishu on "
            "Tuesday, police said. Al Shabaab said in a statement it was behind the blast.",
            "Al Shabaab",
        ),
    ],
)
def test_the_one_blamed_or_owning_up_is_the_perpetrator(pipeline, text: str, expected: str) -> None:
    assert actor1(pipeline, text, dt.date(2025, 3, 23)) == expected


def test_the_subject_before_a_relative_clause_acts(pipeline) -> None:
    text = (
        "GAZA, June 9 (Wire) - Israeli forces rescued four hostages from a camp in central Gaza on Saturday in "
        "an operation in which at least 210 Palestinians were killed, the health ministry said."
    )
    assert actor1(pipeline, text, dt.date(2024, 6, 9)).startswith("Military Forces of Israel")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Assailants attacked police officers in Sholgara district, Balkh, Afghanistan. Two police officers were "
            "killed in the attack. No group claimed responsibility for the incident; however, a police official "
            "attributed the attack to the Taliban.",
            "Taliban",
        ),
        (
            "Assailants attacked a police convoy in Solle, Loroum, Burkina Faso. Six police officers were killed. "
            "No group claimed responsibility for the incident; however, sources suspected the involvement of the "
            "Islamic State in the Greater Sahara.",
            "Islamic State Sahel Province",
        ),
    ],
)
def test_a_denied_claim_of_responsibility_gives_way_to_the_one_suspected(pipeline, text: str, expected: str) -> None:
    assert actor1(pipeline, text, dt.date(2019, 6, 1)) == expected


def test_shells_fired_by_a_named_force_make_it_the_actor(pipeline) -> None:
    text = (
        "On 5 May 2020, indiscriminate shells fired by alleged LNA forces killed a family of three in Salah "
        "Aldeen (Tripoli), Libya."
    )
    assert "Haftar" in actor1(pipeline, text, dt.date(2020, 5, 6))


def test_a_militia_named_after_its_descriptors_is_the_agent(pipeline) -> None:
    text = (
        "ABIDJAN, March 14 (Wire) - Dozens of civilians were killed in Solenzo in western Burkina Faso on Monday "
        "in an attack by pro-government militia fighters of the VDP, rights groups said."
    )
    assert actor1(pipeline, text, dt.date(2025, 3, 14)).startswith("VDP")


def test_border_guards_of_a_state_act_for_it(pipeline) -> None:
    text = (
        "On 6 May 2020, Turkish border guards targeted a Russian observation post west of Ain al Arab city in "
        "Syria, killing a fighter who was guarding the post."
    )
    assert actor1(pipeline, text, dt.date(2020, 5, 7)) == "Military Forces of Turkey (2016-)"


@pytest.mark.parametrize(
    ("name", "day", "expected"),
    [
        ("Military Forces of Turkey (2016-)", dt.date(2020, 5, 6), "Military Forces of Turkey (2016-)"),
        ("Military Forces of Turkey (2016-)", dt.date(2015, 5, 6), "Military Forces of Turkey (2002-2016)"),
        ("Police Forces of Venezuela", dt.date(2020, 5, 6), "Police Forces of Venezuela (1999-)"),
        ("Military Forces of Lebanon (2025-)", dt.date(2020, 5, 6), "Military Forces of Lebanon (2020-2022)"),
    ],
)
def test_regimes_follow_acleds_labels(name: str, day: dt.date, expected: str) -> None:
    from eventwire.stages.actors import load_regimes

    assert load_regimes().dated(name, day) == expected

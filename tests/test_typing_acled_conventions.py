"""ACLED codebook conventions that separate neighbouring sub-event types, on reports we wrote.

Each pair holds one report that the rule changes and one it must leave alone, so a rule that
fires too widely fails as surely as one that does not fire.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.records import ArticleInput

PUBLISHED = dt.date(2024, 3, 14)


def _main_type(pipeline, text: str) -> str | None:
    events = pipeline.extract(ArticleInput(id="t", text=text, published=PUBLISHED)).events
    return events[0].type.sub_event_type if events else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a monitor's count of heavy weapons fire alone: fired from a distance, shelling
        (
            "On 12 March, the monitoring mission recorded a total of 14 bursts of fire involving heavy machine guns near Pelka.",
            "Shelling/artillery/missile attack",
        ),
        (
            "Monitors observed a total of 9 explosions/shots involving automatic grenade launchers near Varn on Monday.",
            "Shelling/artillery/missile attack",
        ),
        # small arms in the count, or fire both ways: the sides were within range of each other, a battle
        (
            "Monitors observed a total of 40 explosions/shots involving small arms near Varn on Monday.",
            "Armed clash",
        ),
        (
            "The mission recorded a total of 22 projectiles/explosions involving unknown weapons in both directions "
            "of the front line near Pelka.",
            "Armed clash",
        ),
        (
            "Separatist forces fired mortars at army positions near Ostrava on Sunday. The mission recorded a total "
            "of 30 explosions/shots involving small arms near the town.",
            "Armed clash",
        ),
    ],
)
def test_monitor_counts_shelling_or_battle(pipeline, text: str, expected: str) -> None:
    assert _main_type(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no organised armed side: villagers, vendors, families fighting are a mob, not a battle
        (
            "Two village groups clashed over a plot of farmland near Pelka on Sunday, injuring nine people.",
            "Mob violence",
        ),
        (
            "Clashes broke out in the market of Varn on Monday, between street vendors and municipal police officers.",
            "Mob violence",
        ),
        (
            "Villagers stoned a police officer to death in Ostrava on Friday after a dispute over a fine.",
            "Mob violence",
        ),
        # an armed organisation on a side keeps it a battle, wherever its name stands
        ("Clashes broke out in Varn on Monday, between soldiers and rebel fighters, killing six.", "Armed clash"),
        ("Fighting erupted between the army and militants near Pelka on Tuesday.", "Armed clash"),
    ],
)
def test_clashes_without_an_armed_organisation_are_mob_violence(pipeline, text: str, expected: str) -> None:
    assert _main_type(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the side fired upon answered with its own guns: a battle, whatever the first side threw
        (
            "A hand grenade was thrown at an army checkpoint in Varn on Monday. Soldiers reacted with gunfire "
            "towards the attackers.",
            "Armed clash",
        ),
        ("A hand grenade was thrown at a bus stop in Varn on Monday, wounding four passengers.", "Grenade"),
        # an officer of the armed forces shot dead is a combatant victim; a civilian official is not
        ("Unidentified gunmen shot dead a first lieutenant in the centre of Ostrava on Sunday.", "Armed clash"),
        ("Unidentified gunmen shot dead the lieutenant governor outside his home in Ostrava on Sunday.", "Attack"),
    ],
)
def test_fire_answered_and_officers_killed_are_battles(pipeline, text: str, expected: str) -> None:
    assert _main_type(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # crowd-control weapons used on people who are not gathered or protesting: an attack on civilians
        ("Soldiers fired rubber bullets at fishermen in their boats off the coast of Pelka on Monday.", "Attack"),
        # on a crowd, or a protest: an intervention
        (
            "Police fired tear gas to disperse residents who had gathered outside the town hall in Varn.",
            "Protest with intervention",
        ),
        (
            "Security guards intervened to stop dozens of protesters from reaching the governor's office in Varn.",
            "Protest with intervention",
        ),
        (
            "Protesting traders were dragged into police vans in the main square of Ostrava on Saturday.",
            "Protest with intervention",
        ),
        ("Traders protested in the main square of Ostrava on Saturday against new market fees.", "Peaceful protest"),
    ],
)
def test_crowd_control_needs_a_crowd(pipeline, text: str, expected: str) -> None:
    assert _main_type(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # peacekeepers and the leaders of armed groups are combatants: killing them is a battle
        ("A peacekeeper was killed by unidentified armed assailants near the town of Pelka on Monday.", "Armed clash"),
        (
            "A security force patrol killed a Taliban leader during an operation in Varn district on Thursday.",
            "Armed clash",
        ),
        ("A security force patrol killed a village elder during an operation in Varn district on Thursday.", "Attack"),
        # a grenade launcher fires from a distance: not a thrown grenade
        (
            "Rebels fired grenade launchers at the army outpost near Ostrava on Sunday.",
            "Shelling/artillery/missile attack",
        ),
    ],
)
def test_combatant_victims_and_launchers(pipeline, text: str, expected: str) -> None:
    assert _main_type(pipeline, text) == expected


def test_an_air_strike_told_later_types_the_killing(pipeline) -> None:
    """The lead tells who died (a battle, inferred); the next sentence tells how: from the air."""
    text = (
        "A coalition force killed several insurgents during an operation in Varn district on Saturday. "
        "After making sure no civilians were nearby, the force engaged them with a precision airstrike."
    )
    assert _main_type(pipeline, text) == "Air/drone strike"


def test_a_bomb_in_the_profile_of_the_man_killed_does_not_type_the_killing(pipeline) -> None:
    """Past deeds told about the man killed ("responsible for roadside bomb attacks") are no means of this event."""
    text = (
        "A coalition force killed a Taliban leader during an operation in Varn district on Saturday. "
        "The leader was responsible for roadside bomb attacks against the police in the district."
    )
    assert _main_type(pipeline, text) == "Armed clash"


def test_an_air_strike_in_answer_to_an_attack_told_does_not_retype_the_battle(pipeline) -> None:
    """The attack on the camp is told in words (not inferred from the dead): the air strikes that answered it
    are part of the battle."""
    text = (
        "Militants attacked several checkpoints before assaulting the army camp near Pelka on Monday. "
        "Ten soldiers were wounded. Air force jets carried out airstrikes that killed three militants."
    )
    assert _main_type(pipeline, text) == "Armed clash"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an armed group as the subject of a told attack needs no other support
        ("Militias attacked the villages of Pelka and Varn on Tuesday.", "Attack"),
        # not when the group is what something else is about, in another clause
        (
            "The government joined peace talks with the rebel groups after one of the groups raided a town on Monday.",
            "Agreement",
        ),
        ("Militias have threatened to attack the villages of Pelka and Varn.", None),
        # an incursion held off is a battle fought, wherever the sentence places it
        ("Government troops thwarted a rebel incursion near the village of Pelka on Friday.", "Armed clash"),
    ],
)
def test_an_armed_group_attacking_is_an_event(pipeline, text: str, expected: str | None) -> None:
    assert _main_type(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bombing stopped before it went off: disrupted weapons use, not the bombing
        ("Police foiled a bomb attack in the market of Pelka on Monday.", "Disrupted weapons use"),
        ("A bomb went off in the market of Pelka on Monday, wounding six traders.", "Remote explosive/landmine/IED"),
    ],
)
def test_a_foiled_bombing_is_disrupted_weapons_use(pipeline, text: str, expected: str) -> None:
    assert _main_type(pipeline, text) == expected

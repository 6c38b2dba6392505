"""Who acted, named the way ACLED names it: sub-units of a state's forces, guards, coalitions fighting
abroad, separatists and groups the lexicon knows by their common names. Reports written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.records import ArticleInput

DAY = dt.date(2020, 5, 6)


def actor1(pipeline, text: str, published: dt.date = DAY) -> list[str]:
    """Names and families of the first event's actor 1."""
    result = pipeline.extract(ArticleInput(id="t", text=text, published=published))
    assert result.events, text
    return [n for a in result.events[0].actors if a.role.value == "actor1" for n in (a.name, a.family) if n]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a military police is a unit of the country's military forces, dated by the regime
        (
            "On 6 May 2020, Military Police officers shot and wounded two men during a raid in the Mare "
            "neighbourhood of Rio de Janeiro, Brazil.",
            "Military Forces of Brazil (2019-2023) Military Police",
        ),
        # prison guards are a unit of the police forces
        (
            "On 6 May 2020, prison guards beat and injured a detained journalist at the central prison of "
            "Abidjan, Ivory Coast.",
            "Police Forces of the Ivory Coast",
        ),
        # guards of a shop or a company: private security forces of the country
        (
            "On 6 May 2020, a security guard fatally shot a customer after an argument at the entrance of a "
            "supermarket in Durban, South Africa.",
            "Private Security Forces (South Africa)",
        ),
        # Saudi forces fighting in Yemen are the coalition's Operation Restoring Hope
        (
            "On 6 May 2020, Saudi forces fired artillery shells at villages of Shada district in Saada, Yemen.",
            "Operation Restoring Hope",
        ),
        # "regime" forces in Syria are the state's forces
        (
            "On 6 May 2020, a regime sniper shot and killed a farmer in his field near Kafr Nabl in Idlib, Syria.",
            "Military Forces of Syria (2000-2024)",
        ),
    ],
)
def test_actor_roles_state_units_and_guards(pipeline, text: str, expected: str) -> None:
    assert any(n.startswith(expected) for n in actor1(pipeline, text)), actor1(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 6 May 2020, Imbonerakure attacked and injured two members of the opposition CNL in Muyinga, Burundi.",
            "CNDD-FDD-Imbonerakure: National Council for the Defence of Democracy (Imbonerakure Faction)",
        ),
        (
            "On 6 May 2020, Raia Mutomboki militiamen shot dead a trader on the road to Shabunda, Sud-Kivu, DR Congo.",
            "Mayi Mayi Militia",
        ),
        (
            "Gunmen shot dead a village chief in Mamfe, South-West, Cameroon, on Wednesday. No group claimed "
            "the killing, but local officials blamed separatists.",
            "Ambazonian Separatists",
        ),
    ],
)
def test_actor_roles_groups_by_their_common_names(pipeline, text: str, expected: str) -> None:
    assert expected in actor1(pipeline, text)


def test_actor_roles_forces_under_an_operation_are_coded_as_it(pipeline) -> None:
    text = (
        "On 4 May 2020, Turkish forces and allied Syrian factions, operating under Operation Peace Spring, "
        "shelled SDF positions near Ain Issa in Raqqa, Syria."
    )
    names = actor1(pipeline, text)
    assert "Operation Peace Spring" in names
    assert not any(n.startswith("Military Forces of Turkey") for n in names)


@pytest.mark.parametrize(
    "text",
    [
        # the generic noun the group's name follows is the group, and "by" makes it the doer
        "Two missionaries were shot dead on Tuesday night by a group of terrorists from the Zarate Willka Armed "
        "Forces of Liberation in El Alto, Bolivia.",
        "Gunmen from the Zarate Willka Armed Forces of Liberation attacked a police post near La Paz, Bolivia, "
        "killing two officers.",
    ],
)
def test_actor_roles_members_of_a_named_group_act_as_it(pipeline, text: str) -> None:
    assert "Zarate Willka Armed Forces of Liberation" in actor1(pipeline, text, dt.date(1989, 5, 24))


@pytest.mark.parametrize(
    ("predicted", "gold", "same"),
    [
        ("Military Forces of El Salvador", "salvadoran army", True),
        ("Military Forces", "armed forces", True),
        ("Police Forces of El Salvador", "treasury police", True),
        ("Military Forces of Guatemala", "6th infantry brigade", True),
        ("Military Forces of Honduras", "salvadoran army", False),  # another state's army
        ("Military Forces of El Salvador", "arce battalion", False),  # a named unit is not a branch
        ("FMLN: Farabundo Marti National Liberation Front", "army", False),
    ],
)
def test_actor_roles_muc4_names_state_forces_by_branch(predicted: str, gold: str, same: bool) -> None:
    from eventwire.evaluation.muc4 import same_state_forces

    assert same_state_forces(predicted, gold) is same


def test_actor_roles_a_numbered_unit_is_the_state_military(pipeline) -> None:
    text = (
        "On 8 May 2020, soldiers of the 35th Armoured Brigade opened fire on a minibus at a checkpoint in "
        "Taizz city, Yemen, injuring the driver."
    )
    assert any(n.startswith("Military Forces of Yemen") for n in actor1(pipeline, text))


def test_actor_roles_the_militants_are_the_group_named_before(pipeline) -> None:
    text = (
        "JNIM fighters were seen near Djibo, Burkina Faso, on 29 April 2020. The militants later attacked a "
        "gendarmerie post, killing three gendarmes."
    )
    result = pipeline.extract(ArticleInput(id="t", text=text, published=dt.date(2020, 4, 29)))
    names = [a.family or a.name for e in result.events for a in e.actors if a.role.value == "actor1"]
    assert names and all(n.startswith("JNIM") for n in names), names


def test_actor_roles_police_after_the_military_police_is_that_unit(pipeline) -> None:
    text = (
        "On 2 May 2020, the Military Police carried out an operation against drug trafficking in Sao Goncalo, "
        "Rio de Janeiro, Brazil. A shoot-out broke out between police officers and drug traffickers."
    )
    names = actor1(pipeline, text)
    assert any(n.endswith("Military Police") for n in names), names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 6 May 2020, Military Police officers shot and wounded two men during a raid in the Mare "
            "neighbourhood of Rio de Janeiro, Brazil.",
            "Military Forces of Brazil (2019-2023) Military Police",
        ),
        (
            "On 6 May 2020, LDU personnel beat and injured a trader for breaking the curfew in Gulu, Uganda.",
            "Military Forces of Uganda (1986-) Local Defense Unit",
        ),
    ],
)
def test_actor_roles_export_writes_the_unit_after_its_forces(pipeline, text: str, expected: str) -> None:
    from eventwire.export.acled_csv import acled_name

    result = pipeline.extract(ArticleInput(id="t", text=text, published=DAY))
    first = next(a for a in result.events[0].actors if a.role.value == "actor1")
    assert acled_name(first) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 28 April 2020, a roadside bomb struck a cart near Titao, Burkina Faso, killing three women. The "
            "device was likely planted by JNIM militants.",
            "JNIM: Jama'at Nusrat al-Islam wal-Muslimin",
        ),
        (
            "On 2 July 2016, an explosive device killed a soldier outside a military camp near Mandera, Kenya. No "
            "group has claimed the blast, but suspicion falls on al Shabaab.",
            "Al Shabaab",
        ),
    ],
)
def test_actor_roles_the_one_suspected_of_an_attack_made_it(pipeline, text: str, expected: str) -> None:
    result = pipeline.extract(ArticleInput(id="t", text=text, published=DAY))
    names = [n for e in result.events for a in e.actors if a.role.value == "actor1" for n in (a.name, a.family)]
    assert expected in names, names


def test_actor_roles_fire_by_an_unknown_party_is_its_doer(pipeline) -> None:
    text = "On 7 May 2020, heavy artillery fire by an unknown party was reported in Ain Zara, Tripoli, Libya."
    assert "Unidentified Armed Group (Libya)" in actor1(pipeline, text)

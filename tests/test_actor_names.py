"""Actors named the way ACLED names them: state forces dated by the regime in power on the event's day,
unnamed criminals as gangs, "forces of X", opponents written "anti-X". Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.errors import ResourceError
from eventwire.records import ArticleInput
from eventwire.stages.actors import Regimes, _regime, load_regimes


def actors(pipeline, text: str, published: dt.date) -> list[tuple[str, str | None]]:
    result = pipeline.extract(ArticleInput(id="t", text=text, published=published))
    return [(a.role.value, a.family or a.name) for a in result.events[0].actors]


@pytest.fixture(scope="module")
def regimes() -> Regimes:
    return load_regimes()


@pytest.mark.parametrize(
    ("name", "day", "expected"),
    [
        ("Military Forces of Nigeria (2023-)", dt.date(2020, 5, 8), "Military Forces of Nigeria (2015-2023)"),
        ("Military Forces of Nigeria (2023-)", dt.date(2023, 5, 28), "Military Forces of Nigeria (2015-2023)"),
        ("Military Forces of Nigeria (2023-)", dt.date(2023, 5, 29), "Military Forces of Nigeria (2023-)"),
        ("Police Forces of India (2014-)", dt.date(2010, 1, 1), "Police Forces of India (2004-2014)"),
        ("Government of Syria (2000-2024)", dt.date(2025, 2, 1), "Government of Syria (2024-)"),
        # an undated generic name gets its era
        ("Police Forces of Kenya", dt.date(2021, 6, 3), "Police Forces of Kenya (2013-2022)"),
        # a series whose eras carry words after the years
        (
            "Military Forces of Libya (2021-) Government of National Unity",
            dt.date(2020, 5, 3),
            "Military Forces of Libya (2016-2021) Government of National Accord",
        ),
        # labels outside the series, states without regimes, days before the first era: unchanged
        ("Military Forces of Libya (2014-) Haftar Faction", dt.date(2020, 5, 3), None),
        ("Government of Iraq (Kurdistan Regional Government)", dt.date(2020, 5, 3), None),
        ("Military Forces of Madagascar", dt.date(2020, 5, 3), None),
        ("Military Forces of Nigeria (2023-)", dt.date(1990, 1, 1), None),
        ("Military Forces of Nigeria (2023-)", None, None),
        ("Islamic State", dt.date(2020, 5, 3), None),
    ],
)
def test_actor_names_dated_by_regime(regimes: Regimes, name: str, day: dt.date | None, expected: str | None) -> None:
    assert regimes.dated(name, day) == (expected or name)


def test_actor_names_regime_eras_must_be_dated_oldest_first() -> None:
    with pytest.raises(ResourceError, match="oldest first"):
        _regime(
            {
                "state": "Nowhere",
                "country": "NWH",
                "eras": [{"since": dt.date(2010, 1, 1)}, {"since": dt.date(2001, 1, 1)}],
            }
        )
    with pytest.raises(ResourceError, match="oldest first"):
        _regime({"state": "Nowhere", "country": "NWH", "eras": [{"since": "2010"}]})


def test_actor_names_same_words_dated_by_the_event_day(pipeline) -> None:
    text = "Nigerian troops killed 12 Boko Haram fighters in an ambush near Bama, Borno State, on Friday."
    assert actors(pipeline, text, dt.date(2020, 5, 8))[0] == ("actor1", "Military Forces of Nigeria (2015-2023)")
    assert actors(pipeline, text, dt.date(2024, 5, 10))[0] == ("actor1", "Military Forces of Nigeria (2023-)")


def test_actor_names_generic_soldiers_take_the_country_and_era(pipeline) -> None:
    text = "Four villagers were shot dead by soldiers at a checkpoint near Bama, Borno State, Nigeria, on Friday."
    assert actors(pipeline, text, dt.date(2012, 5, 11)) == [
        ("actor1", "Military Forces of Nigeria (2010-2015)"),
        ("actor2", "Civilians (Nigeria)"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Armed men on a motorcycle carried out a drive-by shooting against a shopkeeper in Celaya, "
            "Guanajuato, Mexico, on Friday. The victim died.",
            "Unidentified Gang (Mexico)",
        ),
        (
            "Two men were found beheaded in Uruapan, Michoacan, Mexico, on Friday; police said the killings "
            "were linked to a cartel dispute.",
            "Unidentified Gang (Mexico)",
        ),
        (
            "Armed men attacked a police patrol in Celaya, Guanajuato, Mexico, on Friday, killing three officers.",
            "Unidentified Armed Group (Mexico)",
        ),
    ],
)
def test_actor_names_unnamed_criminals_are_a_gang(pipeline, text: str, expected: str) -> None:
    assert actors(pipeline, text, dt.date(2020, 5, 8))[0] == ("actor1", expected)


def test_actor_names_forces_of_a_named_state(pipeline) -> None:
    text = "The military forces of Armenia shelled positions held by Azerbaijani troops near Tovuz on Friday."
    assert actors(pipeline, text, dt.date(2020, 5, 8))[0] == ("actor1", "Military Forces of Armenia (2018-)")


def test_actor_names_anti_x_forces_are_not_x(pipeline) -> None:
    text = "Anti-Houthi National Resistance forces shelled positions near Hodeidah, Yemen, on Tuesday."
    found = actors(pipeline, text, dt.date(2020, 5, 5))
    assert found[0] == ("actor1", "National Resistance Forces")
    assert all("Supreme Political Council" not in (name or "") for _, name in found)


def test_actor_names_clash_between_two_sides(pipeline) -> None:
    text = (
        "Heavy clashes broke out between Houthi fighters and pro-Hadi forces near Marib city, Yemen, on Friday, "
        "leaving 14 fighters dead."
    )
    assert actors(pipeline, text, dt.date(2020, 5, 8)) == [
        ("actor1", "Military Forces of Yemen (2016-) Supreme Political Council"),
        ("actor2", "Military Forces of Yemen (2012-2022)"),
    ]


def test_actor_names_group_and_its_fighters_are_one_actor(pipeline) -> None:
    text = "Al shabaab militants shot dead a district official in Afgooye, Lower Shabelle, Somalia, on Thursday."
    result = pipeline.extract(ArticleInput(id="t", text=text, published=dt.date(2020, 5, 7)))
    found = [(a.role.value, a.name) for a in result.events[0].actors]
    assert found[0] == ("actor1", "Al Shabaab")
    assert not any(name.startswith("Unidentified") for _, name in found)


def test_actor_names_protest_with_intervention_keeps_the_crowd_first(pipeline) -> None:
    text = (
        "Police used tear gas to disperse hundreds of students protesting tuition fees in Santiago, Chile, on Friday."
    )
    assert actors(pipeline, text, dt.date(2020, 5, 8))[0] == ("actor1", "Protesters (Chile)")


def test_actor_names_police_named_by_adjective(pipeline) -> None:
    text = (
        "Tunisian police forces seized 800 rounds of ammunition in a deserted house near Thala, Kasserine, on Friday."
    )
    assert actors(pipeline, text, dt.date(2020, 5, 1))[0] == ("actor1", "Police Forces of Tunisia (2019-)")


def test_actor_names_crowd_of_a_demonstration_that_turned_violent_are_rioters(pipeline) -> None:
    text = (
        "Over 300 workers demonstrated in Kovvur, Andhra Pradesh, India, on Monday, demanding to be sent home. "
        "Rioters pelted stones and bottles at the police."
    )
    assert actors(pipeline, text, dt.date(2020, 5, 4))[0] == ("actor1", "Rioters (India)")


def test_actor_names_the_attacker_is_actor1_when_the_defender_is_named_first(pipeline) -> None:
    text = (
        "Kenyan soldiers repelled an attack by Al Shabaab fighters on their camp near Mandera, Kenya, on Sunday, "
        "killing six of the attackers."
    )
    result = pipeline.extract(ArticleInput(id="t", text=text, published=dt.date(2021, 3, 7)))
    found = [(a.role.value, a.name) for a in result.events[0].actors]
    assert found[0] == ("actor1", "Al Shabaab")
    assert ("actor2", "Military Forces of Kenya (2013-2022)") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tiv militias attacked three farming villages near Wukari, Taraba State, Nigeria, on Tuesday, "
            "killing four farmers.",
            "Tiv Ethnic Militia",
        ),
        (
            "Militiamen from the Ayr sub-clan shot dead a herder near Galkayo, Mudug, Somalia, on Wednesday.",
            "Ayr Sub-Clan Militia",
        ),
        (
            "Clashes broke out between Al Hayash tribesmen and Houthi fighters in Al Bayda, Yemen, on Monday.",
            "Al Hayash Tribal Militia",
        ),
    ],
)
def test_actor_names_militia_named_after_its_community(pipeline, text: str, expected: str) -> None:
    result = pipeline.extract(ArticleInput(id="t", text=text, published=dt.date(2020, 5, 5)))
    actor1 = next(a for a in result.events[0].actors if a.role.value == "actor1")
    assert actor1.name.startswith(expected) and actor1.inter == 4


def test_actor_names_a_state_adjective_is_not_a_community(pipeline) -> None:
    text = "Nigerian militias clashed with each other near Jos, Plateau State, Nigeria, on Monday, killing two."
    found = actors(pipeline, text, dt.date(2020, 5, 4))
    assert not any("Nigerian" in (name or "") and "Militia" in (name or "") for _, name in found)


def test_actor_names_the_group_whose_attack_was_repelled_is_actor1(pipeline) -> None:
    text = "Iraqi forces repelled an IS attack near Lazaka village in Shirqat district, Iraq, on Monday."
    found = actors(pipeline, text, dt.date(2020, 5, 4))
    assert found == [("actor1", "Islamic State"), ("actor2", "Military Forces of Iraq (2018-2020)")]


def test_actor_names_latin_american_insurgents_in_lower_case_archives(pipeline) -> None:
    text = (
        "san salvador, 12 jan 90 -- members of the farabundo marti national liberation front attacked an army "
        "post in usulutan department today, killing three soldiers."
    )
    result = pipeline.extract(ArticleInput(id="t", text=text, published=dt.date(1990, 1, 12)))
    names = [a.name for e in result.events for a in e.actors]
    assert "FMLN: Farabundo Marti National Liberation Front" in names


def test_actor_names_taliban_were_rebels_before_they_took_power(pipeline) -> None:
    text = "Taliban fighters attacked a police checkpoint in Ghazni city, Afghanistan, on Wednesday, killing five policemen."
    result = pipeline.extract(ArticleInput(id="t", text=text, published=dt.date(2019, 5, 8)))
    taliban = next(a for a in result.events[0].actors if a.name == "Taliban")
    assert (taliban.family, taliban.inter) == ("Taliban", 2)
    later = pipeline.extract(ArticleInput(id="t", text=text, published=dt.date(2023, 5, 8)))
    taliban = next(a for a in later.events[0].actors if a.name == "Taliban")
    assert (taliban.family, taliban.inter) == ("Military Forces of Afghanistan (2021-)", 1)


def test_actor_names_a_forces_spokesman_is_a_party_in_an_earlier_regime(pipeline) -> None:
    text = (
        "Nigerian troops killed 12 Boko Haram fighters near Bama, Borno State, on Friday, "
        "army spokesman Onyema Nwachukwu said."
    )
    result = pipeline.extract(ArticleInput(id="t", text=text, published=dt.date(2020, 5, 8)))
    claims = [c for c in result.events[0].claims if "Nwachukwu" in (c.claimant.span.text if c.claimant.span else "")]
    assert claims and all(c.claimant.is_party for c in claims)


def test_the_military_unnamed_gets_the_name_of_the_state_where_the_event_is(pipeline) -> None:
    text = (
        "An air force jet bombed a village school in Myanmar's Magway region on Sunday, killing nine people, "
        "residents said. The military denied targeting civilians."
    )
    result = pipeline.extract(ArticleInput(id="t", text=text, published=dt.date(2024, 4, 23)))
    names = {a.role.value: a.name for a in result.events[0].actors}
    assert names.get("actor1") == "Military Forces of Myanmar (2021-)"  # not "Military Forces": a name a reader can use


@pytest.mark.parametrize(
    "weapons", ["guided bombs", "glide bombs", "cruise missiles", "mortar shells", "ballistic missiles"]
)
def test_actor_names_the_state_whose_weapons_struck_is_actor1(pipeline, weapons: str) -> None:
    text = f"Two Russian {weapons} struck a busy market in Kupiansk on Saturday, killing at least nine people."
    assert actors(pipeline, text, dt.date(2024, 5, 25))[0][1].startswith("Military Forces of Russia")


@pytest.mark.parametrize(
    "headline", ["Five soldiers killed in ambush in Kashmir", "Two policemen wounded as gunmen open fire on patrol"]
)
def test_actor_names_those_counted_among_the_victims_are_no_attackers(pipeline, headline: str) -> None:
    text = (
        f"{headline}\n\nMilitants ambushed an army truck in Poonch district of Kashmir on Thursday, killing five "
        "soldiers and wounding two policemen, officials said."
    )
    roles = dict(actors(pipeline, text, dt.date(2023, 4, 21)))
    assert roles["actor1"].startswith("Unidentified Armed Group") and "Forces of India" in roles["actor2"]


def test_actor_names_when_no_side_acts_plainly_the_side_not_counted_among_the_dead_is_actor1(pipeline) -> None:
    text = (
        "Drone attack kills three US troops in Jordan\n\nA drone attack by Iran-backed militants killed three U.S. "
        "service members at a base in northeast Jordan on Sunday, officials said."
    )
    roles = dict(actors(pipeline, text, dt.date(2024, 1, 28)))
    assert "United States" not in roles["actor1"] and "United States" in roles["actor2"]


@pytest.mark.issue(5)
@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        (
            "Government shelling killed five people in the town of Sarmin in Syria's Idlib province on Thursday.",
            dt.date(2023, 10, 5),
            "Military Forces of Syria (2000-2024)",
        ),
        (
            "Government warplanes bombed a market in the town of Kauda in Sudan's South Kordofan state on Monday, "
            "killing six people.",
            dt.date(2024, 2, 5),
            "Military Forces of Sudan",
        ),
        (
            "Regime shelling killed three children in the town of Ariha in Idlib province on Sunday.",
            dt.date(2019, 5, 12),
            "Military Forces of Syria (2000-2024)",
        ),
    ],
    ids=["government shelling", "government warplanes", "regime shelling"],
)
def test_actor_names_the_governments_weapons_are_its_forces(pipeline, text: str, day: dt.date, expected: str) -> None:
    role, name = actors(pipeline, text, day)[0]
    assert role == "actor1" and name.startswith(expected)


@pytest.mark.issue(5)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jihadist fighters linked to al Qaeda killed 30 civilians near the town of Barsalogho in Burkina Faso's "
            "Centre-Nord region on Saturday.",
            "JNIM: Jama'at Nusrat al-Islam wal-Muslimin",
        ),
        (
            "Fighters of al Qaeda killed four soldiers at a checkpoint in Yemen's Abyan province on Saturday.",
            "AQAP: Al Qaeda in the Arabian Peninsula",
        ),
        (
            "Al Qaeda fighters attacked a checkpoint near Palmyra in Syria on Saturday, killing four soldiers.",
            "Al Qaeda",
        ),
    ],
    ids=["Burkina Faso", "Yemen", "elsewhere the parent"],
)
def test_actor_names_the_parent_movement_is_its_local_branch(pipeline, text: str, expected: str) -> None:
    assert actors(pipeline, text, dt.date(2024, 8, 24))[0] == ("actor1", expected)


@pytest.mark.issue(5)
def test_actor_names_bandits_are_an_unidentified_armed_group_of_the_country(pipeline) -> None:
    text = "Armed bandits killed 20 villagers in a raid on Dan Isa village in Nigeria's Zamfara state on Sunday."
    assert actors(pipeline, text, dt.date(2024, 1, 15))[0] == ("actor1", "Unidentified Armed Group (Nigeria)")


@pytest.mark.issue(5)
def test_actor_names_tuareg_separatist_rebels(pipeline) -> None:
    text = (
        "Tuareg separatist rebels said they had killed dozens of Malian soldiers near Tinzaouaten in Mali on Saturday."
    )
    assert actors(pipeline, text, dt.date(2024, 7, 27))[0][1].startswith("CSP-DPA")


@pytest.mark.issue(5)
def test_actor_names_a_communitys_militia_from_the_lexicon_carries_the_country(pipeline) -> None:
    text = "Armed herders killed 15 people in an overnight attack on farming villages in Nigeria's Benue state."
    assert actors(pipeline, text, dt.date(2024, 4, 16))[0] == ("actor1", "Fulani Ethnic Militia (Nigeria)")


@pytest.mark.parametrize("weapon", ["Lancet drone", "loitering munition", "strike"])
def test_actor_names_a_named_weapon_of_a_state_is_its_forces(pipeline, weapon: str) -> None:
    text = f"A Russian {weapon} hit a car in Kherson on Saturday, killing two people, officials said."
    assert actors(pipeline, text, dt.date(2024, 5, 25))[0][1].startswith("Military Forces of Russia")


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Russia fired more than 120 missiles at cities across Ukraine on Friday, killing 30 civilians.", "Russia"),
        ("Israel struck targets in southern Lebanon on Friday, killing three Hezbollah fighters.", "Israel"),
        ("MOSCOW, Dec 31 (Wire) - Ukrainian shelling of Belgorod killed 14 people on Saturday.", "Ukraine"),
    ],
)
def test_actor_names_a_state_named_as_the_attacker_or_by_its_weapons_after_a_dateline(
    pipeline, text: str, state: str
) -> None:
    assert actors(pipeline, text, dt.date(2023, 12, 31))[0][1].startswith(f"Military Forces of {state}")

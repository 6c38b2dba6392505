"""Sub-event typing inside a family: who did it and to whom decides between neighbouring ACLED types.

Each convention has a report the rule types and a neighbour it must leave alone, so a rule that fires
too widely fails as surely as one that does not fire. All reports are our own short sentences.
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
        # a crowd with no organisation as the doer: mob violence, not an attack or a battle
        ("Residents of a market town beat a suspected cattle thief to death on Sunday, police said.", "Mob violence"),
        ("Villagers attacked two men accused of stealing a goat and burned their motorbike.", "Mob violence"),
        ("Christians and Muslims of the old quarter fought with clubs and knives on Friday night.", "Mob violence"),
        # ... but not when the crowd is the victim, an armed group does it, or a party's youth wing
        ("Gunmen attacked residents of a market town on Sunday, killing four, police said.", "Attack"),
        ("Residents of the market town were attacked by gunmen on Sunday.", "Attack"),
        ("Militants stopped a minibus, separated the passengers and killed the men.", "Attack"),
        ("Ruling party youths attacked vendors at the bus park on Monday.", "Attack"),
        # the doer of a relative clause is the noun before its pronoun, not the crowd that opens the sentence
        ("Hundreds of villagers fled the valley after the gunmen who killed nine herders returned on Monday.", "Attack"),
        ("Villagers who beat a suspected thief to death on Monday were later questioned by police.", "Mob violence"),
        ("Troops fired on a fighter when government supporters attacked a convoy near the border.", "Armed clash"),
    ],
)
def test_crowd_as_doer_is_a_mob(pipeline, text: str, expected: str) -> None:
    assert _main_type(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what protesters did after the words of their grievance: the act makes the riot
        (
            "Traders protesting the arrest of their chairman by police stoned a municipal truck and burned tyres.",
            "Violent demonstration",
        ),
        (
            "Protesters in the governor's town stormed the council offices and smashed the windows.",
            "Violent demonstration",
        ),
        # a crowd that gathered to protest and then turned on a building: its own riot, not a mob
        (
            "Students gathered at the campus gate to protest the fee rise. Later the students set fire to the bursar's office.",
            "Violent demonstration",
        ),
        # the riot told as the way they protested, or as a clause that shares the crowd as its subject
        (
            "Inmates of the central prison protested against the food by setting fire to mattresses on Monday.",
            "Violent demonstration",
        ),
        (
            "Hundreds of farmers blocked the highway with rocks, clashing with soldiers sent to clear it.",
            "Violent demonstration",
        ),
        # a violent act named inside the grievance stays the grievance
        ("Hundreds marched to protest against soldiers who attacked a village last week.", "Peaceful protest"),
        ("Protesters demanded the return of looted public funds outside the ministry.", "Peaceful protest"),
    ],
)
def test_protesters_own_violence_makes_a_riot(pipeline, text: str, expected: str) -> None:
    assert _main_type(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lethal force on an assembled crowd, named or not named a protest
        (
            "Soldiers fired into a crowd of mourners at a funeral procession, killing three.",
            "Excessive force against protesters",
        ),
        (
            "Residents gathered peacefully outside the town hall to demand water. Police shot into the crowd, killing a boy.",
            "Excessive force against protesters",
        ),
        (
            "Gendarmes whipped and kicked teachers holding a sit-in outside the ministry.",
            "Excessive force against protesters",
        ),
        # a protester killed at the protest, or guards named with where they stood
        (
            "A protester died after police fired tear gas at close range during a rally in the capital on Friday.",
            "Excessive force against protesters",
        ),
        (
            "Guards at the quarry in the north shot dead two villagers protesting at its gate on Wednesday.",
            "Excessive force against protesters",
        ),
        # "protests and clashes": the demonstrators fought too, a violent demonstration
        (
            "Three protesters were killed during anti-government protests and clashes in the capital.",
            "Violent demonstration",
        ),
        # tear gas only: an intervention, not excessive force
        ("Police fired tear gas at protesters marching peacefully to the parliament.", "Protest with intervention"),
        # a gathering of fighters struck from the air is no crowd
        ("A helicopter gunship fired on a gathering of militants in the hills.", "Air/drone strike"),
    ],
)
def test_force_on_an_assembled_crowd(pipeline, text: str, expected: str) -> None:
    assert _main_type(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject opens its clause: the army is what the fighters overran, not who took the town
        (
            "Early on Monday, IS fighters overran positions of the army near the river and took over the town.",
            "Non-state actor overtakes territory",
        ),
        # "IS" is the group, not a passive "is captured"
        ("Yesterday an IS cell captured the district from Peshmerga forces.", "Non-state actor overtakes territory"),
        (
            "Government troops recaptured the town from the rebels after two days of fighting.",
            "Government regains territory",
        ),
        # "rebel-held", "the rebel headquarters": whose ground it was, not rebels taken captive
        (
            "Late on Friday, troops took over the rebel-held town of Kalima, the army said.",
            "Government regains territory",
        ),
        ("Army units captured the rebel headquarters in the hills, a spokesman said.", "Government regains territory"),
        ("Soldiers captured a rebel commander near the river, a spokesman said.", "Arrests"),
    ],
)
def test_who_took_the_ground(pipeline, text: str, expected: str) -> None:
    assert _main_type(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people detained where they gathered or for taking part: the protest met an intervention
        (
            "Police detained about twenty traders who had gathered outside the tax office on Monday.",
            "Protest with intervention",
        ),
        ("Police arrested 14 people for taking part in a march against fuel prices.", "Protest with intervention"),
        # a protest named as the reason or the past of an arrest: an arrest
        ("Police arrested a singer over songs supporting the protests, his lawyer said.", "Arrests"),
        ("Police arrested an activist on Friday, a day before a planned gathering in the capital.", "Arrests"),
    ],
)
def test_arrests_at_a_protest(pipeline, text: str, expected: str) -> None:
    assert _main_type(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sentence after a protest tells what the police did to its crowd
        (
            "Hundreds of nurses marched to the health ministry on Monday. Police opened fire on them, killing one nurse.",
            "Excessive force against protesters",
        ),
        (
            "Farmers blocked the highway near the border on Tuesday. Police pushed them back with shields.",
            "Protest with intervention",
        ),
        # a separate event told after the protest keeps its own type
        (
            "Hundreds of nurses marched to the health ministry on Monday. In a separate incident, gunmen killed a trader.",
            "Peaceful protest",
        ),
    ],
)
def test_force_told_after_the_protest(pipeline, text: str, expected: str) -> None:
    assert _main_type(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the police that told the news are not a second armed side: one-sided killing of a civilian
        ("Unknown gunmen shot and killed a shopkeeper outside his home on Tuesday, police said.", "Attack"),
        # a detainee or a former soldier killed is a civilian victim, not a battle
        ("Soldiers beat and killed a detainee at a camp in the north.", "Attack"),
        ("Militia fighters killed a former soldier at his farm, accusing him of spying.", "Attack"),
        # soldiers fighting rebels stay a battle
        ("Soldiers clashed with rebels near the border, killing four fighters.", "Armed clash"),
    ],
)
def test_who_the_victim_was(pipeline, text: str, expected: str) -> None:
    assert _main_type(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a crowd blocking a road that fights the police demonstrates (a riot), it is not a battle or a mob
        (
            "On Monday, hundreds of farmers blocked the highway with logs and stones and clashed with police.",
            "Violent demonstration",
        ),
        # the victim named between the verb and "to death" is not among the doers
        ("Residents of a village beat a suspected gang member to death on Sunday, police said.", "Mob violence"),
        # police who only stepped in used no force: the crowd's beating is the event
        ("Passengers at the bus park beat a young man accused of theft until police intervened.", "Mob violence"),
        # the crowd's attack, not the arrest it answered
        (
            "Dozens of villagers attacked a police patrol with stones after officers arrested a local man.",
            "Mob violence",
        ),
        ("Residents of the hostel attacked and chased migrant families from nearby homes.", "Mob violence"),
        # a raid in which people were arrested stays an arrest
        ("Police raided a house in the old town and arrested three suspects.", "Arrests"),
        # what a crowd accuses its victims of is not this event
        ("A crowd attacked and killed two men suspected of child abduction in a village.", "Mob violence"),
    ],
)
def test_what_the_crowd_did(pipeline, text: str, expected: str) -> None:
    assert _main_type(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a chemical told by the munition that released it, or by what it looked like
        ("Shells releasing toxic fumes hit the market on Monday, killing two traders.", "Chemical weapon"),
        ("A yellow gas spread through the camp after the bombing, killing a child.", "Chemical weapon"),
        # the bomber died by the bomb, or drove it into the target
        ("A man detonated an explosives vest at the checkpoint, killing himself and two guards.", "Suicide bomb"),
        ("Militants drove a truck packed with explosives into an army base, killing five soldiers.", "Suicide bomb"),
        # bombs dropped from a plane are an air strike, a parked car bomb is not
        ("A plane dropped bombs on the village, killing four farmers.", "Air/drone strike"),
        ("A car bomb parked outside the market went off, killing four people.", "Remote explosive/landmine/IED"),
    ],
)
def test_instrument_names_the_remote_type(pipeline, text: str, expected: str) -> None:
    assert _main_type(pipeline, text) == expected

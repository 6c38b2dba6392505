"""Strategic developments and crowd violence told in words the first rules did not know, on reports we wrote.

The classes follow the ACLED codebook: a rule laid on a population or an armed side's own change (change to
group/activity), a deal between the sides (agreement), a weapon stopped before it struck (disrupted weapons use),
people taken into custody (arrests), a coup or a mutiny (other). Each class has reports it must type and reports it
must leave alone, so a rule that fires too widely fails as surely as one that does not fire.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.records import ArticleInput

PUBLISHED = dt.date(2024, 5, 20)


def _main_type(pipeline, text: str) -> str | None:
    events = pipeline.extract(ArticleInput(id="t", text=text, published=PUBLISHED)).events
    return events[0].type.sub_event_type if events else None


@pytest.mark.parametrize(
    "text",
    [
        # a rule laid on the population: a curfew, an emergency rule with its security cause, a call-up
        "The military authorities imposed an overnight curfew on the provincial capital after the attacks.",
        "The government declared a state of emergency in four districts on Monday following a wave of attacks by bandits.",
        "The junta announced a general mobilisation of reservists on Wednesday.",
        "The authorities ordered all men aged 20 to 40 to register for military service by the end of the month.",
        "The government suspended internet services in the restive region on Thursday.",
        # an armed side's own change: a new leader, a decree, a merger, a new seat, sides switched, a campaign ended
        "The rebel movement named a new military commander on Monday.",
        "Two armed factions in the north announced their merger into a single organisation on Tuesday.",
        "The insurgents ordered shopkeepers in the town to close their businesses during prayer times.",
        "The rebel movement moved its headquarters from the mountains to a town near the border.",
        "A rebel commander and 40 of his men switched sides and joined the army on Friday.",
        "The armed group announced that it was ending its campaign of attacks on oil installations.",
        "Fighters of the armed group publicly burned a pile of seized cannabis in the town square.",
    ],
)
def test_change_to_group_activity(pipeline, text: str) -> None:
    assert _main_type(pipeline, text) == "Change to group/activity"


@pytest.mark.parametrize(
    "text",
    [
        "The ministry imposed a night curfew in the capital to slow the spread of the virus.",
        "The government declared a state of emergency in three provinces after weeks of drought.",
        "The company named a new chief executive on Monday.",
        "Parliament agreed to extend the budget debate by two days.",
    ],
)
def test_measures_outside_conflict_are_no_event(pipeline, text: str) -> None:
    assert _main_type(pipeline, text) is None


@pytest.mark.parametrize(
    "text",
    [
        # the bodies or the captives are what the deal exchanged, not a killing or an arrest
        "The two sides exchanged the bodies of 40 fallen soldiers at the border on Friday.",
        "The warring parties returned the remains of 30 fighters to each other under a deal mediated by elders.",
        "Mediators secured the release of twelve captive soldiers in exchange for five detained militants.",
        # what the deal binds the sides to do is not done yet: no withdrawal happened
        "The army and the rebels signed an agreement on Thursday to withdraw their forces from the disputed valley.",
        "The warring factions agreed to withdraw their forces from the city.",
    ],
)
def test_agreement(pipeline, text: str) -> None:
    assert _main_type(pipeline, text) == "Agreement"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Soldiers found and dismantled a roadside bomb on the road to the airport on Tuesday.",
            "Disrupted weapons use",
        ),
        (
            "Security forces thwarted a planned car bomb attack on the ministry, the police said.",
            "Disrupted weapons use",
        ),
        ("Police foiled a plot to bomb a cathedral and seized two suicide vests.", "Disrupted weapons use"),
        (
            "The coalition destroyed three explosive-laden boats heading for the port before they reached it.",
            "Disrupted weapons use",
        ),
        # the weapon named "assault rifles" is what was seized, not an assault
        (
            "The navy seized a dhow carrying assault rifles and ammunition bound for the rebels.",
            "Disrupted weapons use",
        ),
        # a thwarted attack that was fought off is still a battle
        ("Troops repelled an attack by militants on their base, killing six of them.", "Armed clash"),
        ("Gunmen armed with assault rifles attacked a village market, killing five traders.", "Attack"),
    ],
)
def test_disrupted_weapons_use(pipeline, text: str, expected: str) -> None:
    assert _main_type(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soldiers took five men into custody at a checkpoint on suspicion of links to the rebels.", "Arrests"),
        ("The opposition leader was placed under house arrest on Tuesday, his party said.", "Arrests"),
        # a coup or a mutiny is ACLED's "Other": the palace seized and the president held belong to it
        ("Soldiers seized the presidential palace and detained the president in a coup on Wednesday.", "Other"),
        ("Troops mutinied at a barracks near the capital on Sunday and took control of the armoury.", "Other"),
        # a coup told as the past of the ruler is no event; a battle in a mutiny is still a battle
        ("Soldiers clashed with mutineers at the barracks, and four soldiers were killed.", "Armed clash"),
    ],
)
def test_arrests_and_coups(pipeline, text: str, expected: str) -> None:
    assert _main_type(pipeline, text) == expected


def test_coup_of_the_past_is_no_event(pipeline) -> None:
    text = "The general, who seized power in 2021, opened a new hospital in the capital on Monday."
    assert _main_type(pipeline, text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An angry crowd beat a man to death after accusing him of stealing a motorcycle.", "Mob violence"),
        ("Villagers set fire to the houses of two families accused of witchcraft.", "Mob violence"),
        ("A group of youths stoned a bus carrying members of another community on Saturday.", "Mob violence"),
        ("Protesters burned tyres and threw stones at the police in the capital on Monday.", "Violent demonstration"),
        (
            "A protest against power cuts turned violent when participants looted shops and torched a bank.",
            "Violent demonstration",
        ),
        ("Women staged a silent vigil in the city square to call for an end to the war.", "Peaceful protest"),
        (
            "The rebels withdrew from the town on Sunday and the army moved in without any fighting.",
            "Non-violent transfer of territory",
        ),
        (
            "The army vacated its positions in the valley, which rebels occupied the next day.",
            "Non-violent transfer of territory",
        ),
    ],
)
def test_crowds_and_ground_stay_typed(pipeline, text: str, expected: str) -> None:
    assert _main_type(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a protest set upon: by people with no organisation, a mob; by the state's forces, excessive force
        (
            "About a dozen marchers were injured when a group of young men attacked a peaceful rally in the city "
            "centre on Sunday.",
            "Mob violence",
        ),
        (
            "Police attacked a peaceful rally of students with batons, injuring twenty.",
            "Excessive force against protesters",
        ),
        # people driven from their homes: ACLED's "Other", the attacks named as the cause are its backdrop
        (
            "Some 5,000 people have fled their villages around the town because of militant attacks, an aid agency said.",
            "Other",
        ),
        (
            "Rebels and government forces exchanged prisoners and dead fighters near the front line on Tuesday.",
            "Agreement",
        ),
    ],
)
def test_protests_set_upon_and_displacement(pipeline, text: str, expected: str) -> None:
    assert _main_type(pipeline, text) == expected


def test_displacement_counted_over_years_is_no_event(pipeline) -> None:
    text = "More than two million people have fled their homes since the start of the war, the agency said."
    assert _main_type(pipeline, text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a measure an authority lays on a place: it needs the authority or an armed side as its subject
        (
            "The government closed the main border crossing with its neighbour for two weeks on Monday.",
            "Change to group/activity",
        ),
        ("The junta dissolved all political parties and banned public gatherings.", "Change to group/activity"),
        (
            "Military authorities banned motorcycles in the region to hamper militant movements.",
            "Change to group/activity",
        ),
        # weapons found: a "stock" of guns is no stock market, and a mine found far from its verb is still found
        (
            "Soldiers seized a stock of locally made guns and gunpowder from a workshop on Sunday.",
            "Disrupted weapons use",
        ),
        (
            "A landmine buried under a footpath near the old school was discovered by farmers and removed by soldiers.",
            "Disrupted weapons use",
        ),
        # the displaced coming home is ACLED's "Other" too
        ("Around 300 families returned to their villages on Wednesday under a resettlement programme.", "Other"),
    ],
)
def test_measures_and_returns(pipeline, text: str, expected: str) -> None:
    assert _main_type(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The shop owners closed the market early on Friday for the holiday.",
        "The ministry closed all schools for a month because of the coronavirus.",
        "Thousands of refugees have returned to their homes since the fighting ended, the agency said.",
    ],
)
def test_closures_and_returns_outside_conflict_are_no_event(pipeline, text: str) -> None:
    assert _main_type(pipeline, text) is None


def test_justice_taken_by_a_crowd_is_mob_violence(pipeline) -> None:
    text = "People in a market caught a suspected thief and beat him until he lost consciousness, police said."
    assert _main_type(pipeline, text) == "Mob violence"


def test_police_shooting_a_suspect_is_no_mob(pipeline) -> None:
    assert _main_type(pipeline, "Police shot dead a suspected robber during a chase in the capital.") != "Mob violence"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the crime an arrest is for is its reason, not an event of its own
        ("Police have arrested two men in connection with the killing of a local chief last week.", "Arrests"),
        ("Counter-terrorism police arrested a teenager suspected of planning a bombing.", "Arrests"),
        ("Soldiers raided the house of a rebel commander and took him away in handcuffs.", "Arrests"),
        # weapons stopped before they struck: a controlled blast, every drone of a raid shot down
        (
            "Sappers detonated an unexploded rocket found near the school in a controlled explosion.",
            "Disrupted weapons use",
        ),
        (
            "The rebels fired four drones at the port on Sunday. All of them were shot down before reaching their "
            "targets, the military said.",
            "Disrupted weapons use",
        ),
        # one got through and killed: the strike stands
        (
            "The rebels fired four drones at the port on Sunday. All of them were shot down except one, which hit "
            "a house and killed a woman.",
            "Air/drone strike",
        ),
        (
            "The militants left the town on Friday and government forces entered it unopposed the next day.",
            "Non-violent transfer of territory",
        ),
        ("The kidnappers released the two aid workers unharmed on Sunday.", "Other"),
    ],
)
def test_arrest_reasons_and_stopped_weapons(pipeline, text: str, expected: str) -> None:
    assert _main_type(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "seized the town" holds its object: the rebels before it took ground, they were not taken
        (
            "Rebels seized the town after heavy fighting with government troops on Saturday.",
            "Non-state actor overtakes territory",
        ),
        (
            "The peacekeeping force handed the camp over to the national army on Monday.",
            "Non-violent transfer of territory",
        ),
    ],
)
def test_ground_taken_or_handed_over(pipeline, text: str, expected: str) -> None:
    assert _main_type(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an armed side wrecking property that is no home or shop: destruction, not a battle
        (
            "Rebels destroyed the water pumps supplying the town on Friday, residents said.",
            "Looting/property destruction",
        ),
        (
            "Militants destroyed a health centre and a mobile phone mast in the district.",
            "Looting/property destruction",
        ),
        # a weapon named keeps the strike
        ("A drone strike destroyed a health centre in the district, killing two nurses.", "Air/drone strike"),
    ],
)
def test_property_wrecked(pipeline, text: str, expected: str) -> None:
    assert _main_type(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A trader accused of spying was released by the militants after three weeks in the group's custody.",
        "The rebels released 40 prisoners as a goodwill gesture before the holiday, the group said.",
        "More than 8,000 people crossed from the border district into the neighbouring country last week.",
        "Thousands of residents returned to the city on Sunday after the authorities declared it safe.",
    ],
)
def test_releases_and_movements_of_people_are_other(pipeline, text: str) -> None:
    assert _main_type(pipeline, text) == "Other"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police arrested dozens of opposition supporters at their homes a week after protests.", "Arrests"),
        ("Police detained a preacher on charges related to the deaths of his followers.", "Arrests"),
        ("A senior commander of the armed group was captured by soldiers in the forest.", "Arrests"),
        # no arrest made: the killing it would be for is the event
        ("No arrests have been made in connection with the killing of a local activist near the town.", "Attack"),
        ("Investigators seized explosives stored in a warehouse in the port.", "Disrupted weapons use"),
        (
            "The army destroyed three vehicles loaded with weapons and ammunition trying to cross the border.",
            "Disrupted weapons use",
        ),
        (
            "Fighters of the armed group announced on Friday their decision to join the army.",
            "Change to group/activity",
        ),
    ],
)
def test_arrests_seizures_and_decisions(pipeline, text: str, expected: str) -> None:
    assert _main_type(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ground re-entered by troops; the loss told as its past ("three months after it fell to") is no capture
        (
            "Troops re-entered the town of Fizi on Sunday, three months after it fell to the rebels.",
            "Government regains territory",
        ),
        ("Rebels re-entered the town they had lost to the army in March.", "Non-state actor overtakes territory"),
        # troops moving in is a change of posture, but the town they entered beside it is ground taken
        (
            "State radio said soldiers entered the town of Djibo after a week-long operation.",
            "Government regains territory",
        ),
        # a region re-entered to set up bases takes no ground from anyone
        (
            "Foreign forces have re-entered the northeast of the country and have set up two new bases, an agency reported.",
            "Headquarters or base established",
        ),
    ],
)
def test_ground_re_entered_or_cleared(pipeline, text: str, expected: str) -> None:
    assert _main_type(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two unorganised sides hurting each other: a mob's violence, not an attack on civilians
        ("Youths from both communities attacked each other with stones and clubs, injuring eight.", "Mob violence"),
        ("A mob in the old quarter of the city burned a man accused of theft on Tuesday.", "Mob violence"),
        # a crowd's riot told by its deeds
        (
            "Unemployed youths threw stones at the national guard and burned a tire barricade on Monday.",
            "Violent demonstration",
        ),
        # organised or armed sides fighting each other stay a battle
        (
            "Rebels and soldiers fought each other with rifles for hours near the bridge, leaving six dead.",
            "Armed clash",
        ),
    ],
)
def test_crowds_fighting_each_other_or_the_police(pipeline, text: str, expected: str) -> None:
    assert _main_type(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # tear-gas shells are a crowd-control weapon, not shelling
        ("Protesters pelted stones at the police, who responded with tear gas shells.", "Violent demonstration"),
        ("Rebels shelled the town overnight, killing two civilians.", "Shelling/artillery/missile attack"),
        # a headline's present tense
        ("Police open fire on protesters outside parliament", "Excessive force against protesters"),
        ("Unknown gunmen open fire on worshippers at a mosque", "Attack"),
    ],
)
def test_tear_gas_shells_and_headline_fire(pipeline, text: str, expected: str) -> None:
    assert _main_type(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ground left or handed over under a deal: the transfer is the event, the deal its backdrop
        (
            "On Monday, the federal army returned to the regional capital after the rebel forces withdrew under the "
            "peace deal.",
            "Non-violent transfer of territory",
        ),
        (
            "The militia surrendered control of the airport to the unity government after negotiations.",
            "Non-violent transfer of territory",
        ),
        ("The two sides signed a peace deal in the capital on Friday.", "Agreement"),
    ],
)
def test_ground_handed_over_under_a_deal(pipeline, text: str, expected: str) -> None:
    assert _main_type(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A truce between the two militias took effect at midnight.", "Agreement"),
        ("Rebel leaders and the government reached a power-sharing deal after weeks of talks.", "Agreement"),
        ("Under the deal, the insurgents will withdraw from the town and hand over their weapons.", "Agreement"),
        # weapons handed over under a deal take no ground; control of a place handed over does
        ("The militia handed over its heavy weapons to the army under a disarmament agreement.", "Agreement"),
        (
            "The militia surrendered control of the airport to the unity government after negotiations.",
            "Non-violent transfer of territory",
        ),
    ],
)
def test_agreements_told_by_their_terms(pipeline, text: str, expected: str) -> None:
    assert _main_type(pipeline, text) == expected


def test_a_trade_deal_is_no_event(pipeline) -> None:
    assert _main_type(pipeline, "The two companies reached a supply deal after weeks of talks.") is None

"""Event detection (stages/triggers.py, lexicon/event_terms.toml): whether a sentence reports violence.

Sentences we wrote: violence named in passing (policy talk, aid, elections, a trial, a memorial, the
causes of a death still unknown, hunger) is no event; a shooting or a beating told plainly is one even
with no count, weapon or armed group beside it; a call or a vow does not hedge the killing it answers.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.records import ArticleInput

PUBLISHED = dt.date(2024, 3, 14)
VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


def _violent(pipeline, text: str) -> list[str]:
    result = pipeline.extract(ArticleInput(id="t", text=text, published=PUBLISHED))
    return [e.type.sub_event_type for e in result.events if e.type.event_type in VIOLENT]


@pytest.mark.parametrize(
    "text",
    [
        "Efforts are under way to resolve inter-communal clashes in the region, the governor said.",
        "A forensic investigation is needed to determine the causes of death, the official said.",
        "Members of the church clashed over a leadership dispute. No fatalities or injuries.",
        "More than 100 followers of a preacher starved to death in the forest, police said.",
        "Aid agencies delivered food to 20,000 people displaced by the fighting.",
        "The candidate won the election after a campaign in which he promised to end the killings.",
        "The president vowed to crush the rebels who attacked the capital last year.",
        "Hundreds gathered on Tuesday to mourn the victims of the 2019 bombing.",
        "The government imposed sanctions on two companies accused of fuelling the war.",
        "The minister said the fight against corruption would continue.",
        "Border guards fired shots in the air near the village of Pelka on Monday night.",
    ],
    ids=[
        "resolve clashes",
        "causes of death",
        "no fatalities",
        "starvation",
        "aid",
        "election",
        "vow",
        "memorial",
        "sanctions",
        "figure of speech",
        "shots in the air",
    ],
)
def test_detection_violence_named_in_passing_is_no_event(pipeline, text: str) -> None:
    assert _violent(pipeline, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The regional president was shot and wounded in his office on Saturday.",
        "Two converts were beaten unconscious by a group of men in the village on Sunday.",
        "A man was stabbed to death in a robbery in the town on Monday, police said.",
    ],
    ids=["shot and wounded", "beaten unconscious", "stabbed to death"],
)
def test_detection_plain_violence_needs_no_other_support(pipeline, text: str) -> None:
    assert _violent(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Leaders called for an end to the fighting after clashes killed 12 people in the town on Sunday.",
        "The army vowed to stop the killings after gunmen shot dead four traders on Friday.",
        "The land dispute led to clashes that killed five villagers in Jonglei on Monday.",
    ],
    ids=["call after clashes", "vow after shooting", "led to clashes"],
)
def test_detection_a_hedge_does_not_reach_past_what_already_happened(pipeline, text: str) -> None:
    assert _violent(pipeline, text)


@pytest.mark.issue(5)
@pytest.mark.parametrize(
    "text",
    [
        "On 4 May, unknown men attacked a local party leader in the village of Pelka.",
        "On 7 May, a street vendor was physically assaulted by guards at the station in Varn.",
        "On 9 May, an unidentified group fired shots at a former mayor in the town of Ostrava.",
        "On 9 May, rebel forces fired heavy machine guns, grenade launchers and small arms at army positions near Varn.",
        "Assailants launched a missile at a military base in the province on Tuesday.",
    ],
    ids=["attacked a person", "assaulted (passive)", "fired shots at", "fired weapons at positions", "one missile"],
)
def test_detection_violence_told_by_its_verb_and_victim(pipeline, text: str) -> None:
    assert _violent(pipeline, text)


def _types(pipeline, text: str) -> list[str]:
    result = pipeline.extract(ArticleInput(id="t", text=text, published=PUBLISHED))
    return [e.type.sub_event_type for e in result.events]


@pytest.mark.issue(5)
@pytest.mark.parametrize(
    "text",
    [
        "On 1 May, a number of women demonstrated in Pelka to decry the lack of food amid the pandemic and the lockdown.",
        "On 7 May, residents of two villages marched to the district office to demonstrate over the state of the roads.",
        "On 29 April, a group of taxi drivers blocked the roads in Varn complaining about the new fares.",
    ],
    ids=["pandemic story", "to demonstrate", "blocked roads"],
)
def test_detection_protests_told_plainly(pipeline, text: str) -> None:
    assert "Peaceful protest" in _types(pipeline, text)


@pytest.mark.issue(5)
@pytest.mark.parametrize(
    "text",
    [
        "Police detained a man in Varn on Monday. He planned and coordinated attacks against the army in the district.",
        "Police detained a man in Varn on Monday. He supplied roadside bombs and explosives to fighters in the area.",
    ],
    ids=["planned attacks", "supplied bombs"],
)
def test_detection_a_persons_record_is_not_the_event(pipeline, text: str) -> None:
    assert _types(pipeline, text) == ["Arrests"]


@pytest.mark.issue(5)
@pytest.mark.parametrize(
    "text",
    [
        "On 3 May, army jets launched air strikes on rebel positions near Varn, which did not result in any fatalities.",
        "On 5 May, a guard fatally shot a man who wore no face mask during the coronavirus lockdown in Pelka.",
        "On 6 May, a crowd of about 30 people attacked a shopkeeper in Varn over rumours that he spread the virus.",
        "On 8 May, fighters of a local brigade opened fire on a farmer near Pelka, wounding him.",
        "A widow and her neighbour were shot with arrows near Varn over a land dispute.",
        "Two men were doused in petrol and set alight in Pelka on Monday.",
        "On 9 May, residents closed the main road by burning tyres in Pelka to denounce water cuts.",
        "Unknown men threw petrol bombs at a bus depot in Varn, setting four buses on fire.",
        "A police officer sustained serious wounds during an al-Shabaab operation in the district.",
        "On 4 May, the monitoring mission recorded a total of 40 shots of small arms near Varn.",
    ],
    ids=[
        "no fatalities is no denial",
        "fatally shot in a pandemic",
        "attacked in a pandemic",
        "opened fire on a person",
        "were shot with arrows",
        "doused in petrol",
        "burning tyres",
        "petrol bombs",
        "sustained wounds",
        "monitors count shots",
    ],
)
def test_detection_short_notes_of_violence(pipeline, text: str) -> None:
    """Short notes, as monitors write them: a toll of none, a pandemic backdrop or a plain verb still tell an event."""
    assert _types(pipeline, text)


@pytest.mark.issue(5)
@pytest.mark.parametrize(
    "text",
    [
        "More than 30 people died of the virus in the district this week, health officials said.",
        "Floods killed four people and injured ten in Varn on Monday.",
        "The photographer shot a video of the flooded market in Pelka.",
    ],
    ids=["pandemic deaths", "flood deaths", "shot a video"],
)
def test_detection_nature_still_kills_without_an_event(pipeline, text: str) -> None:
    assert _violent(pipeline, text) == []


def _main(pipeline, text: str, published: dt.date = PUBLISHED):
    return pipeline.extract(ArticleInput(id="t", text=text, published=published)).events[0]


@pytest.mark.issue(5)
@pytest.mark.parametrize(
    ("weapon", "expected"),
    [
        ("Two Russian guided bombs", "Air/drone strike"),
        ("A Russian glide bomb", "Air/drone strike"),
        ("Two KAB bombs", "Air/drone strike"),
        ("A Russian loitering munition", "Air/drone strike"),
        ("A kamikaze drone", "Air/drone strike"),
        ("An FPV drone", "Air/drone strike"),
        ("Cluster munitions", "Shelling/artillery/missile attack"),
        ("An Iskander missile", "Shelling/artillery/missile attack"),
        ("A roadside bomb", "Remote explosive/landmine/IED"),
    ],
)
def test_detection_weapon_words_choose_the_remote_violence_type(pipeline, weapon: str, expected: str) -> None:
    """Bombs dropped from aircraft and drones that dive on their target are air/drone strikes (ACLED);
    missiles and cluster rockets are shelling; a planted bomb is a remote explosive."""
    text = f"{weapon} struck a crowded hardware store in Varn on Saturday, killing at least 12 people."
    assert _main(pipeline, text).type.sub_event_type == expected


@pytest.mark.issue(5)
@pytest.mark.parametrize(
    "text",
    [
        "An air strike killed 17 people in the Yarmouk district of Khartoum on Saturday, the health ministry said, "
        "as fighting between the army and the paramilitary Rapid Support Forces entered its third month.",
        "Israeli air strikes killed at least six people in Gaza City's Shejaiya neighbourhood on Thursday as tanks "
        "advanced into the area, residents said.",
    ],
    ids=["war entered its third month", "tanks advanced"],
)
def test_detection_a_backdrop_or_an_advance_does_not_retype_the_strike(pipeline, text: str) -> None:
    assert _main(pipeline, text, dt.date(2024, 6, 27)).type.sub_event_type == "Air/drone strike"


@pytest.mark.issue(5)
def test_detection_the_army_of_a_rebel_groups_name_is_no_state_taker(pipeline) -> None:
    text = "The Arakan Army said on Wednesday it had captured the town of Myebon in Myanmar's Rakhine state."
    assert _main(pipeline, text, dt.date(2024, 2, 7)).type.sub_event_type == "Non-state actor overtakes territory"


@pytest.mark.issue(5)
def test_detection_local_officials_killed_are_civilians(pipeline) -> None:
    text = "Rebels killed three local officials in an attack in the West Wollega zone of Oromia on Saturday."
    assert _main(pipeline, text, dt.date(2023, 3, 20)).type.sub_event_type == "Attack"


@pytest.mark.issue(5)
def test_detection_the_state_leads_a_retaking_beside_militias(pipeline) -> None:
    text = (
        "Somali government forces and clan militias recaptured the town of Cowsweyne in the Galgaduud region "
        "from al Shabaab on Saturday after heavy fighting."
    )
    assert _main(pipeline, text, dt.date(2023, 8, 27)).type.sub_event_type == "Government regains territory"


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested three opposition lawmakers in Nairobi on Wednesday, a day before planned nationwide protests.",
        "Police detained four union leaders in Lagos on Monday ahead of a march called for Friday.",
        "Security forces arrested 12 activists in Harare to prevent a rally against the election result.",
    ],
)
def test_detection_arrests_before_a_protest_yet_to_come_are_arrests(pipeline, text: str) -> None:
    result = pipeline.extract(ArticleInput(id="t", text=text, published=PUBLISHED))
    assert [e.type.sub_event_type for e in result.events] == ["Arrests"]


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("Haqqani Leader Captured in Khost", "Arrests"),
        ("Taliban Commander Captured During Operation in Kandahar", "Arrests"),
        ("Town Captured by Rebels in the North", "Non-state actor overtakes territory"),
        ("Rebels captured the town of Tiko on Saturday after heavy fighting.", "Non-state actor overtakes territory"),
    ],
)
def test_detection_a_headline_without_its_was_says_who_was_captured(pipeline, text: str, sub_type: str) -> None:
    result = pipeline.extract(ArticleInput(id="t", text=text, published=PUBLISHED))
    assert result.events and result.events[0].type.sub_event_type == sub_type

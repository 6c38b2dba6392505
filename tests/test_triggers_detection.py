"""Detection gaps (stages/triggers.py, lexicon/event_terms.toml): reports that used to come out with no event.

Sentences we wrote, one per class of words the triggers missed: fire named by calibre or launcher, a
headline's present tense, property burnt "by angry" people, protests told by their acts (placards, a
motorcade, a blockade of a numbered road) without the word "protest", a recapture spelt with a hyphen,
a flood made on purpose, and hedges that end where the next clause starts ("tried to negotiate and then
used tear gas"). The negative cases keep the new words from reading an event into ordinary news.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.records import ArticleInput

PUBLISHED = dt.date(2024, 5, 14)


def _types(pipeline, text: str) -> list[tuple[str, str]]:
    result = pipeline.extract(ArticleInput(id="t", text=text, published=PUBLISHED))
    return [(e.type.event_type, e.type.sub_event_type) for e in result.events]


def _main(pipeline, text: str) -> tuple[str, str] | None:
    found = _types(pipeline, text)
    return found[0] if found else None


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # fire by calibre and launcher: 12.7/14.5 mm guns and 60 mm and up are fired from a distance
        (
            "On Monday, the militia fired 14.5mm machine guns and sniper rifles at farms around the village of Dorna.",
            "Shelling/artillery/missile attack",
        ),
        (
            "The Front claimed the firing of four Grad rockets at an army garrison near Tessa on Sunday.",
            "Shelling/artillery/missile attack",
        ),
        # heavy weapons and small arms at each other's positions: ACLED codes the battle
        (
            "On Tuesday, government forces fired 120mm mortars, grenade launchers, armoured vehicles, heavy machine "
            "guns and small arms at the positions of the Northern Brigade near Kelo.",
            "Armed clash",
        ),
        (
            "Two rockets fell near the airport of Nara on Sunday, causing no damage.",
            "Shelling/artillery/missile attack",
        ),
        ("Armed men used explosives to break into a bank in Tolo overnight.", "Remote explosive/landmine/IED"),
        ("Soldiers and rebels engaged in a fire fight near Kobo on Monday.", "Armed clash"),
        # a patrol fired upon answers with its own fire: a battle, whatever calibre it answered with
        (
            "A patrol received small arms fire from insurgents near Gharo and responded with 120 mm fire, "
            "killing two insurgents.",
            "Armed clash",
        ),
        # a headline's present tense, and verbs whose person is in their own words
        ("Party youths attack traders in Mawo market", "Attack"),
        ("Prison guards beat and robbed a detainee in Kora prison last week.", "Attack"),
        ("Unknown men opened fire on a house in a drive-by shooting in Lasso on Friday.", "Attack"),
        # crowds that burn, beat or brawl
        (
            "A bank branch in Tembo has reportedly been burnt by angry customers after it ran out of cash.",
            "Mob violence",
        ),
        ("Residents of Santa Rita beat a man suspected of theft on Saturday.", "Mob violence"),
        ("Members of two church factions clashed at the cathedral in Rumba on Sunday.", "Mob violence"),
        # protests told by their acts
        (
            "Hundreds of nurses waved placards and chanted slogans outside the health ministry in Kavala.",
            "Peaceful protest",
        ),
        ("Retired miners held a motorcade through Osei town to demand their pensions.", "Peaceful protest"),
        (
            "Community health workers took their grievances to the provincial health offices in Lindo.",
            "Peaceful protest",
        ),
        ("Farmers blocked the RN 4 near Mabu for six hours, denouncing the price of fertiliser.", "Peaceful protest"),
        ("Students blocked with two buses the main highway near Tarra on Thursday.", "Peaceful protest"),
        ("Residents came out on the streets of Ruva demanding the return of running water.", "Peaceful protest"),
        # what they protest about (an arrest) is no event of its own and does not hide the protest
        ("Residents protested the arrest of their chief, blocking the road to Deka.", "Peaceful protest"),
        # "tried to" hedges the talks, not the tear gas fired after them
        (
            "Police tried to negotiate with the crowd and then used tear gas to disperse them.",
            "Protest with intervention",
        ),
        ("Police used force against residents who had gathered for a funeral in Tamu.", "Protest with intervention"),
        # ground, agreements and groups
        (
            "The army said it had re-captured more territory from the rebels around Dalle.",
            "Government regains territory",
        ),
        ("The rebel alliance declares a three-month ceasefire in the eastern hills.", "Agreement"),
        ("More than 200 members of the Green Party defect to the ruling party in Oru.", "Change to group/activity"),
        # a flood made on purpose is destruction, not nature's work
        (
            "Gunmen breached the dyke of the canal to flood the fields of the rival clan near Ogo.",
            "Looting/property destruction",
        ),
        (
            "The militants used bulldozers to break dykes/banks of the Tana river at Kilo village causing massive floods.",
            "Looting/property destruction",
        ),
    ],
)
def test_triggers_detection_gap_is_an_event(pipeline, text: str, sub_type: str) -> None:
    main = _main(pipeline, text)
    assert main is not None, text
    assert main[1] == sub_type


@pytest.mark.parametrize(
    "text",
    [
        "Workers took their complaints to the labour court in Doma.",  # a lawsuit, not a protest
        "The new bridge on the RN 4 near Mabu was opened to traffic on Monday.",  # a numbered road, nobody blocking
        "The company recalled the cars after a defect was found in the brakes.",  # "defect" the noun
        "The attack on traders in Mawo market last year was condemned by the council.",  # the noun, not the verb
        "The minister said troops would fire artillery at any group that crossed the line.",  # still hedged
        "The river burst its banks after three days of rain and flooded the fields near Ogo.",  # nature's flood
        "Heavy rains broke the dam causing floods in three villages.",  # nature breaks dams too
    ],
)
def test_triggers_detection_new_words_read_no_event_into_ordinary_news(pipeline, text: str) -> None:
    assert _types(pipeline, text) == []

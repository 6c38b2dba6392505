"""Accidents and disasters are not conflict events; real attacks told beside accident words still are."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.records import ArticleInput

PUBLISHED = date(2024, 5, 10)


def _types(pipeline, text: str) -> list[str]:
    result = pipeline.extract(ArticleInput(id="t", text=text, published=PUBLISHED))
    return [e.type.sub_event_type for e in result.events]


@pytest.mark.parametrize(
    "text",
    [
        # the title frames a fire; the deaths told after it have no doer
        "Fire at district hospital in Kanga kills eight\n\n"
        "Eight patients died in the surgical ward on Tuesday night, officials said. "
        "Relatives waited outside as the bodies were carried out.",
        # a lead that tells a crash, then deaths with no hand
        "A fuel tanker crashed on the highway outside Moro on Sunday. "
        "Eleven people died at the scene and twenty others were taken to hospital.",
        # the soldiers are the victims of the blast, not its hand
        "Two soldiers died when an ammunition depot exploded accidentally at a barracks near Tessa on Monday.",
        # the lead's "gas explosion" names the accident, not a weapon
        "Gas explosion at bakery in Sava\n\nFour workers died on Monday. Rescue teams searched the rubble.",
        # an aircraft that crashed with no hand named
        "Three soldiers were killed in a helicopter crash in the north of the country on Monday.",
        "Two police officers died in a road accident while escorting a convoy near Mopti.",
        # soldiers as the load of the vehicle, not the hand
        "A truck carrying soldiers overturned near Gao on Friday, killing five of them.",
        # fighting a fire is no battle
        "Firefighters fought the blaze for six hours before it was brought under control in the market of Dalo.",
        "Volunteers battled the wildfire through the night near the village of Ruma.",
        "Health workers are fighting the cholera outbreak in three districts of the province.",
    ],
)
def test_accidents_are_not_events(pipeline, text: str) -> None:
    assert _types(pipeline, text) == []


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # an accident told first, then a real attack with a hand
        (
            "A bus overturned near Kalo on Monday, injuring six. On Tuesday, gunmen opened fire on a market in the same "
            "district, killing four traders.",
            "Attack",
        ),
        # rioters burning a police station
        (
            "Rioters set fire to the police station in Bema on Friday after a man died in custody.",
            "Violent demonstration",
        ),
        # soldiers as the subject of the act
        ("Soldiers opened fire on villagers in Tora on Sunday, killing three people.", "Attack"),
        # a blast told with a hand after an accident word in the lead
        (
            "A truck crashed into a checkpoint near Gala on Monday. Militants then detonated a bomb at the gate, "
            "killing two soldiers.",
            "Remote explosive/landmine/IED",
        ),
        # a killing told as another matter does not inherit the lead's accident
        (
            "Bus crash near Lira kills 12\n\nTwelve passengers died when the bus left the road. Separately, three "
            "people were killed in Kalo on Tuesday.",
            "Attack",
        ),
        # a helicopter brought down by rebels is no accident
        ("A military helicopter crashed after being hit by rebel fire near Kidal, killing four crew members.", None),
    ],
    ids=[
        "attack-after-accident",
        "rioters-arson",
        "soldiers-fire",
        "bomb-after-crash",
        "separate-killing",
        "shot-down",
    ],
)
def test_real_violence_near_accident_words_stays(pipeline, text: str, sub_type: str | None) -> None:
    types = _types(pipeline, text)
    assert sub_type in types if sub_type else types

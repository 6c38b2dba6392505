"""Article scope leftovers (stages/scope.py and its word lists): one episode named as "the recent clashes", a charge or
an anniversary dated to its own day, a modal in a relative clause, and accidents told as killings."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.records import ArticleInput, Span
from eventwire.stages.readings import _is_speech_time

PUBLISHED = dt.date(2024, 3, 14)  # a Thursday

# "the recent clashes" names the one episode the article reports, not a string of them
ONE_EPISODE = """Clan militias fight over a well near Beledweyne

Clan militia fighters killed four soldiers near Beledweyne, officials said, in the recent clashes over a disputed \
well outside the town.

Elders from both clans met to calm the area."""

# a charge dated to the day it was brought: the murder it names lies before
CHARGED = """Two men charged over killing of a trader

NAIROBI — Two men were charged on Monday with the murder of a trader who was shot dead in Garissa last year, \
prosecutors said.

The men denied the charges and were remanded in custody."""

# an anniversary marked on a day: the day of the remembrance, not of the attack
ANNIVERSARY = """Survivors mark the anniversary of the school attack

Survivors and families marked the fifth anniversary on Tuesday of the attack in which militants shot dead 30 \
students at a school in Garissa.

A choir sang outside the rebuilt school."""

# a village honouring the victims of an old massacre
HONOUR = """Village honours the victims of the 2015 massacre

Residents of a village in Borno gathered on Tuesday to honour the victims of a massacre in which gunmen killed \
40 farmers in 2015.

Relatives read the names of the dead."""


def _extract(pipeline, text: str):
    return pipeline.extract(ArticleInput(id="t", text=text, published=PUBLISHED))


def test_the_recent_clashes_name_one_episode_not_a_survey(pipeline) -> None:
    scope = _extract(pipeline, ONE_EPISODE).scope
    assert scope.kind == "event report", scope.reason


@pytest.mark.parametrize("text", [CHARGED, ANNIVERSARY, HONOUR], ids=["charged on a day", "anniversary", "honour"])
def test_a_charge_or_a_remembrance_dated_to_its_own_day_is_background(pipeline, text: str) -> None:
    result = _extract(pipeline, text)
    assert result.events, "the recalled violence is still found"
    assert result.scope.kind == "background", result.scope.reason


def test_a_modal_in_a_relative_clause_does_not_hedge_the_main_verb(pipeline) -> None:
    """'who will face trial next month' is about the gunmen; the killing they did is told as done."""
    text = "Five gunmen who will face trial next month killed six villagers in an attack on a village in Zamfara."
    events = _extract(pipeline, text).events
    assert any(e.type.event_type == "Violence against civilians" for e in events), events


def test_a_modal_with_its_auxiliary_still_hedges(pipeline) -> None:
    text = "Officials warned that more villagers could be killed in Zamfara if the roads stay closed."
    assert not _extract(pipeline, text).events


@pytest.mark.parametrize(
    "text",
    [
        "Bus overturns on highway, killing 12\n\nTwelve passengers died on Tuesday when their bus overturned "
        "near Nakuru, police said. The driver lost control on a sharp bend.",
        "Fire at fuel depot kills three workers\n\nA fire at a fuel depot in Lagos killed three workers and injured "
        "five on Tuesday, officials said. Firefighters fought the blaze for hours.",
        "Hospital fire kills eight patients\n\nA fire broke out in the intensive care ward of a hospital in Baghdad "
        "on Tuesday, killing eight patients, health officials said. An electrical fault was blamed.",
    ],
    ids=["bus overturns", "depot fire", "hospital fire"],
)
def test_accidents_and_fires_are_no_conflict_events(pipeline, text: str) -> None:
    result = _extract(pipeline, text)
    assert result.scope.kind == "none", [(e.type.sub_event_type, e.type.trigger.text) for e in result.events]


def test_gunmen_opening_fire_at_a_market_still_attack(pipeline) -> None:
    """'opened fire at a market' is gunfire, not a fire at a market."""
    text = "Unidentified assailants opened fire at a market in Maiduguri on Tuesday, killing five traders."
    result = _extract(pipeline, text)
    assert result.scope.kind == "event report", result.scope.reason


def test_a_phrase_of_speech_opening_a_sentence_dates_the_statement() -> None:
    """'Speaking to reporters in Juba on Tuesday, ...': Tuesday is the day the spokesman spoke."""
    text = "Militants attacked a base in Mopti. Speaking to reporters in Bamako on Wednesday, a spokesman said more."
    start = text.index("on Wednesday")
    assert _is_speech_time(text, Span.of(text, start, start + len("on Wednesday")))
    note = "On Wednesday, militants attacked a base in Mopti, killing nine soldiers."
    assert not _is_speech_time(note, Span.of(note, 0, len("On Wednesday")))


# the dateline's day is the day the story was filed; what the head tells is a survey of crimes
DATELINED = """Kuajok - 12 Mar 2024 Police in two border counties have vowed to crack down on criminals after an upsurge \
in crimes along the border. Speaking to a local radio station on Tuesday, a police inspector said, "We are facing \
rape and theft every week." He added that cattle raiders still carry out their activities near the border."""


def test_a_dateline_does_not_pin_the_event_to_a_day(pipeline) -> None:
    result = pipeline.extract(ArticleInput(id="t", text=DATELINED, published=dt.date(2024, 3, 12)))
    assert result.scope.kind != "event report", result.scope.reason

"""Scope on articles that mention violence without reporting it (stages/scope.py): the conventions that tell a
report of a fresh event from a feature, a funeral, a caption or an evacuation told against a war's backdrop."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.records import ArticleInput
from eventwire.records.extraction import Scope

PUBLISHED = dt.date(2023, 6, 14)  # a Wednesday

# --- the story's past: an event dated to an earlier month or year -------------------------------------------

FUNERAL = """Thousands of mourners attended the funeral in Juba on Sunday of a radio presenter who was killed by \
unknown gunmen in March.
Colleagues carried his coffin through the streets of the capital.
The killers have not been found."""

SURVIVOR = """Twenty years after raiders burned her village, Nyabol still remembers the night the houses caught fire. \
She was eight when cattle raiders attacked Pibor in 2003, killing her father and two brothers.
Today she runs a school for girls in the same village.
"We must not forget," she said."""

ANNIVERSARY = """MOGADISHU - Hundreds of residents gathered in the capital on Wednesday to remember the victims of \
the truck bombing that killed more than 500 people five years ago.
Families laid flowers at the site of the blast at the busy junction.
The mayor said the city would build a monument."""

LAST_WEEK = """Gunmen shot dead four herders and drove off their camels near Moyale last week, officials said on \
Wednesday.
The attackers crossed the border after the raid, a police commander said.
A similar raid in the area in 2019 killed 11 people."""

# --- photo captions above the lead ----------------------------------------------------------------------------

CAPTIONED_SANCTIONS = """File photo: Smoke rises over a market in Omdurman during clashes between the army and a \
paramilitary force, 2 May 2023; Credit: Reuters/A. Photographer
WASHINGTON - On Tuesday the United States imposed sanctions on three companies it accused of supplying arms to \
both sides in Sudan, raising pressure on the generals to stop fighting.
The Treasury said the firms had also traded in gold."""

CAPTIONED_SHELLING = """Residents inspect a damaged house in El Obeid, Sudan, on April 30. (AP Photo/A. Photographer)
EL OBEID - Shells fired by the paramilitary forces hit a hospital in El Obeid on Tuesday, killing six patients, \
doctors said.
The army said it had pushed the attackers back from the city's edge."""

# --- a war behind the news ---------------------------------------------------------------------------------------

EVACUATION = """Hundreds of foreign nationals were evacuated from Port Sudan on Tuesday aboard a navy ship, as \
fighting between the rival generals continued to grip the capital.
The evacuees included citizens of more than 40 countries.
The navy said it had now helped more than 5,000 people leave."""

FIGHTING_RAGES = """Fighting between the army and rebels in the town of Abyei killed 14 people on Saturday, as the \
conflict in the region continued to rage, a local official said.
Hundreds of families fled to a UN base.
The UN mission called for calm."""

# --- a statement's day is not the event's -------------------------------------------------------------------------

STATEMENT_DAY = """A county governor said clashes between herders and farmers along the river are ruining the \
harvest in the east of the state. Speaking to journalists in Yei on Monday, the governor said more than 2,000 \
families had left their farms since January.
Farmers said they had abandoned their fields.
The herders' leaders blamed the farmers for blocking water points."""

QUOTED_ON_A_DAY = """Police in the border counties have promised to crack down on cattle thieves after a surge in \
crimes in villages along the river. Speaking to a radio station on Monday, the regional police chief said: "We face \
raids and killings of herders almost every week."
Elders said the raiders come at night.
Officers will be sent to the worst-hit areas, the police chief said."""

STATEMENT_AND_EVENT_DAY = """At least 30 people were killed in clashes between the army and the paramilitary \
forces in El Obeid on Sunday, a doctors' union said in a statement on Monday.
Residents said heavy gunfire went on into the night.
The war has displaced more than a million people since April."""


# --- violence called for, not yet happened ---------------------------------------------------------------------------

CALL_TO_PROTEST = """The opposition leader on Tuesday called for nationwide protests next week against the rising cost \
of living, and urged supporters to march on parliament.
Police said any demonstration without a permit would be dispersed.
The country has seen months of political tension, and diplomats in the capital have urged all sides to return to \
dialogue. The government spokesman did not answer calls on Wednesday. Opposition figures said they would announce \
further steps at the weekend, and church leaders offered to mediate between the two camps."""

PROTEST_HELD = """Thousands of opposition supporters marched to parliament on Tuesday against the rising cost of \
living, and police fired tear gas to disperse them, witnesses said.
Several people were arrested, a police spokesman said.
The country has seen months of political tension, and diplomats in the capital have urged all sides to return to \
dialogue. The government spokesman did not answer calls on Wednesday. Opposition figures said they would announce \
further steps at the weekend, and church leaders offered to mediate between the two camps."""


def _scope(pipeline, text: str) -> Scope:
    return pipeline.extract(ArticleInput(id="t", text=text, published=PUBLISHED)).scope


@pytest.mark.parametrize(
    "text",
    [FUNERAL, SURVIVOR, ANNIVERSARY],
    ids=["funeral of a man killed in an earlier month", "survivor recalls a raid of 2003", "fifth anniversary"],
)
def test_scope_violence_of_an_earlier_month_or_year_is_background(pipeline, text: str) -> None:
    scope = _scope(pipeline, text)
    assert scope.kind == "background", scope.reason


def test_scope_a_recent_event_with_an_old_one_further_down_is_news(pipeline) -> None:
    scope = _scope(pipeline, LAST_WEEK)
    assert scope.kind == "event report", scope.reason


def test_scope_a_photo_caption_is_not_the_head(pipeline) -> None:
    """The old clash in the caption does not make the sanctions article an event report; the caption above a
    shelling report does not hide the shelling."""
    sanctions = _scope(pipeline, CAPTIONED_SANCTIONS)
    assert sanctions.kind != "event report", sanctions.reason
    shelling = _scope(pipeline, CAPTIONED_SHELLING)
    assert shelling.kind == "event report", shelling.reason


def test_scope_fighting_behind_an_evacuation_is_a_backdrop(pipeline) -> None:
    evacuation = _scope(pipeline, EVACUATION)
    assert evacuation.kind != "event report", evacuation.reason
    fighting = _scope(pipeline, FIGHTING_RAGES)  # the same backdrop after an event of its own
    assert fighting.kind == "event report", fighting.reason


def test_scope_the_day_of_a_statement_does_not_date_the_violence(pipeline) -> None:
    spoken = _scope(pipeline, STATEMENT_DAY)
    assert spoken.kind == "summary", spoken.reason
    quoted = _scope(pipeline, QUOTED_ON_A_DAY)  # the day names the interview, even in the sentence of the killings
    assert quoted.kind == "summary", quoted.reason
    dated = _scope(pipeline, STATEMENT_AND_EVENT_DAY)  # the event's own day, beside the statement's
    assert dated.kind == "event report", dated.reason


def test_scope_a_call_to_protest_is_no_protest(pipeline) -> None:
    called = _scope(pipeline, CALL_TO_PROTEST)
    assert called.kind != "event report", called.reason
    held = _scope(pipeline, PROTEST_HELD)
    assert held.kind == "event report", held.reason


@pytest.mark.parametrize(
    ("paragraph", "caption"),
    [
        ("FILE - Soldiers patrol a street in Mogadishu, Somalia, on March 3, 2021.", True),
        ("Residents look at a burned truck near Gedaref. (AP Photo/A. Photographer) The Associated Press", True),
        ("Smoke over the airport; Credit: Reuters/A. Photographer", True),
        (
            "KHARTOUM - Shells hit a hospital in Omdurman on Tuesday (photo below), killing six patients and wounding "
            "dozens more who were waiting for treatment in its courtyard, doctors said.",
            False,
        ),
    ],
    ids=["file picture", "credit at the end", "credit after a semicolon", "a lead that shows a photo"],
)
def test_scope_tells_a_caption_from_a_lead(paragraph: str, caption: bool) -> None:
    from eventwire.stages.scope import _caption

    assert _caption(paragraph) is caption

"""A dated report is not a summary (stages/scope.py, stages/dates.py): a day-dated act in the head beside an attributed
weekly aggregate, a town retaken "over the past day", and a day that belongs to a church service, not to a killing."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.records import ArticleInput, Missing
from eventwire.stages.dates import find_time_expressions

PUBLISHED = dt.date(2024, 3, 14)  # a Thursday

# later paragraphs, so that the article is no brief: all of a brief is its head
AFTERMATH = """

Police said more officers had been sent to the district, and the governor promised to rebuild the burned homes \
and the market. Local leaders asked for calm and urged farmers not to take the law into their own hands.

The governor also met traders in the capital to discuss the price of grain, which has doubled since the harvest \
failed, and promised new roads for the northern districts."""

# a raid told on its day, then a government briefing's weekly count, then the backdrop of years of raids
DATED_RAID = (
    """Gunmen kill seven farmers in raid on Kauru village

KADUNA, Nigeria — Gunmen stormed the village of Kauru on Sunday and shot dead seven farmers, residents said. \
A weekly security briefing from the state government said more than 40 people had been killed across the state \
over the past week.

The region has been hit by a wave of kidnappings and killings for years."""
    + AFTERMATH
)

# the backdrop told in the raid's own sentence, the weekly count in the next
RAID_WITH_BACKDROP = (
    """Gunmen kill seven farmers in raid on Kauru village

Gunmen stormed the village of Kauru on Sunday and shot dead seven farmers in a region hit by a wave of killings \
for years, residents said. More than 40 people had been killed across the state over the past week, according to \
a weekly security briefing from the state government."""
    + AFTERMATH
)

# the same weekly count with no raid of its own day: still a survey
WEEKLY_COUNT = (
    """Forty killed across Kaduna in a week, officials say

A weekly security briefing from the state government said more than 40 people had been killed across the state \
over the past week, in a wave of raids on farming villages.

The region has been hit by kidnappings and killings for years."""
    + AFTERMATH
)

# a town and villages retaken, told with the day just gone
RETAKEN = (
    """Army retakes Kitchanga from rebels

Troops have retaken the town of Kitchanga from the rebels, the army said, and recaptured the nearby villages of \
Mweso and Kashuga over the past day.

Residents said many families had fled to the hills before the fighting and were slowly coming back."""
    + AFTERMATH
)

# the day just gone told beside the act itself, not as a survey span
RECAPTURED = (
    """Army recaptures villages near Kitchanga

Soldiers recaptured the villages of Mweso and Kashuga over the past day, the army said. Residents said many \
families had fled to the hills before the fighting and were slowly coming back."""
    + AFTERMATH
)

# a brief: an old toll, then a church group's service on the day of publication
SERVICE = """Hundreds died in raids on farming villages in Benue state. Today a church group held a memorial \
service for the victims in Makurdi and called for peace."""


def _extract(pipeline, text: str):
    return pipeline.extract(ArticleInput(id="t", text=text, published=PUBLISHED))


@pytest.mark.parametrize("text", [DATED_RAID, RAID_WITH_BACKDROP], ids=["backdrop below", "backdrop in the head"])
def test_a_raid_dated_to_its_day_beside_a_weekly_count_is_an_event_report(pipeline, text: str) -> None:
    scope = _extract(pipeline, text).scope
    assert scope.kind == "event report", scope.reason


def test_a_weekly_count_with_no_act_of_its_own_day_is_still_a_survey(pipeline) -> None:
    scope = _extract(pipeline, WEEKLY_COUNT).scope
    assert scope.kind == "summary", scope.reason


@pytest.mark.parametrize("text", [RETAKEN, RECAPTURED], ids=["retaken", "recaptured"])
def test_ground_retaken_over_the_past_day_is_an_event_report(pipeline, text: str) -> None:
    extraction = _extract(pipeline, text)
    assert extraction.scope.kind == "event report", extraction.scope.reason
    retaken = next(e for e in extraction.events if e.type.sub_event_type == "Government regains territory")
    assert not isinstance(retaken.date, Missing) and retaken.date.end == PUBLISHED
    assert (PUBLISHED - retaken.date.start).days == 1


@pytest.mark.parametrize("words", ["over the past day", "in the last day"])
def test_the_past_day_runs_up_to_publication(words: str) -> None:
    (found,) = find_time_expressions(f"Troops retook two villages {words}.", PUBLISHED)
    assert (found.start, found.end) == (PUBLISHED - dt.timedelta(days=1), PUBLISHED)


def test_the_last_day_of_something_else_is_no_date() -> None:
    assert find_time_expressions("Delegates walked out on the last day of the talks.", PUBLISHED) == []


def test_a_day_told_with_a_church_service_does_not_date_the_killing_before_it(pipeline) -> None:
    extraction = _extract(pipeline, SERVICE)
    assert extraction.events
    for event in extraction.events:
        assert isinstance(event.date, Missing) or event.date.span is None, event.date
    assert extraction.scope.kind == "background", extraction.scope.reason


@pytest.mark.parametrize(
    "sentence",
    [
        "Today a church group held a service for the victims.",
        "On Tuesday the governor visited the camps for the displaced.",
        "A church group held a memorial service in Makurdi on Tuesday.",
    ],
)
def test_the_day_of_a_service_or_a_visit_is_not_read_as_an_event_day(sentence: str) -> None:
    assert find_time_expressions(sentence, PUBLISHED) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Today gunmen attacked a church and killed four worshippers.",
        "Gunmen attacked worshippers who held a service on Tuesday.",
        "On Tuesday worshippers attended a service when a bomb went off.",
        "On Tuesday, the army said troops visited the village.",
        "The governor visited the village where gunmen killed twelve people on Sunday.",
    ],
)
def test_a_day_told_with_violence_or_a_statement_keeps_its_date(sentence: str) -> None:
    assert len(find_time_expressions(sentence, PUBLISHED)) == 1

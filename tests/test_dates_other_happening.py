"""A day told as the day of another happening ("after last week's earthquake", "since Sunday's vote") does
not date the event; a possessive day on its own ("Sunday's attack killed five") still does."""

from __future__ import annotations

import datetime as dt

from eventwire.records import ArticleInput
from eventwire.stages.dates import find_time_expressions


def test_a_day_before_a_possessive_after_after_is_another_happening() -> None:
    text = "strikes on Tuesday despite a truce declared after last week's earthquake, killing seven"
    found = find_time_expressions(text, dt.date(2025, 4, 2))
    assert [t.span.text for t in found] == ["on Tuesday"]
    assert [t.span.text for t in find_time_expressions("protests since Sunday's vote", dt.date(2025, 4, 2))] == []


def test_a_possessive_day_that_opens_the_sentence_still_dates_it() -> None:
    found = find_time_expressions("Sunday's attack killed five people", dt.date(2025, 4, 2))
    assert [t.start for t in found] == [dt.date(2025, 3, 30)]


def test_main_event_is_dated_by_its_own_day(pipeline) -> None:
    text = (
        "BANGKOK, April 2 (Wire) - Myanmar's military carried out air strikes on villages in the Sagaing region "
        "on Tuesday despite a truce it declared after last week's earthquake, killing at least seven people, "
        "a resistance group said."
    )
    event = pipeline.extract(ArticleInput(id="t", text=text, published=dt.date(2025, 4, 2))).events[0]
    assert event.date.start == dt.date(2025, 4, 1)

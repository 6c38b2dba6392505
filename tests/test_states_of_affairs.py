"""A state of affairs held over months or years ("has been a stronghold since the coup", "raids have become frequent
over the past year") is an article's backdrop, not an event; a happening told with its own short span ("fighting
since Monday has killed 12") still is. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from eventwire.records import ArticleInput

_PUBLISHED = dt.date(2024, 5, 9)
_LEAD = (
    "A military jet dropped two bombs on a school in a village of Magway region, Myanmar, on Monday, killing six "
    "pupils, residents said.\n\n"
)


def _events(pipeline, body: str):
    text = _LEAD + body
    return pipeline.extract(ArticleInput(id="t", text=text, published=_PUBLISHED)).events


def _dates(events) -> list[str]:
    return sorted(str(e.date.start) for e in events)


def test_a_state_held_since_a_coup_is_no_event(pipeline) -> None:
    body = (
        "Magway has been a centre of the armed uprising against the generals since the February 2021 coup, and the "
        "army has increasingly turned to air strikes to punish villages."
    )
    assert _dates(_events(pipeline, body)) == ["2024-05-06"]


def test_a_habit_grown_over_the_past_year_is_no_event(pipeline) -> None:
    body = "Militia ambushes on army convoys in Chin state have become common over the past year as the army lost ground."
    assert _dates(_events(pipeline, body)) == ["2024-05-06"]


def test_a_practice_kept_up_since_the_coup_is_no_event(pipeline) -> None:
    body = "Resistance fighters continue to attack police posts across Chin state since the 2021 coup."
    assert _dates(_events(pipeline, body)) == ["2024-05-06"]


def test_a_kind_of_happening_said_to_be_common_is_no_event(pipeline) -> None:
    body = "Ambushes by resistance fighters on army trucks in Chin state are common."
    assert _dates(_events(pipeline, body)) == ["2024-05-06"]


def test_a_relative_clause_describing_the_place_keeps_the_event(pipeline) -> None:
    """The habit belongs to the town, not to the killing the sentence tells."""
    body = "Separately, gunmen killed two police officers in Hakha, a town in Chin state where ambushes are common."
    assert len(_events(pipeline, body)) == 2


def test_fighting_with_its_own_short_span_is_still_an_event() -> None:
    """The state words alone, or a span of days, mark no backdrop."""
    from eventwire.stages.triggers import _state_of_affairs

    assert not _state_of_affairs("Fighting since Monday has killed 12 people in the north of the town.")
    assert not _state_of_affairs("Militiamen have killed at least 30 villagers since Friday, residents said.")
    assert not _state_of_affairs("The bombing was the deadliest attack on the city since 2019, and it has become a symbol.")
    assert not _state_of_affairs("The town, which has been a rebel stronghold since 2015, was shelled on Tuesday.")
    assert _state_of_affairs("Raids have become frequent over the past year.")
    assert _state_of_affairs("Kidnappings for ransom are rife on the northern highway.")
    assert not _state_of_affairs("The raiders are regular soldiers of the army, a witness said.")


def test_a_span_of_days_keeps_the_event(pipeline) -> None:
    text = (
        "Clashes between two militias since Monday have killed at least 30 people in Kindu, the regional governor "
        "said on Thursday.\n\nThe militias have been fighting for control of the town's market."
    )
    events = pipeline.extract(ArticleInput(id="t", text=text, published=_PUBLISHED)).events
    assert len(events) == 1
    assert events[0].type.sub_event_type == "Armed clash"

"""A crowd's grievance is not its toll: "protested against the killing of three students" names the dead
of another event, while people killed at the protest itself stay its count. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.records import ArticleInput

DAY = dt.date(2024, 5, 6)


def _main(pipeline, text: str):
    extraction = pipeline.extract(ArticleInput(text=text, published=DAY))
    assert extraction.events, text
    return extraction.events[0]


def _dead(event) -> int:
    return getattr(event.fatalities, "value", 0)


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (
            "Hundreds of people protested in Bamako on Monday against the killing of three students by soldiers "
            "the previous day.",
            0,
        ),
        (
            "Protesters took to the streets of Khartoum over the killing of 12 demonstrators, and security forces "
            "shot dead four more.",
            4,
        ),
        # killed at the protest: the crowd event's own dead
        ("Police fired live rounds at protesters demanding the release of detained leaders, killing two.", 2),
        # a clash "over land" that kills: no grievance noun, the toll stays
        ("Villagers clashed over land in the district on Sunday, leaving five people dead.", 5),
    ],
)
def test_the_dead_a_crowd_protests_against_are_not_its_toll(pipeline, text: str, dead: int) -> None:
    assert _dead(_main(pipeline, text)) == dead

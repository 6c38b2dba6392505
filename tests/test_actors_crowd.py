"""The crowd of a protest or riot is ACLED's actor 1, whatever the article calls it. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.records import ArticleInput


def actors(pipeline, text: str) -> list[tuple[str, str | None]]:
    result = pipeline.extract(ArticleInput(id="t", text=text, published=dt.date(2021, 6, 3)))
    return [(a.role.value, a.family or a.name) for a in result.events[0].actors]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hundreds of nurses protested outside the health ministry in Nairobi, Kenya, on Tuesday, demanding unpaid salaries.",
            [("actor1", "Protesters (Kenya)")],
        ),
        (
            "Teachers marched through the centre of Harare, Zimbabwe, on Friday to demand better pay. "
            "Police dispersed the march and arrested 12 teachers.",
            [("actor1", "Protesters (Zimbabwe)"), ("actor2", "Police Forces of Zimbabwe (2017-)")],
        ),
        (
            "An angry mob of youths set fire to a police post in Kisumu, Kenya, on Monday after a boy was shot. "
            "Police fired tear gas to disperse the rioters.",
            [("actor1", "Rioters (Kenya)"), ("actor2", "Police Forces of Kenya (2013-2022)")],
        ),
    ],
)
def test_actors_crowd_is_actor1(pipeline, text: str, expected: list[tuple[str, str]]) -> None:
    assert actors(pipeline, text) == expected


def test_actors_crowd_excessive_force_keeps_the_state_first(pipeline) -> None:
    text = "Soldiers opened fire on protesters in Omdurman, Sudan, on Thursday, killing three demonstrators."
    found = actors(pipeline, text)
    assert found and found[0][0] == "actor1" and "Protesters" not in (found[0][1] or "")


def test_actors_unnamed_perpetrator_is_an_unidentified_armed_group(pipeline) -> None:
    text = "A roadside bomb exploded near a market in Maiduguri, Nigeria, on Sunday, killing four traders."
    found = actors(pipeline, text)
    assert found[0] == ("actor1", "Unidentified Armed Group (Nigeria)")

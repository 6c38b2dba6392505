"""Casualties told "in the ensuing clash" belong to the attack told just before them: one event, not a
second one typed from the word "clash". Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from eventwire.records import ArticleInput


def test_casualties_of_the_ensuing_clash_join_the_attack(pipeline) -> None:
    text = (
        "Assailants attacked the district center of Dila district, Paktika, Afghanistan. At least 73 assailants and "
        "four police officers were killed and at least four people were injured in the ensuing clash. The Taliban "
        "claimed responsibility for the incident."
    )
    events = pipeline.extract(ArticleInput(id="t", text=text, published=dt.date(2017, 6, 1))).events
    assert len(events) == 1
    assert events[0].fatalities.value == 77
    assert [a.name for a in events[0].actors if a.role.value == "actor1"] == ["Taliban"]

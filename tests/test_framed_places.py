"""Place names the language model misses, recovered from the words around them (stages/framed_places.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.records import ArticleInput, Location, Mention, MentionKind, Span
from eventwire.stages.framed_places import with_framed_places


def _places(text: str, mentions: list[Mention] | None = None) -> list[str]:
    return [m.span.text for m in with_framed_places(text, mentions or []) if m.kind is MentionKind.PLACE]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Gunmen raided the village of Ntolo near Kembo on Friday night.", ["Ntolo", "Kembo"]),
        ("Troops cleared the towns of Sarwat, Pashin and Dowlat on Monday.", ["Sarwat", "Pashin", "Dowlat"]),
        ("Two men were shot at Narok Hills in Keyo district of the north.", ["Keyo district"]),
        ("Clashes spread to several Bela villages after the market burned.", ["Bela"]),
    ],
)
def test_framed_names_become_places(text: str, places: list[str]) -> None:
    assert _places(text) == places


@pytest.mark.parametrize(
    "text",
    [
        "Fighters of the Islamic State group claimed the raid.",
        "The Republican state lawmakers met on Tuesday.",
        "Police said the attack happened on Monday in the Northern region.",
        "Protesters gathered outside Obama's town hall meeting.",
        "The army said it would hold the line.",
    ],
)
def test_words_that_frame_no_place_add_none(text: str) -> None:
    assert _places(text) == []


def test_an_organisation_or_person_in_a_place_frame_becomes_a_place_and_actors_stay() -> None:
    text = "Militia fighters attacked a camp in Dugo territory and the towns of Mach and Kolpur."
    given = [
        Mention(kind=MentionKind.ACTOR, span=Span.of(text, 0, 16), key="militia"),
        Mention(kind=MentionKind.ORG, span=Span.of(text, text.index("Dugo"), text.index("Dugo") + 4)),
        Mention(kind=MentionKind.PERSON, span=Span.of(text, text.index("Mach"), text.index("Mach") + 4)),
    ]
    out = with_framed_places(text, given)
    assert [(m.kind, m.span.text) for m in out] == [
        (MentionKind.ACTOR, "Militia fighters"),
        (MentionKind.PLACE, "Dugo territory"),
        (MentionKind.PLACE, "Mach"),
        (MentionKind.PLACE, "Kolpur"),
    ]


def test_a_village_the_model_misses_is_placed_at_the_town_near_it(pipeline) -> None:
    text = (
        "Gunmen killed at least 14 people in an attack on the village of Ekonjo near Mamfe on Monday night, "
        "a local official said."
    )
    events = pipeline.extract(ArticleInput(id="t", text=text, published=dt.date(2023, 11, 8))).events
    located = [p.location for p in events[0].places if isinstance(p.location, Location)]
    assert located and located[0].name == "Mamfe" and located[0].admin1 == "Sud-Ouest"

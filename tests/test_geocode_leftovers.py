"""Faults of place resolution left by the namesake, division-name and site work: a state's short form among villages
abroad, a division word inside the name, a region across borders that the text puts in one country, and a place
named inside a longer name that the gazetteer knows by a longer name of its own."""

from __future__ import annotations

import pytest

from eventwire.gazetteer import Gazetteer
from eventwire.records import Location, Place
from eventwire.stages.places import PlaceStage
from test_geocode_namesakes import mentions_of


@pytest.fixture(scope="module")
def stage() -> PlaceStage:
    return PlaceStage(Gazetteer.load())


def _placed(stage: PlaceStage, text: str, names: list[str], target: str) -> Place:
    mentions = mentions_of(text, names)
    span = next(m.span for m in mentions if m.span.text == target)
    return stage.locate(text, span, stage.context(text, mentions), toponym=True)


def test_a_clipped_state_name_among_villages_abroad_is_not_the_state(stage):
    text = (
        "Troops set fire to homes at Min, Kyauk Taw and Nyaung Pin villages in Sagaing Region of Myanmar on "
        "Tuesday, residents said."
    )
    place = _placed(stage, text, ["Min", "Kyauk Taw", "Nyaung Pin", "Sagaing Region", "Myanmar"], "Min")
    assert not (isinstance(place.location, Location) and place.location.iso3 == "USA")


def test_a_clipped_state_name_stays_the_state_in_a_us_report(stage):
    text = "A storm cut power to 20,000 homes in Minneapolis and St. Paul, Minn., on Tuesday, utilities said."
    place = _placed(stage, text, ["Minneapolis", "St. Paul", "Minn"], "Minn")
    assert isinstance(place.location, Location) and place.location.admin1 == "Minnesota"


def test_a_division_word_after_a_town_s_name_asks_for_a_division_of_that_name(stage):
    text = "Gunmen attacked a convoy in al-Bayda province on Sunday, killing four soldiers, officials said."
    place = _placed(stage, text, ["al-Bayda"], "al-Bayda")  # the town of that name is in Libya; the province in Yemen
    assert isinstance(place.location, Location)
    assert place.location.feature == "admin1"


def test_a_province_named_like_a_town_abroad_is_the_hinted_country_s_province(stage):
    text = (
        "Houthi fighters and tribesmen clashed in al-Bayda province of Yemen on Sunday, killing four people, "
        "local officials said."
    )
    place = _placed(stage, text, ["al-Bayda", "Yemen"], "al-Bayda")
    assert isinstance(place.location, Location)
    assert (place.location.feature, place.location.iso3) == ("admin1", "YEM")


def test_a_region_across_borders_that_the_text_puts_in_one_country_is_that_country_s_division(stage):
    text = "Gunmen killed 15 people at a market in the Sahel region of Burkina Faso on Sunday, security sources said."
    place = _placed(stage, text, ["Sahel region"], "Sahel region")
    assert isinstance(place.location, Location)
    assert (place.location.feature, place.location.iso3) == ("admin1", "BFA")


def test_a_city_known_by_a_longer_name_is_found_inside_an_event_s_name(stage):
    text = "Two people were shot at the New York Auto Show on Friday, police said."
    place = _placed(stage, text, ["New York Auto Show"], "New York Auto Show")
    assert isinstance(place.location, Location)
    assert place.location.name == "New York City"


def test_a_town_named_after_a_state_is_placed_by_its_qualifier(stage):
    text = "Two men were shot dead in Tennessee Colony, Texas, on Monday, the sheriff said."
    place = _placed(stage, text, ["Tennessee Colony", "Texas"], "Tennessee Colony")
    assert isinstance(place.location, Location)
    assert place.location.admin1 == "Texas"


def test_a_division_word_inside_the_span_asks_for_the_division(stage):
    text = "Gunmen attacked a convoy in the Bayda governorate on Sunday, killing four soldiers, officials said."
    place = _placed(stage, text, ["Bayda governorate"], "Bayda governorate")
    assert isinstance(place.location, Location)
    assert (place.location.feature, place.location.iso3) == ("admin1", "YEM")

"""Namesakes in local news (issue #3): what else an article says about which Paris or Richmond it means
(the county it names, the towns listed with it). Texts written for these tests."""

from __future__ import annotations

import re

import pytest

from eventwire.gazetteer import Gazetteer
from eventwire.records import Location, Mention, MentionKind, Place, PlaceRole, Span
from eventwire.stages.places import PlaceStage
from eventwire.stages.places.resolve import _wider_before


@pytest.fixture(scope="module")
def stage() -> PlaceStage:
    return PlaceStage(Gazetteer.load())


def mentions_of(text: str, names: list[str]) -> list[Mention]:
    found = [
        Mention(kind=MentionKind.PLACE, span=Span.of(text, m.start(), m.end()))
        for name in names
        for m in re.finditer(rf"\b{re.escape(name)}\b", text)
    ]
    return sorted(found, key=lambda m: m.span.start)


def located(stage: PlaceStage, text: str, names: list[str], target: str) -> Location:
    mentions = mentions_of(text, names)
    span = next(m.span for m in mentions if m.span.text == target)
    place = stage.locate(text, span, stage.context(text, mentions), toponym=True)
    assert isinstance(place.location, Location), place.location
    return place.location


# --- the county an article names ---------------------------------------------------------------

PARIS_TENNESSEE = (
    "A Paris woman was charged on Monday after a break-in at a hardware shop. Paris police said the owner "
    "found the back door forced. She is due before the Henry County court next week."
)


def test_a_town_whose_county_the_article_names_is_that_namesake(stage):
    paris = located(stage, PARIS_TENNESSEE, ["Paris", "Henry County"], "Paris")
    assert (paris.iso3, paris.admin1) == ("USA", "Tennessee")


def test_a_county_named_in_many_states_is_the_one_a_town_of_the_article_lies_in(stage):
    county = located(stage, PARIS_TENNESSEE, ["Paris", "Henry County"], "Henry County")
    assert (county.iso3, county.admin1) == ("USA", "Tennessee")


def test_a_county_named_like_the_town_elsewhere_does_not_move_a_town_that_names_none(stage):
    text = "The mayor of Richmond opened the new library on Saturday; the state capital's council paid for it."
    richmond = located(stage, text, ["Richmond"], "Richmond")
    assert richmond.admin1 == "Virginia"


RICHMOND_KENTUCKY = (
    "A Richmond man was charged with drunk driving after Richmond police said he hit a parked car on the "
    "interstate. He was held in the Madison County jail. In other news, a fair in Shreveport, Louisiana, and one "
    "in Lake Charles, La., drew crowds."
)


def test_the_county_outweighs_a_state_that_other_names_of_a_news_digest_share(stage):
    richmond = located(
        stage,
        RICHMOND_KENTUCKY,
        ["Richmond", "Madison County", "Shreveport", "Louisiana", "Lake Charles", "La."],
        "Richmond",
    )
    assert richmond.admin1 == "Kentucky"


# --- lists of towns are no qualifiers ----------------------------------------------------------


def test_a_town_after_a_comma_in_a_list_does_not_locate_the_town_before_it(stage):
    text = "Warming centres open in Great Bend, Hutchinson, Kingman, Larned and Pratt on Saturday."
    names = ["Great Bend", "Hutchinson", "Kingman", "Larned", "Pratt"]
    hutchinson = located(stage, text, names, "Hutchinson")
    assert hutchinson.name == "Hutchinson" and hutchinson.admin1 == "Kansas"


def test_a_list_that_ends_with_and_is_no_qualifier_either(stage):
    text = "Patients travelled to Sulphur Springs, Greenville and as far as Dallas for treatment."
    springs = located(stage, text, ["Sulphur Springs", "Greenville", "Dallas"], "Sulphur Springs")
    assert springs.name == "Sulphur Springs" and springs.admin1 == "Texas"


def test_a_county_qualifier_named_in_many_states_is_the_town_s_own_county(stage):
    text = "A barn fire broke out in Eden, Rockingham County, on Friday night."
    eden = located(stage, text, ["Eden", "Rockingham County"], "Eden")
    assert (eden.name, eden.admin1) == ("Eden", "North Carolina")


def test_a_chain_of_wider_places_is_no_list(stage):
    text = "Gunmen attacked a checkpoint in Rabat, Kandahar, Afghanistan, on Monday."
    rabat = located(stage, text, ["Rabat", "Kandahar", "Afghanistan"], "Rabat")
    assert rabat.iso3 == "AFG"


# --- what a comma after a name does not say -------------------------------------------------------


def test_a_state_before_a_city_in_an_institution_name_does_not_swallow_the_city(stage):
    text = "Researchers at the University of California, San Diego found the virus in stored samples."
    city = located(stage, text, ["San Diego"], "San Diego")  # "University of California" is no place mention
    assert (city.name, city.feature) == ("San Diego", "city")


def test_a_state_that_ends_a_sentence_qualifies_the_town_before_it(stage):
    text = "The new principal grew up in Paris, Idaho. Mr. Dalton starts in August."
    paris = located(stage, text, ["Paris", "Idaho"], "Paris")
    assert (paris.iso3, paris.admin1) == ("USA", "Idaho")


def test_a_town_in_the_state_the_article_names_is_kept_though_the_state_is_named_like_a_country(stage):
    text = (
        "Two cyclists were hurt on Monday, according to a statement from Gainesville Police. Both were taken "
        "to a hospital in northeast Georgia."
    )
    town = located(stage, text, ["Gainesville", "Georgia"], "Gainesville")
    assert (town.iso3, town.admin1) == ("USA", "Georgia")


# --- adjectives of regions ---------------------------------------------------------------------


def test_a_region_s_adjective_in_ern_ish_or_ois_is_the_region(stage):
    text = "Middle Eastern envoys met Kurdish and Quebecois delegates on Monday."
    names = ["Middle Eastern", "Kurdish", "Quebecois"]
    assert located(stage, text, names, "Middle Eastern").name == "Middle East"
    assert located(stage, text, names, "Quebecois").admin1 == "Quebec"
    assert located(stage, text, names, "Kurdish").name in ("Kordestan", "Kurdistan Region")


# --- names that hold one another are one clue, not two -------------------------------------------


def test_a_name_and_the_same_name_with_a_word_before_it_do_not_vouch_for_each_other(stage):
    text = (
        "An Albany man was arrested on Friday. Albany police and Georgia Bureau of Investigation agents searched "
        "his home, police in Albany said."
    )
    albany = located(stage, text, ["An Albany", "Albany", "Georgia"], "Albany")
    assert albany.admin1 == "Georgia"


def test_only_a_state_named_by_its_own_name_is_wider_than_the_town_after_it(stage):
    """A village placed in the province the text names with it ("Juye Ghazi, Herat") is still read through the
    province; "California" before "San Diego" is the state itself, which qualifies nothing after it."""
    text = "Gunmen ambushed a convoy in Juye Ghazi, Herat, and scientists met at California, San Diego."
    herat = next(loc for loc in stage._gazetteer.lookup("Herat", limit=5) if loc.feature == "admin1")
    california = next(loc for loc in stage._gazetteer.lookup("California", limit=5) if loc.feature == "admin1")

    def span(name: str) -> Span:
        return Span.of(text, text.index(name), text.index(name) + len(name))

    village = Place(
        span=span("Juye Ghazi"), role=PlaceRole.SITE, location=herat, geo_precision=2, where_prec=4, precision_reason=""
    )
    state = Place(
        span=span("California"),
        role=PlaceRole.SITE,
        location=california,
        geo_precision=3,
        where_prec=4,
        precision_reason="",
    )
    assert not _wider_before(village, span("Herat"))
    assert _wider_before(state, span("San Diego"))


# --- seats of government named like towns ----------------------------------------------------------


def test_congress_is_washington_in_a_report_on_the_united_states_only(stage):
    text = "Senators in Congress argued over the US budget as the United States faced a shutdown."
    congress = located(stage, text, ["Congress", "US", "United States"], "Congress")
    assert congress.name == "Washington" and congress.iso3 == "USA"
    text = "Delegates of the Congress party met in New Delhi, Indian media said."
    assert located(stage, text, ["Congress", "New Delhi", "Indian"], "Congress").name != "Washington"


def test_the_knesset_is_in_jerusalem(stage):
    text = "The Knesset voted late on Monday, Israeli media reported."
    assert located(stage, text, ["Knesset", "Israeli"], "Knesset").name == "Jerusalem"


def test_a_town_and_its_state_before_a_noun_is_the_namesake_in_that_state(stage):
    text = "The Richmond, Kentucky mayor said the road would reopen on Friday."
    richmond = located(stage, text, ["Richmond", "Kentucky"], "Richmond")
    assert (richmond.iso3, richmond.admin1) == ("USA", "Kentucky")


def test_names_in_a_list_that_ends_in_counties_are_counties_of_the_state_that_holds_them_all(stage):
    text = "Students who live in Butler, Clark, Hamilton, Preble or Warren counties may apply for the award."
    names = ["Butler", "Clark", "Hamilton", "Preble", "Warren"]
    for name in ("Butler", "Warren"):
        county = located(stage, text, names, name)
        assert (county.name, county.feature, county.admin1) == (f"{name} County", "admin2", "Ohio")


def test_a_part_of_a_town_named_by_a_direction_is_placed_in_that_town(stage):
    text = "Two men were shot in South Los Angeles late on Saturday, police said."
    place = located(stage, text, ["South Los Angeles"], "South Los Angeles")
    assert (place.name, place.admin1) == ("Los Angeles", "California")


def test_two_directions_name_no_town(stage):
    text = "Storms hit the South West overnight, forecasters said."
    mentions = mentions_of(text, ["South West"])
    place = stage.locate(text, mentions[0].span, stage.context(text, mentions))
    assert not (isinstance(place.location, Location) and place.location.name == "West")


def test_a_county_named_like_a_state_is_a_county_not_the_state(stage):
    text = "Iowa County supervisors approved the bridge repairs on Tuesday."
    county = located(stage, text, ["Iowa County"], "Iowa County")
    assert (county.name, county.feature) == ("Iowa County", "admin2")


def test_a_zone_of_a_city_is_no_part_of_a_village_called_zone(stage):
    text = "On 3 May, in the North Zone of Sao Paulo, Sao Paulo, dozens of people protested, Brazilian media said."
    mentions = mentions_of(text, ["North Zone", "Sao Paulo", "Brazilian"])
    place = stage.locate(text, mentions[0].span, stage.context(text, mentions))
    assert not (isinstance(place.location, Location) and place.location.iso3 == "ITA")

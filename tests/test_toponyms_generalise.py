"""Conventions of toponym resolution that hold across corpora, not fitted to one: a name listed with a country's
first-level divisions is one of them, a state named as the law a firm is formed under is the state, a city an
article keeps naming is what it is about, and a compass word alone points to no town's division."""

from __future__ import annotations

import pytest

from eventwire.gazetteer import Gazetteer
from eventwire.records import Location, Mention, MentionKind, Place
from eventwire.stages.places import PlaceStage
from test_geocode_leftovers import _placed
from test_geocode_namesakes import mentions_of


@pytest.fixture(scope="module")
def stage() -> PlaceStage:
    return PlaceStage(Gazetteer.load())


def _location(place: Place) -> Location:
    assert isinstance(place.location, Location), place.location
    return place.location


PROVINCES = "Flu cases were confirmed in Manitoba, Saskatchewan, Ontario and New Brunswick during the spring."


@pytest.mark.parametrize("name", ["Ontario", "New Brunswick"])
def test_a_name_listed_with_provinces_is_the_province_not_a_namesake_town(stage, name):
    names = ["Manitoba", "Saskatchewan", "Ontario", "New Brunswick"]
    location = _location(_placed(stage, PROVINCES, names, name))
    assert (location.feature, location.iso3) == ("admin1", "CAN")


def test_a_name_listed_with_states_is_the_state(stage):
    text = "The recalled lettuce reached shops in Idaho, Oregon, Washington and Montana before the warning."
    location = _location(_placed(stage, text, ["Idaho", "Oregon", "Washington", "Montana"], "Washington"))
    assert (location.feature, location.admin1) == ("admin1", "Washington")


def test_a_list_with_a_city_in_it_is_a_list_of_cities(stage):
    text = "The prince has met investors in Washington, New York and Boston this week."
    location = _location(_placed(stage, text, ["Washington", "New York", "Boston"], "Washington"))
    assert location.feature == "city" and location.admin1 == "District of Columbia"


def test_the_state_a_firm_is_formed_under_is_the_state_not_a_town_of_its_name(stage):
    text = (
        "The fund bought the block through Ridge Holdings, a Delaware limited liability company with offices in "
        "Columbus, Ohio, and in Dayton, Ohio."
    )
    location = _location(_placed(stage, text, ["Delaware", "Columbus", "Ohio", "Dayton"], "Delaware"))
    assert (location.feature, location.admin1) == ("admin1", "Delaware")


GAINESVILLE = (
    "Gainesville parents march for the school budget.\n\n"
    "About sixty Gainesville parents walked to city hall on Friday. Coach Dana Servance and the organiser, "
    "Lee Markel, said Gainesville needs more teachers."
)


def test_a_city_the_article_keeps_naming_is_no_chance_namesake_of_a_stray_hint(stage):
    names = ["Gainesville", "Servance", "Markel"]
    mentions = mentions_of(GAINESVILLE, names)
    context = stage.context(GAINESVILLE, mentions)
    assert "USA" not in context.hints_for("Gainesville")[:1]  # the stray surnames speak first
    span = next(m.span for m in mentions if m.span.text == "Gainesville")
    location = _location(stage.locate(GAINESVILLE, span, context))
    assert location.iso3 == "USA"


def test_a_city_abroad_named_again_and_again_stays_a_namesake_where_the_country_is_named(stage):
    text = (
        "Fighters drove Toyota pickups into the village near Idlib, Syria. Toyota trucks carried the guns; two "
        "Toyota vehicles burned. Syria's army said it shelled them."
    )
    mentions = mentions_of(text, ["Toyota", "Idlib", "Syria"])
    span = next(m.span for m in mentions if m.span.text == "Toyota")
    place = stage.locate(text, span, stage.context(text, mentions))
    assert not (isinstance(place.location, Location) and place.location.iso3 == "JPN")


def test_a_compass_word_alone_points_to_no_division_or_country(stage):
    text = "Exports to the West fell this year, the ministers of Japan and Korea said in Tokyo."
    context = stage.context(text, mentions_of(text, ["West", "Japan", "Korea", "Tokyo"]))
    assert ("USA", "Texas") not in context.divisions  # West, Texas is a town, not what "the West" means
    assert "USA" not in context.hints


def test_the_west_read_as_a_town_does_not_turn_a_country_into_a_namesake(stage):
    text = (
        "Alberta's trade mission to China ended on Friday. China buys more of Alberta's wheat than any market in "
        "the West, and the province hopes China will buy more. Ottawa backed the trip."
    )
    names = ["Alberta", "China", "West", "Ottawa"]
    mentions = mentions_of(text, names) + [
        Mention(kind=MentionKind.PLACE, span=m.span) for m in mentions_of(text, ["Canada"])
    ]
    span = next(m.span for m in mentions if m.span.text == "China")
    location = _location(stage.locate(text, span, stage.context(text, mentions)))
    assert location.feature == "country" and location.iso3 == "CHN"


def test_a_town_known_only_abroad_is_itself_rather_than_a_place_named_near_it_in_another_country(stage):
    text = "Officials in Germany said the film, shown at Cannes in May, will open in Toronto next week."
    location = _location(_placed(stage, text, ["Germany", "Cannes", "Toronto"], "Cannes"))
    assert (location.name, location.iso3) == ("Cannes", "FRA")


def test_a_village_known_only_abroad_is_still_placed_by_the_article_s_country(stage):
    text = "Gunmen raided Haram, a village outside Giza, Egypt, on Sunday, police said."
    location = _location(_placed(stage, text, ["Haram", "Giza", "Egypt"], "Haram"))
    assert location.iso3 == "EGY"  # not Haram, a Norwegian village of that name


def test_an_ocean_named_bare_is_the_ocean_not_a_small_town_of_its_name(stage):
    text = "Senators from Oregon said leaving the trans-Pacific pact would hurt farmers in Salem and Portland."
    location = _location(_placed(stage, text, ["Oregon", "Pacific", "Salem", "Portland"], "Pacific"))
    assert location.feature == "sea"  # not Pacific, Washington


def test_a_continent_is_not_a_town_that_once_bore_its_name(stage):
    text = "The range runs across northern Africa, through Morocco, Algeria and Tunisia."
    location = _location(_placed(stage, text, ["Africa", "Morocco", "Algeria", "Tunisia"], "Africa"))
    assert location.feature == "continent"


def test_a_part_of_a_city_named_with_the_city_s_possessive_is_in_that_city(stage):
    text = "A bomb hit a church in Cairo's Abbasiya neighbourhood on Sunday, Egyptian and Israeli media said."
    location = _location(_placed(stage, text, ["Cairo", "Abbasiya", "Egyptian", "Israeli"], "Abbasiya"))
    assert (location.iso3, location.admin1) == ("EGY", "Cairo")


def test_a_country_named_by_its_name_is_no_town_spelt_like_it_in_a_division_the_article_names(stage):
    text = (
        "Researchers in Tucson, Arizona, traced the virus to chimpanzees in Cameroon, the study published in "
        "France said."
    )
    location = _location(_placed(stage, text, ["Tucson", "Arizona", "Cameroon", "France"], "Cameroon"))
    assert (location.feature, location.iso3) == ("country", "CMR")  # not Cameron, Arizona


def test_a_town_only_spelt_like_the_name_abroad_is_no_reading_of_it(stage):
    text = (
        "British police said the Russian and an American reporter met at a sushi bar in Piccadilly before the "
        "Russian fell ill in London."
    )
    location = _location(_placed(stage, text, ["British", "Russian", "American", "Piccadilly", "London"], "Piccadilly"))
    assert location.iso3 == "GBR"  # not a town in Delaware whose name is only spelt like it


def test_where_no_country_is_named_a_town_bearing_a_name_today_beats_a_city_that_bore_it_once(stage):
    text = "Batavia police are looking for a man who robbed a petrol station on Main Street late on Sunday."
    location = _location(_placed(stage, text, ["Batavia", "Main Street"], "Batavia"))
    assert (location.name, location.iso3) == ("Batavia", "USA")  # not Jakarta, once Batavia


def test_a_city_keeps_an_old_name_that_only_a_village_bears_today(stage):
    text = "Pilgrims began arriving in Mecca on Monday, officials said."
    location = _location(_placed(stage, text, ["Mecca"], "Mecca"))
    assert location.iso3 == "SAU"


def test_a_town_spelt_like_a_longer_name_is_no_reading_of_it(stage):
    text = "The tainted spinach was traced to a ranch in the Salinas Valley region of California, officials said."
    location = _location(_placed(stage, text, ["Salinas Valley", "California"], "Salinas Valley"))
    assert location.admin1 == "California"  # not Salineville, Ohio


def test_a_building_the_text_puts_in_a_city_abroad_is_in_that_city(stage):
    text = (
        "Brazil asked for help at a briefing at the Palais des Nations in Geneva, as Venezuelans crossed into "
        "Roraima state."
    )
    names = ["Brazil", "Palais des Nations", "Geneva", "Venezuelans", "Roraima"]
    location = _location(_placed(stage, text, names, "Palais des Nations"))
    assert (location.name, location.iso3) == ("Geneva", "CHE")


def test_a_suburb_named_as_the_city_s_suburb_is_in_that_city(stage):
    text = (
        "Dengue cases were confirmed in the Cairns suburbs of Edmonton and Bentley Park, Queensland Health said, "
        "weeks after a case in Canada."
    )
    names = ["Cairns", "Edmonton", "Bentley Park", "Queensland", "Canada"]
    location = _location(_placed(stage, text, names, "Edmonton"))
    assert location.iso3 == "AUS"  # not Edmonton, Alberta

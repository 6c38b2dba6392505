"""Geocoding in context (issue #3): airports, streets and sites placed where the text puts them,
namesakes chosen by their neighbours, namesakes refused. Texts written for these tests."""

from __future__ import annotations

import re

import pytest

from eventwire.gazetteer import Gazetteer
from eventwire.gazetteer.build import airport_names
from eventwire.gazetteer.normalize import fold, plain
from eventwire.records import Location, Mention, MentionKind, Missing, Span
from eventwire.stages.places import PlaceStage, haversine_km, placed_by_context

LONDON = (51.507, -0.128)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


@pytest.fixture(scope="module")
def stage(gazetteer) -> PlaceStage:
    return PlaceStage(gazetteer)


def mentions_of(text: str, names: list[str]) -> list[Mention]:
    """Every occurrence of each name, as place mentions (what the language stage would give)."""
    found = [
        Mention(kind=MentionKind.PLACE, span=Span.of(text, m.start(), m.end()))
        for name in names
        for m in re.finditer(re.escape(name), text)
    ]
    return sorted(found, key=lambda m: m.span.start)


def locate(stage: PlaceStage, text: str, names: list[str], target: str):
    mentions = mentions_of(text, names)
    span = next(m.span for m in mentions if m.span.text == target)
    return stage.locate(text, span, stage.context(text, mentions))


def km_from(location: Location, point: tuple[float, float]) -> float:
    return haversine_km(location.latitude, location.longitude, *point)


# --- airports ---------------------------------------------------------------------------------


def test_airport_names_keep_the_name_news_uses_alone():
    primary, alternates = airport_names("London Heathrow Airport", "London")
    assert primary == ["London Heathrow Airport"]
    assert {"Heathrow", "Heathrow Airport", "London Airport"} <= set(alternates)


def test_an_airport_named_after_a_person_is_not_indexed_under_the_person_alone():
    _, alternates = airport_names("Jomo Kenyatta International Airport", "Nairobi")
    assert "Jomo Kenyatta" not in alternates
    assert "Jomo Kenyatta Airport" in alternates


def test_airports_are_in_the_gazetteer_with_their_province(gazetteer):
    found = gazetteer.lookup("Gatwick")
    assert found and found[0].feature == "airport"
    assert (found[0].iso3, found[0].admin1) == ("GBR", "England")
    assert gazetteer.lookup("Kabul airport")[0].iso3 == "AFG"


def test_an_airport_in_an_article_resolves_to_the_airport(stage):
    text = "Flights were halted at Heathrow Airport on Sunday after drones were seen, police in London said."
    place = locate(stage, text, ["Heathrow Airport", "London"], "Heathrow Airport")
    assert place.location.feature == "airport"
    assert km_from(place.location, LONDON) < 30
    assert place.geo_precision == 1


def test_an_airport_by_its_own_name_follows_the_article(stage):
    text = "Dutch police closed a terminal at Schiphol on Friday. Amsterdam officials said no one was hurt."
    place = locate(stage, text, ["Schiphol", "Amsterdam"], "Schiphol")
    assert (place.location.feature, place.location.iso3) == ("airport", "NLD")


# --- names the gazetteer lacks, placed where the text puts them ---------------------------------


def test_a_street_is_placed_at_the_city_named_with_it(stage):
    text = "A parcel bomb went off on Mill Road in Cambridge, England, on Monday."
    place = locate(stage, text, ["Mill Road", "Cambridge", "England"], "Mill Road")
    assert isinstance(place.location, Location)
    assert (place.location.name, place.location.iso3) == ("Cambridge", "GBR")
    assert place.geo_precision == 2
    assert "placed at Cambridge" in place.precision_reason
    assert placed_by_context(place)


def test_an_institution_is_placed_at_the_town_in_its_name(stage):
    text = "Workers marched to the offices of the Harare City Council on Friday to demand unpaid wages."
    place = locate(stage, text, ["Harare City Council"], "Harare City Council")
    assert (place.location.name, place.location.iso3) == ("Harare", "ZWE")
    assert (place.geo_precision, place.where_prec) == (2, 2)
    assert "named in it" in place.precision_reason


def test_an_unknown_village_is_placed_at_the_nearest_town_named(stage):
    text = "Gunmen attacked Tarkende village on Tuesday, police in Makurdi, Benue State, said."
    place = locate(stage, text, ["Tarkende", "Makurdi", "Benue State"], "Tarkende")
    assert (place.location.name, place.location.admin1) == ("Makurdi", "Benue")
    assert place.geo_precision == 2
    assert "'Tarkende' is not in the gazetteer" in place.precision_reason


def test_a_place_resolved_in_the_gazetteer_is_not_marked_as_placed_by_context(stage):
    text = "Shelling hit Homs on Monday."
    place = locate(stage, text, ["Homs"], "Homs")
    assert place.location.name == "Homs" and not placed_by_context(place)


# --- namesakes -----------------------------------------------------------------------------------


def test_a_small_town_is_chosen_by_its_neighbours(stage):
    """No state is named: Tupelo and Batesville put this Oxford in Mississippi, not in England
    nor in Ohio or Alabama."""
    text = "Storms knocked out power in Tupelo, Batesville and Oxford on Tuesday, utility crews said."
    place = locate(stage, text, ["Tupelo", "Batesville", "Oxford"], "Oxford")
    assert (place.location.iso3, place.location.admin1) == ("USA", "Mississippi")
    alone = locate(stage, "Storms knocked out power in Oxford on Tuesday.", ["Oxford"], "Oxford")
    assert alone.location.iso3 == "GBR"


def test_neighbours_outweigh_a_better_known_namesake_in_the_same_country(stage):
    text = "Storms knocked out power in Nelsonville, Logan and Athens on Tuesday, utility crews said."
    place = locate(stage, text, ["Nelsonville", "Logan", "Athens"], "Athens")
    assert (place.location.iso3, place.location.admin1) == ("USA", "Ohio")


def test_a_world_city_is_not_pulled_to_namesakes_of_its_neighbours(stage):
    text = "Ministers met in London and Berlin on Tuesday to discuss sanctions."
    place = locate(stage, text, ["London", "Berlin"], "London")
    assert place.location.iso3 == "GBR"


def test_a_namesake_abroad_is_refused(stage):
    """Kani is a Japanese city; in an article about Myanmar with no other place, it is left
    unresolved with the reason rather than pinned in Japan (nor asserted to be in Myanmar)."""
    text = "Soldiers of the Myanmar army raided Kani on Monday, Myanmar media reported."
    place = locate(stage, text, ["Myanmar", "Kani"], "Kani")
    assert isinstance(place.location, Missing)
    assert "known only outside" in place.location.reason


def test_a_village_the_gazetteer_lacks_is_put_in_the_articles_country(stage):
    text = "Gunmen raided the village of Zorvakhesh in northern Burkina Faso overnight."
    place = locate(stage, text, ["Zorvakhesh", "Burkina Faso"], "Zorvakhesh")
    assert (place.location.feature, place.location.iso3) == ("country", "BFA")
    assert (place.geo_precision, place.where_prec) == (3, 6)
    assert "'Zorvakhesh' is not in the gazetteer: only the country is known" in place.precision_reason


def test_a_name_known_nowhere_in_an_article_without_country_stays_unresolved(stage):
    text = "Gunmen raided Zorvakhesh overnight, residents said."
    place = locate(stage, text, ["Zorvakhesh"], "Zorvakhesh")
    assert isinstance(place.location, Missing)
    assert "not in the gazetteer" in place.location.reason


def test_a_township_named_like_a_foreign_city_goes_to_its_region(stage):
    text = "Myanmar army artillery shelled Kani township in Sagaing Region on Monday."
    place = locate(stage, text, ["Myanmar", "Kani", "Sagaing Region"], "Kani")
    assert (place.location.iso3, place.location.admin1) == ("MMR", "Sagaing")
    assert place.geo_precision == 3


def test_a_township_does_not_make_the_article_about_the_namesake_country(stage):
    """Kani, Japan, has 100,000 people: as a town of that size it would vouch for Japan on its own."""
    text = "Fighting spread from Kani township into Sagaing Region on Monday, residents said."
    assert stage.country_hints(text, mentions_of(text, ["Kani", "Sagaing Region"])) == ["MMR"]
    text = "Fighting spread to Kani township on Monday, residents said."
    assert stage.country_hints(text, mentions_of(text, ["Kani"])) == []


def test_forces_named_by_a_demonym_hint_at_their_country(stage):
    text = "Iraqi forces repelled an attack near Shirqat on Monday."
    assert stage.country_hints(text, mentions_of(text, ["Shirqat"])) == []
    actor = Mention(kind=MentionKind.ACTOR, span=Span.of(text, 0, len("Iraqi forces")))
    hints = stage.country_hints(text, [actor, *mentions_of(text, ["Shirqat"])])
    assert hints == ["IRQ"]


# --- per-article memo ----------------------------------------------------------------------------


def test_the_memo_answers_for_the_context_it_was_asked_in(stage):
    """The same span in two contexts (same text) gets each context's answer, not the first one kept."""
    text = "Firefighters in Alexandria, Louisiana, put out a blaze. Alexandria police are investigating."
    mentions = mentions_of(text, ["Alexandria", "Louisiana"])
    span = mentions[-1].span
    local = stage.locate(text, span, stage.context(text, mentions))
    alone = stage.locate(text, span, stage.context(text, [m for m in mentions if m.span == span]))
    assert local.location.admin1 == "Louisiana"
    assert alone.location.iso3 == "EGY"
    assert stage.locate(text, span, stage.context(text, mentions)).location.admin1 == "Louisiana"


# --- names ---------------------------------------------------------------------------------------


def test_azerbaijani_schwa_is_folded_as_acled_writes_it():
    assert plain("Gədəbəy") == "Gadabay"
    assert fold("Ağcabədi") == "agcabadi"


def test_a_generic_word_left_of_an_airport_name_is_not_a_name():
    _, alternates = airport_names("Solomon State Field", "Solomon")
    assert "State" not in alternates


def test_a_district_named_after_its_seat_is_placed_at_the_town(stage):
    text = "Taliban fighters attacked a checkpoint in Zurmat district of Paktia on Friday."
    place = locate(stage, text, ["Zurmat district", "Paktia"], "Zurmat district")
    assert (place.location.feature, place.location.admin1) == ("city", "Paktia")
    assert (place.geo_precision, place.where_prec) == (2, 3)
    assert "the town it is named after" in place.precision_reason


def test_a_region_across_borders_is_no_namesake_to_refuse(stage):
    text = "Senators in Washington debated arms sales to the Middle East on Tuesday."
    place = locate(stage, text, ["Washington", "Middle East"], "Middle East")
    assert (place.location.feature, place.location.iso3) == ("region", None)
    assert place.location.region == "Middle East"  # not Middle East, Maryland


def test_a_name_the_text_does_not_call_a_place_is_not_pinned_next_door(stage):
    """The language model may take a person for a place: without a word of the text saying it is
    one, an unknown name stays unresolved; told it is a toponym (a gold span), it is placed."""
    text = "Zorvakhesh told reporters on Monday that talks would resume in Geneva."
    mentions = mentions_of(text, ["Zorvakhesh", "Geneva"])
    context = stage.context(text, mentions)
    guessed = stage.locate(text, mentions[0].span, context)
    assert isinstance(guessed.location, Missing)
    known = stage.locate(text, mentions[0].span, context, toponym=True)
    assert known.location.name == "Geneva" and known.geo_precision == 2


# --- round 2: seats of government, a state named like its city, war zones, weak evidence -------


@pytest.mark.issue(3)
@pytest.mark.parametrize(
    ("text", "name", "point"),
    [
        ("Reporters waited outside the White House for a statement on the strikes.", "White House", (38.9, -77.04)),
        ("The envoy flew home after two days of talks at the Kremlin.", "Kremlin", (55.75, 37.62)),
        ("Protesters marched down Whitehall towards Downing Street on Saturday.", "Downing Street", LONDON),
    ],
)
def test_a_seat_of_government_is_in_its_capital_never_a_namesake_abroad(stage, text, name, point):
    place = locate(stage, text, [name], name)
    assert isinstance(place.location, Location), place.location
    assert km_from(place.location, point) < 30, place.location
    assert "seat of government" in place.precision_reason


@pytest.mark.issue(3)
@pytest.mark.parametrize(
    "text",
    [
        "Flooding closed roads across upstate New York after two days of rain.",
        "The New York Governor declared an emergency in three counties on Monday.",
        "Relief crews drove from Buffalo, New York to the lake shore.",
        "Samples came from farms in Missouri, New York and Ohio, the agency said.",
    ],
)
def test_new_york_is_the_state_when_the_words_around_it_say_so(stage, text):
    names = [n for n in ("New York", "Buffalo", "Missouri", "Ohio") if n in text]
    place = locate(stage, text, names, "New York")
    assert isinstance(place.location, Location)
    assert place.location.feature == "admin1" and place.location.admin1 == "New York", place.location


@pytest.mark.issue(3)
@pytest.mark.parametrize(
    "text",
    [
        "Police in New York said the man was arrested near Times Square on Tuesday.",
        "After stops in Washington, New York and Boston, the minister flew home.",
    ],
)
def test_new_york_stays_the_city_without_such_words(stage, text):
    names = [n for n in ("New York", "Washington", "Boston") if n in text]
    place = locate(stage, text, names, "New York")
    assert isinstance(place.location, Location)
    assert place.location.feature == "city" and km_from(place.location, (40.71, -74.0)) < 30, place.location


@pytest.mark.issue(3)
def test_a_city_in_a_list_after_a_comma_is_not_moved_into_the_next_name(stage):
    text = "After stops in Washington, New York and Boston, the minister flew home."
    place = locate(stage, text, ["Washington", "New York", "Boston"], "Washington")
    assert isinstance(place.location, Location)
    assert km_from(place.location, (38.9, -77.04)) < 30, place.location


@pytest.mark.issue(3)
def test_a_monitors_note_puts_a_village_on_the_donbas_front_not_at_a_namesake_far_away(stage):
    # Lozove has namesakes elsewhere in Ukraine (Crimea, Kharkiv...), none in Donetsk or Luhansk in our data.
    text = "On 8 May, the OSCE SMM recorded 18 explosions of unknown weapons near Lozove."
    place = locate(stage, text, ["Lozove"], "Lozove")
    assert isinstance(place.location, Location)
    assert place.location.iso3 == "UKR"
    assert km_from(place.location, (48.2, 38.5)) < 150, place.location  # the Donbas, not Crimea
    assert place.geo_precision == 3 and "Donbas" in place.precision_reason


@pytest.mark.issue(3)
def test_a_village_of_the_front_is_preferred_to_its_namesakes_elsewhere(stage):
    text = "Monitors of the OSCE SMM heard 12 explosions near Shyrokyne on Sunday."
    place = locate(stage, text, ["Shyrokyne"], "Shyrokyne")
    assert isinstance(place.location, Location)
    assert place.location.admin1 in ("Donetsk", "Luhansk"), place.location


@pytest.mark.issue(3)
def test_the_same_village_without_a_war_zone_cue_is_not_put_in_the_donbas(stage):
    text = "Farmers near Lozove harvested early this year, the regional paper said."
    place = locate(stage, text, ["Lozove"], "Lozove")
    assert not (isinstance(place.location, Location) and "Donbas" in place.precision_reason)


@pytest.mark.issue(3)
def test_a_well_known_town_abroad_is_kept_when_the_text_puts_something_in_it(stage):
    text = (
        "Brazil has registered thousands of Venezuelan arrivals in Roraima. The figures were given at a "
        "briefing in Geneva on Friday, and more shelters are planned in Boa Vista."
    )
    place = locate(stage, text, ["Brazil", "Venezuelan", "Roraima", "Geneva", "Boa Vista"], "Geneva")
    assert isinstance(place.location, Location)
    assert place.location.iso3 == "CHE", place.location


@pytest.mark.issue(3)
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("SURGE IN MURALS. Painters in Lisbon say demand has doubled.", "MURALS"),
        ("The firm will invest in Kemira's research centre, located in Espoo.", "Kemira"),
        ("Informants were placed in mosques across Newark, the lawsuit says.", "mosques"),
    ],
)
def test_an_unknown_word_in_capitals_lower_case_or_owning_something_is_not_pinned(stage, text, name):
    others = [n for n in ("Lisbon", "Espoo", "Newark") if n in text]
    place = locate(stage, text, [name, *others], name)
    assert isinstance(place.location, Missing), place.location


@pytest.mark.issue(3)
def test_a_division_named_like_a_town_abroad_is_placed_by_the_places_named_around_it(stage):
    # "Guma" is a town only in China and the Philippines in our data; "Guma LGA" is a Nigerian division.
    words = ["home", "camp", "day", "farms", "market", "road", "river", "school", "church"]
    text = (
        "Families left home, farms and the camp in Guma LGA after the raid on the market day; the road, "
        "the river crossing, the school and the church were empty. Officials in Makurdi said food would come."
    )
    place = locate(stage, text, [*words, "Guma LGA", "Makurdi"], "Guma LGA")
    assert isinstance(place.location, Location), place.location
    assert place.location.iso3 == "NGA" and place.location.name == "Makurdi", place.location


def test_the_article_context_comes_from_all_its_mentions_not_the_first_sentence_asked(pipeline) -> None:
    """The headline names the town and the body the country: the town is placed in that country."""
    import datetime as dt

    from eventwire.records import ArticleInput

    text = (
        "Drone strike near Sinjar kills two fighters\n\n"
        "DUHOK, Iraq, Oct 12 - A drone hit a car near the town of Sinjar in northern Iraq on Wednesday, killing "
        "two fighters of a local armed group, officials said. They blamed Turkey, which has struck the area before."
    )
    event = pipeline.extract(ArticleInput(id="s", text=text, published=dt.date(2023, 10, 12))).events[0]
    sites = [p.location for p in event.places if p.role.value == "site" and not getattr(p.location, "missing", False)]
    assert any(getattr(loc, "name", None) == "Sinjar" and loc.iso3 == "IRQ" for loc in sites), event.places

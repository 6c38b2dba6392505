"""US counties from the ZIP code table: their own points, the county of each US town, and the county as
evidence for which state's namesake a local story means. Texts are our own."""

from __future__ import annotations

import re

import pytest

from eventwire.gazetteer import Gazetteer
from eventwire.gazetteer.build import zip_codes, zip_points
from eventwire.gazetteer.normalize import fold
from eventwire.records import Location, Mention, MentionKind, Span
from eventwire.stages.places import PlaceStage, haversine_km


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    gazetteer = Gazetteer.load()
    yield gazetteer
    gazetteer.close()


def county(gaz: Gazetteer, name: str, state: str) -> Location:
    found = [loc for loc in gaz.lookup(name, country_hints=["USA"], limit=40) if loc.feature == "admin2"]
    inside = [loc for loc in found if loc.admin1 == state]
    assert inside, f"no {name} in {state} among {[(loc.name, loc.admin1) for loc in found]}"
    return inside[0]


@pytest.mark.parametrize(
    ("name", "state", "lat", "lon"),
    [
        ("Laurel County", "Kentucky", 37.11, -84.12),
        ("DeKalb County", "Georgia", 33.77, -84.23),
        ("DeKalb County", "Illinois", 41.89, -88.77),
        ("Rapides Parish", "Louisiana", 31.20, -92.53),
        ("Walker County", "Texas", 30.74, -95.57),
    ],
)
def test_a_county_lies_where_its_zip_codes_are_not_at_its_states_centre(gaz, name, state, lat, lon):
    loc = county(gaz, name, state)
    assert (loc.feature, loc.iso3, loc.admin2) == ("admin2", "USA", name)
    assert haversine_km(loc.latitude, loc.longitude, lat, lon) < 40


def test_two_counties_of_one_name_lie_in_their_own_states(gaz):
    georgia, illinois = county(gaz, "DeKalb County", "Georgia"), county(gaz, "DeKalb County", "Illinois")
    assert haversine_km(georgia.latitude, georgia.longitude, illinois.latitude, illinois.longitude) > 800


@pytest.mark.parametrize(
    ("town", "state", "county_name"),
    [
        ("Corbin", "Kentucky", "Whitley County"),
        ("London", "Kentucky", "Laurel County"),
        ("Huntsville", "Texas", "Walker County"),
        ("Huntsville", "Alabama", "Madison County"),
        ("Alexandria", "Louisiana", "Rapides Parish"),
        ("St. Louis", "Missouri", "St. Louis city"),  # an independent city, not the county around it
    ],
)
def test_a_us_town_knows_its_county(gaz, town, state, county_name):
    found = [loc for loc in gaz.lookup(town, country_hints=["USA"], limit=40) if loc.feature == "city"]
    inside = [loc for loc in found if loc.admin1 == state]
    assert inside and inside[0].admin2 == county_name


def test_a_town_outside_the_united_states_has_no_county(gaz):
    [kabul] = [loc for loc in gaz.lookup("Kabul", limit=1)]
    assert kabul.iso3 == "AFG" and kabul.admin2 is None


def test_the_zip_table_names_every_county_with_its_points():
    points = zip_points(zip_codes())
    laurel = points[("KY", "laurelcounty")]
    assert len(laurel) >= 5
    assert all(haversine_km(lat, lon, 37.11, -84.12) < 60 for lat, lon in laurel)
    assert ("AE", "laurelcounty") not in points  # military ZIP codes lie in no county


# --- counties as context ---------------------------------------------------------


@pytest.fixture(scope="module")
def stage(gaz) -> PlaceStage:
    return PlaceStage(gaz)


def locate(stage: PlaceStage, text: str, names: list[str], target: str) -> Location:
    mentions = sorted(
        (
            Mention(kind=MentionKind.PLACE, span=Span.of(text, m.start(), m.end()))
            for name in names
            for m in re.finditer(re.escape(name), text)
        ),
        key=lambda m: m.span.start,
    )
    context = stage.context(text, mentions)
    span = next(m.span for m in mentions if m.span.text == target)
    location = stage.locate(text, span, context).location
    assert isinstance(location, Location), location
    return location


def test_the_county_named_with_a_town_tells_which_states_town_it_is(stage):
    # Huntsville and Walker County both exist in Alabama and in Texas; only Texas's Huntsville lies in Walker County
    text = "Guards at the prison in Huntsville searched every cell on Tuesday, the sheriff of Walker County said."
    for name in ("Huntsville", "Walker County"):
        loc = locate(stage, text, ["Huntsville", "Walker County"], name)
        assert (loc.iso3, loc.admin1, loc.admin2) == ("USA", "Texas", "Walker County")


def test_a_county_keeps_its_own_point_among_the_articles_towns(stage):
    text = "Deputies in Laurel County found the stolen truck near London, Kentucky, and returned it to Corbin."
    loc = locate(stage, text, ["Laurel County", "London", "Kentucky", "Corbin"], "Laurel County")
    assert (loc.feature, loc.admin1, loc.admin2) == ("admin2", "Kentucky", "Laurel County")
    assert haversine_km(loc.latitude, loc.longitude, 37.11, -84.12) < 30


# --- a county named without its kind word ------------------------------------------


def test_a_county_named_bare_is_found_when_no_town_bears_the_name(gaz):
    best = gaz.lookup("Preble", country_hints=["USA"])[0]
    assert (best.feature, best.name, best.admin1) == ("admin2", "Preble County", "Ohio")


@pytest.mark.parametrize("name", ["Hamilton", "Madison", "Douglas"])
def test_a_bare_county_name_never_outranks_a_town_of_that_name(gaz, name):
    found = gaz.scored(name, country_hints=["USA"], limit=40)
    towns = [score for loc, score in found if loc.feature == "city" and fold(loc.name) == fold(name)]
    counties = [score for loc, score in found if loc.feature == "admin2"]
    assert towns and counties and max(counties) < min(towns)


def test_a_county_below_a_tiny_town_of_its_name_in_the_ranking():
    from eventwire.gazetteer.rank import ALTERNATE, CANONICAL, Candidate, rank

    county = Candidate(
        1, None, "Hood County", "admin2", "US", None, "Texas", 0.0, 0.0, 0, 0, 0, "Hood County", ALTERNATE
    )
    town = Candidate(2, 7, "Hood", "city", "US", None, "California", 0.0, 0.0, 300, 0, 0, None, CANONICAL)
    assert [c.place for c in rank([county, town], frozenset({"US"}))] == [2, 1]
    full = Candidate(1, None, "Hood County", "admin2", "US", None, "Texas", 0.0, 0.0, 0, 0, 0, "Hood County", CANONICAL)
    assert rank([full, town], frozenset({"US"}))[0].place == 1  # "Hood County" in full is the county

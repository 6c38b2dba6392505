"""Where the main event is when the article places it by its surroundings: a part of a capital, a smaller unit
named around an unknown village, "the city's" district, a neighbourhood named like a far town, a compass word."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.records import ArticleInput, Location, PlaceRole
from eventwire.stages.places import haversine_km


def _sites(pipeline, text: str) -> list[Location]:
    """The first resolved site of each event, in the pipeline's order."""
    extraction = pipeline.extract(ArticleInput(id="surroundings", text=text, published=dt.date(2024, 5, 3)))
    out = []
    for event in extraction.events:
        located = [p for p in event.places if p.role in (PlaceRole.SITE, PlaceRole.NEAR)]
        located = [p.location for p in located if isinstance(p.location, Location)]
        if located:
            out.append(located[0])
    return out


def _near(location: Location, lat: float, lon: float, km: float = 50.0) -> bool:
    return haversine_km(location.latitude, location.longitude, lat, lon) <= km


@pytest.mark.parametrize(
    ("text", "point"),
    [
        (
            "Armed men shot dead nine people overnight in Nazon, a steep neighbourhood of Haiti's capital, "
            "a rights group said on Friday.",
            (18.54, -72.34),  # Port-au-Prince
        ),
        (
            "Gangs killed five traders on Thursday in Fort National, a crowded area of the capital, Haitian police "
            "said.",
            (18.54, -72.34),
        ),
    ],
)
def test_a_part_of_the_capital_is_in_the_capital(pipeline, text: str, point: tuple[float, float]) -> None:
    sites = _sites(pipeline, text)
    assert sites and _near(sites[0], *point), sites


def test_an_unknown_village_goes_to_the_smallest_unit_named_around_it(pipeline) -> None:
    text = (
        "Paramilitary fighters killed 40 villagers on Tuesday when they stormed the village of Um Sidra in the "
        "Managil area of Sudan's Gezira state, a local committee said.\n\n"
        "The fighters took Wad Madani, the Gezira state capital, last year."
    )
    sites = _sites(pipeline, text)
    assert sites and _near(sites[0], 14.25, 32.99, km=25), sites  # Al Manaqil, not Wad Madani (~60 km off)


def test_the_citys_district_is_a_part_of_the_city_the_text_is_about(pipeline) -> None:
    text = (
        "KYIV, May 2 (Wire Desk) - Russian missiles struck the city of Kharkiv on Thursday, killing three people, "
        "the regional governor said.\n\n"
        "The missiles hit homes in the city's Shevchenkivskyi district, he said."
    )
    sites = _sites(pipeline, text)
    assert sites and all(_near(s, 49.99, 36.23) for s in sites), sites  # Kharkiv, never the namesake in Kyiv


def test_a_neighbourhood_named_like_a_far_town_stays_in_the_datelines_city(pipeline) -> None:
    text = (
        "PORT-AU-PRINCE, March 3 (Wire Desk) - Gang members killed at least 20 people last week in the Wharf "
        "Jeremie area, residents said on Sunday."
    )
    sites = _sites(pipeline, text)
    assert sites and _near(sites[0], 18.54, -72.34), sites  # not the town of Jeremie, ~150 km west


def test_a_river_named_first_does_not_join_another_provinces_strike_to_the_event_before(pipeline) -> None:
    """A wide place (a river) pins no point: the province named with it decides whether two strikes are one."""
    text = (
        "Warplanes killed 30 civilians in the village of Kafr Dallah, 40km Northeast of Aleppo city.\n\n"
        "Jets also pounded bridges on the Euphrates in Deir Ezzor province, local sources said."
    )
    sites = _sites(pipeline, text)
    assert len(sites) == 2 and sites[0].admin1 == "Aleppo", sites
    assert sites[1].admin1 == "Deir-ez-Zor", sites

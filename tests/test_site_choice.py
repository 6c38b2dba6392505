"""Where and when the main event happened: a country named as a modifier ("U.S. air strikes", "a
Panamanian-flagged tanker", "near the Thai border") is not the site; a road named by its two ends places the
event on the road; "forces today confirmed the arrest ... on May 3" is dated May 3, not the release day."""

from __future__ import annotations

import datetime as dt

from eventwire.records import ArticleInput, Location, PlaceRole


def _main(pipeline, text: str, published: dt.date):
    events = pipeline.extract(ArticleInput(id="t", text=text, published=published)).events
    assert events, "no event read"
    return events[0]


def _site(event) -> Location:
    site = next(p for p in event.places if p.role is PlaceRole.SITE)
    assert isinstance(site.location, Location)
    return site.location


def test_a_country_that_qualifies_a_noun_is_not_the_site(pipeline) -> None:
    text = (
        "ADEN, March 4 (Wire) - Air strikes on the Khor Umeira jetty on Yemen's southern coast killed 12 people "
        "on Tuesday, local health officials said, in the heaviest raid of the U.S. campaign so far."
    )
    site = _site(_main(pipeline, text, dt.date(2025, 3, 4)))
    assert site.country != "United States"
    assert site.iso3 == "YEM"


def test_a_flag_state_is_not_where_a_ship_was_attacked(pipeline) -> None:
    text = (
        "SANAA, June 2 (Wire) - Yemen's Houthis said on Monday they had struck the Panamanian-flagged tanker "
        "Sea Lark near Kamaran Island with two drones. Three crew members were killed, a maritime agency said."
    )
    site = _site(_main(pipeline, text, dt.date(2025, 6, 2)))
    assert site.iso3 != "PAN"
    assert site.iso3 == "YEM"


def test_near_a_neighbours_border_lies_outside_the_neighbour(pipeline) -> None:
    text = (
        "YANGON, Aug 8 (Wire) - The Karen National Liberation Army said on Thursday it had seized the army "
        "outpost of Thay Baw Boe in Kawkareik township, near the Thai border, after two days of fighting with junta troops."
    )
    site = _site(_main(pipeline, text, dt.date(2025, 8, 8)))
    assert site.iso3 != "THA"
    assert site.iso3 == "MMR"


def test_a_road_named_by_its_two_ends_places_the_event_on_the_road(pipeline) -> None:
    text = (
        "KABUL, Afghanistan (May 5) - A roadside bomb hit a border police truck on the Herat-Kandahar highway "
        "on Sunday, killing two officers, officials said."
    )
    event = _main(pipeline, text, dt.date(2010, 5, 5))
    site = next(p for p in event.places if p.role is PlaceRole.SITE)
    assert isinstance(site.location, Location)
    assert site.location.feature == "route"
    assert site.location.iso3 == "AFG"
    assert site.geo_precision == 2
    assert site.location.name not in ("Kandahar", "Herat")


def test_a_town_named_with_the_road_is_finer_than_the_road(pipeline) -> None:
    text = (
        "A roadside bomb struck a police car on the Herat-Kandahar highway in Shindand district, Herat province, "
        "Afghanistan. Two police officers were killed in the blast."
    )
    site = _site(_main(pipeline, text, dt.date(2017, 6, 20)))
    assert site.feature != "route"
    assert site.admin1 == "Herat"


def test_the_day_of_the_arrest_beats_the_day_it_was_confirmed(pipeline) -> None:
    text = (
        "KABUL, Afghanistan (May 7)\nAfghan and coalition forces today confirmed the arrest of a Taliban weapons "
        "supplier during an operation in Spin Boldak district, Kandahar province, May 3."
    )
    event = _main(pipeline, text, dt.date(2011, 5, 7))
    assert event.date.start == dt.date(2011, 5, 3)  # type: ignore[union-attr]


def test_a_day_told_after_the_speech_verb_still_dates_the_event(pipeline) -> None:
    text = (
        "KABUL, Afghanistan (May 7)\nOfficials confirmed today that insurgents attacked a police post in "
        "Arghandab district, Kandahar province, on Thursday, killing one officer."
    )
    event = _main(pipeline, text, dt.date(2011, 5, 7))
    assert event.date.start == dt.date(2011, 5, 5)  # type: ignore[union-attr]

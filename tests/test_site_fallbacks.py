"""Where the main event happened when the text names it loosely: where someone speaks is not the site, a place
used as a reference point ("south of Kirkuk") is not the site, a common noun in lower case or a word that qualifies
a town ("the Yazidi town of") is no place, a name the gazetteer lacks is placed as the article places it elsewhere,
a province shortened in a headline is the province, and a name is not placed at a town paragraphs away."""

from __future__ import annotations

import datetime as dt

from eventwire.records import ArticleInput, Location, PlaceRole


def _events(pipeline, text: str, published: dt.date = dt.date(2024, 3, 5)):
    events = pipeline.extract(ArticleInput(id="t", text=text, published=published)).events
    assert events, "no event read"
    return events


def _site(event) -> Location:
    site = next(p for p in event.places if p.role in (PlaceRole.SITE, PlaceRole.NEAR) and isinstance(p.location, Location))
    return site.location  # type: ignore[return-value]


def test_where_an_official_speaks_is_not_the_site(pipeline) -> None:
    text = (
        "Clashes between rival militias kill 14 in northern Iraq\n\n"
        "BAGHDAD, May 2 (River Wire) - Fighting between two armed factions has killed 14 people since Sunday, "
        "the provincial governor told reporters in Mosul, adding that the clashes had centred on rural areas of Tal Afar."
    )
    site = _site(_events(pipeline, text)[0])
    assert site.name != "Mosul"
    assert "Afar" in site.name


def test_a_reference_point_is_not_the_site(pipeline) -> None:
    text = (
        "KIRKUK, Oct 9 (River Wire) - Soldiers detained six men suspected of smuggling weapons during raids on "
        "farms in the Hawija district south-west of Kirkuk on Wednesday, the army said."
    )
    site = _site(_events(pipeline, text)[0])
    assert "Hawij" in site.name


def test_a_common_noun_in_lower_case_is_no_place(pipeline) -> None:
    text = (
        "DOUALA, Feb 3 (Coast Wire) - Gunmen killed two soldiers at a checkpoint near Bamenda on Friday before "
        "fleeing into the bush, the army said."
    )
    for event in _events(pipeline, text):
        assert all(p.span.text != "bush" for p in event.places)
        assert _site(event).iso3 == "CMR"


def test_a_word_that_qualifies_a_town_is_no_place(pipeline) -> None:
    text = (
        "ERBIL, June 11 (River Wire) - A drone struck a car in the Yazidi town of Sinjar on Tuesday, killing "
        "two men, local officials said."
    )
    event = _events(pipeline, text)[0]
    assert all(p.span.text != "Yazidi" for p in event.places)
    assert "Sinjar" in _site(event).name


def test_an_unknown_name_is_placed_as_the_article_places_it_elsewhere(pipeline) -> None:
    text = (
        "Peacekeepers leave Ouzzein camp\n\n"
        "BAMAKO, Aug 14 (Sahel Wire) - United Nations peacekeepers handed over their camp at Ouzzein in the "
        "northern Gao region to the Malian army on Sunday, the mission said.\n\n"
        "Armed groups that signed the peace accord with Bamako said the army's arrival in Ouzzein broke the "
        "accord and said they would not accept it."
    )
    for event in _events(pipeline, text):
        site = _site(event)
        assert site.name != "Bamako"
        assert site.admin1 == "Gao"


def test_an_unknown_name_is_not_placed_at_a_town_paragraphs_away(pipeline) -> None:
    text = (
        "Afghan officials say air strikes killed five\n\n"
        "KABUL, March 3 (Frontier Wire) - Foreign aircraft bombed homes in Afghanistan's eastern Khost province on "
        "Sunday, killing five people, a provincial spokesman said. Afghan border forces later fired mortars at army "
        "posts across the frontier in the Zhobkot district, the defence ministry said.\n\n"
        "Relations between the two governments have worsened, officials in Kabul said."
    )
    event = _events(pipeline, text)[0]
    assert all(getattr(p.location, "name", None) != "Kabul" for p in event.places)
    assert _site(event).admin1 == "Khost"


def test_a_province_shortened_in_a_headline_is_the_province(pipeline) -> None:
    text = (
        "Gunmen kill nine in Nigeria's Kaduna\n\n"
        "ABUJA, July 7 (Savanna Wire) - Gunmen killed nine villagers in an overnight raid in the north-western "
        "Kaduna state, police said on Monday. The attack took place in a farming village of Kajuru local "
        "government area, a police spokesman said."
    )
    event = _events(pipeline, text)[0]
    kaduna = [p for p in event.places if p.span.text == "Kaduna"]
    assert kaduna and all(isinstance(p.location, Location) and p.location.feature == "admin1" for p in kaduna)


def test_a_town_named_as_the_site_outranks_a_near_place_of_its_province(pipeline) -> None:
    text = (
        "Troops repel raid on Borno base; farmers kidnapped near Gwoza\n\n"
        "MAIDUGURI, April 4 (Sahel Wire) - Soldiers beat back an attack by insurgents on an army base in Monguno "
        "in Borno state on Sunday, killing nine attackers, the army said."
    )
    site = _site(_events(pipeline, text)[0])
    assert site.name != "Gwoza"
    assert site.admin1 == "Borno"


def test_an_unknown_town_goes_to_the_smallest_unit_named_with_its_province(pipeline) -> None:
    text = (
        "Militia seizes Congo market town of Kibabi\n\n"
        "BUNIA, May 9 (Lakes Wire) - Militiamen took control of Kibabi on Tuesday after a day of fighting with the "
        "army, residents said.\n\n"
        "The town, in Ituri province's Djugu territory, had changed hands twice this year."
    )
    site = _site(_events(pipeline, text)[0])
    assert site.admin1 == "Ituri"
    assert site.feature == "city" and site.name == "Djugu"


def test_an_event_placed_only_in_a_province_takes_the_town_named_next(pipeline) -> None:
    text = (
        "Jets strike villages in Myanmar's north-west\n\n"
        "BANGKOK, April 2 (Mekong Desk) - Military jets bombed villages in the Magway region on Tuesday, killing "
        "five people, a local resistance group said. Two bombs fell on a village near the town of Pakokku in the "
        "afternoon, the group said."
    )
    site = _site(_events(pipeline, text)[0])
    assert site.name == "Pakokku"

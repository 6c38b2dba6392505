"""Classes of wording the "conflicts2" articles (tests/articles/73-84) exposed, each in sentences written
for these tests: a source's anonymity told after its cue, a titled official named before "said", a rights
body told by its role and then by its name, a named victim beside another source's toll, the unnamed
gunmen of a named cartel facing soldiers, and generic "troops" beside the army of the same state."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.records import ArticleInput, ClaimantType, Quantity, QuantityKind, Span
from eventwire.stages import fatalities
from test_claimants import _killed, _saying

PUBLISHED = dt.date(2025, 3, 12)


def _extract(pipeline, text: str):
    return pipeline.extract(ArticleInput(id="t", text=text, published=PUBLISHED, outlet="Ridge Wire"))


def test_anonymity_told_after_the_cue_makes_an_anonymous_party_source(pipeline) -> None:
    """ "a police commander told us on condition of anonymity": the anonymity comes after the cue verb."""
    claims = _extract(
        pipeline,
        "Gunmen attacked a police post in Garbahaarey on Monday, killing five officers, a police commander told "
        "Ridge Wire on condition of anonymity.",
    ).claims
    assert {c.claimant.type for c in claims if 5 in _killed([c])} == {ClaimantType.PARTY_ANONYMOUS}


def test_a_lower_case_title_before_a_name_is_the_speaker(pipeline) -> None:
    """ "..., provincial governor Oleh Syniehubov said": the title starts in lower case, the name is the source."""
    claims = _extract(
        pipeline,
        "A Russian missile hit a warehouse in Kharkiv on Tuesday, killing three workers, provincial governor "
        "Oleh Syniehubov said.",
    ).claims
    governor = _saying(claims, "Syniehubov")
    assert governor and _killed(governor) == {3}
    assert {c.claimant.type for c in governor} == {ClaimantType.PARTY_OFFICIAL}


def test_a_body_told_by_its_role_is_the_body_named_next(pipeline) -> None:
    """ "an aid workers' group said" then "The Kassala Emergency Committee said": one source, named in the second."""
    claims = _extract(
        pipeline,
        "Militiamen killed 23 people in a raid on the village of Um Dam on Sunday, a local volunteers' group said.\n\n"
        "The Kassala Emergency Committee said the attackers came on camels and burned the grain store.",
    ).claims
    assert _killed(_saying(claims, "Emergency Committee")) == {23}


def _count(text: str, low: int, side: str, qualifier: str | None = None) -> Quantity:
    span = Span.of(text, 0, len(text))
    return Quantity(
        kind=QuantityKind.KILLED, low=low, high=None, qualifier=qualifier, side=side, span=span, number_span=span
    )


def test_a_named_victim_is_among_another_sources_toll() -> None:
    """ "Khalid al-Amin, a commander, was killed" (a security source) beside "at least nine people were killed"
    (a hospital): the named man is one of the nine, not a lower rival figure."""
    named = _count("Khalid al-Amin, a commander, was killed", 1, "Khalid al-Amin")
    toll = _count("at least nine people were killed", 9, "people", "at least")
    assessed = fatalities.assess([("source", 0, named), ("hospital", 1, toll)])
    assert assessed is not None and assessed.value == 9


def test_named_victims_alone_still_count() -> None:
    named = _count("Khalid al-Amin was killed", 1, "Khalid al-Amin")
    assessed = fatalities.assess([("source", 0, named)])
    assert assessed is not None and assessed.value == 1


def test_unnamed_gunmen_of_a_named_cartel_face_the_soldiers(pipeline) -> None:
    """Gunmen killed in a shootout with soldiers, in a report of a named cartel's war: actor 2 is the army,
    not an "Unidentified Gang" standing for the cartel's own men."""
    event = _extract(
        pipeline,
        "Four suspected cartel gunmen were killed in a shootout with soldiers outside Apatzingan, in Michoacan "
        "state, on Tuesday, the state prosecutor's office said. The Jalisco New Generation Cartel has fought "
        "rivals for control of the region for years.",
    ).events[0]
    actor2 = [a.name for a in event.actors if a.role.value == "actor2"]
    assert actor2 and actor2[0].startswith("Military Forces of Mexico")


def test_troops_and_the_named_army_of_one_state_leave_room_for_the_opponent(pipeline) -> None:
    """ "troops" that act and "Ethiopia's army" named with its foe are one side: actor 2 is the foe, not nobody."""
    event = _extract(
        pipeline,
        "Fighting between Ethiopia's army and the armed youth known as Fano has killed at least 12 soldiers in and "
        "around Debre Tabor since Sunday, government spokesman Legesse Tulu told reporters on Wednesday.\n\n"
        "Legesse accused the militia of acting for opposition politicians and said troops had pulled back from an "
        "outpost outside the town to regroup.",
    ).events[0]
    names = {a.role.value: a.name for a in event.actors}
    assert names.get("actor1", "").startswith("Military Forces of Ethiopia")
    assert "Fano" in names.get("actor2", "")


def test_a_lake_across_borders_yields_to_the_province_named_next(pipeline) -> None:
    """ "an island in Lake Chad" puts the event in no country; "Niger's Diffa region", named in the next
    sentence, does (ACLED codes the most specific place the report gives)."""
    event = _extract(
        pipeline,
        "Boko Haram fighters killed nine fishermen on an island in Lake Chad on Monday, the army said. The island "
        "lies in Niger's Diffa region, close to the town of Bosso.",
    ).events[0]
    site = next(p.location for p in event.places if p.role.value in ("site", "near") and hasattr(p.location, "iso3"))
    assert site.iso3 == "NER" and site.admin1 == "Diffa"


def test_attackers_said_to_belong_to_a_named_group_are_that_group(pipeline) -> None:
    """ "the attackers belonged to the 400 Mawozo gang", told after the killing: the unnamed gunmen are identified."""
    event = _extract(
        pipeline,
        "Gunmen killed seven residents of Croix-des-Bouquets overnight, police said on Tuesday. A police spokesman "
        "said the attackers belonged to the 400 Mawozo gang, which has long extorted drivers on the road east of "
        "the capital.",
    ).events[0]
    assert [a.name for a in event.actors if a.role.value == "actor1"] == ["400 Mawozo Gang"]


def test_a_count_of_a_group_named_with_of_is_read() -> None:
    """ "at least 30 alleged State of Sinai militants were killed": the "of" inside the group's name does not end
    the phrase before its head noun."""
    from eventwire.stages import quantities

    text = "At least 14 suspected Army of Islam fighters were killed and another 20 wounded in the raid."
    killed = [q for q in quantities.find_quantities(text, 0, len(text)) if q.kind is QuantityKind.KILLED]
    assert [(q.low, q.side) for q in killed] == [(14, "suspected Army of Islam fighters")]


def test_a_lake_across_borders_yields_to_the_province_a_visit_is_told_to(pipeline) -> None:
    """Placed only on a lake of four countries, the attack is better placed in the province the head of state
    flew to after it ("travelled to the Lac province") than in no country at all."""
    event = _extract(
        pipeline,
        "Jihadist fighters killed 17 soldiers in an attack on an army post on an island in Lake Chad on Sunday, the "
        "army said. The president travelled to the Lac province on Monday to visit the wounded.",
    ).events[0]
    site = next(p.location for p in event.places if p.role.value in ("site", "near") and hasattr(p.location, "iso3"))
    assert site.iso3 == "TCD" and site.admin1 == "Lac"


@pytest.mark.parametrize(
    "text",
    [
        "Fighters fired on an army helicopter near Malakal on Friday, the army said.",
        "The army said one of its helicopters, sent to carry wounded soldiers out, had been fired on near Malakal.",
    ],
)
def test_an_aircraft_fired_on_is_the_target_not_an_air_strike(pipeline, text: str) -> None:
    """The helicopter named as what was hit is the target of the fire, not the weapon of an air strike."""
    assert _extract(pipeline, text).events[0].type.sub_event_type != "Air/drone strike"

"""Fatality figures of the main event: people "also" killed, told apart from the first toll, add to it;
two groups of the dead add up whatever they are called; a headline's vague "dozens" neither lowers nor
qualifies a counted toll. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from eventwire.records import ArticleInput, Quantity, QuantityKind, Span
from eventwire.stages import fatalities


def _killed(text: str, low: int, high: int | None, qualifier: str | None = None, side: str = "") -> Quantity:
    return Quantity(
        kind=QuantityKind.KILLED,
        low=low,
        high=high,
        qualifier=qualifier,
        side=side,
        span=Span.of(text, 0, len(text)),
        number_span=Span.of(text, 0, len(text)),
    )


def test_people_also_killed_in_another_claim_add_to_the_toll() -> None:
    first = _killed("killed 10 suspected militants", 10, 10, side="suspected militants")
    also = _killed("Two civilians were also killed", 2, 2, side="civilians")
    assessed = fatalities.assess([("police", 0, first), ("officer", 1, also)])
    assert assessed is not None and assessed.value == 12


def test_rival_claims_stay_alternatives() -> None:
    army = _killed("killed 35 civilians", 35, 35, side="civilians")
    locals_ = _killed("42 civilians were killed", 42, 42, side="civilians")
    assessed = fatalities.assess([("army", 0, army), ("leader", 1, locals_)])
    assert assessed is not None and assessed.value == 35


def test_main_event_counts_soldiers_and_porters(pipeline) -> None:
    text = (
        "SRINAGAR, Oct 25 (Wire) - Militants ambushed an army vehicle near Gulmarg in Indian Kashmir on "
        "Thursday evening, killing two soldiers and two army porters, the army said."
    )
    event = pipeline.extract(ArticleInput(id="t", text=text, published=dt.date(2024, 10, 25))).events[0]
    assert event.fatalities.value == 4


def test_a_counted_toll_keeps_its_own_qualifier_beside_a_vague_headline(pipeline) -> None:
    text = (
        "Gang kills dozens in Haitian town\n\n"
        "PORT-AU-PRINCE, Oct 4 (Wire) - Gang members attacked a town in Haiti's Artibonite department on "
        "Thursday, killing at least 70 people, the United Nations said."
    )
    event = pipeline.extract(ArticleInput(id="t", text=text, published=dt.date(2024, 10, 4))).events[0]
    assert (event.fatalities.value, event.fatalities.qualifier) == (70, "at least")


def test_wounded_told_across_several_attacks_are_shared_evenly(pipeline) -> None:
    """As the dead are: "eight police officers and nine assailants were injured in the ensuing clashes" of
    "one of four related attacks" gives this event 17 / 4, rounded up."""
    text = (
        "Assailants attacked police personnel in Shahidi Hassas district, Uruzgan, Afghanistan. This was one of "
        "four related attacks targeting police in the district on the same day. Seven police officers and 11 "
        "assailants were killed and eight police officers and nine assailants were injured across the four attacks."
    )
    result = pipeline.extract(ArticleInput(id="t", text=text, published=dt.date(2016, 6, 1)))
    event = result.events[0]
    assert fatalities.harm_total(event.quantities, QuantityKind.INJURED) == 17
    assert fatalities.event_harm(event, result.article.text, QuantityKind.INJURED) == 5


def test_rebels_named_after_an_army_are_rebels() -> None:
    """"New People's Army rebels" told twice (headline and lead) are one side, counted once."""
    head = _killed("Four communist rebels killed", 4, 4, side="communist rebels")
    lead = _killed("killed four suspected New People's Army rebels", 4, 4, side="suspected New People's Army rebels")
    assessed = fatalities.assess([("army", 0, head), ("army", 1, lead)])
    assert assessed is not None and assessed.value == 4

"""Rival claims inside one sentence stay two claims: "X said ..., while Y said ..." keeps who said what,
and the assessed toll is chosen between the two counts instead of adding them up."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.export.acled_csv import event_row
from eventwire.lexicon import load_actors, load_cues
from eventwire.records import ArticleInput, ClaimantType, Missing, QuantityKind
from eventwire.stages.claims import ClaimStage
from eventwire.stages.clean import clean

PUBLISHED = dt.date(2024, 3, 14)


def _event(pipeline, text: str):
    events = pipeline.extract(ArticleInput(id="t", text=text, published=PUBLISHED, outlet="Daily Wire")).events
    assert events, text
    return events[0]


def _killed(claim) -> list[int]:
    return sorted(q.low for q in claim.quantities if q.kind is QuantityKind.KILLED)


def _by_claimant(event, word: str):
    found = [c for c in event.claims if word.lower() in c.claimant.name.lower()]
    assert len(found) == 1, [c.claimant.name for c in event.claims]
    return found[0]


def test_rival_claims_each_side_keeps_its_own_count(pipeline) -> None:
    event = _event(
        pipeline,
        "M23 rebels said they killed 30 Congolese soldiers near Sake on Saturday, while the army said it "
        "lost five men and killed dozens of rebels.",
    )
    assert len(event.claims) == 2
    rebels, army = _by_claimant(event, "M23"), _by_claimant(event, "Military")
    assert _killed(rebels) == [30]
    assert [q.side for q in army.quantities if q.kind is QuantityKind.KILLED] == ["rebels"]
    assert event.fatalities.value == 30  # not 30 + dozens: the army's vague count is an alternative, not an addition
    assert event.main_claim() == rebels


def test_rival_claims_according_to_against_a_later_speaker(pipeline) -> None:
    event = _event(
        pipeline,
        "According to local officials, gunmen killed 12 villagers in an attack on Kumbo on Monday, "
        "while the army said only four people died.",
    )
    officials, army = _by_claimant(event, "local officials"), _by_claimant(event, "Military")
    assert (_killed(officials), _killed(army)) == ([12], [4])
    assert officials.cue is not None and officials.cue.text == "According to"
    assert event.fatalities.value == 4  # lowest credible of two alternatives


@pytest.mark.parametrize("joint", [", while according to residents", ", although residents said"])
def test_rival_claims_a_rival_led_by_according_to_or_although(pipeline, joint: str) -> None:
    event = _event(
        pipeline,
        f"Police said 14 people died in a raid on a market in Maiduguri on Tuesday{joint} 20 bodies were found.",
    )
    police, residents = _by_claimant(event, "Police"), _by_claimant(event, "Civilians")
    assert (_killed(police), _killed(residents)) == ([14], [20])
    assert residents.cue is not None and residents.cue.text.lower() in ("according to", "said")
    assert event.fatalities.value == 14


def test_rival_claims_after_a_semicolon(pipeline) -> None:
    event = _event(
        pipeline,
        "A suicide bomber struck a crowded bus station in Quetta on Friday. "
        "Police put the death toll at 30; hospital officials said 19 people were killed.",
    )
    police, doctors = _by_claimant(event, "Police"), _by_claimant(event, "hospital")
    assert (_killed(police), _killed(doctors)) == ([30], [19])
    assert event.fatalities.value == 19


def test_rival_claims_in_two_sentences_stay_two_claims(pipeline) -> None:
    event = _event(
        pipeline,
        "The army said 10 soldiers were killed in an ambush near Gao on Sunday. Residents put the death toll at 16.",
    )
    assert sorted(_killed(c)[0] for c in event.claims if _killed(c)) == [10, 16]
    assert event.fatalities.value == 10


def test_rival_claims_against_the_outlets_own_report(pipeline) -> None:
    event = _event(
        pipeline,
        "Militants killed 10 soldiers in an ambush near Gao on Sunday, while the army said six soldiers died.",
    )
    outlet = next(c for c in event.claims if c.claimant.span is None)
    assert outlet.claimant.name == "Daily Wire"
    assert outlet.span.text == "Militants killed 10 soldiers in an ambush near Gao on Sunday"
    assert (_killed(outlet), _killed(_by_claimant(event, "Military"))) == ([10], [6])
    assert event.fatalities.value == 6


def test_rival_claims_a_denial_in_the_second_clause(pipeline) -> None:
    event = _event(
        pipeline,
        "The army said it killed 25 militants in an air strike in Helmand on Sunday, but the Taliban denied any losses.",
    )
    taliban = _by_claimant(event, "Taliban")
    assert taliban.polarity == "denies"
    assert _by_claimant(event, "Military").polarity == "asserts"
    assert event.fatalities.value == 25


@pytest.mark.parametrize(
    "text",
    [
        # the second clause has no speaker of its own
        "The army said 10 soldiers were killed in an ambush near Gao on Sunday, while 4 attackers died in the fighting.",
        # the same speaker goes on
        "The army said 10 soldiers were killed in an ambush near Gao on Sunday, but added that the toll could rise.",
        "The army said 10 soldiers were killed in an ambush near Gao on Sunday, but it said 4 attackers died too.",
        # a second speaker counting more victims adds to the first, it does not rival it
        "The army said militants killed 10 soldiers in an ambush near Gao on Sunday; residents said three "
        "civilians also died.",
        # a trailing speaker speaks for the whole sentence
        "Gunmen killed 14 people while they prayed in a mosque in Maiduguri on Tuesday, police said.",
    ],
)
def test_rival_claims_one_claim_without_a_rival_speaker(pipeline, text: str) -> None:
    event = _event(pipeline, text)
    assert len(event.claims) == 1, [(c.claimant.name, _killed(c)) for c in event.claims]


def test_rival_claims_spans_quote_the_text_and_ids_differ(pipeline) -> None:
    text = (
        "Gunmen killed 14 people in a raid on a market in Maiduguri on Tuesday, police said, while residents "
        "said at least 20 bodies were recovered."
    )
    extraction = pipeline.extract(ArticleInput(id="t", text=text, published=PUBLISHED))
    event = extraction.events[0]
    body = extraction.article.text
    assert len({c.id for c in event.claims}) == len(event.claims) == 2
    for c in event.claims:
        assert body[c.span.start : c.span.end] == c.span.text
        assert all(c.span.start <= q.span.start < c.span.end for q in c.quantities)
    assert not isinstance(event.fatalities, Missing) and event.fatalities.value == 14
    witnesses = [c for c in event.claims if c.claimant.type is ClaimantType.WITNESS]
    assert len(witnesses) == 1 and not witnesses[0].claimant.is_party  # residents are not a side of the raid
    row = event_row(extraction, event)  # the CSV credits the claim behind the figure: the police
    assert (row["fatalities"], row["ew_claimant"]) == (14, event.main_claim().claimant.name)
    assert "police" in row["ew_claimant"].lower()


def test_rival_claims_the_next_sentence_continues_the_last_speaker(pipeline) -> None:
    """ "It said ..." after "..., while the army said ..." is the army speaking, whole sentence and no rivals."""
    text = (
        "The rebels said they shot down a helicopter near Goma on Saturday, while the army said the aircraft "
        "crashed. It said two crew members were injured."
    )
    analysis = pipeline._language.analyse(clean(ArticleInput(id="t", text=text, published=PUBLISHED)))
    first, second = ClaimStage(load_cues(), load_actors()).attribute(
        analysis.article.text, analysis.sentences, analysis.mentions
    )
    assert first is not None and first.phrase.text == "The rebels"
    assert [r.phrase.text for r in first.rivals] == ["the army"]
    assert first.scope is not None and first.scope.text.endswith("on Saturday")
    assert second is not None and second.phrase.text == "the army" and second.rivals == () and second.scope is None

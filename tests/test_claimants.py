"""Who says it: the claimant of each figure, as wire stories credit it (our own sentences).

Each test is one class of wording: two sources joined by "and", a source relayed by another
("citing", "quoting"), a source told by its role in the lead and named in the next sentence, a role
told with a relative clause, and a hospital's count of the dead."""

from __future__ import annotations

import datetime as dt

from eventwire.records import ArticleInput, ClaimantType, QuantityKind

PUBLISHED = dt.date(2025, 2, 10)


def _claims(pipeline, text: str):
    return pipeline.extract(ArticleInput(id="t", text=text, published=PUBLISHED, outlet="Coast Wire")).claims


def _saying(claims, word: str):
    """The claims whose claimant names or quotes ``word``."""
    return [
        c
        for c in claims
        if word.lower() in f"{c.claimant.name} {c.claimant.span.text if c.claimant.span else ''}".lower()
    ]


def _killed(claims) -> set[int]:
    return {q.low for c in claims for q in c.quantities if q.kind is QuantityKind.KILLED}


def test_two_joined_sources_are_two_claimants(pipeline) -> None:
    """ "a district officer and a rights monitor said": each source holds the count, neither is one hybrid."""
    claims = _claims(
        pipeline,
        "Gunmen shot dead four traders on a road outside Kidal on Sunday, a district officer and a rights monitor said.",
    )
    officer, monitor = _saying(claims, "district officer"), _saying(claims, "rights monitor")
    assert officer and monitor
    assert not _saying(claims, "officer and")
    assert {c.claimant.type for c in monitor} == {ClaimantType.MONITOR}
    assert _killed(officer) == _killed(monitor) == {4}


def test_a_relayed_count_belongs_to_its_source(pipeline) -> None:
    """ "the state news agency reported, citing a military source": the agency only carries the figure."""
    claims = _claims(
        pipeline,
        "An air strike killed six fighters near Tessalit on Tuesday, the state news agency reported, citing a "
        "military source.",
    )
    source = _saying(claims, "military source")
    assert source and _killed(source) == {6}
    assert {c.claimant.type for c in source} == {ClaimantType.PARTY_ANONYMOUS}
    assert not _killed(_saying(claims, "news agency"))


def test_a_role_in_the_lead_is_the_name_given_next(pipeline) -> None:
    """Wire style tells the source's role first and its name in the next sentence: the count is the named one's."""
    claims = _claims(
        pipeline,
        "Soldiers killed nine villagers in a raid on Dogo on Friday, a rights group said.\n\n"
        "Sahel Justice Watch, a rights organisation based in Niamey, said it had spoken to six survivors.",
    )
    named = _saying(claims, "Sahel Justice Watch")
    assert named and _killed(named) == {9}
    assert {c.claimant.type for c in named} == {ClaimantType.NGO}


def test_a_spokesman_named_after_his_role(pipeline) -> None:
    """ "the governor's spokesman said" then "Amadou Kone said": the person is the role, and keeps its type."""
    claims = _claims(
        pipeline,
        "A roadside bomb killed three soldiers near Mopti on Monday, the regional governor's spokesman said.\n\n"
        "Amadou Kone said the patrol had been returning to its base when the device went off.",
    )
    named = _saying(claims, "Amadou Kone")
    assert named and _killed(named) == {3}
    assert {c.claimant.type for c in named} == {ClaimantType.PARTY_OFFICIAL}


def test_a_role_told_with_a_relative_clause_still_speaks(pipeline) -> None:
    """ "the armed group that took the town last week said": a claimant, not the outlet's own report."""
    claims = _claims(
        pipeline,
        "A military jet bombed a market in Kutkai on Sunday, killing eleven people, the armed group that took "
        "the town last week said.",
    )
    group = _saying(claims, "armed group")
    assert group and _killed(group) == {11}
    assert not _killed(_saying(claims, "Coast Wire"))


def test_a_relative_clause_the_cue_ends_is_no_speaker(pipeline) -> None:
    """ "..., a figure that could not be confirmed": "confirmed" closes the relative clause; no one speaks it."""
    claims = _claims(
        pipeline,
        "The rebels said they killed 40 soldiers near the border, a figure that could not be confirmed.",
    )
    assert not _saying(claims, "figure")


def test_the_dead_brought_to_a_hospital_are_killed(pipeline) -> None:
    """A hospital's count: "had been brought in dead" is a toll of the dead."""
    claims = _claims(
        pipeline,
        "Troops and militiamen fought in the streets of Dessie on Monday. A nurse said 14 people had been brought "
        "in dead to the main hospital.",
    )
    assert 14 in _killed(claims)


def test_a_partys_own_words_for_its_victims_still_count(pipeline) -> None:
    """'the group claimed more than 30 "crusader soldiers" had died': the quoted words are the victims."""
    claims = _claims(
        pipeline,
        "A car bomb exploded at an army checkpoint near Baidoa on Sunday. The insurgent group said in a statement "
        'that more than 30 "crusader soldiers" had died, a figure that could not be verified.',
    )
    assert 30 in _killed(_saying(claims, "insurgent group"))


def test_an_accused_saying_it_did_not_do_it_denies(pipeline) -> None:
    """ "the army said its soldiers had not opened fire": the accused party rejects the charge, a denial."""
    claims = _claims(
        pipeline,
        "Soldiers shot dead three protesters in Kayes on Friday, a rights group said. The Malian army said in a statement "
        "that its soldiers had not shot at the protesters in Kayes and had only used tear gas.",
    )
    assert "denies" in {c.polarity for c in _saying(claims, "army")}


def test_a_speaker_not_yet_able_to_count_still_asserts(pipeline) -> None:
    """ "said it had not yet been able to establish ...": a caveat of the speaker's own report, not a denial."""
    claims = _claims(
        pipeline,
        "Clashes between two armed groups killed eight people near Tame on Sunday, the UN office said.\n\n"
        "The UN office said it had not yet been able to establish how many of the dead were fighters.",
    )
    assert {c.polarity for c in _saying(claims, "UN")} == {"asserts"}


def test_an_official_role_is_not_another_named_office(pipeline) -> None:
    """Officials are many: "the regional police" is not the mines ministry named after it, whose words share nothing."""
    claims = _claims(
        pipeline,
        "Gunmen killed five miners at a gold site near Kenieba on Saturday, the regional police said.\n\n"
        "The Ministry of Mines said the site would stay closed.",
    )
    assert 5 in _killed(_saying(claims, "police"))
    assert not _killed(_saying(claims, "Ministry of Mines"))

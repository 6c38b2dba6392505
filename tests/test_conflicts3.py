"""Classes of wording the "conflicts3" articles (tests/articles/85-92) exposed, each in sentences written
for these tests: a community title (an elder, an activist) before a speaker's name, a movement and its local
branch both named, a group that claims an attack by saying its fighters did it, and a town told as a unit
("canton", "district") "of" a named province."""

from __future__ import annotations

import datetime as dt

from eventwire.records import ArticleInput
from test_claimants import _killed, _saying

PUBLISHED = dt.date(2025, 5, 16)


def _extract(pipeline, text: str):
    return pipeline.extract(ArticleInput(id="t", text=text, published=PUBLISHED, outlet="Ridge Wire"))


def _actor(extraction, role: str) -> list[str]:
    return [a.name for e in extraction.events[:1] for a in e.actors if a.role.value == role]


def test_a_community_title_before_a_name_is_the_speaker(pipeline) -> None:
    """ "..., elder Musa Bello told a local radio": an elder's or activist's standing is a title too."""
    claims = _extract(
        pipeline,
        "Gunmen raided a cattle camp near Gusau on Wednesday.\n\nFour herders were killed in the raid, elder Musa "
        "Bello told a local radio station.",
    ).claims
    elder = _saying(claims, "Musa Bello")
    assert elder and _killed(elder) == {4}


def test_the_local_branch_is_coded_before_the_movement_it_belongs_to(pipeline) -> None:
    """A headline's "IS militants" and the body's "Daulah Islamiyah gunmen" are one side: ACLED codes the branch."""
    extraction = _extract(
        pipeline,
        "Troops kill three IS militants in southern Philippines\n\nSoldiers killed three Daulah Islamiyah gunmen "
        "in a clash in Lanao del Sur province on Sunday, a military spokesman said.",
    )
    assert _actor(extraction, "actor2") == ["Dawlah Islamiyah"]


def test_a_group_saying_its_fighters_did_it_is_the_attacker(pipeline) -> None:
    """ "JNIM said in a claim of responsibility that its fighters had attacked the post": the unnamed
    attackers of the report are the group that claims them."""
    extraction = _extract(
        pipeline,
        "Gunmen attacked a police post near Kandi in northern Benin on Friday, killing eight officers, the "
        "interior ministry said.\n\nJNIM said in a claim of responsibility that its fighters had stormed the post.",
    )
    assert any("JNIM" in name for name in _actor(extraction, "actor1"))


def test_a_town_told_as_a_unit_of_a_named_province_is_looked_for_in_that_province(pipeline) -> None:
    """ "in the Santa Maria district of Peru's remote Junin region": the namesake in another region is not meant;
    a town not known in the named province is placed in that province (ACLED's convention)."""
    extraction = _extract(
        pipeline,
        "Bandits killed five traders in the Santa Maria district of Peru's remote Junin region on Sunday, police said.",
    )
    sites = [p.location for p in extraction.events[0].places if p.role.value in ("site", "near")]
    assert sites and all(getattr(loc, "admin1", None) in (None, "Junin") for loc in sites)
    assert any(getattr(loc, "admin1", None) == "Junin" for loc in sites)


def test_a_clan_militia_fought_is_a_battle_not_an_attack_on_civilians(pipeline) -> None:
    """ "fighting clan militiamen for hours": the community word names armed men, so the raid is a clash."""
    extraction = _extract(
        pipeline,
        "Insurgents attacked the village of Buulo Jameeco on Monday, fighting clan militiamen for hours, elders said.",
    )
    assert extraction.events[0].type.sub_event_type == "Armed clash"

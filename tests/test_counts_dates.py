"""Counts as ACLED codes them and the wounded figure an event carries: vague words at ACLED's convention with
the least they allow as the low bound, quoted and hedged counts, and the wounded summed like the dead; dates in
figures and parts of periods read against the publication day. Sentences written for these tests, with invented
places and groups."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.export.acled_csv import event_row
from eventwire.records import ArticleInput, Missing
from eventwire.stages.dates import find_time_expressions
from eventwire.stages.fatalities import assess
from eventwire.stages.quantities import events_covered, find_quantities

K, W = "killed", "injured"


def victims(text: str) -> list[tuple]:
    return [(q.kind.value, q.low, q.qualifier, q.side) for q in find_quantities(text)]


def assessed(*sentences: str) -> tuple[int, int] | None:
    """(value, low) of the assessed figure of one claim made of these sentences."""
    counts = [("c1", i, q) for i, s in enumerate(sentences) for q in find_quantities(s)]
    result = assess(counts)
    return None if result is None else (result.value, result.low)


@pytest.mark.issue(5)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hedged counts are counts: ACLED codes the reported dead
        ("At least nine villagers are feared dead after the raid on Korlo.", [(K, 9, "at least", "villagers")]),
        ("Two Varan Front fighters were reported killed during the clash.", [(K, 2, None, "Varan Front fighters")]),
        ("Four herders were believed killed in the ambush.", [(K, 4, None, "herders")]),
        # "gunned down" kills, active and passive
        ("Masked men gunned down a teacher outside the school.", [(K, 1, None, "teacher")]),
        ("Three traders were gunned down at the market.", [(K, 3, None, "traders")]),
        # a number quoted alone is read as if unquoted
        ('Troops cleared the hills, killing "several" and freeing 12 hostages.', [(K, 3, "several", None)]),
        ('The feud between the clans left "dozens" dead.', [(K, 24, "dozens", None)]),
        # an untold number is a count of its own
        ("The shelling killed an unknown number of fighters.", [(K, 1, "unknown", "fighters")]),
        ("An unspecified number of guards were killed.", [(K, 1, "unknown", "guards")]),
        ("Government forces killed a number of rebels near the dam.", [(K, 2, "unknown", "rebels")]),
        ("Tens of soldiers were killed in the ambush.", [(K, 20, "tens", "soldiers")]),
        # the dead and the hurt together: an untold number says some died; a number says nothing of either alone
        ("The patrol repelled the raid, killing and wounding several attackers.", [(K, 3, "several", "attackers")]),
        ("The patrol repelled the raid, killing and wounding 14 attackers.", []),
        ("Some 30 passengers were killed or wounded in the blast.", []),
        ("A number of guards were either killed or wounded.", [(K, 2, "unknown", "guards")]),
        ("Five guards were killed and three were wounded.", [(K, 5, None, "guards"), (W, 3, None, None)]),
        # the dead and the taken together ("killed or captured") is neither count; one after the other is both
        ("Twelve fighters were killed or captured in the sweep.", []),
        ("Troops killed or detained 15 fighters.", []),
        ("Troops captured and killed a commander.", [(K, 1, None, "commander")]),
        # one death told as a noun; never a modifier
        ("The brawl at the fair ended in 1 death.", [(K, 1, None, None)]),
        ("Two death sentences were handed down in Korlo.", []),
        # a name after a place told by a preposition names the place, before people told as new
        ("In Varna, Oblast, a man and a woman were shot dead.", [(K, 1, None, "man"), (K, 1, None, "woman")]),
        ("In Varna, Petar Ilev and his wife were killed.", [(K, 1, None, "Petar Ilev"), (K, 1, None, "his wife")]),
        # one person told with where they were or came from
        ("A guard at the Korlo checkpoint was shot dead.", [(K, 1, None, "guard")]),
        ("A teacher from the village of Durova was killed by gunmen.", [(K, 1, None, "teacher")]),
        ("They detained a man in the town where a soldier was killed.", [("arrested", 1, None, "man"), (K, 1, None, "soldier")]),
        # a group's initials joined by a slash, and a movement's name used for its fighters
        ("Some 40 KLA/FRF fighters were killed in the raid.", [(K, 40, "about", "KLA/FRF fighters")]),
        ("Troops retook the ridge. Two al Shabaab dead.", [(K, 2, None, "al Shabaab")]),
        # a headline's object without its article is one person; a title-case headline or a name after it is not
        ("Gunmen kill KDF officer near Korlo", [(K, 1, None, "KDF officer")]),
        ("Blast kills policeman, wounds trader", [(K, 1, None, "policeman"), (W, 1, None, "trader")]),
        ("Troops Kill Rebel Commander in Korlo", []),
        ("Gunmen kill soldiers in Korlo", []),
        # "all" and a number at the sentence's end
        ("The patrol returned fire, killing all four.", [(K, 4, None, None)]),
        # a running total is no count of this event; the event's own count in the same sentence stays
        ("Four guards died on Monday, bringing the death toll from the offensive to 60.", [(K, 4, None, "guards")]),
        ("More than 300 people have been killed since the offensive began in May.", []),
        ("So far this year, 87 soldiers have been killed in the province.", []),
        ("Four guards were killed on Monday, the deadliest attack this year.", [(K, 4, None, "guards")]),
        ("The death toll from the market bombing rose to 31.", [(K, 31, None, None)]),
    ],
)
def test_counts_hedged_quoted_and_untold_counts(text: str, expected: list[tuple]) -> None:
    assert victims(text) == expected


@pytest.mark.issue(5)
@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # ACLED's codebook: "several" and an unknown number are coded 10; the low bound is the least the words allow
        (("Soldiers killed several militants near the river.",), (10, 3)),
        (("The shelling killed an unknown number of fighters.",), (10, 1)),
        (("Clashes left dozens dead.",), (12, 12)),
        # a number beside the vague words is the figure
        (("Clashes left dozens dead.", "At least 27 people were killed, officials said."), (27, 27)),
        # the untold ones add nothing beside a count in the same sentence
        (("Three soldiers and an unknown number of rebels were killed.",), (3, 3)),
        (("Five soldiers were killed.",), (5, 5)),
    ],
)
def test_counts_vague_words_at_acleds_convention_with_the_least_as_low_bound(
    sentences: tuple[str, ...], expected: tuple[int, int]
) -> None:
    assert assessed(*sentences) == expected


@pytest.mark.issue(5)
def test_counts_also_killed_by_another_source_adds_to_the_others() -> None:
    """Each sentence its own source: "also 13 militants" are more dead, not a rival count of the same dead."""
    sentences = ("Two soldiers were killed in Korlo.", "According to the governor, also 13 militants were killed.")
    counts = [(f"c{i}", i, q) for i, s in enumerate(sentences) for q in find_quantities(s)]
    result = assess(counts)
    assert result is not None and result.value == 15


@pytest.mark.issue(5)
def test_counts_toll_of_the_ensuing_clashes_of_related_attacks_is_shared() -> None:
    """ "One of four related attacks" and a toll "in the ensuing clashes": the toll of all four, shared."""
    text = (
        "Fighters attacked a border post in Korlo. This was one of four related attacks in the valley that night. "
        "Eighteen fighters were killed in the ensuing clashes."
    )
    toll = text.index("Eighteen")
    assert events_covered(text, toll, len(text)) == 4
    assert events_covered(text, 0, text.index("This")) is None
    counts = [("c1", 2, q) for q in find_quantities(text, toll, len(text))]
    result = assess(counts, shares={2: 4})
    assert result is not None and result.value == 5


@pytest.mark.issue(5)
def test_counts_event_carries_its_wounded_figure_and_the_export_writes_it(pipeline) -> None:
    """The wounded of an event are summed as its dead are (sides add), not the smallest count told."""
    text = (
        "Gunmen attacked a police post in Durova on Monday. Three policemen and two civilians were wounded, "
        "and one attacker was killed, police said."
    )
    result = pipeline.extract(ArticleInput(id="w1", text=text, published=dt.date(2026, 3, 4)))
    event = result.events[0]
    assert event.injured == 5
    assert not isinstance(event.fatalities, Missing) and event.fatalities.value == 1
    assert event_row(result, event)["ew_injured_low"] == 5


@pytest.mark.issue(5)
def test_counts_event_without_wounded_carries_none(pipeline) -> None:
    text = "Gunmen killed two farmers in Durova on Monday, police said."
    result = pipeline.extract(ArticleInput(id="w2", text=text, published=dt.date(2026, 3, 4)))
    event = result.events[0]
    assert event.injured is None
    assert event_row(result, event)["ew_injured_low"] == ""


# Thursday 12 March 2026: every relative date below is read against this publication day
PUBLISHED = dt.date(2026, 3, 12)


@pytest.mark.issue(5)
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # day and month in figures: day first, unless only month first can be read; the year from publication
        ("Traders marched to the council on 10/03.", "2026-03-10", "2026-03-10"),
        ("Police fired on the crowd (source dated 28/02).", "2026-02-28", "2026-02-28"),
        ("The depot was shelled on 25/02/2026.", "2026-02-25", "2026-02-25"),
        # both readings possible: the one nearer publication (11 March, not 3 November to come)
        ("The depot was shelled on 03/11/2026.", "2026-03-11", "2026-03-11"),
        ("The depot was shelled on 12/25/2025.", "2025-12-25", "2025-12-25"),
        ("The depot was shelled on 04.03.2026.", "2026-03-04", "2026-03-04"),
        # a part of the month a period names, up to publication
        ("Raids on the camps began early this month.", "2026-03-01", "2026-03-10"),
        ("Raids on the camps began late last month.", "2026-02-21", "2026-02-28"),
        ("The convoy was ambushed earlier in the week.", "2026-03-09", "2026-03-11"),
        ("The convoy was ambushed on the weekend.", "2026-03-07", "2026-03-08"),
        # some days back, not which one
        ("The convoy was ambushed a few days ago.", "2026-03-07", "2026-03-10"),
        ("The convoy was ambushed several days ago.", "2026-03-05", "2026-03-09"),
    ],
)
def test_dates_figures_and_parts_of_periods_resolve_against_publication(text: str, start: str, end: str) -> None:
    found = find_time_expressions(text, PUBLISHED)
    assert [(t.start.isoformat(), t.end.isoformat()) for t in found] == [(start, end)]


@pytest.mark.issue(5)
@pytest.mark.parametrize(
    "text",
    ["The motion passed with 3/4 of the vote.", "The clinic is open 24/7.", "Turnout rose on 1.5 million votes cast."],
)
def test_dates_ratios_scores_and_decimals_are_no_dates(text: str) -> None:
    assert find_time_expressions(text, PUBLISHED) == []

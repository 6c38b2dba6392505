"""Counts of the dead beyond plain numbers: people named or singled out, perpetrators who died too,
captives later killed, and tolls that cover several events. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.records import ArticleInput, Missing
from eventwire.stages.fatalities import assess
from eventwire.stages.quantities import events_covered, find_fates, find_quantities

K, W, A = "killed", "injured", "abducted"


def victims(text: str) -> list[tuple]:
    return [(q.kind.value, q.low, q.high, q.qualifier, q.side) for q in find_quantities(text)]


def figure(*sentences: str, shares: dict[int, int] | None = None) -> int | None:
    """The assessed figure of one claim made of these sentences."""
    counts = [("c1", i, q) for i, s in enumerate(sentences) for q in find_quantities(s)]
    result = assess(counts, shares=shares)
    return None if result is None else result.value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The driver was killed and two passengers were wounded.",
            [(K, 1, 1, None, "The driver"), (W, 2, 2, None, "passengers")],
        ),
        ("Karimov, a village elder for twenty years, was killed in the raid.", [(K, 1, 1, None, "Karimov")]),
        (
            "Nadia Orlova and her brother were killed.",
            [(K, 1, 1, None, "Nadia Orlova"), (K, 1, 1, None, "her brother")],
        ),
        ("The guard was wounded and his wife was killed.", [(W, 1, 1, None, "The guard"), (K, 1, 1, None, "his wife")]),
        (
            "Both of the attackers and a guard were killed.",
            [(K, 2, 2, None, "Both of the attackers"), (K, 1, 1, None, "guard")],
        ),
        ("The mayor and two of his guards were killed.", [(K, 1, 1, None, "The mayor"), (K, 2, 2, None, "guards")]),
        ("Gunmen shot and killed Tomas Varga, a local judge, in the square.", [(K, 1, 1, None, "Tomas Varga")]),
        ("Raiders killed village chief Omar Dede near the well.", [(K, 1, 1, None, "Omar Dede")]),
        ("The bomber detonated his vest, killing himself.", [(K, 1, 1, None, "attacker")]),
        ("Three of the mayor's guards were killed.", [(K, 3, 3, None, "mayor's guards")]),
        ("One villager, a shepherd, was killed.", [(K, 1, 1, None, "villager")]),
        (
            "Four Northern Defence Force (NDF) fighters were killed.",
            [(K, 4, 4, None, "Northern Defence Force (NDF) fighters")],
        ),
        (
            "At least nine people, including two guards, five villagers and the driver, were killed.",
            [(K, 9, None, "at least", "people")],
        ),
        ("The mob beat two men to death.", [(K, 2, 2, None, "men")]),
        ("Patrols killed numerous fighters.", [(K, 4, None, "numerous", "fighters")]),
        ("Two gunmen shot and killed Lena Maris.", [(K, 1, 1, None, "Lena Maris")]),
        ("Gunmen assassinated a pastor near the church.", [(K, 1, 1, None, "pastor")]),
        ("A mob lynched two suspected thieves.", [(K, 2, 2, None, "suspected thieves")]),
        ("The corpses of around thirty fighters were found.", [(K, 30, 30, "about", "fighters")]),
        ("The assailant was the only casualty.", [(K, 1, 1, None, "The assailant")]),
    ],
)
def test_counts_people_named_or_singled_out(text: str, expected: list[tuple]) -> None:
    assert victims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The soldiers were killed.",  # a plural definite repeats a count made elsewhere
        "Police were killed.",  # a group is no name
        "Taliban were killed in the strike.",
        "Palestinians were killed.",
        "Security forces killed Monday in the raid.",
        "The convoy was destroyed and the road was closed.",
        "Two people, including Amir Sayed and his cousin, were injured.",  # no one died
    ],
)
def test_counts_no_single_victim(text: str) -> None:
    assert [v for v in victims(text) if v[0] == K] == []


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (("In addition to the attacker, four people were killed.",), 5),
        (("Besides the two gunmen, six villagers died.",), 8),
        (("Two soldiers and three others were killed.",), 5),
        (("Nadia Orlova and her brother were killed.",), 2),
        (("Amir Sayed was killed in the attack.", "The gunman was also killed."), 2),
        (("A soldier was killed.", "The soldier was killed by a sniper."), 1),
        (("12 people, including three children, were killed.",), 12),
    ],
)
def test_counts_assessed_figure(sentences: tuple[str, ...], expected: int) -> None:
    assert figure(*sentences) == expected


def test_counts_a_toll_over_several_events_is_shared() -> None:
    text = "This was one of four related attacks. At least 13 fighters and a guard were killed across the attacks."
    second = text.index("At least")
    assert events_covered(text, second, len(text)) == 4
    assert events_covered(text, 0, second) is None
    assert figure("At least 13 fighters and a guard were killed across the attacks.", shares={0: 4}) == 4  # 14 / 4, up


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("Nine were killed across both attacks.", 2),
        ("Twenty died across the five assaults.", 5),
        ("20 fatalities split up between 3 events.", 3),
        ("Nine were killed across the province.", None),
        ("Nine were killed in the attack.", None),
    ],
)
def test_counts_events_covered(text: str, covered: int | None) -> None:
    assert events_covered(text, 0, len(text)) == covered


def test_counts_captives_later_killed() -> None:
    text = "Gunmen abducted three traders on the road. The hostages were executed the next day."
    held = [q for q in find_quantities(text) if q.kind.value == A]
    second = text.index("The hostages")
    fates = find_fates(text, second, len(text), held)
    assert [(q.kind.value, q.low, q.side) for q in fates] == [(K, 3, "hostages")]
    same = "Four guards were taken hostage and beheaded."
    assert [(q.kind.value, q.low) for q in find_fates(same, 0, len(same), find_quantities(same))] == [(K, 4)]


def test_counts_through_the_pipeline(pipeline) -> None:
    text = (
        "Gunmen opened fire on the car of Ilyas Moran, a provincial judge, in Kandahar, Afghanistan, on Monday. "
        "Moran and one of his bodyguards were killed and a second bodyguard was injured in the attack."
    )
    result = pipeline.extract(ArticleInput(id="t", text=text, published=dt.date(2019, 3, 5)))
    event = result.events[0]
    assert not isinstance(event.fatalities, Missing)
    assert event.fatalities.value == 2


def test_counts_a_place_before_the_subject_is_no_victim() -> None:
    assert victims("On 5 May, in Fortaleza, Ceara, a woman was killed in a shooting.") == [(K, 1, 1, None, "woman")]

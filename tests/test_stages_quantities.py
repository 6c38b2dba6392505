"""Victim counts and materiel losses read by rule from casualty sentences."""

from __future__ import annotations

import pytest

from eventwire.records.quantity import MaterielCategory, QuantityKind
from eventwire.stages.quantities import find_materiel, find_quantities

K, W, A, R, D = "killed", "injured", "abducted", "arrested", "displaced"  # W: wounded


def victims(text: str) -> list[tuple]:
    return [(q.kind.value, q.low, q.high, q.qualifier, q.side) for q in find_quantities(text)]


def losses(text: str) -> list[tuple]:
    return [(m.category.value, m.count, m.status) for m in find_materiel(text)]


# (text, [(kind, low, high, qualifier, side), ...])
VICTIM_CASES = [
    # word orders
    (
        "The army destroyed three convoys, killing more than 80 IS terrorists.",
        [(K, 80, None, "more than", "IS terrorists")],
    ),
    ("More than 80 IS terrorists were killed.", [(K, 80, None, "more than", "IS terrorists")]),
    ("80 militants killed in the raid.", [(K, 80, 80, None, "militants")]),
    ("The attack killed 12.", [(K, 12, 12, None, None)]),
    # a dateline's dash is no range: "June 24 - Eight" is eight, not 24 to 8
    ("NAIROBI, June 24 - Eight police officers were killed.", [(K, 8, 8, None, "police officers")]),
    ("LAGOS, May 3 – Four soldiers were killed.", [(K, 4, 4, None, "soldiers")]),
    ("Some 20 - 30 people were killed.", [(K, 20, 30, "about", "people")]),
    # press trades are people too
    ("A photojournalist was shot dead near the border on Monday.", [(K, 1, 1, None, "photojournalist")]),
    ("Two cameramen were wounded by shrapnel.", [(W, 2, 2, None, "cameramen")]),
    # a toll told the long way to its verb of rising
    ("The death toll from Friday's raid on a market in Mellit rose to 41.", [(K, 41, 41, None, None)]),
    ("Death toll from Kassala bus bombing rises to 17", [(K, 17, 17, None, None)]),
    ("The blast left 5 dead and 7 wounded.", [(K, 5, 5, None, None), (W, 7, 7, None, None)]),
    ("12 people, including three children, were killed.", [(K, 12, 12, None, "people")]),
    ("12 people including three children were killed.", [(K, 12, 12, None, "people")]),
    ("Seven people, among them two children, died.", [(K, 7, 7, None, "people")]),
    ("Gunmen killed 5 soldiers and wounded 7.", [(K, 5, 5, None, "soldiers"), (W, 7, 7, None, None)]),
    (
        "The army said it killed 20 militants and arrested 15 others.",
        [(K, 20, 20, None, "militants"), (R, 15, 15, None, "others")],
    ),
    (
        "three people were killed and 12 others injured",
        [(K, 3, 3, None, "people"), (W, 12, 12, None, "others")],
    ),
    (
        "Five people were killed, 12 wounded and 3 missing.",
        [(K, 5, 5, None, "people"), (W, 12, 12, None, None), (A, 3, 3, None, None)],
    ),
    (
        "killed five soldiers and three civilians were wounded",
        [(K, 5, 5, None, "soldiers"), (W, 3, 3, None, "civilians")],
    ),
    ("Nigeria: 25 killed as gunmen attack village", [(K, 25, 25, None, None)]),
    ("The blast killed 12 on Monday.", [(K, 12, 12, None, None)]),
    ("The four-hour battle killed 3.", [(K, 3, 3, None, None)]),
    ("Troops killed 2 of the attackers.", [(K, 2, 2, None, "attackers")]),
    ("One of the soldiers was killed.", [(K, 1, 1, None, "soldiers")]),  # a partitive states its own count
    (
        "The bomb went off, killing four people and injuring 13, a police spokesman said.",
        [(K, 4, 4, None, "people"), (W, 13, 13, None, None)],
    ),
    ("Five soldiers, the army said, were killed.", [(K, 5, 5, None, "soldiers")]),
    ("Gunmen on motorcycles killed 14 people in a village.", [(K, 14, 14, None, "people")]),
    ("The 1994 genocide killed 800,000 people.", [(K, 800_000, 800_000, None, "people")]),
    ("On 12 March 2024, gunmen killed 7 villagers.", [(K, 7, 7, None, "villagers")]),
    ("In 2015, 30 people were killed.", [(K, 30, 30, None, "people")]),
    ("Of the 52 passengers, 50 died.", [(K, 50, 50, None, None)]),
    # one person
    ("A 25-year-old man was killed.", [(K, 1, 1, None, "25-year-old man")]),
    ("A soldier died on Monday.", [(K, 1, 1, None, "soldier")]),
    ("One civilian was killed.", [(K, 1, 1, None, "civilian")]),
    ("A man was killed.", [(K, 1, 1, None, "man")]),
    # coordinated sides: one quantity per side
    ("Two soldiers and a civilian were killed.", [(K, 2, 2, None, "soldiers"), (K, 1, 1, None, "civilian")]),
    (
        "The strikes killed 5 soldiers, 3 civilians and a child.",
        [(K, 5, 5, None, "soldiers"), (K, 3, 3, None, "civilians"), (K, 1, 1, None, "child")],
    ),
    # bounds and qualifiers
    ("At least 12 people were killed.", [(K, 12, None, "at least", "people")]),
    ("Over 100 people have been killed since Monday.", [(K, 100, None, "more than", "people")]),
    ("Up to 40 people were wounded.", [(W, 1, 40, "up to", "people")]),
    ("As many as 40 people were wounded.", [(W, 1, 40, "up to", "people")]),
    ("About 30 people were killed.", [(K, 30, 30, "about", "people")]),
    ("Around 30 people were killed.", [(K, 30, 30, "about", "people")]),
    ("Some 300,000 people have been killed in the war.", [(K, 300_000, 300_000, "about", "people")]),
    ("Nearly 30 people were injured.", [(W, 30, 30, "nearly", "people")]),
    ("Almost 30 people were injured.", [(W, 30, 30, "nearly", "people")]),
    ("Between 20 and 30 people were killed.", [(K, 20, 30, "between", "people")]),
    ("20 to 30 people were abducted.", [(A, 20, 30, "between", "people")]),
    ("20-30 soldiers were wounded.", [(W, 20, 30, "between", "soldiers")]),
    ("Two or three soldiers were wounded.", [(W, 2, 3, "between", "soldiers")]),
    ("Dozens of people were killed.", [(K, 24, None, "dozens", "people")]),
    ("A dozen people were killed.", [(K, 12, 12, None, "people")]),
    ("The militants killed at least two dozen people.", [(K, 24, None, "at least", "people")]),
    ("Half a dozen soldiers were wounded.", [(W, 6, 6, None, "soldiers")]),
    ("Several civilians were abducted.", [(A, 3, 9, "several", "civilians")]),
    ("A few protesters were arrested.", [(R, 2, 5, "a few", "protesters")]),
    ("Scores of civilians were killed.", [(K, 40, None, "scores", "civilians")]),
    ("Hundreds of protesters were arrested.", [(R, 200, None, "hundreds", "protesters")]),
    ("Thousands of people were displaced.", [(D, 2000, None, "thousands", "people")]),
    ("Several hundred people fled their homes.", [(D, 300, 900, "several", "people")]),
    ("More than a dozen soldiers were killed.", [(K, 12, None, "more than", "soldiers")]),
    # zero
    ("No one was killed.", [(K, 0, 0, None, None)]),
    ("Nobody was hurt.", [(W, 0, 0, None, None)]),
    ("There were no casualties.", [(K, 0, 0, None, None)]),
    ("The convoy passed without casualties.", [(K, 0, 0, None, None)]),
    ("No civilians were killed.", [(K, 0, 0, None, "civilians")]),
    # number words
    ("Twenty-five soldiers were killed.", [(K, 25, 25, None, "soldiers")]),
    ("A hundred people were wounded.", [(W, 100, 100, None, "people")]),
    ("1,200 people were arrested.", [(R, 1200, 1200, None, "people")]),
    ("1.5 million people were displaced.", [(D, 1_500_000, 1_500_000, None, "people")]),
    ("Two million people fled their homes.", [(D, 2_000_000, 2_000_000, None, "people")]),
    ("Fighting has displaced more than 1.2 million people.", [(D, 1_200_000, None, "more than", "people")]),
    ("An airstrike killed a family of five.", [(K, 5, 5, None, "family")]),
    # killed
    ("The death toll rose to 30.", [(K, 30, 30, None, None)]),
    ("The death toll stands at 45 people.", [(K, 45, 45, None, "people")]),
    ("The toll climbed to more than 50.", [(K, 50, None, "more than", None)]),
    ("The bodies of 12 migrants were found.", [(K, 12, 12, None, "migrants")]),
    ("Troops shot dead 3 protesters.", [(K, 3, 3, None, "protesters")]),
    ("4 protesters were shot dead.", [(K, 4, 4, None, "protesters")]),
    ("Police shot 2 suspects dead.", [(K, 2, 2, None, "suspects")]),
    ("7 soldiers lost their lives.", [(K, 7, 7, None, "soldiers")]),
    ("The army eliminated 15 terrorists.", [(K, 15, 15, None, "terrorists")]),
    ("Security forces neutralised 4 gunmen.", [(K, 4, 4, None, "gunmen")]),
    ("Militants massacred 40 villagers.", [(K, 40, 40, None, "villagers")]),
    ("The group executed 3 hostages.", [(K, 3, 3, None, "hostages")]),
    ("12 soldiers were slain.", [(K, 12, 12, None, "soldiers")]),
    ("8 fatalities were reported.", [(K, 8, 8, None, None)]),
    ("The clashes caused 12 civilian deaths.", [(K, 12, 12, None, "civilian")]),
    ("The attack claimed the lives of 20 people.", [(K, 20, 20, None, "people")]),
    ("Israeli strikes killed 12 Palestinians on Monday.", [(K, 12, 12, None, "Palestinians")]),
    ("12 members of the security forces were killed.", [(K, 12, 12, None, "members of the security forces")]),
    ("The group said it killed 45 Russian soldiers.", [(K, 45, 45, None, "Russian soldiers")]),
    ("Two police officers were killed.", [(K, 2, 2, None, "police officers")]),
    # injured
    ("Three policemen were injured when their vehicle hit a mine.", [(W, 3, 3, None, "policemen")]),
    ("The blast wounded 20 people.", [(W, 20, 20, None, "people")]),
    ("The shelling hurt 6 children.", [(W, 6, 6, None, "children")]),
    # abducted
    ("Gunmen kidnapped 30 students.", [(A, 30, 30, None, "students")]),
    ("30 students were taken hostage.", [(A, 30, 30, None, "students")]),
    ("Gunmen took 12 people hostage.", [(A, 12, 12, None, "people")]),
    ("Bandits abducted 8 farmers.", [(A, 8, 8, None, "farmers")]),
    ("Rebels seized 5 aid workers.", [(A, 5, 5, None, "aid workers")]),
    ("12 people went missing.", [(A, 12, 12, None, "people")]),
    # arrested
    ("Police detained 5 suspects.", [(R, 5, 5, None, "suspects")]),
    ("12 protesters were rounded up.", [(R, 12, 12, None, "protesters")]),
    ("3 men were taken into custody.", [(R, 3, 3, None, "men")]),
    ("Police apprehended 4 suspects.", [(R, 4, 4, None, "suspects")]),
    ("Police arrested 12 people and seized 3 cars.", [(R, 12, 12, None, "people")]),
    # displaced
    ("5,000 people fled their homes.", [(D, 5000, 5000, None, "people")]),
    ("The fighting forced 3,000 people to flee.", [(D, 3000, 3000, None, "people")]),
    ("3,000 people were forced to flee.", [(D, 3000, 3000, None, "people")]),
    ("200 families were displaced.", [(D, 200, 200, None, "families")]),
    ("The floods uprooted 900 villagers.", [(D, 900, 900, None, "villagers")]),
    ("The shelling left 400 people homeless.", [(D, 400, 400, None, "people")]),
]

# text that holds numbers but no victim count
NEGATIVES = [
    "The army destroyed three convoys.",
    "The ceasefire has held for 24 hours.",
    "They were killed two weeks ago.",
    "They were killed 24 hours later.",
    "Prices rose by 30 percent.",
    "Gunmen killed 12% of the herd.",
    "The council adopted Resolution 2254 in 2015.",
    "They were killed in 2019.",
    "The village lies 20 km from the town where fighting raged.",
    "Brigade 93 was deployed to the front.",
    "The attack at 10:30 was claimed by the group.",
    "Rebels seized 4 armoured personnel carriers.",
    "The army seized 3 villages.",
    "The 25 delegates met in Geneva; the talks on the killings resumed.",
    "It caused 30 casualties.",
    "There were no immediate reports of casualties.",
    "Soldiers captured three of the gun trucks, he said.",
    "The death toll could rise to as many as 60.",
    "They were killed at age 25.",
    "Two weeks of talks ended with 5 agreements and a killing spree feared.",
    "",
]


@pytest.mark.parametrize(("text", "expected"), VICTIM_CASES)
def test_victims(text: str, expected: list[tuple]) -> None:
    assert victims(text) == expected


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_victims(text: str) -> None:
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("More than 80 IS terrorists were killed.", "80"),
        ("Between 20 and 30 people were killed.", "20 and 30"),
        ("Dozens of people were killed.", "Dozens"),
        ("A 25-year-old man was killed.", "A"),
        ("Twenty-five soldiers were killed.", "Twenty-five"),
        ("1.5 million people were displaced.", "1.5 million"),
        ("There were no casualties.", "no"),
    ],
)
def test_number_span_is_the_number_words(text: str, number: str) -> None:
    (q,) = find_quantities(text)
    assert q.number_span.text == number


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "The army destroyed three convoys, killing more than 80 IS terrorists.",
            "killing more than 80 IS terrorists",
        ),
        (
            "12 people, including three children, were killed.",
            "12 people, including three children, were killed",
        ),
        ("The death toll rose to 30.", "death toll rose to 30"),
        ("Gunmen took 12 people hostage.", "took 12 people hostage"),
    ],
)
def test_span_is_the_whole_phrase(text: str, phrase: str) -> None:
    (q,) = find_quantities(text)
    assert q.span.text == phrase


@pytest.mark.parametrize(("text", "expected"), VICTIM_CASES)
def test_spans_quote_the_text(text: str, expected: list[tuple]) -> None:
    for q in find_quantities(text):
        assert text[q.span.start : q.span.end] == q.span.text
        assert text[q.number_span.start : q.number_span.end] == q.number_span.text
        assert q.number_span.within(q.span)


def test_slice_offsets_point_into_the_full_text() -> None:
    text = "Brigade 93 said so. On Monday 5 soldiers were killed. Later 7 were arrested."
    start, end = text.index("On Monday"), text.index(" Later")
    (q,) = find_quantities(text, start, end)
    assert (q.kind, q.low, q.span.text) == (QuantityKind.KILLED, 5, "5 soldiers were killed")
    assert text[q.span.start : q.span.end] == q.span.text
    assert find_quantities(text, 0, start) == []


def test_non_ascii_text_keeps_offsets() -> None:
    text = "İstanbul: 3 soldiers were killed and İ 2 tanks were destroyed."
    (q,) = find_quantities(text)
    (m,) = find_materiel(text)
    assert text[q.span.start : q.span.end] == "3 soldiers were killed"
    assert text[m.span.start : m.span.end] == "2 tanks were destroyed"


# (text, [(category, count, status), ...])
MATERIEL_CASES = [
    (
        "The jets struck the column, destroying 36 cars, eight fuel tanker trucks and 17 jeeps mounted with"
        " mortars and large-caliber weapons.",
        [("car", 36, "destroyed"), ("fuel tanker", 8, "destroyed"), ("technical", 17, "destroyed")],
    ),
    ("Troops destroyed three convoys.", [("convoy", 3, "destroyed")]),
    ("Air defences shot down two drones.", [("drone", 2, "destroyed")]),
    ("A tank was destroyed.", [("tank", 1, "destroyed")]),
    ("Rebels seized 4 armoured personnel carriers.", [("armoured vehicle", 4, "captured")]),
    (
        "Rebels seized 4 APCs, 2 BMPs and 3 IFVs.",
        [
            ("armoured vehicle", 4, "captured"),
            ("armoured vehicle", 2, "captured"),
            ("armoured vehicle", 3, "captured"),
        ],
    ),
    ("They captured 12 armed pickups.", [("technical", 12, "captured")]),
    ("They captured a T-72 tank.", [("tank", 1, "captured")]),
    (
        "Two drones were shot down and a helicopter was downed.",
        [("drone", 2, "destroyed"), ("helicopter", 1, "destroyed")],
    ),
    ("Forces downed a Su-25 jet.", [("aircraft", 1, "destroyed")]),
    ("3 warplanes were destroyed.", [("aircraft", 3, "destroyed")]),
    ("The strike hit a warehouse.", [("depot", 1, "damaged")]),
    ("Troops destroyed three ammunition depots.", [("depot", 3, "destroyed")]),
    ("The navy destroyed 4 boats and 2 vessels.", [("boat", 4, "destroyed"), ("boat", 2, "destroyed")]),
    (
        "Police confiscated 3 lorries and 2 oil tankers.",
        [("truck", 3, "captured"), ("fuel tanker", 2, "captured")],
    ),
    ("They seized 20 guns and 5 machine guns.", [("artillery", 20, "captured")]),
    (
        "The army destroyed 3 rocket launchers and 2 MLRS.",
        [("artillery", 3, "destroyed"), ("artillery", 2, "destroyed")],
    ),
    ("They captured 6 howitzers.", [("artillery", 6, "captured")]),
    (
        "Militants burned 20 houses and damaged 5 buildings.",
        [("building", 20, "destroyed"), ("building", 5, "damaged")],
    ),
    ("The shelling partially destroyed 12 homes.", [("building", 12, "damaged")]),
    ("They took control of 5 tanks.", [("tank", 5, "captured")]),
    (
        "Russia said it destroyed more than 10 tanks and dozens of vehicles.",
        [("tank", 10, "destroyed"), ("car", 24, "destroyed")],
    ),
    ("3 tanks destroyed 5 houses.", [("building", 5, "destroyed")]),
    ("Gunmen hijacked 2 trucks.", [("truck", 2, "captured")]),
    (
        "Ukraine shot down 3 helicopters and 9 UAVs.",
        [("helicopter", 3, "destroyed"), ("drone", 9, "destroyed")],
    ),
    ("Troops wiped out 2 artillery pieces.", [("artillery", 2, "destroyed")]),
    ("Troops destroyed 4 unmanned aerial vehicles.", [("drone", 4, "destroyed")]),
    ("Forces destroyed 7 SUVs.", [("car", 7, "destroyed")]),
]

MATERIEL_NEGATIVES = [
    "Gunmen killed 12 people.",
    "They destroyed 2 fuel tanks.",
    "Police destroyed 3 car bombs.",
    "The strike hit 12 targets.",
    "The ceasefire held for 24 hours.",
    "The house was built in 2019.",
    "",
]


@pytest.mark.parametrize(("text", "expected"), MATERIEL_CASES)
def test_materiel(text: str, expected: list[tuple]) -> None:
    assert losses(text) == expected


@pytest.mark.parametrize("text", MATERIEL_NEGATIVES)
def test_no_materiel(text: str) -> None:
    assert find_materiel(text) == []


@pytest.mark.parametrize(("text", "expected"), MATERIEL_CASES)
def test_materiel_spans_quote_the_text(text: str, expected: list[tuple]) -> None:
    for m in find_materiel(text):
        assert text[m.span.start : m.span.end] == m.span.text


def test_materiel_categories_are_the_enum() -> None:
    (m,) = find_materiel("They captured 6 howitzers.")
    assert m.category is MaterielCategory.ARTILLERY


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("An Afghan and coalition force killed the Taliban leader, Alaudin.", "the Taliban leader"),
        ("The crowd set one of them on fire, killing him, prosecutors said.", None),
    ],
)
def test_stages_quantities_one_victim_named_by_role_or_pronoun(text: str, side: str | None) -> None:
    [q] = find_quantities(text)
    assert (q.kind, q.low, q.high, q.side) == (QuantityKind.KILLED, 1, 1, side)
    assert text[q.span.start : q.span.end] == q.span.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army wrecked two of their pickup trucks fitted with heavy machine guns.", ("technical", 2, "destroyed")),
        ("Soldiers captured three of the gun trucks and some ammunition.", ("technical", 3, "captured")),
    ],
)
def test_stages_quantities_materiel_partitives_and_gun_trucks(text: str, expected: tuple[str, int, str]) -> None:
    [m] = find_materiel(text)
    assert (m.category.value, m.count, m.status) == expected


@pytest.mark.issue(5)
@pytest.mark.parametrize(
    ("text", "kind", "low"),
    [
        ("A joint security force captured two Taliban facilitators during a night raid.", QuantityKind.ARRESTED, 2),
        ("Three smugglers were captured by border police near the crossing.", QuantityKind.ARRESTED, 3),
        ("Rebel fighters captured four soldiers at a roadblock.", QuantityKind.ABDUCTED, 4),
        ("Two policemen were captured by gunmen on the highway.", QuantityKind.ABDUCTED, 2),
    ],
)
def test_stages_quantities_people_captured_by_a_state_force_are_arrested(
    text: str, kind: QuantityKind, low: int
) -> None:
    [q] = find_quantities(text)
    assert (q.kind, q.low) == (kind, low)


@pytest.mark.issue(5)
def test_stages_quantities_an_aim_is_not_a_count() -> None:
    text = "Troops raided a compound to capture a militia commander and detained three suspects."
    assert [(q.kind, q.low, q.side) for q in find_quantities(text)] == [(QuantityKind.ARRESTED, 3, "suspects")]
    assert find_quantities("The kidnappers threatened to kill 20 hostages.") == []


@pytest.mark.issue(5)
def test_stages_quantities_detained_groups_of_one_raid_add_up() -> None:
    """ISAF-style releases: a leader arrested, then others detained; the event's total is their sum."""
    from eventwire.stages.fatalities import count_total

    text = (
        "Police arrested a gang leader in the market on Sunday. "
        "During the raid, officers also detained two suspected accomplices. "
        "One additional suspect was detained later."
    )
    found = find_quantities(text)
    assert [q.low for q in found] == [1, 2, 1]
    assert count_total(found, [QuantityKind.ARRESTED]) == 4


@pytest.mark.issue(5)
def test_stages_quantities_several_of_his_people_count_after_a_named_one() -> None:
    text = "The force arrested a gang leader and several of his associates at a farm."
    found = [(q.kind, q.low, q.side) for q in find_quantities(text)]
    assert found == [(QuantityKind.ARRESTED, 1, "gang leader"), (QuantityKind.ARRESTED, 3, "associates")]
    [q] = find_quantities("Dozens of their supporters were arrested overnight.")
    assert (q.low, q.side) == (24, "supporters")


@pytest.mark.issue(5)
def test_stages_quantities_people_along_with_the_one_named() -> None:
    [q] = find_quantities("The patrol detained the smuggler along with two of his drivers near the border.")
    assert (q.kind, q.low, q.side) == (QuantityKind.ARRESTED, 2, "drivers")
    found = find_quantities("The blast killed 5 soldiers along with 2 civilians.")
    assert [(q.low, q.side) for q in found] == [(5, "soldiers"), (2, "civilians")]


# (text, [(kind, low, high, qualifier, side), ...]): the hurt one by one, "N more", unknown numbers, deaths told
# as a noun ("the murder of ..."), roles before a name, and a subject after "that"
ONE_BY_ONE_CASES = [
    (
        "A guard was killed and another was injured in the blast.",
        [(K, 1, 1, None, "guard"), (W, 1, 1, None, "another")],
    ),
    (
        "One teacher was killed and another teacher was wounded in the raid.",
        [(K, 1, 1, None, "teacher"), (W, 1, 1, None, "another teacher")],
    ),
    ("Karimov, a local trader, was injured in the attack.", [(W, 1, 1, None, "Karimov")]),
    # a named one beside a counted group: both are read
    ("Karimov and two others were injured in the attack.", [(W, 1, 1, None, "Karimov"), (W, 2, 2, None, "others")]),
    ("Jan and two guards were killed in the blast.", [(K, 1, 1, None, "Jan"), (K, 2, 2, None, "guards")]),
    (
        "The driver was killed and his nephew was wounded when the bus was hit.",
        [(K, 1, 1, None, "The driver"), (W, 1, 1, None, "his nephew")],
    ),
    ("Two guards were killed and a third was injured.", [(K, 2, 2, None, "guards"), (W, 1, 1, None, "a third")]),
    ("Four miners died and two more were hurt.", [(K, 4, 4, None, "miners"), (W, 2, 2, None, "more")]),
    (
        "Rangers shot three poachers and injured two more.",
        [(W, 2, 2, None, "more")],
    ),
    ("Troops detained two more suspects at the gate.", [(R, 2, 2, None, "suspects")]),
    (
        "Eight attackers were killed while two guards and an unknown number of attackers were wounded in the fight.",
        [(K, 8, 8, None, "attackers"), (W, 2, 2, None, "guards")],
    ),
    ("Two aid workers -- both nurses -- were shot to death at the clinic.", [(K, 2, 2, None, "aid workers")]),
    ("Five herders were hacked to death overnight.", [(K, 5, 5, None, "herders")]),
    ("Students marched against the murder of the four missionaries.", [(K, 4, 4, None, "missionaries")]),
    ("The union condemned the assassination of Tomas Erlandsen in the port.", [(K, 1, 1, None, "Tomas Erlandsen")]),
    ("Villagers mourned the killing of a shepherd near the well.", [(K, 1, 1, None, "shepherd")]),
    ("Commandos killed Zuwa leader Haroun during a night raid.", [(K, 1, 1, None, "Haroun")]),
    ("The mission confirmed today that Delmas, a gang boss, was killed in a raid.", [(K, 1, 1, None, "Delmas")]),
]


# deaths told by "fatally", "found killed", "between N to M"; the attacker's death told as a noun
KILLED_WORDINGS = [
    ("A shopkeeper fatally shot a man during a quarrel.", [(K, 1, 1, None, "man")]),
    ("Two men were fatally stabbed outside a bar.", [(K, 2, 2, None, "men")]),
    ("Police fatally wounded two robbers.", [(K, 2, 2, None, "robbers")]),
    ("Two herders were found killed on the road.", [(K, 2, 2, None, "herders")]),
    ("Raiders ambushed a truck, killing between 2 to 4 fighters.", [(K, 2, 4, "between", "fighters")]),
    (
        "In addition to the death of the attacker, two guards were injured in the blast.",
        [(K, 1, 1, "in addition", "attacker"), (W, 2, 2, None, "guards")],
    ),
]


@pytest.mark.issue(5)
@pytest.mark.parametrize(("text", "expected"), KILLED_WORDINGS)
def test_stages_quantities_killed_wordings(text: str, expected: list[tuple]) -> None:
    assert victims(text) == expected


@pytest.mark.issue(5)
@pytest.mark.parametrize(("text", "expected"), ONE_BY_ONE_CASES)
def test_stages_quantities_the_hurt_one_by_one_and_deaths_told_as_nouns(text: str, expected: list[tuple]) -> None:
    assert victims(text) == expected


@pytest.mark.issue(5)
def test_stages_quantities_the_killing_of_people_uncounted_gives_nothing() -> None:
    assert victims("The killing of civilians must stop.") == []
    assert victims("The soldiers were wounded in the clash.") == []


# (sentences of one raid, people detained in all): restatements are not added
DETAINED_TOTALS = [
    # a vague word beside a counted group of several is the summary of the counts
    ("Troops detained numerous suspects in two raids. In the first raid they detained three suspects.", 3),
    # one vague summary told again with another noun
    ("The patrol detained several smugglers. Officers also detained several suspects at the border.", 3),
    # a word that names no group is a total of its own
    ("Police detained two suspected smugglers. The two individuals were detained near the market.", 2),
    # "more than 10" is 11, the least the words allow
    ("Police detained more than 10 suspects during the sweep.", 11),
    # a leader and several others still add up
    ("The force arrested a gang leader and several of his associates at a farm.", 4),
]


@pytest.mark.issue(5)
@pytest.mark.parametrize(("text", "total"), DETAINED_TOTALS)
def test_stages_quantities_detained_restatements_are_not_added(text: str, total: int) -> None:
    from eventwire.stages.fatalities import count_total

    assert count_total(find_quantities(text), [QuantityKind.ARRESTED]) == total


# (text, people wounded in all): sides add as the dead do, a side told again keeps its largest count
WOUNDED_TOTALS = [
    ("Two guards and five attackers were wounded in the fight.", 7),
    ("Four villagers were injured. Later four villagers were injured, a medic said.", 4),
    ("12 people, including four guards, were injured in the blast.", 12),
    ("A guard was killed and another was injured in the blast.", 1),
    ("Karimov and two others were injured in the attack.", 3),
    ("The blast killed three people.", 0),
]


@pytest.mark.issue(5)
@pytest.mark.parametrize(("text", "total"), WOUNDED_TOTALS)
def test_stages_quantities_wounded_sides_add_up(text: str, total: int) -> None:
    from eventwire.stages.fatalities import harm_total

    assert harm_total(find_quantities(text), QuantityKind.INJURED) == total

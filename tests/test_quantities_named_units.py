"""People counted by the unit they belong to: a unit's proper name runs on in capitals ("two members of
the Central Reserve Police Force were wounded"); gendarmes and porters are people. Sentences written for
these tests."""

from __future__ import annotations

from eventwire.stages.quantities import find_quantities


def counts(text: str) -> list[tuple[str, int]]:
    return [(q.kind.value, q.low) for q in find_quantities(text, 0, len(text))]


def test_members_of_a_named_unit_are_counted() -> None:
    text = "Two civilians were killed and two members of the Central Reserve Police Force were wounded."
    assert ("injured", 2) in counts(text)


def test_members_of_a_lower_case_body_stop_at_three_words() -> None:
    assert counts("killed three members of the Islamic State group on Monday") == [("killed", 3)]


def test_gendarmes_and_porters_are_people() -> None:
    assert ("killed", 4) in counts("Separatists killed four gendarmes in an attack on Saturday.")
    assert ("killed", 2) in counts("killing two soldiers and two army porters, the army said.")


def test_one_named_person_told_in_the_passive_is_counted() -> None:
    assert counts("Hezbollah confirmed that its leader Hassan Nasrallah was killed in an air strike.") == [("killed", 1)]
    assert counts("The journalist Ali Hassan was shot dead outside his home.") == [("killed", 1)]
    assert counts("The rebels said their commander Omar Khan had been captured.") == [("abducted", 1)]


def test_a_plural_or_unharmed_person_is_not_one_killed() -> None:
    assert counts("The group said its fighters were killed.") == []
    assert counts("The police chief Abdul Raziq was unharmed.") == []


def test_demonyms_outside_the_suffix_rule_are_people() -> None:
    found = counts("Gunmen opened fire on tourists, killing three Spaniards and three Afghans.")
    assert [n for kind, n in found if kind == "killed"] == [3, 3]


def test_a_named_person_as_the_object_of_an_arrest_is_one() -> None:
    text = "An Afghan security force arrested the senior Taliban leader Mawawi Akbar in Sarobi district."
    assert counts(text) == [("arrested", 1)]
    assert counts("The army killed the rebels in Goma.") == []


def test_a_hyphenated_rank_is_a_person() -> None:
    assert counts("A security force captured a Taliban sub-commander during an operation.") == [("arrested", 1)]


def test_the_detainment_of_several_others_counts_them() -> None:
    assert counts("The raid resulted in the detainment of several others in the district.") == [("arrested", 3)]


def test_one_prisoner_and_one_body_are_counted() -> None:
    assert counts("A prisoner died in the prison after three days of detention.") == [("killed", 1)]
    assert counts("The partially burnt body of a man was found in the lake.") == [("killed", 1)]
    assert counts("The body of the vehicle was damaged.") == []


def test_a_toll_the_clashes_resulted_in_is_counted() -> None:
    text = "Clashes over water resources resulted in 8 tribesmen killed, 5 from one clan and 3 from the other."
    assert ("killed", 8) in counts(text)


def test_one_relative_killed_by_role_is_one() -> None:
    assert counts("Gunmen killed his son outside the mosque on Sunday.") == [("killed", 1)]
    assert counts("The army killed their commanders.") == []

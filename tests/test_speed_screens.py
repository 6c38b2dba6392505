"""Shortcuts taken for speed in the event stages give what the long way gives: the screen that picks the trigger
and instrument lists a sentence may match, the stages' hot expressions read with the word lists' shortcuts, and
the gazetteer's memo of its names table."""

from __future__ import annotations

import random
import re

import pytest

from eventwire import lexicon
from eventwire.gazetteer import Gazetteer
from eventwire.lexicon import ListScreen, WordsPattern, load_event_terms, screened, words_regex
from eventwire.stages import actors, assemble, claims, clauses, crowds, events, quantities, triggers

SENTENCES = [
    "Gunmen killed three soldiers and wounded two others in an ambush near the checkpoint on Monday.",
    "The ministry said the talks would resume next week.",
    "POLICE FIRED TEAR GAS AT PROTESTERS WHO BLOCKED THE ROAD, the spokesman said.",
    "An air strike hit a market; rescuers said 12 bodies were recovered, while others are missing.",
    "The rebels turned the school into a base and used it as their headquarters.",
    "A mob of angry residents lynched a suspected thief; the gang claimed responsibility for the robbery.",
    "Troops of the 5th Armoured Brigade were attacked by militants, the army said, although no one was hurt.",
    "İstanbul police detained 40 people after the protest.",  # dotted capital I: not ASCII
    "They ſhelled the town and \u212ailled 3.",  # a long s and a Kelvin sign match s and k when case is ignored
    "",
]


def _spans(matches) -> list[tuple[tuple[int, int], str]]:  # type: ignore[no-untyped-def]
    return [(m.span(), m.group()) for m in matches]


def _shuffled(lists: list[WordsPattern], count: int, seed: int) -> list[str]:
    """Sentences made of the lists' own words, in any case and order, with ASCII and non-ASCII noise."""
    rng = random.Random(seed)
    vocabulary = sorted({w for p in lists for w in re.findall(r"[A-Za-z][A-Za-z -]{2,}", p.pattern)})
    noise = [" ", ", ", ". ", "-", "'s ", " 12 ", "\n", "İ", "\u212a"]
    out = []
    for _ in range(count):
        parts = [rng.choice(vocabulary) if rng.random() < 0.6 else rng.choice(noise) for _ in range(rng.randint(1, 14))]
        out.append("".join(p.upper() if rng.random() < 0.2 else p for p in parts))
    return out


@pytest.fixture(scope="module")
def terms():  # type: ignore[no-untyped-def]
    return load_event_terms()


def test_trigger_screen_keeps_every_list_that_matches(terms) -> None:  # type: ignore[no-untyped-def]
    lists = [t.regex for t in terms.triggers]
    for sentence in SENTENCES + _shuffled(lists, 150, 3):
        kept = set(terms.trigger_screen.may_match(sentence))
        matching = {i for i, words in enumerate(lists) if words.regex.search(sentence)}
        assert matching <= kept, sentence


def test_action_words_are_those_every_trigger_list_finds(terms) -> None:  # type: ignore[no-untyped-def]
    """The screened reading gives the same words, of the same lists, in the same order as reading every list."""
    for sentence in SENTENCES + _shuffled([t.regex for t in terms.triggers], 100, 5):
        triggers._last_actions[0] = ("", None, [])
        got = [(t.kind, m.span(), m.group()) for t, _, m in triggers._action_words(sentence, terms)]
        want = [(t.kind, m.span(), m.group()) for t in terms.triggers for m in t.regex.regex.finditer(sentence)]
        assert got == want, sentence


def test_instrument_screen_keeps_every_list_that_matches(terms) -> None:  # type: ignore[no-untyped-def]
    lists = [regex for _, regex in terms.instruments]
    for sentence in SENTENCES + _shuffled(lists, 100, 7):
        kept = set(terms.instrument_screen.may_match(sentence))
        assert {i for i, words in enumerate(lists) if words.regex.search(sentence)} <= kept, sentence


def test_list_screen_reads_a_list_by_its_words_or_always() -> None:
    """A pattern with no word to screen on is always read; one read by pattern needs all its words."""
    unscreened = WordsPattern(re.compile(r"[A-Z]\w+", re.IGNORECASE), screened_by_pattern=True)  # no literal
    blast = WordsPattern(re.compile(r"blast|bomb(?:ed|ing)? (?:a|the) (?:market|school)", re.IGNORECASE))
    screen = ListScreen((blast, unscreened))
    assert screen.may_match("Nothing happened here.") == (1,)
    assert screen.may_match("A BLAST was heard") == (0, 1)
    assert screen.may_match("Bombs exploded in İzmir") == (0, 1)  # not ASCII: every list is read
    used = re.compile(r"used (?:it|them) as (?:a )?(?:base|camp)", re.IGNORECASE)  # its own check: "used"
    assert WordsPattern(used).needles == ("used ",)
    assert ListScreen((WordsPattern(used),)).may_match("They used it as cover") == (0,)
    by_pattern = ListScreen((WordsPattern(used, screened_by_pattern=True),))  # every word of the pattern
    assert by_pattern.may_match("They used it as cover") == ()
    assert by_pattern.may_match("They used it as a camp") == (0,)


HOT = {
    "triggers._PROTEST_CONTEXT": triggers._PROTEST_CONTEXT,
    "clauses._SPEAKER": clauses._SPEAKER,
    "crowds._ASSEMBLED": crowds._ASSEMBLED,
    "triggers._STATE": triggers._STATE,
    "crowds._CROWD_SUBJECT": crowds._CROWD_SUBJECT,
    "crowds._PROTEST_SUBJECT": crowds._PROTEST_SUBJECT,
    "triggers._STRIKE_NOUN": triggers._STRIKE_NOUN,
    "actors._BY_AGENT": actors._BY_AGENT,
    "actors._CRIME": actors._CRIME,
    "actors._UNIT": actors._UNIT,
    "assemble._RESPONSIBILITY": assemble._RESPONSIBILITY,
    "assemble._RESPONSIBILITY_WORDS": assemble._RESPONSIBILITY_WORDS,
    "events._NEW_INCIDENT": events._NEW_INCIDENT,
    "events._ENSUING": events._ENSUING,
    "claims._RIVAL_CLAUSE": claims._RIVAL_CLAUSE,
    "quantities._ACROSS": quantities._ACROSS,
    "quantities._ENSUING": quantities._ENSUING,
}


@pytest.mark.parametrize("name", sorted(HOT))
def test_hot_expressions_agree_with_their_regex(name: str) -> None:
    words = HOT[name] if isinstance(HOT[name], WordsPattern) else screened(HOT[name])
    raw = words.regex
    blank = lambda m: "_" * len(m.group())  # noqa: E731
    for text in SENTENCES + _shuffled([words], 60, 11):
        for pos, endpos in ((0, 10_000), (4, 60), (-3, -1)):
            assert _spans(words.finditer(text, pos, endpos)) == _spans(raw.finditer(text, pos, endpos))
            got, want = words.search(text, pos, endpos), raw.search(text, pos, endpos)
            assert (got and got.span()) == (want and want.span())
        assert words.sub(blank, text) == raw.sub(blank, text)


def test_screened_makes_one_pattern_per_expression() -> None:
    assert screened(triggers._SPEAKER) is screened(triggers._SPEAKER)
    assert screened(triggers._SPEAKER).regex is triggers._SPEAKER


def test_gazetteer_rows_are_remembered_but_handed_out_fresh() -> None:
    """A caller adds to the candidates it is given (a division's head); the next asker gets the rows alone."""
    with Gazetteer.load() as gaz:
        first = gaz._match(["aleppo"])
        assert first and first == gaz._match(["aleppo"])
        first.append(first[0])
        assert len(gaz._match(["aleppo"])) == len(first) - 1


@pytest.mark.parametrize("patterns", [[r"El Ni[nñ]o"], [r"police (?:[\w'’-]+ ){0,3}?fired"]])
def test_a_class_member_no_ascii_letter_matches_keeps_the_lowercase_twin(patterns: list[str]) -> None:
    """The "ñ" of [nñ] and the "’" of [\\w'’-] match ASCII text in neither reading: the list keeps its fast twin."""
    words = words_regex(patterns)
    assert lexicon._over_lowercase(words.regex) is not None
    for text in ("EL NINO and El Niño", "Police, witnesses said, FIRED", "police’s guards fired", "el nino", ""):
        for _ in range(3):
            assert _spans(words.finditer(text)) == _spans(words.regex.finditer(text))


def test_a_class_member_matching_an_ascii_letter_gives_no_twin() -> None:
    """The Kelvin sign matches "k" when case is ignored: lowercase text read case-sensitively would miss it."""
    words = words_regex(["\u212aabul"])
    assert lexicon._over_lowercase(words.regex) is None
    words = words_regex(["[\u212a]abul"])
    assert lexicon._over_lowercase(words.regex) is None
    assert _spans(words.finditer("in Kabul, kabul")) == _spans(words.regex.finditer("in Kabul, kabul"))


def test_a_screened_text_skips_a_list_none_of_whose_patterns_has_all_its_words() -> None:
    """The word "provided" is there, but "provided ... weapons" also needs "weapons": the list is not read at all."""
    words = words_regex([r"provided (?:\w+ )?with weapons", r"supplied arms"])
    text = "Aid groups provided food with trucks."
    for _ in range(3):  # a text read often is screened
        assert words.search(text) is None
    assert words._absent(text)
    text = "They provided them with weapons."
    for _ in range(3):
        assert _spans(words.finditer(text)) == [((5, 31), "provided them with weapons")]
    assert not words._absent(text)


def test_context_lists_read_on_screened_texts_agree_with_their_regex(terms) -> None:  # type: ignore[no-untyped-def]
    lists = list(terms.context.values())
    for text in SENTENCES + _shuffled(lists, 80, 13):
        for words in lists:
            want = _spans(words.regex.finditer(text))
            for _ in range(3):  # the first reads by the list's own needles, the later ones by the screen
                assert _spans(words.finditer(text)) == want, text

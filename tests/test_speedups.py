"""Shortcuts taken for speed give the same answers as the long way."""

from __future__ import annotations

import random
import re

import pytest

from eventwire.lexicon import WordsPattern, load_cues, load_event_terms, words_regex
from eventwire.stages.quantities import find_quantities

TEXTS = [
    "Gunmen killed three soldiers and wounded two others in an ambush near the checkpoint on Monday.",
    "The ministry said the talks would resume next week.",
    "POLICE FIRED TEAR GAS AT PROTESTERS WHO BLOCKED THE ROAD.",
    "An air strike hit a market; rescuers said 12 bodies were recovered.",
    "The striker scored twice in the derby.",
    "İstanbul police detained 40 people after the protest.",  # dotted capital I: not ASCII
    "They ſhelled the town and \u212ailled 3.",  # a long s and a Kelvin sign match s and k when case is ignored
    "Militants shelled the base, then clashed with troops; five were killed.",
    "",
]


def _patterns() -> list[WordsPattern]:
    terms = load_event_terms()
    cues = load_cues()
    return [
        *(t.regex for t in terms.triggers),
        *(regex for _, regex in terms.instruments),
        *terms.context.values(),
        cues.asserts,
        cues.denies,
        *cues.hints.values(),
    ]


def _spans(matches) -> list[tuple[int, int, str]]:  # type: ignore[no-untyped-def]
    return [(m.start(), m.end(), m.group()) for m in matches]


def _same(words: WordsPattern, text: str, pos: int = 0, endpos: int = 10_000) -> None:
    raw = words.regex
    assert _spans(words.finditer(text, pos, endpos)) == _spans(raw.finditer(text, pos, endpos))
    assert words.findall(text, pos, endpos) == raw.findall(text, pos, endpos)
    for method in ("search", "match", "fullmatch"):
        got, want = getattr(words, method)(text, pos, endpos), getattr(raw, method)(text, pos, endpos)
        assert (got and got.span()) == (want and want.span())
    assert words.sub(lambda m: " " * len(m.group()), text) == raw.sub(lambda m: " " * len(m.group()), text)


def test_text_that_only_matches_by_case_folding_is_not_skipped() -> None:
    strike = next(t.regex for t in load_event_terms().triggers if t.kind == "strike")
    assert strike.regex.search("They ſhelled the town")  # what the raw pattern finds ...
    assert strike.search("They ſhelled the town")  # ... the pre-check must not hide


def test_lexicon_patterns_have_needles() -> None:
    """Nearly every shipped list gets a pre-check; otherwise the shortcut would buy nothing."""
    patterns = _patterns()
    assert sum(p.needles is not None for p in patterns) >= 0.9 * len(patterns)


@pytest.mark.parametrize("text", TEXTS)
def test_lexicon_patterns_agree_with_their_regex(text: str) -> None:
    for words in _patterns():
        _same(words, text)
        _same(words, text, 5, 40)
        _same(words, text, -3, -1)  # re clamps negative bounds to 0


def test_lexicon_patterns_agree_on_shuffled_words() -> None:
    """Texts made of the lists' own words, in any case and order, with ASCII and non-ASCII noise."""
    rng = random.Random(7)
    patterns = _patterns()
    vocabulary = sorted({w for p in patterns for w in re.findall(r"[A-Za-z][A-Za-z -]{2,}", p.pattern)})
    noise = [" ", ", ", ". ", "-", "İ", "\u212a", "ſ", "'s ", " 12 ", "\n\n"]
    for _ in range(150):
        parts = [rng.choice(vocabulary) if rng.random() < 0.6 else rng.choice(noise) for _ in range(rng.randint(1, 12))]
        text = "".join(p.upper() if rng.random() < 0.2 else p for p in parts)
        for words in patterns:
            _same(words, text)


@pytest.mark.parametrize(
    ("patterns", "needles"),
    [
        (["shot dead", "gunned down"], ("gunned down", "shot dead")),
        ([r"kill(?:ed|ing)?", r"(?:fatal|deadly) attacks?"], (" attack", "kill")),
        ([r"blast", r"\w+ed"], ("blast", "ed")),
        ([r"blast", r"\w+"], None),  # one alternative requires no literal: no pre-check
        ([r"(?:the )?raid"], ("raid",)),  # an optional part is not required
        ([r"(?:air|drone) ?strikes?"], ("strike",)),  # the longest certain part is chosen
        ([r"(?-i:IS) fighters"], (" fighters",)),
    ],
)
def test_needles_are_words_every_match_contains(patterns: list[str], needles: tuple[str, ...] | None) -> None:
    words = words_regex(patterns)
    assert words.needles == needles
    for text in ("IS fighters attacked", "is fighters", "a deadly attack", "Drone strikes", "the raid", "blasted"):
        _same(words, text)


def test_counts_come_back_as_a_fresh_list_each_time() -> None:
    """Counts are remembered per sentence; a caller that adds to its list changes nobody else's."""
    text = "Gunmen killed three soldiers on Monday. Two civilians were wounded."
    first = find_quantities(text, 0, 38)
    first.append(first[0])
    again = find_quantities(text, 0, 38)
    assert [(q.kind.value, q.low, q.side) for q in again] == [("killed", 3, "soldiers")]
    assert find_quantities(text) == find_quantities(text, 0, len(text))

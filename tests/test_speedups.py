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


# The language stage: the entity decoder and the name matcher's shortcut give what spaCy gives.

ACTORS = [("Islamic State", "isis"), ("ISIL", "isis"), ("the army", "army"), ("Taliban", "taliban")]
PLACES = ["Palmyra", "Deir ez-Zor", "Homs", "Anse aux Pins", "Mazar-i-Sharif", "St. Louis", "New York", "Kunduz"]
NER_TEXTS = [
    "Islamic State fighters seized Palmyra on Wednesday, the Syrian Observatory for Human Rights said.",
    "",
    "The army said ISIL lost 40 men near Homs; Ahmed Karimi, a resident of Palmyra, told Reuters on 3 May.",
    "KUNDUZ, Afghanistan (Oct. 4, 2015) - Taliban gunmen attacked a police post in Kunduz province overnight.\n\n"
    "Two policemen were killed, provincial spokesman Mahmood Danish told the Pajhwok news agency.",
    "Anse aux Pins and Mazar-i-Sharif.",
    " ",
    "An air strike by the U.S.-led coalition hit a convoy near Deir ez-Zor; the Pentagon denied it. " * 6,
]


@pytest.fixture(scope="module")
def stage():  # type: ignore[no-untyped-def]
    from eventwire.stages.nlp import LanguageStage

    return LanguageStage.load(ACTORS, PLACES)


def _entities(docs) -> list[list[tuple[int, int, str, str]]]:  # type: ignore[no-untyped-def]
    return [[(e.start_char, e.end_char, e.label_, e.ent_id_) for e in doc.ents] for doc in docs]


@pytest.mark.parametrize("tokens_at_once", [1, 40, 5000])
def test_entity_decoder_finds_what_spacy_ner_finds(stage, monkeypatch, tokens_at_once: int) -> None:  # type: ignore[no-untyped-def]
    """Names preset by the matcher and the model's own entities, an empty text in the batch, any chunking."""
    from eventwire.stages import nlp

    monkeypatch.setattr(nlp, "_DECODE_TOKENS", tokens_at_once)
    ner = stage._nlp.get_pipe("ner")
    assert nlp.EntityDecoder.fits(ner)
    ours = nlp.EntityDecoder(ner)([stage._names(stage._nlp.make_doc(t)) for t in NER_TEXTS])
    spacys = list(ner.pipe(stage._names(stage._nlp.make_doc(t)) for t in NER_TEXTS))
    assert _entities(ours) == _entities(spacys)
    found = {(t, label) for doc in ours for e in doc.ents for t, label in [(e.text, e.label_)]}
    assert ("Islamic State", "ACTOR") in found and ("Palmyra", "GPE") in found  # preset names kept
    assert ("Ahmed Karimi", "PERSON") in found  # the model still finds names in a trigger sentence


def test_entity_decoder_takes_a_batch_of_empty_texts(stage) -> None:  # type: ignore[no-untyped-def]
    from eventwire.stages.nlp import EntityDecoder

    docs = EntityDecoder(stage._nlp.get_pipe("ner"))([stage._nlp.make_doc(""), stage._nlp.make_doc("")])
    assert [list(doc.ents) for doc in docs] == [[], []]


def test_language_stage_uses_the_decoder_and_gives_spacys_mentions(stage, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from eventwire.records import Article
    from eventwire.stages import nlp

    articles = [
        Article(id=str(i), text=t, content_hash=str(i), published=dt.date(2024, 3, 14))
        for i, t in enumerate(NER_TEXTS)
        if t.strip()
    ]
    ours = list(stage.analyse_many(articles))
    monkeypatch.setattr(nlp.EntityDecoder, "fits", staticmethod(lambda ner: False))  # spaCy's own ner.pipe
    monkeypatch.setattr(stage, "_decoders", {})
    assert list(stage.analyse_many(articles)) == ours


def test_language_stage_falls_back_to_spacy_when_the_decoder_breaks(stage, monkeypatch, caplog) -> None:  # type: ignore[no-untyped-def]
    """A spaCy whose internals moved: the decoder fails once, a warning says so, and spaCy's own ner gives the same."""
    import datetime as dt

    from eventwire.records import Article
    from eventwire.stages import nlp

    articles = [
        Article(id=str(i), text=t, content_hash=str(i), published=dt.date(2024, 3, 14))
        for i, t in enumerate(NER_TEXTS)
        if t.strip()
    ]
    expected = list(stage.analyse_many(articles))

    def moved(self, docs):  # type: ignore[no-untyped-def]
        raise AttributeError("'EntityRecognizer' object has no attribute 'transition_states'")

    monkeypatch.setattr(nlp.EntityDecoder, "__call__", moved)
    monkeypatch.setattr(stage, "_decoders", {})
    assert list(stage.analyse_many(articles)) == expected
    assert "entity decoder failed" in caplog.text
    assert stage._decoders == {"ner": None}  # not tried again


def test_language_stage_reads_batches_without_and_with_preset_names() -> None:
    """A batch naming no actor between two that do: the preset label's text is gone with the first
    batch's memory zone, and the decoder must not need it."""
    import datetime as dt

    from eventwire.records import Article, MentionKind
    from eventwire.stages.nlp import LanguageStage

    fresh = LanguageStage.load(ACTORS, PLACES)
    texts = [NER_TEXTS[0], "Rain fell on Tuesday.", "Taliban fighters entered Kunduz."]
    articles = [
        Article(id=str(i), text=t, content_hash=str(i), published=dt.date(2024, 3, 14)) for i, t in enumerate(texts)
    ]
    analyses = list(fresh.analyse_many(articles, batch_size=1))
    assert ("Taliban", MentionKind.ACTOR, "taliban") in {(m.span.text, m.kind, m.key) for m in analyses[2].mentions}


def test_name_matcher_shortcut_gives_the_tokenizers_patterns(stage, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Plain names' ORTH ids taken without the tokenizer are the ones the tokenizer gives ("aux" is a symbol id)."""
    from eventwire.stages import nlp

    names = PLACES + ["cannot", "Ras al-Ain", "O'Brien", "Zürich", "Gao  Region", "Hama"]
    shortcut = nlp.NameMatcher(stage._nlp, ACTORS, names)
    monkeypatch.setattr(nlp._PlainNames, "__call__", lambda self, name: False)
    tokenized = nlp.NameMatcher(stage._nlp, ACTORS, names)
    assert shortcut._matcher.__reduce__()[1][1] == tokenized._matcher.__reduce__()[1][1]


@pytest.mark.parametrize(
    ("name", "plain"),
    [
        ("New York", True),
        ("Anse aux Pins", True),
        ("cannot", False),  # a tokenizer exception: "can" + "not"
        ("Deir ez-Zor", False),
        ("St. Louis", False),
        ("Zürich", False),
        ("Gao  Region", False),  # two spaces make a whitespace token
        ("Homs ", False),
    ],
)
def test_plain_names_are_only_those_split_at_single_spaces(stage, name: str, plain: bool) -> None:  # type: ignore[no-untyped-def]
    from eventwire.stages.nlp import _PlainNames

    assert _PlainNames(stage._nlp.tokenizer)(name) is plain
    if plain:
        assert [t.text for t in stage._nlp.make_doc(name)] == name.split(" ")

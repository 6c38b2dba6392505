"""ACLED notes: the coder's own summary of an event, scored against the coded fields of that event.

Gold: an ACLED export (``acled.csv``). Default: ``acled-rpanlilio-2020-05`` (5,071 events, 1-9 May
2020, current schema with sub-event types). ``--data`` takes another export, a CSV file or a folder
holding ``acled.csv``; the old schema (before 2019: ``Battle-No change of territory``,
``Remote violence``, no sub-event type, e.g. ``acled-aschharwood-2016``) is recognised and its
event types mapped to current ones (``OLD_EVENT_TYPES``).

Each note is read as an article published on the event date (ACLED's ``event_date``): notes say
"On 9 May 2020, ..." and a report of the event would appear that day or the next.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections import Counter
from pathlib import Path
from typing import Any

from eventwire.evaluation import base
from eventwire.evaluation.metrics import (
    Tally,
    classify,
    haversine_km,
    names_match,
    normalise_name,
    place_names_match,
    top_confusions,
    within_ratio,
)
from eventwire.evaluation.report import Report, Table
from eventwire.records import Missing

NAME = "acled"
DEFAULT = "acled-rpanlilio-2020-05"
GOLD_FILE = "acled.csv"
NEAR_KM = 50.0
DATE_FORMATS = ("%d-%b-%y", "%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d/%m/%Y")
# Old ACLED event types (codebook before 2019) → (current event type, current sub-event type if implied).
OLD_EVENT_TYPES: dict[str, tuple[str, str | None]] = {
    "Battle-No change of territory": ("Battles", "Armed clash"),
    "Battle-Government regains territory": ("Battles", "Government regains territory"),
    "Battle-Non-state actor overtakes territory": ("Battles", "Non-state actor overtakes territory"),
    "Remote violence": ("Explosions/Remote violence", None),
    "Violence against civilians": ("Violence against civilians", None),
    "Riots/Protests": ("Protests|Riots", None),  # either current type
    "Strategic development": ("Strategic developments", None),
    "Non-violent transfer of territory": ("Strategic developments", "Non-violent transfer of territory"),
    "Headquarters or base established": ("Strategic developments", "Headquarters or base established"),
}
PUBLISHED = (
    "no published figures for extraction from ACLED notes; mission target: fatalities exact ≥ 0.80 "
    "(best published victim-count exact match on real news: 0.443, EMM)"
)


def gold_file(folder: Path) -> Path:
    """The CSV to read: the file itself, ``acled.csv`` in the folder, or the folder's only CSV."""
    if folder.is_file():
        return folder
    if (folder / GOLD_FILE).exists():
        return folder / GOLD_FILE
    found = sorted(folder.glob("*.csv"))
    if len(found) != 1:
        raise base.DataMissing(NAME, folder / GOLD_FILE)
    return found[0]


def read_gold(path: Path) -> list[dict[str, Any]]:
    """Rows with notes: ``id``, ``text``, ``published``, ``event_types`` (accepted), ``sub_event_type``, ``row``."""
    rows = []
    with path.open(encoding="utf-8", errors="replace", newline="") as fh:
        for row in base.columns(csv.DictReader(fh), "notes", "event_type", "event_date"):
            notes = (row.get("notes") or "").strip()
            if not notes:
                continue
            types, sub = gold_types(row)
            rows.append(
                {
                    "id": row.get("data_id") or row.get("event_id_cnty") or str(len(rows)),
                    "text": notes,
                    "published": parse_date(row.get("event_date", "")),
                    "event_types": types,
                    "sub_event_type": sub,
                    "row": row,
                }
            )
    return rows


def gold_types(row: dict[str, str]) -> tuple[tuple[str, ...], str | None]:
    """Accepted current event types and the sub-event type (None when the schema does not give one)."""
    if row.get("sub_event_type"):
        return (row["event_type"],), row["sub_event_type"]
    event_type, sub = OLD_EVENT_TYPES.get(row.get("event_type", ""), (row.get("event_type", ""), None))
    return tuple(event_type.split("|")), sub


def parse_date(value: str) -> dt.date | None:
    for fmt in DATE_FORMATS:
        try:
            return dt.datetime.strptime(value.strip(), fmt).date()
        except ValueError:
            continue
    return None


def evaluate(data: Path | None = None, limit: int | None = None, split: str = "test", **options: Any) -> Report:
    clock = base.Clock()
    base.check_split(split)
    path = gold_file(base.data_path(NAME, data, DEFAULT))  # own lookup: a folder's only CSV will do too
    rows = base.rows_of(NAME, path, read_gold, split, limit)
    tally, examples, subs = Tally(), base.Examples(per_field=5), ([], [])
    for row, result in zip(rows, base.extract(base.articles(rows, "acled"), **options), strict=True):
        _score(row, base.main_event(result), tally, examples, subs)
    return _report(rows, path, split, tally, examples, subs, clock)


def _score(
    row: dict[str, Any], event: Any, tally: Tally, examples: base.Examples, subs: tuple[list[str], list[str]]
) -> None:
    gold, text, item = row["row"], row["text"], row["id"]
    tally.add("has event", event is not None)
    predicted_type = event.type.event_type if event else "no event"
    tally.add("event type", predicted_type in row["event_types"])
    if predicted_type not in row["event_types"]:
        examples.miss("event type", item, text, "|".join(row["event_types"]), predicted_type)
    if row["sub_event_type"]:
        predicted_sub = event.type.sub_event_type if event else "no event"
        tally.add("sub-event type", predicted_sub == row["sub_event_type"])
        subs[0].append(row["sub_event_type"])
        subs[1].append(predicted_sub)
        if predicted_sub != row["sub_event_type"]:
            examples.miss("sub-event type", item, text, row["sub_event_type"], predicted_sub)
    _score_fatalities(gold, event, item, text, tally, examples)
    _score_place(gold, event, item, text, tally, examples)
    _score_date(row, event, tally, examples)
    _score_actor(gold, event, item, text, tally, examples)


def _score_fatalities(
    gold: dict[str, str], event: Any, item: str, text: str, tally: Tally, examples: base.Examples
) -> None:
    try:
        value = int(float(gold.get("fatalities", "")))
    except ValueError:
        return
    predicted = base.killed(event)
    tally.add_count("fatalities exact", value, predicted)
    tally.add("fatalities ±10%", within_ratio(predicted, value))
    if value:
        tally.add("fatalities exact (gold > 0)", predicted == value)
    if predicted != value:
        examples.miss("fatalities", item, text, value, predicted, event=base.describe(event))


def _score_place(gold: dict[str, str], event: Any, item: str, text: str, tally: Tally, examples: base.Examples) -> None:
    where = base.site(event)
    if gold.get("country"):
        tally.add("country", where is not None and normalise_name(where.country) == normalise_name(gold["country"]))
    if gold.get("admin1"):
        ok = where is not None and place_names_match(where.admin1, gold["admin1"])
        tally.add("admin1", ok)
        if not ok:
            examples.miss("admin1", item, text, gold["admin1"], where and where.admin1)
    try:
        lat, lon = float(gold["latitude"]), float(gold["longitude"])
    except (KeyError, ValueError):
        return
    km = None if where is None else haversine_km(where.latitude, where.longitude, lat, lon)
    tally.add(f"location ≤ {NEAR_KM:.0f} km", km is not None and km <= NEAR_KM)
    if km is None or km > NEAR_KM:
        examples.miss(
            "location",
            item,
            text,
            f"{gold.get('location')} ({lat}, {lon})",
            where and f"{where.name} ({where.latitude}, {where.longitude})",
            km=None if km is None else round(km),
        )


def _score_date(row: dict[str, Any], event: Any, tally: Tally, examples: base.Examples) -> None:
    if row["published"] is None:
        return
    predicted = None if event is None or isinstance(event.date, Missing) else event.date.start
    tally.add("event date", predicted == row["published"])
    if predicted != row["published"]:
        examples.miss("event date", row["id"], row["text"], str(row["published"]), predicted and str(predicted))


def _score_actor(gold: dict[str, str], event: Any, item: str, text: str, tally: Tally, examples: base.Examples) -> None:
    if not gold.get("actor1"):
        return
    names = base.actor_names(event, "actor1")
    ok = any(names_match(n, gold["actor1"]) for n in names)
    tally.add("actor1", ok)
    if not ok:
        examples.miss("actor1", item, text, gold["actor1"], names[:2])


def _report(
    rows: list[dict[str, Any]],
    path: Path,
    split: str,
    tally: Tally,
    examples: base.Examples,
    subs: tuple[list[str], list[str]],
    clock: base.Clock,
) -> Report:
    metrics = tally.metrics()
    tables = [tally.table(f"ACLED notes ({path.parent.name}): fields"), *tally.count_tables(), _by_type(rows)]
    if subs[0] and len(subs[0]) == len(rows):  # per-class F1 only where every note has a gold sub-event type
        scores = classify(subs[0], subs[1], list(base.SUB_EVENT_TYPES))
        metrics["sub-event type weighted F1"] = round(scores.weighted_f1, 4)
        metrics["sub-event type macro F1"] = round(scores.macro_f1, 4)
        tables.append(scores.table("Sub-event type per class"))
        tables.append(top_confusions(subs[0], subs[1], "Sub-event type: most frequent confusions"))
    return base.report(
        NAME, path, split, rows, clock, metrics=metrics, tables=tables, notes=_notes(), examples=examples.kept
    )


def _by_type(rows: list[dict[str, Any]]) -> Table:
    counts = Counter("|".join(r["event_types"]) for r in rows)
    return Table(
        title="Gold event types scored", columns=["event type", "items"], rows=[[k, n] for k, n in counts.most_common()]
    )


def _notes() -> list[str]:
    return [
        "Default data: acled-rpanlilio-2020-05 (current schema, 5,071 events, all 25 sub-event types but one); "
        "the 2016 export (old schema, 500 events) is scored separately with --data "
        "../shared/data/acled-aschharwood-2016, so that each figure comes from one coding scheme.",
        "Each note is one article published on the event's event_date (notes open with that date; a report of "
        "the event appears that day or the next). Prediction = the most prominent event.",
        "event type / sub-event type: exact names. fatalities: the event's assessed figure (ACLED lowest "
        "credible; 0 when no event or figure) exact and within ±10% (floor of 10% of gold, so exact below 10). "
        "country / admin1: of the event's site place (admin1 by metrics.place_names_match). location: site "
        f"coordinates within {NEAR_KM:.0f} km of ACLED's latitude/longitude. event date: first day of the "
        "event's interval equals event_date.",
        "Notes often leave out the place (ACLED codes it in separate columns: 'Workers went on strike over "
        "salaries.'), so an event without a resolved site counts as wrong for country, admin1 and location.",
        "actor1: any of our actor1's normalised name, ACLED family or words matches ACLED's actor1 by "
        "metrics.names_match: lower case, accents, punctuation, parenthesised parts ('(2016-)', '(Yemen)') and "
        "a leading 'the' removed; equal, or the shorter contained in the longer as whole words in order and not "
        "only generic words (forces, military, police, group, ...).",
        "Old schema (before 2019) event types mapped to current ones: "
        + "; ".join(f"{k} → {v[0]}" + (f" / {v[1]}" if v[1] else "") for k, v in OLD_EVENT_TYPES.items())
        + "; sub-event type is scored only where the old type implies one.",
        "Split: evaluation.split.part_of('acled', data_id) (event_id_cnty when there is no data_id).",
        PUBLISHED,
    ]

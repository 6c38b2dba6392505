"""CEHA: conflict events in the Horn of Africa, with experts' relevance labels (Bai et al., COLING 2025).

Gold: ``data/CEHA_dataset.csv``: 250 ACLED notes and 250 GDELT-sampled news articles, each marked
relevant or not ("not in the Horn of Africa", "not violence / conflict related", "a summary of
different situations"). The question eventwire answers: is this text a report of a specific
conflict event in the region, rather than a summary, a roundup or background? It is read off the
extraction: its scope (``stages/scope.py``), its conflict events and their places (see ``_notes``).
The dataset ships its own split (train 200 / dev 50 / test 250): train and dev are our
development part, test our test part.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path
from typing import Any

from eventwire.evaluation import base
from eventwire.evaluation.metrics import binary
from eventwire.evaluation.report import Report, Table
from eventwire.records import Event, Extraction, Location, Missing

NAME = "ceha"
DEFAULT = "ceha"
GOLD_FILE = "data/CEHA_dataset.csv"
REASON = "Why is the event NOT relevant? \n(if applicable)"
# The region CEHA covers (its Country column holds only these).
HORN_OF_AFRICA = frozenset({"Djibouti", "Eritrea", "Ethiopia", "Kenya", "Somalia", "South Sudan", "Sudan", "Uganda"})
PUBLISHED = (
    "GDELT's own answer is 'relevant' for every item (61% of its sampled events were not relevant); "
    "mission target: relevance F1 ≥ 0.85"
)


def read_gold(path: Path) -> list[dict[str, Any]]:
    """``id`` (source:Index), ``source`` (ACLED/GDELT), ``text``, ``published``, ``relevant``, ``reason``, ``part``."""
    with path.open(encoding="utf-8", errors="replace", newline="") as fh:
        reader = base.columns(csv.DictReader(fh), "Event Description", "Is the event relevant?", "ACLED/GDELT")
        reason_column = next((c for c in reader.fieldnames or () if c.startswith("Why is the event NOT")), REASON)
        return [
            {
                "id": f"{row['ACLED/GDELT']}:{row['Index']}",
                "source": row["ACLED/GDELT"].strip(),
                "text": row["Event Description"].strip(),
                "published": parse_time(row.get("Time", "")),
                "relevant": row["Is the event relevant?"].strip().lower() == "yes",
                "reason": (row.get(reason_column) or "").strip(),
                "part": row["train_dev_test_split"].strip(),
            }
            for row in reader
            if row.get("Event Description", "").strip()
        ]


def parse_time(value: str) -> dt.date | None:
    """CEHA writes ``2019-07-15`` (ACLED) or ``20190802`` (GDELT)."""
    digits = re.sub(r"\D", "", value or "")[:8]
    try:
        return dt.datetime.strptime(digits, "%Y%m%d").date() if len(digits) == 8 else None
    except ValueError:
        return None


# What CEHA's experts call conflict-related: ACLED's political violence and demonstrations (its event
# types other than strategic developments), and property set on fire or looted. Arrests, agreements and
# other strategic developments are not.
CONFLICT_EVENT_TYPES = frozenset(
    {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots", "Protests"}
)
CONFLICT_SUB_EVENT_TYPES = frozenset({"Looting/property destruction"})


def is_conflict(event: Event) -> bool:
    return event.type.event_type in CONFLICT_EVENT_TYPES or event.type.sub_event_type in CONFLICT_SUB_EVENT_TYPES


def in_region(event: Event, text: str = "") -> bool:
    """True when a place named for the event lies in the Horn of Africa, or none is known to lie elsewhere.

    Any of the event's places counts, not only its site: the site resolver sometimes takes a namesake
    abroad ("Bor", Serbia, beside "Jonglei state") while the event's other places are right. A place
    abroad says the event is elsewhere only when the text names that country too, or names the place
    itself and it is a city of some size: a village the gazetteer lacks is often placed at a namesake
    abroad ("Maalin Siid" at Malyn, Ukraine; "North West of Dhusamareb" at North West, South Africa)
    in a note that never leaves Somalia. Without the text, any place resolved abroad counts.
    """
    places = [p.location for p in event.places if not isinstance(p.location, Missing) and p.location.country]
    if any(loc.country in HORN_OF_AFRICA for loc in places):
        return True
    if not text:
        return not places
    return not any(_names_country(text, loc.country) or _names_city(text, loc) for loc in places)


# Short names a text uses for countries whose gazetteer name it rarely spells out.
COUNTRY_ALIASES = {
    "United States": ("U.S.", "US", "USA", "America", "American", "Americans"),
    "United Kingdom": ("UK", "U.K.", "Britain", "British"),
    "Democratic Republic of Congo": ("DRC", "DR Congo", "Congo", "Congolese"),
    "Central African Republic": ("CAR", "Central African"),
}
BIG_CITY = 100_000  # a city this size named in the text is no namesake of a village


def _names_country(text: str, country: str) -> bool:
    """The text names ``country`` or its people ("Chadian", "Palestinian"), in any case (MUC-4 is lower-cased),
    or by a short name ("DRC", "U.S.")."""
    stem = re.escape(country[:-1] if len(country) > 5 else country) + r"\w*"
    if re.search(r"(?<!\w)" + stem, text, re.IGNORECASE):
        return True
    aliases = COUNTRY_ALIASES.get(country, ())
    return any(re.search(r"(?<!\w)" + re.escape(alias) + r"(?!\w)", text) for alias in aliases)


def _names_city(text: str, location: Location) -> bool:
    return location.feature == "city" and location.population >= BIG_CITY and location.name in text


def evaluate(data: Path | None = None, limit: int | None = None, split: str = "test", **options: Any) -> Report:
    clock = base.Clock()
    base.check_split(split)
    path = base.gold_path(NAME, data, DEFAULT, GOLD_FILE)
    rows = base.rows_of(NAME, path, read_gold, split, limit, part=lambda r: r["part"])  # CEHA's own split
    violent, relevant, scopes, examples = [], [], [], base.Examples(per_field=base.MAX_EXAMPLES)
    whys: list[str | None] = []
    for row, result in zip(rows, base.extract(base.articles(rows, "ceha"), **options), strict=True):
        events = [e for e in base.events_of(result) if is_conflict(e)]
        scope = result.scope if isinstance(result, Extraction) else None
        violent.append(any(base.is_violent(e) for e in events))
        scopes.append(scope.kind if scope is not None else "quarantined")
        whys.append(why_not(scopes[-1], events, row["text"]))
        relevant.append(whys[-1] is None)
        if relevant[-1] != row["relevant"]:
            first = events[0] if events else base.main_event(result)
            examples.miss(
                "relevance",
                row["id"],
                row["text"],
                row["relevant"],
                relevant[-1],
                reason=row["reason"],
                event=base.describe(first),
                scope=f"{scope.kind}: {scope.reason}" if scope is not None else "quarantined",
            )
    return _report(rows, violent, relevant, scopes, whys, path, split, examples, clock)


# Why an item is answered 'not relevant': the first condition it fails, in the order they are asked.
WHY_NOT = {
    "none": "no event found",
    "quarantined": "quarantined",
    "summary": "scope: summary",
    "background": "scope: background",
}


def why_not(scope: str, events: list[Event], text: str) -> str | None:
    """None for a 'relevant' answer, else which condition failed: the scope, no conflict event, or the region."""
    if scope != "event report":
        return WHY_NOT.get(scope, f"scope: {scope}")
    if not events:
        return "no conflict event (other events only)"
    if not any(in_region(e, text) for e in events):
        return "not in the region"
    return None


def _report(
    rows: list[dict[str, Any]],
    violent: list[bool],
    relevant: list[bool],
    scopes: list[str],
    whys: list[str | None],
    path: Path,
    split: str,
    examples: base.Examples,
    clock: base.Clock,
) -> Report:
    gold = [r["relevant"] for r in rows]
    scores = binary(gold, relevant)
    metrics: dict[str, float | int | None] = {
        "relevance_precision": round(scores["precision"], 4),
        "relevance_recall": round(scores["recall"], 4),
        "relevance_f1": round(scores["f1"], 4),
        "relevance_accuracy": round(scores["accuracy"], 4),
        "violent_event_f1": round(binary(gold, violent)["f1"], 4),
        "baseline_all_relevant_f1": round(binary(gold, [True] * len(gold))["f1"], 4),
    }
    rows_by_source: list[list[str | int | float | None]] = []
    for source in ("ACLED", "GDELT"):
        keep = [i for i, r in enumerate(rows) if r["source"] == source]
        if not keep:
            continue
        s = binary([gold[i] for i in keep], [relevant[i] for i in keep])
        base_f1 = binary([gold[i] for i in keep], [True] * len(keep))["f1"]
        metrics[f"{source.lower()}_relevance_f1"] = round(s["f1"], 4)
        rows_by_source.append(
            [
                source,
                len(keep),
                sum(gold[i] for i in keep),
                round(s["precision"], 3),
                round(s["recall"], 3),
                round(s["f1"], 3),
                round(base_f1, 3),
                s["tp"],
                s["fp"],
                s["fn"],
                s["tn"],
            ]
        )
    tables = [
        Table(
            title="Relevance by source",
            rows=rows_by_source,
            columns=["source", "items", "relevant", "precision", "recall", "F1", "F1 all-yes", "tp", "fp", "fn", "tn"],
        ),
        _reason_table(rows, relevant),
        _scope_table(rows, scopes),
        _why_not_table(rows, whys),
    ]
    return base.report(
        NAME, path, split, rows, clock, metrics=metrics, tables=tables, notes=_notes(), examples=examples.kept
    )


def _reason_table(rows: list[dict[str, Any]], relevant: list[bool]) -> Table:
    groups: dict[str, list[bool]] = {}
    for row, said in zip(rows, relevant, strict=True):
        groups.setdefault(_label(row), []).append(said)
    table_rows: list[list[str | int | float | None]] = [
        [key, len(said), sum(said), len(said) - sum(said)] for key, said in sorted(groups.items())
    ]
    return Table(
        title="What eventwire said, by gold label and reason",
        columns=["gold", "items", "said yes", "said no"],
        rows=table_rows,
    )


def _label(row: dict[str, Any]) -> str:
    return "relevant" if row["relevant"] else row["reason"] or "not relevant (no reason)"


def _scope_table(rows: list[dict[str, Any]], scopes: list[str]) -> Table:
    """How the article scope the pipeline judged lines up with the experts' labels."""
    kinds = ["event report", "summary", "background", "none", "quarantined"]
    groups: dict[str, list[str]] = {}
    for row, scope in zip(rows, scopes, strict=True):
        groups.setdefault(_label(row), []).append(scope)
    table_rows: list[list[str | int | float | None]] = [
        [key, len(said), *(said.count(k) for k in kinds)] for key, said in sorted(groups.items())
    ]
    return Table(title="Article scope, by gold label and reason", columns=["gold", "items", *kinds], rows=table_rows)


def _why_not_table(rows: list[dict[str, Any]], whys: list[str | None]) -> Table:
    """The 'not relevant' answers by source and by the condition that failed: right (gold no) or wrong (gold yes)."""
    counts: dict[tuple[str, str], list[int]] = {}
    for row, why in zip(rows, whys, strict=True):
        if why is not None:
            counts.setdefault((row["source"], why), [0, 0])[0 if row["relevant"] else 1] += 1
    table_rows: list[list[str | int | float | None]] = [
        [source, why, wrong, right] for (source, why), (wrong, right) in sorted(counts.items())
    ]
    return Table(
        title="Why eventwire said 'not relevant', by source",
        columns=["source", "failed condition", "wrong (gold relevant)", "right (gold not relevant)"],
        rows=table_rows,
    )


def _notes() -> list[str]:
    return [
        "Each Event Description is one article published on the item's Time (the event date for ACLED notes, the "
        "GDELT event date for news articles).",
        "eventwire says 'relevant' iff (1) the article's scope (Extraction.scope, stages/scope.py) is 'event report' "
        "— not a summary/roundup/analysis, not background such as a trial or memorial, not without events — and "
        "(2) it has at least one conflict event — ACLED event type Battles, Explosions/Remote violence, Violence "
        "against civilians, Riots or Protests, or sub-event type Looting/property destruction (CEHA's experts count "
        "protests and church burnings as conflict-related; arrests and other strategic developments are not) — "
        "(3) in the region: one of the event's places lies in the Horn of Africa "
        f"({', '.join(sorted(HORN_OF_AFRICA))}), or none lies elsewhere by the text's own words: a place resolved "
        "abroad counts only when the text names its country (or the place is a city of 100,000 or more named in "
        "it), since villages the gazetteer lacks are placed at namesakes abroad. violent_event_f1 is the old "
        "answer: any violent event (Battles, Explosions/Remote violence, Violence against civilians, Riots, "
        "Excessive force against protesters), with no scope or region condition.",
        "'Why eventwire said not relevant' counts each 'no' by the first condition it failed, in the order above "
        "(no event at all, a scope other than 'event report', no conflict event, no place in the region), as right "
        "(gold not relevant) or wrong (gold relevant): where the pipeline, not the relevance rule, loses an item.",
        "Split: the dataset's own train_dev_test_split; train and dev are the development part, test the test "
        "part. Precision/recall/F1 of the 'relevant' class; per source in the table.",
        PUBLISHED + "; baseline_all_relevant_f1 is that all-yes answer scored the same way.",
    ]

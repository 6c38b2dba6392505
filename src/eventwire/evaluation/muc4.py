"""MUC-4 (Latin-American terrorism news, 1988-1990) as GTT (Du et al. 2021) processed it.

Gold: ``data/muc/processed/{dev,test}.json`` (docid, doctext, templates with incident_type and
PerpOrg entity mentions) — the dataset's own split: dev.json is our development part, test.json
the test part; train.json is not scored. Victims killed are not in the processed templates: they
come from the original answer keys (``raw_files/muc34/TASK/CORPORA/tst*/key-*``: HUM TGT NUMBER of
the targets whose EFFECT OF INCIDENT is DEATH).

The processed texts are lower-cased (the originals are upper case). For TST4 the corpus ships a
mixed-case original (``tst4-muc4.mixed-case``), which is what a user would have: those documents are
read from it, the others from the processed text; the report gives figures for each casing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eventwire.evaluation import base
from eventwire.evaluation.metrics import Tally, binary, names_match, normalise_name
from eventwire.evaluation.report import Report, Table

NAME = "muc4"
DEFAULT = "muc4-gtt"
PROCESSED = "data/muc/processed"
CORPORA = "data/muc/raw_files/muc34/TASK/CORPORA"
MIXED_CASE = "tst4/tst4-muc4.mixed-case"
# MUC incident types → ACLED sub-event types that code the same incident.
INCIDENT_TYPES: dict[str, tuple[str, ...]] = {
    "attack": (
        "Attack",
        "Armed clash",
        "Shelling/artillery/missile attack",
        "Air/drone strike",
        "Mob violence",
        "Sexual violence",
        "Abduction/forced disappearance",
    ),
    "bombing": ("Remote explosive/landmine/IED", "Suicide bomb", "Grenade", "Looting/property destruction"),
    "kidnapping": ("Abduction/forced disappearance",),
    "arson": ("Looting/property destruction", "Attack", "Violent demonstration", "Mob violence"),
    "robbery": ("Looting/property destruction", "Attack"),
    "forced work stoppage": ("Change to group/activity", "Other", "Violent demonstration"),
}
PUBLISHED = (
    "published MUC-4 figures are template-level F1 (GTT, Du et al. 2021) and are not comparable "
    "with these document-level measures"
)


def read_gold(folder: Path, part: str) -> list[dict[str, Any]]:
    """Documents of ``dev`` or ``test``: ``id``, ``text``, ``cased``, ``types``, ``perp_orgs``, ``killed``."""
    docs = [
        json.loads(line)
        for line in (folder / PROCESSED / f"{part}.json").read_text("utf-8").splitlines()
        if line.strip()
    ]
    mixed = read_mixed_case(folder / CORPORA / MIXED_CASE)
    keys = read_keys(folder / CORPORA)
    rows = []
    for doc in docs:
        templates = doc.get("templates") or []
        text = mixed.get(doc["docid"])
        rows.append(
            {
                "id": doc["docid"],
                "text": text or doc["doctext"],
                "cased": text is not None,
                "types": sorted({t.strip() for tpl in templates for t in tpl["incident_type"].split("/") if t.strip()}),
                "perp_orgs": sorted({m[0] for tpl in templates for entity in tpl.get("PerpOrg", []) for m in entity}),
                "killed": keys.get(doc["docid"]),
            }
        )
    return rows


def read_mixed_case(path: Path) -> dict[str, str]:
    """``TST4-MUC4-0001`` → its mixed-case text (from the docid line to the next one)."""
    if not path.exists():
        return {}
    parts = re.split(r"^(TST\d-MUC\d-\d{4})\s*$", path.read_text("utf-8", errors="replace"), flags=re.M)
    return {parts[i]: parts[i + 1].strip() for i in range(1, len(parts) - 1, 2)}


def read_keys(corpora: Path) -> dict[str, int | None]:
    """Docid → victims killed, for documents with exactly one (non-optional) template; None when the key
    gives no number for a dead target ("PLURAL"). Documents with several templates are left out."""
    templates: dict[str, list[dict[str, list[str]]]] = {}
    for path in sorted(corpora.glob("tst*/key-*")):
        for template in parse_key_file(path.read_text("utf-8", errors="replace")):
            templates.setdefault(template["MESSAGE: ID"][0], []).append(template)
    killed = {}
    for docid, found in templates.items():
        real = [t for t in found if t.get("MESSAGE: TEMPLATE", ["*"])[0] != "*"]
        required = [t for t in real if "OPTIONAL" not in t["MESSAGE: TEMPLATE"][0]]
        if len(real) == 1 and len(required) == 1:
            killed[docid] = deaths(required[0])
    return killed


def parse_key_file(text: str) -> Iterator[dict[str, list[str]]]:
    """Templates of a MUC answer-key file: slot name → its lines (continuation lines appended)."""
    template: dict[str, list[str]] = {}
    slot = None
    for line in text.splitlines():
        match = re.match(r"^\d+\.\s+([A-Z][A-Z :]+?)\s{2,}(.*)$", line) or re.match(r"^\d+\.\s+([A-Z][A-Z :]+)$", line)
        if match:
            slot = match.group(1).strip()
            if slot == "MESSAGE: ID" and template:
                yield template
                template = {}
            value = match.group(2).strip() if match.lastindex and match.lastindex > 1 else ""
            template[slot] = [value]
        elif line.strip() and slot is not None:
            template[slot].append(line.strip())
    if template:
        yield template


def deaths(template: dict[str, list[str]]) -> int | None:
    """Sum of HUM TGT NUMBER over the targets whose effect is DEATH; None when a number is not a number."""
    numbers = {}
    for line in template.get("HUM TGT: NUMBER", []):
        match = re.match(r"^\??\s*([0-9]+|[A-Z]+)(?:\s*-\s*[0-9]+)?\s*:\s*(.*)$", line)
        if match:
            for name in re.findall(r'"([^"]+)"', match.group(2)):
                numbers[name] = match.group(1)
    total = 0
    for line in template.get("HUM TGT: EFFECT OF INCIDENT", []):
        if "DEATH" not in line:
            continue
        names = re.findall(r'"([^"]+)"', line)
        count = next((numbers[n] for n in names if n in numbers), None)
        if count is None or not count.isdigit():
            return None
        total += int(count)
    return total


def evaluate(data: Path | None = None, limit: int | None = None, split: str = "test", **options: Any) -> Report:
    clock = base.Clock()
    base.check_split(split)
    folder = base.data_path(NAME, data, DEFAULT)
    if not (folder / PROCESSED).exists():
        raise base.DataMissing(NAME, folder / PROCESSED)
    # Own variant: GTT ships one file per part (dev.json, test.json), so the split chooses files, not rows.
    parts = ["dev", "test"] if split == "all" else [split]
    rows = base.limited([r for part in parts for r in base.read(NAME, folder, read_gold, part)], limit)
    items = base.articles(rows, "muc4")
    tallies = {"all": Tally(), "mixed case (TST4)": Tally(), "lower case": Tally()}
    gold_incident, said_incident, examples = [], [], base.Examples()
    for row, result in zip(rows, base.extract(items, **options), strict=True):
        violent = [e for e in base.events_of(result) if base.is_violent(e)]
        gold_incident.append(bool(row["types"]))
        said_incident.append(bool(violent))
        for key in ("all", "mixed case (TST4)" if row["cased"] else "lower case"):
            _score(row, result, tallies[key], examples if key == "all" else None)
    return _report(rows, gold_incident, said_incident, tallies, folder, split, examples, clock)


def _score(row: dict[str, Any], result: Any, tally: Tally, examples: base.Examples | None) -> None:
    event, text, item = base.main_event(result), row["text"], row["id"]
    keep = examples or base.Examples(limit=0)
    if row["types"]:
        predicted = event.type.sub_event_type if event else "no event"
        ok = any(predicted in INCIDENT_TYPES.get(t, ()) for t in row["types"])
        tally.add("incident type", ok)
        if not ok:
            keep.miss("incident type", item, text, row["types"], predicted)
    if row["perp_orgs"]:
        names = [n for e in base.events_of(result) for n in base.actor_names(e, "actor1")]
        ok = any(names_match(n, g) or same_state_forces(n, g) for n in names for g in row["perp_orgs"])
        tally.add("perpetrator organisation", ok)
        if not ok:
            keep.miss("perpetrator organisation", item, text, row["perp_orgs"], sorted(set(names))[:4])
    if row["killed"] is not None:
        predicted_killed = base.killed(event)
        tally.add("victims killed exact", predicted_killed == row["killed"])
        if predicted_killed != row["killed"]:
            keep.miss("victims killed", item, text, row["killed"], predicted_killed, event=base.describe(event))


# MUC-4 names a state's forces by branch or unit ("army", "armed forces", "treasury police", "6th infantry
# brigade"); eventwire names them as ACLED does ("Military Forces of El Salvador"). Same actor, other words.
_FORCE_WORDS = frozenset(
    "army armies armed forces force foces military air navy soldiers troops national guard police treasury "
    "policemen battalion battalions brigade brigades infantry detachment no high command security".split()
)


def same_state_forces(predicted: str, gold: str) -> bool:
    """A gold mention made of force words, at most with its nationality ("salvadoran army"), names the
    predicted state forces ("Military Forces of El Salvador"; "Military Forces" when the country is unknown)."""
    name = normalise_name(predicted)
    if not name.startswith(("military forces", "police forces")):
        return False
    words = [w for w in normalise_name(gold).split() if not w.isdigit() and not w[:1].isdigit()]
    rest = [w for w in words if w not in _FORCE_WORDS]
    return len(rest) < len(words) and all(w[:5] in name for w in rest)


def _report(
    rows: list[dict[str, Any]],
    gold: list[bool],
    said: list[bool],
    tallies: dict[str, Tally],
    folder: Path,
    split: str,
    examples: base.Examples,
    clock: base.Clock,
) -> Report:
    incident = binary(gold, said)
    metrics: dict[str, float | int | None] = {
        "incident_precision": round(incident["precision"], 4),
        "incident_recall": round(incident["recall"], 4),
        "incident_f1": round(incident["f1"], 4),
        **tallies["all"].metrics(),
    }
    tables = [t.table(f"MUC-4 documents, {name}") for name, t in tallies.items() if t.total]
    tables.append(
        Table(
            title="Documents with an incident",
            columns=["gold", "said yes", "said no"],
            rows=[
                ["incident", incident["tp"], incident["fn"]],
                ["no incident", incident["fp"], incident["tn"]],
            ],
        )
    )
    return base.report(
        NAME, folder, split, rows, clock, metrics=metrics, tables=tables, notes=_notes(), examples=examples.kept
    )


def _notes() -> list[str]:
    return [
        "Document level, not GTT's template matching: each document is one article (TST4 from its mixed-case "
        "original with dateline, the rest from GTT's lower-cased processed text, which has no dateline).",
        "incident P/R/F1: the document has ≥1 gold template vs eventwire finds ≥1 violent event (Battles, "
        "Explosions/Remote violence, Violence against civilians, Riots, Excessive force against protesters).",
        "incident type: documents with templates; the most prominent event's sub-event type must be one accepted "
        "for one of the gold incident types: "
        + "; ".join(f"{k} → {' | '.join(v)}" for k, v in INCIDENT_TYPES.items())
        + ".",
        "perpetrator organisation: documents whose templates name a PerpOrg; right when any event's actor1 "
        "(normalised name, family or words) matches any gold mention by metrics.names_match, or is a state's forces "
        "('Military Forces of El Salvador') that the gold names by branch or unit and nationality only ('army', "
        "'salvadoran armed forces', 'treasury police').",
        "victims killed: only documents whose answer key has exactly one non-optional template and a number for "
        "every dead target (sum of HUM TGT NUMBER where EFFECT OF INCIDENT is DEATH; 0 when nobody died); "
        "compared with the most prominent event's assessed fatalities.",
        "Split: the GTT split (dev.json = TST1+TST2 → dev, test.json = TST3+TST4 → test).",
        PUBLISHED,
    ]

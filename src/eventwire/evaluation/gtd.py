"""Global Terrorism Database incidents 2016-2018 (21 countries; START's coders, not ours).

Gold: ``FinalProj_Updated.csv`` (GTD columns as released; see SOURCE.md). Each incident's
``summary`` ("02/28/2016: Assailants attacked ...") is read as a short article published on the
date its prefix gives (the incident date: the nearest realistic stand-in for a report's date);
the prefix is taken off the text. Rows without a summary are skipped.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections import Counter
from pathlib import Path
from typing import Any

from eventwire.evaluation import base
from eventwire.evaluation.metrics import Tally, names_match, normalise_name, place_names_match
from eventwire.evaluation.report import Report
from eventwire.records import Location, Place

NAME = "gtd"
DEFAULT = "gtd-sqlproj"
GOLD_FILE = "FinalProj_Updated.csv"
PREFIX = re.compile(r"^\s*(\d{2})/(\d{2})/(\d{4})\s*:\s*")
EXPLOSIVE = ("Remote explosive/landmine/IED", "Suicide bomb", "Grenade", "Shelling/artillery/missile attack")
# GTD attacktype1_txt → the ACLED sub-event types that code the same incident. GTD types the attack
# by its means; ACLED by who was hit and how, so one GTD type can be several ACLED ones.
ATTACK_TYPES: dict[str, tuple[str, ...]] = {
    "Bombing/Explosion": EXPLOSIVE,  # suicide=1 → Suicide bomb only (see accepted())
    "Armed Assault": ("Attack", "Armed clash"),  # on civilians: Attack; on armed forces who fight back: clash
    "Assassination": ("Attack", *EXPLOSIVE[:1]),  # shot (Attack) or blown up (IED)
    "Hostage Taking (Kidnapping)": ("Abduction/forced disappearance",),
    "Hostage Taking (Barricade Incident)": ("Abduction/forced disappearance", "Attack", "Armed clash"),
    "Hijacking": ("Abduction/forced disappearance", "Attack"),
    "Facility/Infrastructure Attack": ("Looting/property destruction", "Attack", *EXPLOSIVE[:1]),
    "Unarmed Assault": ("Attack", "Mob violence"),
}
# GTD provstate spellings → the gazetteer's admin1 (compared lower case, letters only): GTD writes Cameroon's
# regions in English, GeoNames in French; the rest are transliterations.
PROVINCE_ALIASES = {
    "jawzjan": "jowzjan",
    "saripul": "sarepol",
    "paktya": "paktia",
    "extremenorth": "extremenord",
    "northwest": "nordouest",
    "southwest": "sudouest",
    "north": "nord",
    "east": "est",
    "west": "ouest",
    "central": "centre",
    "litoral": "littoral",
    "adamawa": "adamaoua",
    "bujumburamairie": "bujumbura",
}
DISTRICT = re.compile(r"\s+district$", re.IGNORECASE)
PUBLISHED = (
    "no published extraction figures for GTD summaries; mission target: killed exact ≥ 0.85 "
    "(best published victim-count exact match on real news: 0.443, EMM)"
)


def read_gold(path: Path) -> list[dict[str, Any]]:
    """Rows with a summary: ``id`` (eventid), ``text`` (summary without its date prefix), ``published``, ``row``."""
    rows = []
    with path.open(encoding="utf-8", errors="replace", newline="") as fh:
        for row in base.columns(csv.DictReader(fh), "eventid", "summary", "nkill", "attacktype1_txt"):
            summary = (row.get("summary") or "").strip()
            if not summary:
                continue
            text, published = _split_prefix(summary)
            rows.append({"id": row["eventid"], "text": text, "published": published, "row": row})
    return rows


def _split_prefix(summary: str) -> tuple[str, dt.date | None]:
    match = PREFIX.match(summary)
    if not match:
        return summary, None
    month, day, year = (int(g) for g in match.groups())
    try:
        published = dt.date(year, month, day)
    except ValueError:  # GTD writes unknown days as 00
        published = None
    return summary[match.end() :], published


def accepted(row: dict[str, str]) -> tuple[str, ...]:
    """ACLED sub-event types that are right for this incident; empty when GTD does not know the type."""
    kind = row.get("attacktype1_txt", "")
    if kind == "Bombing/Explosion" and row.get("suicide") == "1":
        return ("Suicide bomb",)
    return ATTACK_TYPES.get(kind, ())


def number(value: str | None) -> int | None:
    """GTD counts: '' unknown, '7' or '7.0'."""
    try:
        return int(float(value)) if value not in (None, "") else None
    except ValueError:
        return None


def evaluate(data: Path | None = None, limit: int | None = None, split: str = "test", **options: Any) -> Report:
    clock = base.Clock()
    base.check_split(split)
    path = base.gold_path(NAME, data, DEFAULT, GOLD_FILE)
    rows = base.rows_of(NAME, path, read_gold, split, limit)
    tally, examples, types = Tally(), base.Examples(), Counter()
    for row, result in zip(rows, base.extract(base.articles(rows, "gtd"), **options), strict=True):
        _score(row, result, tally, examples, types)
    tables = [
        tally.table("GTD incidents: fields"),
        base.type_table(types, ATTACK_TYPES, "Attack type by GTD type", "GTD type"),
        *tally.count_tables(),
    ]
    return base.report(
        NAME, path, split, rows, clock, metrics=tally.metrics(), tables=tables, notes=_notes(), examples=examples.kept
    )


def _score(row: dict[str, Any], result: Any, tally: Tally, examples: base.Examples, types: Counter) -> None:
    gold, event, text, item = row["row"], base.main_event(result), row["text"], row["id"]
    tally.add("has event", event is not None)
    for field, gold_value, predicted in (
        ("killed exact", number(gold.get("nkill")), base.killed(event)),
        ("wounded exact", number(gold.get("nwound")), (event.injured or 0) if event else 0),
    ):
        if gold_value is not None:
            tally.add_count(field, gold_value, predicted)
            if predicted != gold_value:
                examples.miss(field, item, text, gold_value, predicted, event=base.describe(event))
    ok_types = accepted(gold)
    if ok_types:
        predicted_type = event.type.sub_event_type if event else "no event"
        tally.add("attack type", predicted_type in ok_types)
        base.count_type(types, gold["attacktype1_txt"], predicted_type, predicted_type in ok_types)
        if predicted_type not in ok_types:
            examples.miss("attack type", item, text, gold["attacktype1_txt"], predicted_type)
    _score_place(gold, event, item, text, tally, examples)
    _score_perpetrator(gold, event, item, text, tally, examples)


def province_key(name: str | None) -> str:
    key = re.sub(r"[^a-z]", "", normalise_name(name).replace("province", ""))
    return PROVINCE_ALIASES.get(key, key)


def site_place(event: Any) -> Place | None:
    """The place ``base.site`` takes its location from (the words as written come with it)."""
    if event is None:
        return None
    located = [p for p in event.places if isinstance(p.location, Location)]
    return next((p for p in located if p.role.value in ("site", "near")), located[0] if located else None)


def city_named(place: Place | None, city: str, country: str) -> tuple[bool, bool]:
    """(named by the gazetteer, named at all): whether the site's gazetteer name is GTD's city, and whether
    either that name or the site's words as written are, the latter only when the site lies in GTD's
    country. GTD's city is the locality as its coders wrote it, often a village no gazetteer holds
    ("Kansak, Farah"): the pipeline then keeps the words and places them in the province the text names,
    and the words are what says whether it found the place. GTD writes a district as "Sholgara district";
    the district's town in the gazetteer is "Sholgara", so the suffix is taken off before comparing."""
    if place is None or not isinstance(place.location, Location):
        return False, False
    city = DISTRICT.sub("", city)
    by_gazetteer = place_names_match(place.location.name, city)
    words = DISTRICT.sub("", place.span.text)
    here = not country or normalise_name(place.location.country) == normalise_name(country)
    return by_gazetteer, by_gazetteer or (here and place_names_match(words, city))


def _score_place(gold: dict[str, str], event: Any, item: str, text: str, tally: Tally, examples: base.Examples) -> None:
    place = site_place(event)
    where = place.location if place is not None else None
    if gold.get("country_txt"):
        tally.add("country", where is not None and normalise_name(where.country) == normalise_name(gold["country_txt"]))
    province = gold.get("provstate", "")
    if province and province != "Unknown":
        ok = where is not None and province_key(where.admin1) == province_key(province)
        tally.add("province", ok)
        if not ok:
            examples.miss("province", item, text, province, where and where.admin1)
    city = gold.get("city", "")
    if city and city != "Unknown":
        by_gazetteer, named = city_named(place, city, gold.get("country_txt", ""))
        tally.add("city", named)
        tally.add("city (gazetteer name)", by_gazetteer)
        if not named:
            examples.miss("city", item, text, city, place and f"{place.span.text} → {where and where.name}")


def _score_perpetrator(
    gold: dict[str, str], event: Any, item: str, text: str, tally: Tally, examples: base.Examples
) -> None:
    group = gold.get("gname", "")
    if not group or group == "Unknown":
        return
    names = base.actor_names(event, "actor1")
    ok = any(names_match(n, group) for n in names)
    tally.add("perpetrator group", ok)
    if not ok:
        examples.miss("perpetrator group", item, text, group, names[:1])


def _notes() -> list[str]:
    return [
        "Each summary is one article, published on the incident date of its MM/DD/YYYY prefix (prefix removed "
        "from the text). Only rows with a summary are scored.",
        "Prediction = the most prominent event. killed = its assessed fatality figure (ACLED lowest credible; 0 "
        "when none) vs nkill (rows with nkill unknown are not scored); wounded = the event's carried wounded figure (Event.injured, 0 when none), summed as the fatality policy sums the dead "
        "(fatalities.event_harm: sides add, a side told again keeps its largest count, a toll said to cover several "
        "attacks is shared over them as the dead are) vs nwound; country = the site's country vs country_txt; province = the site's admin1 vs provstate "
        f"(letters only, spellings aligned: {PROVINCE_ALIASES}; 'Unknown' not scored). city = the site names GTD's "
        "city (metrics.place_names_match: normalised, similarity ≥ 0.85 for transliterations; 'Unknown' not "
        "scored; GTD's 'X district' compared as 'X', the gazetteer's name of the district town): by the "
        "gazetteer name of its location, or by its words as written when the site lies in GTD's country — GTD's "
        "city is often a village no gazetteer holds, which the pipeline keeps by name and places in the province "
        "the text names; 'city (gazetteer name)' counts the gazetteer name only. perpetrator group = actor1's normalised name, family or "
        "words vs gname ('Unknown' not scored), by metrics.names_match (equal after normalising, or the "
        "shorter contained in the longer and not only generic words).",
        "Attack type mapping (GTD attacktype1_txt → accepted ACLED sub-event types): "
        + "; ".join(f"{k} → {' | '.join(v)}" for k, v in ATTACK_TYPES.items())
        + "; Bombing/Explosion with suicide=1 → Suicide bomb only; Unknown is not scored.",
        "Split: evaluation.split.part_of('gtd', eventid).",
        PUBLISHED,
    ]

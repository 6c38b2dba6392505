"""FA-KES: 804 real full articles about the Syrian war (2011-2018) from 15 outlets (CC BY 4.0; Abu Salem
et al., ICWSM 2019), each labelled with the governorate it reports on. Scored here: where the main
event happened — the real-article form of issue 3's check (country and admin1 of the main event).

Gold: ``FA-KES-Dataset.csv`` (unit_id, article_title, article_content, source, date, location, labels).
An article is its title and content, published on ``date`` (M/D/YYYY). A unit_id that appears on several
rows is one article labelled with several governorates (the rows differ only in ``location``): it is
scored once, and any of its governorates is right. The credible/fake label is not used.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections import Counter
from pathlib import Path
from typing import Any

from eventwire.evaluation import base
from eventwire.evaluation.metrics import Tally, normalise_name
from eventwire.evaluation.report import Report, Table

NAME = "fakes"
DEFAULT = "fa-kes"
GOLD_FILE = "FA-KES-Dataset.csv"
COUNTRY = "Syria"
# FA-KES governorate labels → the admin1 names that are right for them (GeoNames' and common spellings,
# compared by ``admin1_key``). The labels have no Rif Dimashq (Rural Damascus): the Ghouta, Douma or
# Qalamoun articles of the dev part are labelled "damascus", so "damascus" accepts the city's governorate and the one
# around it. Every other label is one governorate.
GOVERNORATES: dict[str, tuple[str, ...]] = {
    "aleppo": ("Aleppo", "Halab"),
    "damascus": ("Damascus", "Dimashq", "Rural Damascus", "Rif Dimashq", "Damascus Countryside"),
    "idlib": ("Idlib", "Idleb"),
    "deir ezzor": ("Deir ez-Zor", "Deir-ez-Zor", "Dayr az Zawr"),
    "raqqa": ("Ar-Raqqa", "Raqqa", "Ar Raqqah"),
    "homs": ("Homs", "Hims"),
    "hasakeh": ("Al-Hasakeh", "Al Hasakah", "Hasakah"),
    "hama": ("Hama", "Hamah"),
    "daraa": ("Dar'a", "Daraa", "Deraa"),
    "lattakia": ("Lattakia", "Latakia", "Al Ladhiqiyah"),
    "quneitra": ("Quneitra", "Al Qunaytirah"),
    "tartous": ("Tartous", "Tartus"),
}
PUBLISHED = (
    "no published geocoding figures for FA-KES; issue 3's hidden check: country, admin1 and coordinates "
    "(≤ 50 km) of the main events of real articles"
)


def admin1_key(name: str | None) -> str:
    return normalise_name(name).replace(" ", "")


ACCEPTED = {label: {admin1_key(n) for n in names} for label, names in GOVERNORATES.items()}


def read_gold(path: Path) -> list[dict[str, Any]]:
    """One row per unit_id: ``id``, ``text`` (title, blank line, content), ``published``, ``governorates``
    (every label given to the unit, in file order), ``source``."""
    units: dict[str, dict[str, Any]] = {}
    with path.open(encoding="utf-8", errors="replace", newline="") as fh:
        reader = base.columns(csv.DictReader(fh), "unit_id", "article_title", "article_content", "date", "location")
        for row in reader:
            label = " ".join(row["location"].lower().split())
            unit = units.get(row["unit_id"])
            if unit is not None:
                if label and label not in unit["governorates"]:
                    unit["governorates"].append(label)
                continue
            title, content = row["article_title"].strip(), row["article_content"].strip()
            if not content:
                continue
            units[row["unit_id"]] = {
                "id": row["unit_id"],
                "text": f"{title}\n\n{content}" if title else content,
                "published": published_on(row["date"]),
                "governorates": [label] if label else [],
                "source": row.get("source", ""),
            }
    return list(units.values())


def published_on(value: str) -> dt.date | None:
    """``4/5/2017`` → 2017-04-05 (month first, as the file writes it); None when unreadable."""
    match = re.fullmatch(r"\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*", value or "")
    if not match:
        return None
    month, day, year = (int(g) for g in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def right_admin1(admin1: str | None, governorates: list[str]) -> bool:
    """Whether ``admin1`` is one of the governorates labelled (an unknown label accepts its own spelling)."""
    key = admin1_key(admin1)
    return bool(key) and any(key in ACCEPTED.get(g, {admin1_key(g)}) for g in governorates)


def evaluate(data: Path | None = None, limit: int | None = None, split: str = "test", **options: Any) -> Report:
    clock = base.Clock()
    base.check_split(split)
    path = base.gold_path(NAME, data, DEFAULT, GOLD_FILE)
    rows = base.rows_of(NAME, path, read_gold, split, limit)
    tally, examples, by_label = Tally(), base.Examples(), Counter()
    for row, result in zip(rows, base.extract(base.articles(rows, "fakes"), **options), strict=True):
        _score(row, result, tally, examples, by_label)
    tables = [tally.table("FA-KES articles: the main event's place"), _label_table(by_label)]
    return base.report(
        NAME, path, split, rows, clock, metrics=tally.metrics(), tables=tables, notes=_notes(), examples=examples.kept
    )


def _score(row: dict[str, Any], result: Any, tally: Tally, examples: base.Examples, by_label: Counter) -> None:
    event, labels, text, item = base.main_event(result), row["governorates"], row["text"], row["id"]
    where = base.site(event)
    tally.add("has event", event is not None)
    tally.add("has site", where is not None)
    tally.add("country", where is not None and normalise_name(where.country) == normalise_name(COUNTRY))
    if not labels:
        return
    ok = where is not None and right_admin1(where.admin1, labels)
    tally.add("admin1", ok)
    key = "+".join(labels)
    by_label[(key, "items")] += 1
    by_label[(key, "right")] += ok
    by_label[(key, (where.admin1 or where.name) if where is not None else "no site")] += 1
    if not ok:
        predicted = None if where is None else f"{where.name}, {where.admin1}, {where.country}"
        examples.miss("admin1", item, text, labels, predicted, event=base.describe(event))


def _label_table(counts: Counter) -> Table:
    """Per gold governorate: items, right, and the three admin1 most predicted for it."""
    rows: list[list[str | int | float | None]] = []
    for label in sorted({k for k, _ in counts}, key=lambda k: -counts[(k, "items")]):
        answers = Counter({p: n for (k, p), n in counts.items() if k == label and p not in ("items", "right")})
        rows.append(
            [
                label,
                counts[(label, "items")],
                counts[(label, "right")],
                ", ".join(f"{p} {n}" for p, n in answers.most_common(3)),
            ]
        )
    return Table(
        title="admin1 by gold governorate", columns=["governorate", "items", "right", "most predicted"], rows=rows
    )


def _notes() -> list[str]:
    return [
        "Each article = its title, a blank line and its content, published on the row's date (M/D/YYYY). "
        "A unit_id on several rows is one article labelled with several governorates: scored once, any of "
        "them is right (12 ids, 804 rows → 792 articles).",
        "Prediction = the most prominent event (events[0]); its site = the first resolved site/near place "
        "(evaluation.base.site). has event / has site: share of articles with one. country: the site is in "
        "Syria (every article is about the Syrian war; a site abroad or none counts as wrong). admin1: the "
        "site's admin1 is the labelled governorate; an article without a site counts as wrong.",
        "Governorate labels → accepted admin1 names (compared lower case without punctuation or spaces): "
        + "; ".join(f"{k} → {' | '.join(v)}" for k, v in GOVERNORATES.items())
        + ". FA-KES has no Rif Dimashq label (its Ghouta, Douma and Qalamoun articles are labelled damascus), so "
        "damascus accepts Damascus and Rural Damascus.",
        "The labels are the governorate of the article's subject as the dataset's annotators read it, not "
        "always of the first event told: an article about several governorates has one label, so a site in "
        "another governorate the article also reports on counts as wrong.",
        "Split: evaluation.split.part_of('fakes', unit_id).",
        PUBLISHED,
    ]

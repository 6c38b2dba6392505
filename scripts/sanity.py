"""Development sanity checks on public data in ../shared (read by path; nothing is shipped).

Not the evaluation (that is `eventwire eval`, issue #5): a quick look at how often the first event
of an article gets the right figure, type and country while the rules change.

    .venv/bin/python scripts/sanity.py isaf  [N]   # ISAF press releases: killed exact, country
    .venv/bin/python scripts/sanity.py acled [N]   # ACLED notes (sampled, seed 1): type, sub-type, fatalities, country
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import random
import sys
from collections import Counter
from pathlib import Path

from eventwire.pipeline import Pipeline
from eventwire.records import ArticleInput, Event, Location, Missing

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"


def _site(event: Event | None) -> Location | None:
    for p in event.places if event else ():
        if isinstance(p.location, Location) and p.role.value in ("site", "near"):
            return p.location
    return None


def _killed(event: Event | None) -> int:
    return 0 if event is None or isinstance(event.fatalities, Missing) else event.fatalities.value


def isaf(pipeline: Pipeline, n: int) -> Counter[str]:
    path = SHARED / "isaf-press-releases/data/predibase_isaf_press_releases_ft_test.jsonl"
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines()][:n]
    items = [
        ArticleInput(id=str(i), text=r["prompt"].split("PRESS RELEASE TEXT:", 1)[1].strip()) for i, r in enumerate(rows)
    ]
    score: Counter[str] = Counter()
    for row, x in zip(rows, pipeline.extract_many(items), strict=True):
        gold = json.loads(row["completion"])
        event = x.events[0] if getattr(x, "events", None) else None
        score["articles"] += 1
        score["killed exact"] += _killed(event) == gold["min_killed"]
        site = _site(event)
        score["country Afghanistan"] += bool(site and site.iso3 == "AFG")
    return score


def acled(pipeline: Pipeline, n: int) -> Counter[str]:
    with (SHARED / "acled-rpanlilio-2020-05/acled.csv").open(encoding="utf-8", errors="replace") as fh:
        rows = list(csv.DictReader(fh))
    rows = random.Random(1).sample(rows, n)
    items = [
        ArticleInput(id=str(i), text=r["notes"], published=dt.datetime.strptime(r["event_date"], "%d-%b-%y").date())
        for i, r in enumerate(rows)
    ]
    score: Counter[str] = Counter()
    for row, x in zip(rows, pipeline.extract_many(items), strict=True):
        event = x.events[0] if getattr(x, "events", None) else None
        site = _site(event)
        score["notes"] += 1
        score["event type"] += bool(event and event.type.event_type == row["event_type"])
        score["sub-event type"] += bool(event and event.type.sub_event_type == row["sub_event_type"])
        score["fatalities exact"] += str(_killed(event)) == row["fatalities"]
        score["country"] += bool(site and site.country == row["country"])
    return score


def main() -> int:
    checks = {"isaf": (isaf, 300), "acled": (acled, 400)}
    if len(sys.argv) < 2 or sys.argv[1] not in checks or not SHARED.is_dir():
        print(__doc__, file=sys.stderr)
        return 2
    check, default = checks[sys.argv[1]]
    score = check(Pipeline.load(), int(sys.argv[2]) if len(sys.argv) > 2 else default)
    total = max(score.values())
    for name, value in score.items():
        print(f"{name:22} {value:5d}  {value / total:6.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

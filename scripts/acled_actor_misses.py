"""Every actor1 miss of the ACLED development part, grouped by the kind of gold actor (state forces,
police, crowds, unidentified, named groups), to see which naming rule fails. Development part only:
the test part is for the published figure, not for reading misses.

    .venv/bin/python scripts/acled_actor_misses.py [--limit 800] [--data ../shared/data/acled-aschharwood-2016]
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path

from eventwire.evaluation import acled, base
from eventwire.evaluation.metrics import names_match
from eventwire.evaluation.split import part_of
from eventwire.pipeline import Pipeline
from eventwire.records import ArticleInput

KINDS = ("military forces", "police forces", "government of", "protesters", "rioters", "civilians", "unidentified")


def kind_of(gold: str) -> str:
    return next((k for k in KINDS if gold.lower().startswith(k)), "named group")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="items spread over the dev part, as eval --limit")
    parser.add_argument("--data", type=Path, default=None, help="an ACLED export (default: the 2020 one)")
    args = parser.parse_args()
    path = acled.gold_file(base.data_path(acled.NAME, args.data, acled.DEFAULT))
    rows = base.limited((r for r in acled.read_gold(path) if part_of(acled.NAME, r["id"]) == "dev"), args.limit)
    items = [ArticleInput(id=r["id"], text=r["text"], published=r["published"]) for r in rows]
    misses: dict[str, list[str]] = defaultdict(list)
    totals: Counter[str] = Counter()
    for row, result in zip(rows, base.extract(items, pipeline=Pipeline.load()), strict=True):
        gold = row["row"].get("actor1")
        if not gold:
            continue
        event = base.main_event(result)
        names = base.actor_names(event, "actor1")
        totals[kind_of(gold)] += 1
        if not any(names_match(n, gold) for n in names):
            typed = event.type.sub_event_type if event else "no event"
            misses[kind_of(gold)].append(f"{row['id']} | {gold} | {names[:2]} | {typed}\n    {row['text'][:240]}")
    order = sorted(totals, key=lambda k: -len(misses[k]))
    for kind in order:
        print(f"== {kind}: {len(misses[kind])} misses / {totals[kind]}")
    for kind in order:
        print(f"\n######## {kind}")
        print("\n".join(misses[kind]))


if __name__ == "__main__":
    main()

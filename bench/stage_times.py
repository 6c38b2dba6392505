"""CPU milliseconds an article in the language pass (spaCy and our name matcher) and in the event stages after it.

    python bench/stage_times.py [--corpus bench/out/corpus-1000.jsonl]

Why: `extract_throughput.py` times whole processes; this splits one run in two, so a change to the event stages
can be judged without spaCy's share (the first pass, with the gazetteer's memo cold, as a real run has it).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from eventwire import Pipeline
from eventwire.records import ArticleInput
from eventwire.stages.clean import clean

FIELDS = ("id", "text", "published", "title")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path(__file__).parent / "out" / "corpus-1000.jsonl")
    args = parser.parse_args()
    pipeline = Pipeline.load()
    with args.corpus.open(encoding="utf-8") as fh:
        articles = [ArticleInput(**{k: v for k, v in json.loads(line).items() if k in FIELDS}) for line in fh]
    cleaned = [clean(a) for a in articles]
    start = time.process_time()
    analyses = list(pipeline._language.analyse_many(cleaned))
    middle = time.process_time()
    for analysis in analyses:
        pipeline._events(analysis)
    end = time.process_time()
    n = len(articles)
    print(
        f"{n} articles: language {1000 * (middle - start) / n:.2f} ms/article, events {1000 * (end - middle) / n:.2f}"
    )


if __name__ == "__main__":
    main()

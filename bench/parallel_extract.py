"""All cores: one pipeline per worker process over interleaved slices of the corpus (bench only;
the product's multi-process ingest is eventwire.batch).

    python bench/parallel_extract.py bench/out/corpus-1000.jsonl [--workers N]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys

from eventwire.ingest import read_inputs
from eventwire.pipeline import Pipeline
from eventwire.records import Extraction

_pipeline: Pipeline | None = None


def _load() -> None:
    global _pipeline
    _pipeline = Pipeline.load()


def _extract(job: tuple[str, int, int]) -> int:
    path, worker, workers = job
    assert _pipeline is not None
    items = (item for n, item in enumerate(read_inputs([path])) if n % workers == worker)
    return sum(isinstance(r, Extraction) for r in _pipeline.extract_many(items))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    pool = multiprocessing.get_context("spawn").Pool(args.workers, initializer=_load)
    done = sum(pool.map(_extract, [(args.corpus, w, args.workers) for w in range(args.workers)]))
    pool.close()
    pool.join()  # workers end on their own, so their CPU time is reaped into ours
    print(f"{done} articles extracted by {args.workers} workers", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

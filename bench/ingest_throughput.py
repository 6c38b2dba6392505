"""Ingest throughput: ``eventwire ingest`` end to end into SQLite and PostgreSQL, on 1 and on all cores.

    python bench/make_ingest_corpus.py --articles 10000
    python bench/ingest_throughput.py bench/out/ingest-10000.jsonl [--workers 1 2] [--backends sqlite postgresql]

Each run is a fresh ``eventwire ingest --quiet`` process into an empty database (start-up,
model loading and the final commit included). Reported per run: articles stored, wall seconds,
articles/s overall and per worker, articles/s once the first article is stored (start-up left
out), and peak resident memory summed over the parent and its workers (sampled every 0.2 s from
/proc). PostgreSQL is a throw-away server started like the tests do (tests/postgres.py), unless
``--postgres URL`` names one.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVENTWIRE = Path(sys.executable).with_name("eventwire")


def tree_rss_kib(pid: int) -> int:
    """Resident memory of a process and all its descendants, in KiB (Linux /proc)."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:")))
            for task in Path(f"/proc/{current}/task").iterdir():
                todo += [int(child) for child in (task / "children").read_text().split()]
        except (OSError, StopIteration):
            continue
    return total


def stored(db: str) -> int:
    """Articles committed so far (cheap enough to poll; SQLite readers never block the writer)."""
    try:
        if db.startswith("postgresql://"):
            import psycopg

            with psycopg.connect(db, connect_timeout=2) as connection:
                return int(connection.execute("SELECT count(*) FROM articles").fetchone()[0])
        with sqlite3.connect(db, timeout=1) as connection:
            return int(connection.execute("SELECT count(*) FROM articles").fetchone()[0])
    except Exception:  # noqa: BLE001 - the schema is not there yet
        return 0


def run(corpus: Path, db: str, workers: int) -> dict[str, object]:
    command = [str(EVENTWIRE), "ingest", str(corpus), "--db", db, "--workers", str(workers), "--quiet"]
    start = time.perf_counter()
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    peak, first_at, first_count, last_poll = 0, None, 0, 0.0
    while process.poll() is None:
        peak = max(peak, tree_rss_kib(process.pid))
        now = time.perf_counter()
        if first_at is None and now - last_poll > 1.0:
            last_poll = now
            if stored(db) > 0:
                first_at, first_count = now, stored(db)
        time.sleep(0.2)
    wall = time.perf_counter() - start
    summary = process.stderr.read().strip().splitlines()[-1] if process.stderr else ""
    ok = stored(db)
    steady = (ok - first_count) / (time.perf_counter() - first_at) if first_at and ok > first_count else None
    return {
        "backend": db.split(":", 1)[0] if "://" in db else "sqlite",
        "workers": workers,
        "articles": ok,
        "summary": summary,
        "wall_s": round(wall, 1),
        "articles_per_s": round(ok / wall, 1),
        "articles_per_s_per_worker": round(ok / wall / workers, 1),
        "steady_articles_per_s": round(steady, 1) if steady else None,
        "peak_rss_mib": round(peak / 1024),
    }


def postgres_url(given: str | None) -> str:
    if given:
        return given
    sys.path.insert(0, str(ROOT / "tests"))
    import postgres  # the tests' throw-away server: initdb + pg_ctl on 127.0.0.1

    return postgres.server().url()


def fresh_postgres_db(base: str, name: str) -> str:
    import psycopg

    with psycopg.connect(base, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')
    return base.rsplit("/", 1)[0] + f"/{name}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, len(os.sched_getaffinity(0))])
    parser.add_argument("--backends", nargs="+", default=["sqlite", "postgresql"], choices=["sqlite", "postgresql"])
    parser.add_argument("--postgres", help="postgresql://… of a server to use instead of a throw-away one")
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory(prefix="eventwire-bench-") as scratch:
        for backend in args.backends:
            base = postgres_url(args.postgres) if backend == "postgresql" else None
            for workers in sorted(set(args.workers)):
                name = f"bench_{workers}"
                db = fresh_postgres_db(base, name) if base else str(Path(scratch) / f"{name}.db")
                result = run(args.corpus, db, workers)
                print(json.dumps(result), flush=True)
                results.append(result)
    print("\n| backend | workers | articles | wall s | articles/s | per worker | steady articles/s | peak RSS MiB |")
    print("|---|---|---|---|---|---|---|---|")
    for r in results:
        print(
            f"| {r['backend']} | {r['workers']} | {r['articles']} | {r['wall_s']} | {r['articles_per_s']} "
            f"| {r['articles_per_s_per_worker']} | {r['steady_articles_per_s']} | {r['peak_rss_mib']} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

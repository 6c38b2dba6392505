"""kill -9 in the middle of ``eventwire ingest``, then run it again: every article exactly once, none partial.

The killed run is a real ``eventwire ingest`` process with worker processes; the whole process
group is killed, as when a laptop's session is. The result must equal an uninterrupted run into
another database: same articles (content hashes), same events, claims and evidence counts.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from eventwire.batch import ingest
from eventwire.store import Store
from test_batch import write_corpus

ARTICLES = 160
EVENTWIRE = Path(sys.executable).with_name("eventwire")


def _articles_stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=5) as connection:
            return int(connection.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:  # the schema is not there yet
        return 0


def _counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as connection:
        return {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("articles", "events", "claims", "actors", "places", "evidence", "stories")
        }


def _kill_mid_run(corpus: Path, db: Path) -> int:
    command = [str(EVENTWIRE), "ingest", str(corpus), "--db", str(db), "--workers", "2", "--quiet"]
    process = subprocess.Popen(command, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 240
    try:
        while (stored := _articles_stored(db)) < 10:
            if process.poll() is not None:
                raise AssertionError(f"ingest ended before it could be killed: {process.stderr.read().decode()}")
            if time.monotonic() > deadline:
                raise AssertionError("ingest stored nothing in 4 minutes")
            time.sleep(0.02)
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        process.stderr.close()
    return stored


def test_batch_killed_ingest_resumes_to_the_same_result(pipeline, tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", range(ARTICLES))
    killed, reference = tmp_path / "killed.db", tmp_path / "reference.db"

    stored_when_killed = _kill_mid_run(corpus, killed)
    assert stored_when_killed < ARTICLES, "the run finished before it was killed: make the corpus larger"
    partial = _counts(killed)
    assert partial["articles"] >= stored_when_killed
    with sqlite3.connect(killed) as connection:
        torn = "SELECT count(*) FROM articles a WHERE n_events != (SELECT count(*) FROM events e WHERE e.article_id = a.id)"
        assert connection.execute(torn).fetchone()[0] == 0

    resumed = subprocess.run(
        [str(EVENTWIRE), "ingest", str(corpus), "--db", str(killed), "--workers", "1", "--quiet"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert resumed.returncode == 0, resumed.stderr
    assert f"{ARTICLES - partial['articles']} stored, {partial['articles']} skipped" in resumed.stderr

    ingest([str(corpus)], db=str(reference), workers=1, pipeline=pipeline)
    assert _counts(killed) == _counts(reference)
    with Store.open(str(killed)) as a, Store.open(str(reference)) as b:
        assert a.content_hashes() == b.content_hashes()
        assert len(a.content_hashes()) == ARTICLES
        assert [r.status for r in a.runs()] == ["running", "finished"]  # the killed run never finished


def test_batch_ctrl_c_stops_between_articles_and_keeps_them(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", range(ARTICLES))
    db = tmp_path / "store.db"
    command = [str(EVENTWIRE), "ingest", str(corpus), "--db", str(db), "--workers", "2", "--quiet"]
    process = subprocess.Popen(command, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 240
    while _articles_stored(db) < 10 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    os.killpg(process.pid, signal.SIGINT)  # what Ctrl-C in a terminal sends: to every process of the group
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr.decode()
    assert "interrupted: run the same command again to resume" in stderr.decode()
    with Store.open(str(db)) as store:
        [run] = store.runs()
        assert run.status == "interrupted" and 0 < run.ok == store.stats().articles < ARTICLES

"""Batch ingest in this process, on real SQLite files: stored, skipped, quarantined, resumed.

``generated_article`` also feeds the store, CLI and crash tests: short reports we wrote,
varied by a serial number so every text (and so every content hash) differs.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.batch import count_inputs, ingest
from eventwire.store import Store

TOWNS = [("Mosul", "Iraq"), ("Kismayo", "Somalia"), ("Maiduguri", "Nigeria"), ("Kharkiv", "Ukraine"), ("Gao", "Mali")]
ACTORS = ["Islamic State", "Al-Shabaab", "Boko Haram", "Russian forces", "government troops", "JNIM"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TEMPLATES = [
    "{actor} fighters stormed an army post outside {town} on {weekday}, killing {n} soldiers, a military spokesman said.",
    "An air strike hit a fuel depot in {town} on {weekday} night and killed {n} people, a local health official "
    "told reporters.",
    "Gunmen abducted {n} farmers near {town} on {weekday}, residents said, blaming {actor}.",
    "A roadside bomb exploded beside a police patrol in {town} on {weekday}, wounding {n} officers, according to "
    "the provincial governor.",
    "The town council of {town} met on {weekday} to agree next year's budget for schools and roads.",
]


def generated_article(i: int) -> dict[str, str]:
    """Article ``i`` of an endless, varied corpus (every fifth one reports no violent event)."""
    town, country = TOWNS[i % len(TOWNS)]
    body = TEMPLATES[i % len(TEMPLATES)].format(
        actor=ACTORS[(i // 2) % len(ACTORS)], town=town, weekday=WEEKDAYS[i % 7], n=2 + i % 17
    )
    title = f"Report {i} from {town}, {country}"
    published = f"2024-{1 + i % 12:02d}-{10 + i % 18:02d}"
    return {"id": f"gen-{i:04d}", "text": f"{title}\n\n{body}\n\nThis is report number {i}.", "published": published}


def write_corpus(path: Path, articles: range, *, extra_lines: tuple[str, ...] = ()) -> Path:
    lines = [json.dumps(generated_article(i)) for i in articles] + list(extra_lines)
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


@pytest.fixture()
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "inputs"
    (folder / "nested").mkdir(parents=True)
    write_corpus(folder / "batch.jsonl", range(6), extra_lines=("{not json",))
    (folder / "nested" / "one.txt").write_text(generated_article(6)["text"], "utf-8")
    (folder / "nested" / "empty.txt").write_text("", "utf-8")
    return folder


def test_batch_ingest_stores_articles_and_quarantines_bad_inputs(pipeline, inputs: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "store.db")
    summary = ingest([str(inputs)], db=db, workers=1, pipeline=pipeline)
    assert (summary.ok, summary.skipped, summary.quarantined) == (7, 0, 2)
    with Store.open(db) as store:
        stats = store.stats()
        assert (stats.articles, stats.events, stats.quarantined) == (7, summary.events, 2)
        reasons = {e.input: (e.stage, e.reason) for e in store.quarantined()}
    assert reasons[f"{inputs / 'batch.jsonl'}:7"][1].startswith("malformed JSON")
    assert "empty" in reasons[str(inputs / "nested" / "empty.txt")][1]


def test_batch_reingest_is_a_no_op_and_does_not_duplicate_quarantine(pipeline, inputs: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "store.db")
    first = ingest([str(inputs)], db=db, workers=1, pipeline=pipeline)
    again = ingest([str(inputs)], db=db, workers=1, pipeline=pipeline)
    assert (again.ok, again.skipped, again.quarantined, again.events) == (0, 7, 2, 0)
    with Store.open(db) as store:
        assert store.stats().events == first.events
        assert [e.count for e in store.quarantined()] == [2, 2]
        assert [(r.status, r.ok, r.skipped) for r in store.runs()] == [("finished", 7, 0), ("finished", 0, 7)]


def test_batch_fixed_input_leaves_the_quarantine(pipeline, tmp_path: Path) -> None:
    late = tmp_path / "late.txt"
    late.write_text("   \n", "utf-8")
    db = str(tmp_path / "store.db")
    ingest([str(late)], db=db, workers=1, pipeline=pipeline)
    late.write_text(generated_article(11)["text"], "utf-8")
    summary = ingest([str(late)], db=db, workers=1, pipeline=pipeline)
    assert summary.ok == 1
    with Store.open(db) as store:
        assert store.quarantined() == []


def test_batch_the_same_text_twice_in_one_run_is_stored_once(pipeline, tmp_path: Path) -> None:
    twin = {**generated_article(3), "id": "copy-of-3"}
    corpus = write_corpus(tmp_path / "c.jsonl", range(3, 4), extra_lines=(json.dumps(twin),))
    summary = ingest([str(corpus)], db=str(tmp_path / "s.db"), workers=1, pipeline=pipeline)
    assert (summary.ok, summary.skipped) == (1, 1)


def test_batch_reports_progress_up_to_the_counted_total(pipeline, inputs: Path, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    ingest(
        [str(inputs)],
        db=str(tmp_path / "s.db"),
        workers=1,
        pipeline=pipeline,
        on_progress=lambda s: seen.append((s.done, s.events)),
    )
    assert [done for done, _ in seen] == list(range(1, 10))
    assert count_inputs([str(inputs)]) == 9  # 7 JSONL lines (one bad) and 2 text files
    assert seen[-1][1] > 0


def test_batch_nothing_readable_reads_zero(pipeline, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", "utf-8")
    summary = ingest([str(tmp_path / "empty.txt")], db=str(tmp_path / "s.db"), workers=1, pipeline=pipeline)
    assert summary.read == 0 and summary.quarantined == 1


def test_batch_postgresql_holds_what_sqlite_holds(pipeline, inputs: Path, tmp_path: Path) -> None:
    from postgres import postgres_url

    url = postgres_url()
    on_sqlite = ingest([str(inputs)], db=str(tmp_path / "s.db"), workers=1, pipeline=pipeline)
    on_postgres = ingest([str(inputs)], db=url, workers=1, pipeline=pipeline)
    assert (on_postgres.ok, on_postgres.quarantined, on_postgres.events) == (7, 2, on_sqlite.events)
    assert ingest([str(inputs)], db=url, workers=1, pipeline=pipeline).skipped == 7
    with Store.open(url) as pg, Store.open(str(tmp_path / "s.db")) as lite:
        assert pg.content_hashes() == lite.content_hashes()
        assert pg.stats().model_dump(exclude={"runs"}) == lite.stats().model_dump(exclude={"runs"})


@pytest.mark.issue(4)
@pytest.mark.parametrize("workers", [1, 2])
def test_batch_ctrl_c_stops_after_the_article_being_written(pipeline, tmp_path: Path, workers: int) -> None:
    """Ctrl-C while the third article is stored: the run ends with three, not at the end of its chunk of 8."""
    import os
    import signal

    corpus = write_corpus(tmp_path / "c.jsonl", range(16))  # two chunks of 8
    db = str(tmp_path / "s.db")

    def press_ctrl_c(summary) -> None:
        if summary.ok == 3 and not summary.interrupted:
            summary.interrupted = True  # once: a second Ctrl-C would stop at once
            os.kill(os.getpid(), signal.SIGINT)

    summary = ingest([str(corpus)], db=db, workers=workers, pipeline=pipeline, on_progress=press_ctrl_c)
    assert summary.interrupted and (summary.ok, summary.skipped, summary.quarantined) == (3, 0, 0)
    with Store.open(db) as store:
        [run] = store.runs()
        assert (run.status, run.ok, store.stats().articles) == ("interrupted", 3, 3)
    resumed = ingest([str(corpus)], db=db, workers=1, pipeline=pipeline)
    assert (resumed.ok, resumed.skipped) == (13, 3)

"""Batch ingest: inputs in, articles and their events stored; the library call behind ``eventwire ingest``.

    read_inputs ─chunks→ workers (clean → skip stored hashes → extract) ─JSON→ parent ─one transaction per article→ store

Workers are spawned processes that each load the pipeline once; they only read the store (to
skip texts already stored before paying for the language pass). The parent is the only writer,
and commits each article with everything extracted from it in one transaction, so a run killed
at any moment leaves whole articles only, and the next run skips them by content hash. At most
``2 × workers`` chunks are in flight, so memory stays flat however many inputs there are. With
one worker everything runs in this process.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import signal
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from itertools import islice
from multiprocessing import get_context
from pathlib import Path
from typing import TextIO

from eventwire.errors import IngestError
from eventwire.ingest import read_inputs, walk
from eventwire.ingest.kinds import suffix_of
from eventwire.pipeline import Pipeline
from eventwire.records import ArticleInput, Extraction, Quarantined
from eventwire.stages.clean import clean
from eventwire.store import Store

log = logging.getLogger(__name__)

# Articles per task sent to a worker: enough for spaCy's batching to pay off, few enough that
# progress moves smoothly and an interrupted run loses little finished-but-unwritten work.
CHUNK = 8
# Chunks in flight per worker: one being extracted, one queued, so no worker waits for input.
IN_FLIGHT_PER_WORKER = 2


Result = tuple[str, str]  # ("ok", Extraction JSON) | ("skipped", "") | ("quarantined", Quarantined JSON)


@dataclass
class Summary:
    """What a run did. ``ok`` articles were stored, ``skipped`` were stored before."""

    ok: int = 0
    skipped: int = 0
    quarantined: int = 0
    events: int = 0
    passed_over: Counter[str] = field(default_factory=Counter)
    """Inputs that are not articles, by kind ("WARC request record", "file of another kind"): counted, not quarantined."""
    interrupted: bool = False
    run_id: int | None = None
    started: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))

    @property
    def done(self) -> int:
        return self.ok + self.skipped + self.quarantined

    @property
    def read(self) -> int:
        """Articles read (stored now or before); zero means nothing could be read."""
        return self.ok + self.skipped


Progress = Callable[[Summary], None]


def default_workers() -> int:
    """Cores this process may run on (respects CPU affinity and container limits)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def count_inputs(paths: Sequence[str]) -> int | None:
    """How many articles the inputs hold, when that is cheap to know; None for streams and archives."""
    total = 0
    for name in paths:
        if name == "-":
            return None
        path = Path(name)
        for file in walk(path) if path.is_dir() else [path]:
            n = _articles_in(file)
            if n is None:
                return None
            total += n
    return total


def _articles_in(file: Path) -> int | None:
    suffix = suffix_of(file)
    if suffix == ".jsonl":
        try:
            with file.open("rb") as handle:
                return sum(1 for line in handle if line.strip())
        except OSError:
            return 1
    if suffix.removesuffix(".gz") in (".txt", ".html", ".htm"):
        return 1
    return None  # a container whose count needs parsing (feeds, archives), or a file that will be quarantined


def ingest(
    paths: Sequence[str],
    *,
    db: str | None = None,
    workers: int | None = None,
    published: dt.date | None = None,
    stdin: TextIO | None = None,
    on_progress: Progress | None = None,
    pipeline: Pipeline | None = None,
) -> Summary:
    """Read, extract and store every input; returns what was done.

    Ctrl-C (SIGINT) stops the run after the article being written, keeping every article committed
    (``Summary.interrupted``); a second Ctrl-C interrupts at once. Raises ``StoreError`` when
    the database cannot be opened. ``pipeline`` (a loaded one) is used when running in this
    process (``workers=1``).
    """
    workers = workers or default_workers()
    store = Store.open(db)
    summary = Summary()
    arguments = {"paths": list(paths), "published": published, "workers": workers}
    summary.run_id = store.start_run(arguments, workers=workers)
    status = "failed"
    try:
        with _StopOnInterrupt() as stop:
            items = read_inputs(paths, published=published, stdin=stdin, skipped=summary.passed_over)
            writer = _Writer(store, summary, on_progress)
            if workers == 1:
                _run_here(items, writer, pipeline, store, stop)
            else:
                _run_pool(items, writer, workers, db, stop)
        summary.interrupted = stop.requested
        status = "finished"
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        _finish(store, summary, "interrupted" if summary.interrupted else status)
    return summary


def _finish(store: Store, summary: Summary, status: str) -> None:
    counts = {"ok": summary.ok, "skipped": summary.skipped, "quarantined": summary.quarantined}
    try:
        store.finish_run(summary.run_id or 0, status=status, events=summary.events, **counts)
    except Exception:  # noqa: BLE001 - the articles are committed; a run row left "running" only loses its counts
        log.warning("could not record the end of run %s in %s", summary.run_id, store.url, exc_info=True)
    finally:
        store.close()


class _StopOnInterrupt:
    """The first Ctrl-C asks the run to stop after the article being written, so no transaction is cut short."""

    def __init__(self) -> None:
        self.requested = False
        self._previous: object = None

    def __enter__(self) -> _StopOnInterrupt:
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, self._handle)
        return self

    def __exit__(self, *_: object) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)  # type: ignore[arg-type]

    def _handle(self, _signum: int, _frame: object) -> None:
        self.requested = True
        signal.signal(signal.SIGINT, signal.default_int_handler)  # a second Ctrl-C stops at once


class _Writer:
    """The parent's side: stores each result as it arrives and reports progress."""

    def __init__(self, store: Store, summary: Summary, on_progress: Progress | None) -> None:
        self._store = store
        self._summary = summary
        self._on_progress = on_progress

    def extraction(self, extraction: Extraction) -> None:
        if self._store.save(extraction, run_id=self._summary.run_id):
            self._summary.ok += 1
            self._summary.events += len(extraction.events)
        else:
            self._summary.skipped += 1
        self._report()

    def quarantined(self, item: Quarantined) -> None:
        self._store.quarantine(item, run_id=self._summary.run_id)
        self._summary.quarantined += 1
        self._report()

    def skipped(self) -> None:
        self._summary.skipped += 1
        self._report()

    def result(self, result: Result) -> None:
        kind, payload = result
        if kind == "ok":
            self.extraction(Extraction.model_validate_json(payload))
        elif kind == "quarantined":
            self.quarantined(Quarantined.model_validate_json(payload))
        else:
            self.skipped()

    def _report(self) -> None:
        if self._on_progress is not None:
            self._on_progress(self._summary)


def _run_here(
    items: Iterable[ArticleInput | Quarantined],
    writer: _Writer,
    pipeline: Pipeline | None,
    store: Store,
    stop: _StopOnInterrupt,
) -> None:
    for chunk in _chunks(items, writer):
        if stop.requested:
            return
        pipeline = pipeline or Pipeline.load()  # not before the first article: a run of bad inputs needs none
        for kind, value in _extract_chunk(chunk, pipeline, store):
            if stop.requested:  # after the article being written; the rest of the chunk is redone next run
                return
            if kind == "ok":
                writer.extraction(value)  # type: ignore[arg-type]
            elif kind == "quarantined":
                writer.quarantined(value)  # type: ignore[arg-type]
            else:
                writer.skipped()


def _run_pool(
    items: Iterable[ArticleInput | Quarantined], writer: _Writer, workers: int, db: str | None, stop: _StopOnInterrupt
) -> None:
    context = get_context("spawn")  # fork would copy the parent's threads and open connections
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker, initargs=(db,))
    pending: set[Future[list[Result]]] = set()
    try:
        for chunk in _chunks(items, writer):
            if stop.requested:
                break
            pending.add(pool.submit(_work, [item.model_dump_json() for item in chunk]))
            while len(pending) >= workers * IN_FLIGHT_PER_WORKER and not stop.requested:
                pending = _collect(pending, writer, stop)
        while pending and not stop.requested:
            pending = _collect(pending, writer, stop)
    finally:
        if pending:  # stopped early: what is still being extracted is redone by the next run
            workers_now = list((pool._processes or {}).values())  # this pool's own, never the caller's other children
            pool.shutdown(wait=False, cancel_futures=True)
            for child in workers_now:
                child.terminate()
        pool.shutdown()


def _collect(pending: set[Future[list[Result]]], writer: _Writer, stop: _StopOnInterrupt) -> set[Future[list[Result]]]:
    """Store the results of finished chunks; wakes up regularly so Ctrl-C is noticed, and stops
    after the article being written when it is (what is not written is redone by the next run)."""
    done, still = wait(pending, timeout=0.5, return_when=FIRST_COMPLETED)
    for future in done:
        try:
            results = future.result()
        except Exception as exc:  # noqa: BLE001 - a dead worker or a broken store read; the message says what
            raise IngestError(
                f"a worker stopped ({type(exc).__name__}: {exc or 'it was killed, perhaps out of memory'}); "
                "articles already stored are kept: run the same command again to resume"
            ) from exc
        for result in results:
            if stop.requested:
                return still
            writer.result(result)
    return still


def _chunks(items: Iterable[ArticleInput | Quarantined], writer: _Writer) -> Iterator[list[ArticleInput]]:
    """Articles in chunks; inputs that could not be read go straight to the quarantine."""
    articles = _articles(items, writer)
    while chunk := list(islice(articles, CHUNK)):
        yield chunk


def _articles(items: Iterable[ArticleInput | Quarantined], writer: _Writer) -> Iterator[ArticleInput]:
    for item in items:
        if isinstance(item, Quarantined):
            writer.quarantined(item)
        else:
            yield item


def _extract_chunk(
    chunk: list[ArticleInput], pipeline: Pipeline, store: Store
) -> Iterator[tuple[str, Extraction | Quarantined | None]]:
    """Skip texts the store holds (by the clean text's hash), extract the rest."""
    hashes: dict[int, str] = {}
    for n, item in enumerate(chunk):
        try:
            hashes[n] = clean(item).content_hash
        except Exception:  # noqa: BLE001 - the pipeline meets the same error below and quarantines it with its reason
            continue
    stored = store.stored(hashes.values())
    todo = [item for n, item in enumerate(chunk) if hashes.get(n) not in stored]
    for _ in range(len(chunk) - len(todo)):
        yield "skipped", None
    for result in pipeline.extract_many(todo, batch_size=CHUNK):
        yield ("ok" if isinstance(result, Extraction) else "quarantined"), result


_worker: tuple[Pipeline, Store] | None = None


def _start_worker(db: str | None) -> None:
    """Runs once in each worker process: Ctrl-C is the parent's to handle; load everything once."""
    global _worker
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker = (Pipeline.load(), Store.open(db, migrate=False))


def _work(chunk: list[str]) -> list[Result]:
    if _worker is None:  # pragma: no cover - the pool always runs the initializer first
        raise RuntimeError("worker used before _start_worker ran")
    pipeline, store = _worker
    items = [ArticleInput.model_validate_json(line) for line in chunk]
    return [(kind, _payload(value)) for kind, value in _extract_chunk(items, pipeline, store)]


def _payload(value: Extraction | Quarantined | None) -> str:
    """What crosses back to the parent, as JSON; mentions stay behind, since the store keeps none."""
    if isinstance(value, Extraction):
        value = value.model_copy(update={"mentions": ()})
    return value.model_dump_json() if value is not None else ""

"""A long run leaves the loaded pipeline out of the garbage collector's walks, and hands the collector back."""

from __future__ import annotations

import gc

import pytest

from eventwire.pipeline import YOUNG_COLLECTION, settled_heap
from eventwire.runner import extract_paths


def test_a_run_freezes_the_heap_and_hands_it_back() -> None:
    before = gc.get_threshold()
    assert gc.get_freeze_count() == 0
    with settled_heap():
        assert gc.get_freeze_count() > 0
        assert gc.get_threshold()[0] >= YOUNG_COLLECTION
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_a_heap_the_caller_froze_is_left_as_it_is() -> None:
    before = gc.get_threshold()
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with settled_heap():
            assert gc.get_threshold() == before
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()


def test_extract_paths_settles_the_heap_only_while_it_runs(pipeline, tmp_path) -> None:  # type: ignore[no-untyped-def]
    texts = [
        "Gunmen killed three soldiers near Kunduz on Monday, police said.",
        "Rebels shelled the town of Homs overnight, residents said.",
        "The ministry said the talks would resume next week.",
    ]
    for i, text in enumerate(texts):
        (tmp_path / f"{i}.txt").write_text(text, encoding="utf-8")
    during = [gc.get_freeze_count() > 0 for _ in extract_paths([str(tmp_path)], pipeline=pipeline)]
    assert during == [True, True, True]
    assert gc.get_freeze_count() == 0
    run = extract_paths([str(tmp_path)], pipeline=pipeline)
    next(run)
    run.close()  # a reader that stops early hands the collector back too
    assert gc.get_freeze_count() == 0


def test_loading_holds_back_the_collector_and_puts_it_back(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from eventwire.pipeline import LOADING_COLLECTION, Pipeline

    before = gc.get_threshold()
    seen = []
    monkeypatch.setattr(Pipeline, "_load", classmethod(lambda cls: seen.append(gc.get_threshold()) or "loaded"))
    assert Pipeline.load() == "loaded"
    assert seen[0][0] >= LOADING_COLLECTION
    assert gc.get_threshold() == before

    def failing(cls):  # type: ignore[no-untyped-def]
        raise OSError("model missing")

    monkeypatch.setattr(Pipeline, "_load", classmethod(failing))
    with pytest.raises(OSError, match="model missing"):
        Pipeline.load()
    assert gc.get_threshold() == before

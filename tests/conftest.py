"""Shared fixtures: the loaded pipeline (once per session) and the path to ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_b972df7c5ed4e2b0.txt"


@pytest.fixture(scope="session")
def pipeline():
    from eventwire.pipeline import Pipeline

    return Pipeline.load()


@pytest.fixture(scope="session")
def seed_path() -> Path:
    if not SEED.exists():
        pytest.skip("../shared/seeds is not beside the checkout")
    return SEED

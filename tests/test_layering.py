"""Imports point one way: shells (cli, evaluation) → pipeline/store → stages → lexicon/gazetteer → records."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "eventwire"
# module prefix → prefixes it must not import
FORBIDDEN = {
    "eventwire.records": (
        "eventwire.stages",
        "eventwire.pipeline",
        "eventwire.cli",
        "eventwire.export",
        "eventwire.lexicon",
        "eventwire.gazetteer",
        "eventwire.ingest",
        "eventwire.runner",
        "eventwire.store",
        "eventwire.evaluation",
    ),
    "eventwire.stages": (
        "eventwire.pipeline",
        "eventwire.cli",
        "eventwire.export",
        "eventwire.runner",
        "eventwire.store",
        "eventwire.evaluation",
    ),
    "eventwire.lexicon": ("eventwire.stages", "eventwire.pipeline", "eventwire.cli", "eventwire.records"),
    "eventwire.gazetteer": ("eventwire.stages", "eventwire.pipeline", "eventwire.cli"),
    "eventwire.ingest": ("eventwire.stages", "eventwire.pipeline", "eventwire.cli"),
    "eventwire.export": ("eventwire.stages", "eventwire.pipeline", "eventwire.cli", "eventwire.store"),
    "eventwire.store": ("eventwire.stages", "eventwire.pipeline", "eventwire.cli", "eventwire.evaluation"),
    "eventwire.evaluation": ("eventwire.cli",),
    "eventwire.linking": ("eventwire.pipeline", "eventwire.cli", "eventwire.store", "eventwire.evaluation"),
}


def _modules():
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        yield ".".join(p for p in parts if p != "__init__"), path


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


@pytest.mark.parametrize(("module", "path"), list(_modules()), ids=lambda v: str(v) if isinstance(v, str) else "")
def test_layering_imports_point_downwards(module: str, path: Path) -> None:
    for layer, forbidden in FORBIDDEN.items():
        if module == layer or module.startswith(layer + "."):
            bad = sorted(i for i in _imports(path) if i.startswith(forbidden))
            assert not bad, f"{module} imports {bad}"

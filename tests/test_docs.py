"""README stays true: its commands exist, and every CLI command has help."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from eventwire.cli import app

ROOT = Path(__file__).resolve().parents[1]


def test_docs_readme_commands_are_the_ones_ci_runs() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    makefile = (ROOT / "Makefile").read_text("utf-8")
    assert "make demo" in readme and "make test" in readme
    assert re.search(r"^demo:", makefile, re.M) and re.search(r"^test:", makefile, re.M)
    assert "make test" in (ROOT / ".ci" / "run").read_text("utf-8")


def test_docs_every_command_has_help() -> None:
    for command in ("extract", "demo", "ingest", "events", "stats", "stories", "quarantine", "eval"):
        result = CliRunner().invoke(app, [command, "--help"])
        assert result.exit_code == 0 and len(result.stdout) > 100

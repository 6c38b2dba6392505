"""The public API: complete, sorted, and cheap to import."""

from __future__ import annotations

import subprocess
import sys

import eventwire
import eventwire.records


def test_public_api_all_is_sorted_and_resolves() -> None:
    for module in (eventwire, eventwire.records):
        assert module.__all__ == sorted(module.__all__)
        for name in module.__all__:
            assert getattr(module, name) is not None


def test_public_api_import_loads_nothing_heavy() -> None:
    code = (
        "import sys, eventwire; print(','.join(m for m in ('spacy', 'trafilatura', 'dateparser') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-W", "error", "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""

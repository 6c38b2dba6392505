"""Where the built index lives, and building it when it is missing.

The index is a pure function of installed package data, our data files and the
build code, so it is cached per user ($EVENTWIRE_CACHE, else $XDG_CACHE_HOME/eventwire,
else ~/.cache/eventwire) under a file name holding that fingerprint. A stale index is
never opened: a new fingerprint means a new file, and older files are removed after a
successful build. Nothing is ever downloaded.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

from eventwire.errors import ResourceError
from eventwire.gazetteer.data import fingerprint

log = logging.getLogger(__name__)

PREFIX = "gazetteer-"
SUFFIX = ".sqlite"


def default_cache_dir() -> Path:
    if os.environ.get("EVENTWIRE_CACHE"):
        return Path(os.environ["EVENTWIRE_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "eventwire"


def index_path(directory: Path, key: str) -> Path:
    return directory / f"{PREFIX}{key}{SUFFIX}"


def ensure_index(directory: Path | None = None) -> Path:
    """The path of an up-to-date index, building it first if needed (~15 s, once)."""
    directory = directory or default_cache_dir()
    key = fingerprint()
    path = index_path(directory, key)
    if path.exists():
        return path
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ResourceError(
            f"gazetteer: cannot create cache directory {directory}: {exc}; set EVENTWIRE_CACHE to a writable folder"
        ) from exc
    _build_in_subprocess(path, key)
    _remove_stale(directory, keep=path)
    return path


def _build_in_subprocess(path: Path, key: str) -> None:
    log.info("building the gazetteer index at %s (once per data version)", path)
    command = [sys.executable, "-m", "eventwire.gazetteer.build", str(path), key]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0 or not path.exists():
        tail = (result.stderr or result.stdout).strip()[-2000:]
        raise ResourceError(f"gazetteer: building the index at {path} failed:\n{tail}")


def _remove_stale(directory: Path, keep: Path) -> None:
    """Older indexes, and half-written ones of older versions (a build that was killed);
    a temporary file of the current version may belong to a build running beside us."""
    for old in directory.glob(f"{PREFIX}*{SUFFIX}"):
        if old != keep:
            old.unlink(missing_ok=True)
    for tmp in directory.glob(f"{PREFIX}*{SUFFIX}.*.tmp"):
        if not tmp.name.startswith(keep.name):
            tmp.unlink(missing_ok=True)

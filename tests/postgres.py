"""A real PostgreSQL server for the tests: initdb + pg_ctl in a temporary folder, on 127.0.0.1.

    from postgres import postgres_url      # a fresh, empty database per call

The server starts on first use and stops when the test session ends. PostgreSQL refuses to run
as root, so as root the server runs as the ``postgres`` system user (Debian's package creates
it); as a normal user it runs as that user. Without PostgreSQL binaries the tests that need it
are skipped, saying what to install.
"""

from __future__ import annotations

import atexit
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

_CANDIDATES = [Path(f"/usr/lib/postgresql/{v}/bin") for v in (17, 16, 15, 14)]
_SUPERUSER = "eventwire"


class Postgres:
    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.home = Path(tempfile.mkdtemp(prefix="eventwire-pg-"))
        self.data = self.home / "data"
        self.port = _free_port()
        self._user = _run_as()
        self._names = itertools.count(1)
        if self._user:
            entry = pwd.getpwnam(self._user)
            os.chown(self.home, entry.pw_uid, entry.pw_gid)

    def start(self) -> None:
        self._run("initdb", "-D", str(self.data), "-U", _SUPERUSER, "--auth=trust", "-E", "UTF8", "--no-locale", "-N")
        options = f"-h 127.0.0.1 -p {self.port} -k {self.home} -c fsync=off -c full_page_writes=off"
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.home / "log"), "-w", "start")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop", check=False)
        shutil.rmtree(self.home, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{_SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        import psycopg

        name = f"test_{os.getpid()}_{next(self._names)}"
        with psycopg.connect(self.url(), autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def _run(self, tool: str, *args: str, check: bool = True) -> None:
        command = [str(self.bindir / tool), *args]
        if self._user:
            command = ["runuser", "-u", self._user, "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, check=False, cwd=self.home)
        if check and result.returncode != 0:
            log = self.home / "log"
            raise RuntimeError(
                f"{tool} failed ({result.returncode}): {result.stderr.strip()}\n"
                + (log.read_text(errors="replace") if log.exists() else "")
            )


_server: Postgres | None = None
_failure: str | None = None


def server() -> Postgres:
    """The session's server, started on first use; skips the test when it cannot start."""
    global _server, _failure
    if _failure:
        pytest.skip(_failure)
    if _server is None:
        bindir = _bindir()
        if bindir is None:
            _failure = "PostgreSQL binaries (initdb, pg_ctl) not found; apt-get install postgresql"
            pytest.skip(_failure)
        try:
            candidate = Postgres(bindir)
        except RuntimeError as exc:
            _failure = str(exc)
            pytest.skip(_failure)
        try:
            candidate.start()
        except (RuntimeError, OSError) as exc:
            candidate.stop()
            _failure = f"could not start PostgreSQL: {exc}"
            pytest.skip(_failure)
        atexit.register(candidate.stop)
        _server = candidate
    return _server


def postgres_url() -> str:
    """A URL to a new, empty database on the session's server."""
    return server().new_database()


def _bindir() -> Path | None:
    for candidate in _CANDIDATES:
        if (candidate / "initdb").exists() and (candidate / "pg_ctl").exists():
            return candidate
    found = shutil.which("pg_ctl")
    return Path(found).resolve().parent if found and shutil.which("initdb") else None


def _run_as() -> str | None:
    """Who runs the server: ``postgres`` when we are root, else ourselves (None)."""
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        raise RuntimeError("running as root and there is no 'postgres' user to run the server as") from None
    return "postgres"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])

"""Write a new schema revision after a change to ``tables.py`` (maintainers only)::

    python -m eventwire.store.revision "add column x to events"

It upgrades a scratch SQLite database to the current head and lets Alembic compare it with
``tables.py``; review the generated file in ``migrations/versions`` before committing it.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from eventwire.store.migrate import alembic_config, upgrade


def main(message: str) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        engine = create_engine(f"sqlite:///{Path(scratch) / 'scratch.db'}")
        upgrade(engine)
        with engine.begin() as connection:
            command.revision(alembic_config(connection), message=message, autogenerate=True)
        engine.dispose()


if __name__ == "__main__":
    main(" ".join(sys.argv[1:]) or "schema change")

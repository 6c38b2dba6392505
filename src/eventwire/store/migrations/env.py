"""Alembic environment: runs on the connection ``Store.open`` hands over, inside its transaction.

To write a new revision after changing ``tables.py``::

    python -m eventwire.store.revision "what changed"
"""

from __future__ import annotations

from alembic import context

from eventwire.store.tables import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True, compare_type=True)
with context.begin_transaction():
    context.run_migrations()

"""Alembic environment and revisions of the store's schema; run by ``Store.open``, never by hand."""

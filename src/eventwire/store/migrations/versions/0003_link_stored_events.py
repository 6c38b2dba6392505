"""Link events stored before stories existed (under 0001) into stories; no schema change.

It runs eventwire's own linking (``stories.link_unlinked``), not a SQL copy of it, so it links
as the installed version does. That code reads only the columns 0002 has (events: id, article_id,
position, iso3, event_date, date_end, story_id, record; articles: id, content_hash, article_id,
outlet, published); a later revision that changes them must keep this one working.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 23:30:00
"""

from __future__ import annotations

from alembic import op

from eventwire.store import stories

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    stories.link_unlinked(op.get_bind())


def downgrade() -> None:
    """Nothing to undo: 0002's downgrade drops the stories and the links."""

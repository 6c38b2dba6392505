"""Article scope (event report / summary / background / none) on articles, queryable and kept whole.

Articles stored before this revision have no scope: they read back as "scope not assessed".

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24 23:55:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.add_column(sa.Column("scope", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("scope_record", sa.Text(), nullable=True))
        batch_op.create_index(batch_op.f("ix_articles_scope"), ["scope"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_articles_scope"))
        batch_op.drop_column("scope_record")
        batch_op.drop_column("scope")

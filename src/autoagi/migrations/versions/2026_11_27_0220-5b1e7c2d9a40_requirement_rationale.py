"""requirement rationale

Revision ID: 5b1e7c2d9a40
Revises: 83ecf79df870
Create Date: 2026-11-27 02:20:00.000000+00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "5b1e7c2d9a40"
down_revision: str | None = "83ecf79df870"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # nullable: requirements written before have no recorded reason
    with op.batch_alter_table("requirements", schema=None) as batch_op:
        batch_op.add_column(sa.Column("rationale", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("requirements", schema=None) as batch_op:
        batch_op.drop_column("rationale")

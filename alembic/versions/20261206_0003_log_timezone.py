"""log timezone: the zone an upload's naive stamps are read in, when not LOG_TIMEZONE

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06 10:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("log_files", schema=None) as batch_op:
        batch_op.add_column(sa.Column("timezone_override", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("log_files", schema=None) as batch_op:
        batch_op.drop_column("timezone_override")

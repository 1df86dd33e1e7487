"""Index sends in doubt: every dispatcher pass looks for them, and found them by a full scan

Revision ID: c8d2e6f1a3b9
Revises: c5e8a2f4d913
Create Date: 2026-12-07 14:00:00

"""

import sqlalchemy as sa
from alembic import op

revision = "c8d2e6f1a3b9"
down_revision = "c5e8a2f4d913"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.create_index(
            "ix_messages_doubtful",
            ["claimed_at"],
            unique=False,
            postgresql_where=sa.text("status IN ('sending', 'unknown')"),
            sqlite_where=sa.text("status IN ('sending', 'unknown')"),
        )


def downgrade():
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_index("ix_messages_doubtful")

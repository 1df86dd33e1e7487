"""Index received texts by number: the conversation worker's claim reads them per phone

Revision ID: f3c1a9e0b7d2
Revises: b7d41e9a2c53
Create Date: 2026-12-07 11:00:00

"""

import sqlalchemy as sa
from alembic import op

revision = "f3c1a9e0b7d2"
down_revision = "b7d41e9a2c53"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.create_index(
            "ix_messages_received",
            ["phone", "id"],
            unique=False,
            postgresql_where=sa.text("status = 'received'"),
            sqlite_where=sa.text("status = 'received'"),
        )


def downgrade():
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_index("ix_messages_received")

"""Index messages.retry_of_id: deleting or retrying messages must not scan the table

Revision ID: a1b2c3d4e5f6
Revises: 84abead6125c
Create Date: 2026-11-23 22:50:00

"""
from alembic import op

revision = "a1b2c3d4e5f6"
down_revision = "84abead6125c"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_messages_retry_of_id"), ["retry_of_id"], unique=False)


def downgrade():
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_messages_retry_of_id"))

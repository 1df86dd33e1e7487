"""A possible red flag asked back: when, and what, on the conversation state

Revision ID: b7d41e9a2c53
Revises: a7c3e9d2f518
Create Date: 2026-12-07 11:00:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b7d41e9a2c53'
down_revision = 'a7c3e9d2f518'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('conversations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('asked_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('asked', sa.JSON(), nullable=True))
        batch_op.create_index(batch_op.f('ix_conversations_asked_at'), ['asked_at'], unique=False)


def downgrade():
    with op.batch_alter_table('conversations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_conversations_asked_at'))
        batch_op.drop_column('asked')
        batch_op.drop_column('asked_at')

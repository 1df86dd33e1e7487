"""A patient is discharged with an outcome: the return-to-work figure clinics report

Revision ID: d5a8e31f7c20
Revises: e7a3c51b9d20
Create Date: 2026-11-24 07:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'd5a8e31f7c20'
down_revision = 'e7a3c51b9d20'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('patients', schema=None) as batch_op:
        batch_op.add_column(sa.Column('discharged_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('discharge_outcome', sa.String(length=20), nullable=True))


def downgrade():
    with op.batch_alter_table('patients', schema=None) as batch_op:
        batch_op.drop_column('discharge_outcome')
        batch_op.drop_column('discharged_at')

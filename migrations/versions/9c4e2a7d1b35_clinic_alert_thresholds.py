"""A clinic may set its own alert thresholds over the app's

Revision ID: 9c4e2a7d1b35
Revises: 6b0f3c2d9e71
Create Date: 2026-11-24 05:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '9c4e2a7d1b35'
down_revision = '6b0f3c2d9e71'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('clinics', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('alert_thresholds', sa.JSON(), server_default='{}', nullable=False)
        )


def downgrade():
    with op.batch_alter_table('clinics', schema=None) as batch_op:
        batch_op.drop_column('alert_thresholds')

"""The patient's claim or referral number, for the case manager's report header

Revision ID: b4c7e19a2f60
Revises: 3f6b2d9e8a41
Create Date: 2026-12-07 11:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b4c7e19a2f60'
down_revision = '3f6b2d9e8a41'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('patients', schema=None) as batch_op:
        batch_op.add_column(sa.Column('claim_number', sa.String(length=40), nullable=True))


def downgrade():
    with op.batch_alter_table('patients', schema=None) as batch_op:
        batch_op.drop_column('claim_number')

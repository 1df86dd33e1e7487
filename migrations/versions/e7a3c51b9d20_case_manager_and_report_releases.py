"""The patient's case manager, and the weekly reports released to them

Revision ID: e7a3c51b9d20
Revises: 9c4e2a7d1b35
Create Date: 2026-11-30 09:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e7a3c51b9d20'
down_revision = '9c4e2a7d1b35'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('patients', schema=None) as batch_op:
        batch_op.add_column(sa.Column('case_manager_name', sa.String(length=120), nullable=True))
        batch_op.add_column(
            sa.Column('case_manager_organisation', sa.String(length=120), nullable=True)
        )
        batch_op.add_column(sa.Column('case_manager_email', sa.String(length=254), nullable=True))

    op.create_table('report_releases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('patient_id', sa.Integer(), nullable=False),
    sa.Column('week_start', sa.Date(), nullable=False),
    sa.Column('released_by_id', sa.Integer(), nullable=False),
    sa.Column('released_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('recipient_name', sa.String(length=120), nullable=False),
    sa.Column('recipient_organisation', sa.String(length=120), nullable=True),
    sa.Column('recipient_email', sa.String(length=254), nullable=False),
    sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], name=op.f('fk_report_releases_patient_id_patients')),
    sa.ForeignKeyConstraint(['released_by_id'], ['therapists.id'], name=op.f('fk_report_releases_released_by_id_therapists')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_report_releases')),
    sa.UniqueConstraint('patient_id', 'week_start', name=op.f('uq_report_releases_patient_id_week_start'))
    )


def downgrade():
    op.drop_table('report_releases')
    with op.batch_alter_table('patients', schema=None) as batch_op:
        batch_op.drop_column('case_manager_email')
        batch_op.drop_column('case_manager_organisation')
        batch_op.drop_column('case_manager_name')

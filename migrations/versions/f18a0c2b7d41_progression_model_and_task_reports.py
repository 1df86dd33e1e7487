"""A progression model per patient (existing patients stay pain-monitored) and per-task reports

Revision ID: f18a0c2b7d41
Revises: f3c1a9d27b64
Create Date: 2026-12-07 11:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'f18a0c2b7d41'
down_revision = 'f3c1a9d27b64'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('patients', schema=None) as batch_op:
        batch_op.add_column(sa.Column('progression_model', sa.String(length=20), server_default='pain_monitored', nullable=False))
        batch_op.add_column(sa.Column('pain_ceiling', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('quota_interval_days', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('step_order', sa.String(length=20), server_default='longest_at_dose', nullable=False))

    op.create_table('task_reports',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('checkin_id', sa.Integer(), nullable=False),
    sa.Column('patient_id', sa.Integer(), nullable=False),
    sa.Column('task_id', sa.Integer(), nullable=False),
    sa.Column('local_date', sa.Date(), nullable=False),
    sa.Column('completion', sa.String(length=10), nullable=False),
    sa.Column('sets', sa.Integer(), nullable=True),
    sa.Column('reps', sa.Integer(), nullable=True),
    sa.Column('load_lb', sa.Numeric(precision=6, scale=1), nullable=True),
    sa.Column('pain', sa.Integer(), nullable=True),
    sa.Column('fatigue', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('pain BETWEEN 0 AND 10', name=op.f('ck_task_reports_pain_range')),
    sa.CheckConstraint('fatigue BETWEEN 0 AND 10', name=op.f('ck_task_reports_fatigue_range')),
    sa.ForeignKeyConstraint(['checkin_id'], ['checkins.id'], name=op.f('fk_task_reports_checkin_id_checkins'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], name=op.f('fk_task_reports_patient_id_patients')),
    sa.ForeignKeyConstraint(['task_id'], ['tasks.id'], name=op.f('fk_task_reports_task_id_tasks'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_task_reports'))
    )
    with op.batch_alter_table('task_reports', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_task_reports_patient_id'), ['patient_id'], unique=False)
        batch_op.create_index('ix_task_reports_task_id_local_date', ['task_id', 'local_date'], unique=False)


def downgrade():
    with op.batch_alter_table('task_reports', schema=None) as batch_op:
        batch_op.drop_index('ix_task_reports_task_id_local_date')
        batch_op.drop_index(batch_op.f('ix_task_reports_patient_id'))
    op.drop_table('task_reports')

    with op.batch_alter_table('patients', schema=None) as batch_op:
        batch_op.drop_column('step_order')
        batch_op.drop_column('quota_interval_days')
        batch_op.drop_column('pain_ceiling')
        batch_op.drop_column('progression_model')

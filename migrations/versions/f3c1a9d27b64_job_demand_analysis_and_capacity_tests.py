"""Job demand analysis (kind, height range, posture, frequency detail, NIOSH geometry),
clinic capacity tests, the return-to-work plan and transitional duties

Existing demands are classified from their name and unit (a "Floor-to-waist lift" in lb is
a floor-to-waist lift; "Standing tolerance" in minutes is standing). No capacity test is
made up for them: what readiness used to read from the doses texted home stays what it
was, and every existing demand reads "not tested" until a therapist records a test.

Revision ID: f3c1a9d27b64
Revises: b4c7e19a2f60
Create Date: 2026-12-07 11:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


revision = 'f3c1a9d27b64'
down_revision = 'b4c7e19a2f60'
branch_labels = None
depends_on = None

_POSTURES = (
    ("ladder", "climb_ladder"), ("stair", "climb_stairs"), ("overhead", "reach_overhead"),
    ("reach", "reach_overhead"), ("sit", "sit"), ("stand", "stand"), ("walk", "walk"),
    ("stoop", "stoop"), ("kneel", "kneel"), ("crouch", "crouch"),
)


def classify(name, unit):
    """(kind, height_range, posture) of an existing demand, read from its name and unit."""
    lowered = name.lower()
    if unit == "lb":
        if "carry" in lowered:
            return "carry", None, None
        if "pull" in lowered and "push" not in lowered:
            return "pull", None, None
        if "push" in lowered or "transfer" in lowered:
            return "push", None, None
        if "overhead" in lowered:
            return "lift", "overhead", None
        if "shoulder" in lowered:
            return "lift", "waist_to_shoulder", None
        return "lift", "floor_to_waist", None
    posture = next((p for word, p in _POSTURES if word in lowered), None)
    return "position", None, posture


def upgrade():
    with op.batch_alter_table('clinics', schema=None) as batch_op:
        batch_op.add_column(sa.Column('home_dose_fraction', sa.Numeric(precision=3, scale=2), server_default='0.80', nullable=False))
    with op.batch_alter_table('job_demands', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kind', sa.String(length=10), server_default='lift', nullable=False))
        batch_op.add_column(sa.Column('height_range', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('posture', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('lifts_per_hour', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('carry_distance_ft', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('sustained_force_lb', sa.Numeric(precision=6, scale=1), nullable=True))
        batch_op.add_column(sa.Column('hours_per_day', sa.Numeric(precision=4, scale=1), nullable=True))
        batch_op.add_column(sa.Column('critical', sa.Boolean(), server_default=sa.true(), nullable=False))
        batch_op.add_column(sa.Column('niosh', sa.JSON(), nullable=True))
    demands = sa.table(
        'job_demands', sa.column('id', sa.Integer), sa.column('name', sa.String),
        sa.column('unit', sa.String), sa.column('kind', sa.String),
        sa.column('height_range', sa.String), sa.column('posture', sa.String),
    )
    connection = op.get_bind()
    for row in connection.execute(sa.select(demands.c.id, demands.c.name, demands.c.unit)).all():
        kind, height, posture = classify(row.name, row.unit)
        connection.execute(
            demands.update().where(demands.c.id == row.id)
            .values(kind=kind, height_range=height, posture=posture)
        )
    with op.batch_alter_table('job_demands', schema=None) as batch_op:
        batch_op.alter_column('kind', server_default=None)
        batch_op.alter_column('critical', server_default=None)

    op.create_table('capacity_tests',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('patient_id', sa.Integer(), nullable=False),
        sa.Column('demand_id', sa.Integer(), nullable=False),
        sa.Column('phase', sa.String(length=12), nullable=False),
        sa.Column('method', sa.String(length=24), nullable=False),
        sa.Column('value', sa.Numeric(precision=8, scale=1), nullable=False),
        sa.Column('unit', sa.String(length=10), nullable=False),
        sa.Column('frequency', sa.String(length=12), nullable=True),
        sa.Column('height_range', sa.String(length=20), nullable=True),
        sa.Column('distance_ft', sa.Integer(), nullable=True),
        sa.Column('stop_reason', sa.String(length=16), nullable=False),
        sa.Column('effort', sa.String(length=16), nullable=False),
        sa.Column('tested_on', sa.Date(), nullable=False),
        sa.Column('tester_id', sa.Integer(), nullable=False),
        sa.Column('note', sa.Text(), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['demand_id'], ['job_demands.id'], name=op.f('fk_capacity_tests_demand_id_job_demands')),
        sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], name=op.f('fk_capacity_tests_patient_id_patients')),
        sa.ForeignKeyConstraint(['tester_id'], ['therapists.id'], name=op.f('fk_capacity_tests_tester_id_therapists')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_capacity_tests'))
    )
    with op.batch_alter_table('capacity_tests', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_capacity_tests_demand_id'), ['demand_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_capacity_tests_patient_id'), ['patient_id'], unique=False)
    op.create_table('return_to_work_plans',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('patient_id', sa.Integer(), nullable=False),
        sa.Column('return_to_work_on', sa.Date(), nullable=True),
        sa.Column('graded_hours', sa.JSON(), nullable=True),
        sa.Column('physician_name', sa.String(length=120), nullable=True),
        sa.Column('physician_signed_on', sa.Date(), nullable=True),
        sa.Column('signed_restrictions', sa.JSON(), nullable=True),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], name=op.f('fk_return_to_work_plans_patient_id_patients')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_return_to_work_plans')),
        sa.UniqueConstraint('patient_id', name=op.f('uq_return_to_work_plans_patient_id'))
    )
    op.create_table('transitional_duties',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('patient_id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=120), nullable=False),
        sa.Column('hours_per_day', sa.Numeric(precision=4, scale=1), nullable=True),
        sa.Column('demands', sa.JSON(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], name=op.f('fk_transitional_duties_patient_id_patients')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_transitional_duties'))
    )
    with op.batch_alter_table('transitional_duties', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_transitional_duties_patient_id'), ['patient_id'], unique=False)


def downgrade():
    op.drop_table('transitional_duties')
    op.drop_table('return_to_work_plans')
    op.drop_table('capacity_tests')
    with op.batch_alter_table('job_demands', schema=None) as batch_op:
        for column in ('niosh', 'critical', 'hours_per_day', 'sustained_force_lb',
                       'carry_distance_ft', 'lifts_per_hour', 'posture', 'height_range', 'kind'):
            batch_op.drop_column(column)
    with op.batch_alter_table('clinics', schema=None) as batch_op:
        batch_op.drop_column('home_dose_fraction')

"""Questionnaires answered by text (the PSFS), item by item, and each patient's PSFS activities

Revision ID: a7c3e9d2f518
Revises: f18a0c2b7d41
Create Date: 2026-12-07 11:30:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'a7c3e9d2f518'
down_revision = 'f18a0c2b7d41'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('patients', schema=None) as batch_op:
        batch_op.add_column(sa.Column('psfs_activities', sa.JSON(), nullable=True))

    op.create_table('questionnaire_responses',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('patient_id', sa.Integer(), nullable=False),
    sa.Column('instrument', sa.String(length=12), nullable=False),
    sa.Column('occasion', sa.String(length=20), nullable=False),
    sa.Column('items', sa.JSON(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('score', sa.Numeric(precision=4, scale=1), nullable=True),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_asked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('completed_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], name=op.f('fk_questionnaire_responses_patient_id_patients')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_questionnaire_responses')),
    sa.UniqueConstraint('patient_id', 'instrument', 'occasion', name=op.f('uq_questionnaire_responses_patient_id_instrument_occasion'))
    )
    with op.batch_alter_table('questionnaire_responses', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_questionnaire_responses_patient_id'), ['patient_id'], unique=False)

    op.create_table('questionnaire_answers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('response_id', sa.Integer(), nullable=False),
    sa.Column('item', sa.Integer(), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.Column('message_id', sa.Integer(), nullable=True),
    sa.Column('answered_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('value BETWEEN 0 AND 10', name=op.f('ck_questionnaire_answers_value_range')),
    sa.ForeignKeyConstraint(['message_id'], ['messages.id'], name=op.f('fk_questionnaire_answers_message_id_messages')),
    sa.ForeignKeyConstraint(['response_id'], ['questionnaire_responses.id'], name=op.f('fk_questionnaire_answers_response_id_questionnaire_responses'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_questionnaire_answers')),
    sa.UniqueConstraint('response_id', 'item', name=op.f('uq_questionnaire_answers_response_id_item'))
    )


def downgrade():
    op.drop_table('questionnaire_answers')
    with op.batch_alter_table('questionnaire_responses', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_questionnaire_responses_patient_id'))
    op.drop_table('questionnaire_responses')
    with op.batch_alter_table('patients', schema=None) as batch_op:
        batch_op.drop_column('psfs_activities')

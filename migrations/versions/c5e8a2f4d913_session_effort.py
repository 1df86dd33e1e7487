"""A session's effort ("how hard was it, 0-10", our own anchors) per check-in and per task

Revision ID: c5e8a2f4d913
Revises: f3c1a9e0b7d2
Create Date: 2026-12-07 14:00:00

"""

import sqlalchemy as sa
from alembic import op

revision = "c5e8a2f4d913"
down_revision = "f3c1a9e0b7d2"
branch_labels = None
depends_on = None


def upgrade():
    for table in ("checkins", "task_reports"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("effort", sa.Integer(), nullable=True))
            batch_op.create_check_constraint(
                op.f(f"ck_{table}_effort_range"), "effort BETWEEN 0 AND 10"
            )


def downgrade():
    for table in ("task_reports", "checkins"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(op.f(f"ck_{table}_effort_range"), type_="check")
            batch_op.drop_column("effort")

"""A therapist's own tasks and renamed ones (companion.programs.editing): checked, audited, and
in the next plan."""

from datetime import timedelta
from decimal import Decimal

import pytest
from flask import Flask
from sqlalchemy import select

from companion.extensions import db
from companion.models import AuditEvent, Message, Proposal
from companion.planning import plan_due
from companion.programs.editing import ProgrammeError, TaskEdit, add_custom_task, edit_task
from companion.programs.templates import TaskSpec
from tests.programs.builders import MONDAY, at, job_patient


def audit_rows(action: str) -> list[AuditEvent]:
    return list(db.session.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def test_a_custom_task_trains_the_demand_picked_and_is_in_the_next_plan(app: Flask) -> None:
    patient = job_patient()
    demand = patient.job_profile.demands[0]
    spec = TaskSpec(name=" Bucket lift ", sets=2, reps=8, load_lb=15)

    task = add_custom_task(patient.therapist, patient, spec, demand.id, at(MONDAY, 20))
    plan_due(at(MONDAY + timedelta(days=1), 8))

    assert (task.describe(), task.job_demand_id) == ("Bucket lift 2x8 @ 15 lb", demand.id)
    plan = db.session.scalars(select(Message).where(Message.purpose == "plan")).one()
    assert "2) Bucket lift 2x8 @ 15 lb" in plan.body
    [row] = audit_rows("programme.task.add")
    assert row.detail == {"task_id": task.id, "task": "Bucket lift 2x8 @ 15 lb", "custom": True}


@pytest.mark.parametrize(
    ("spec", "demand", "field"),
    [
        (TaskSpec(name="Bucket lift", sets=2), None, "name"),  # no reps, minutes or feet
        (TaskSpec(name="  ", reps=8), None, "name"),
        (TaskSpec(name="Bucket lift", reps=8), 10_000, "job_demand_id"),  # not the job's
    ],
)
def test_a_custom_task_without_a_dose_name_or_with_another_demand_is_refused(
    app: Flask, spec: TaskSpec, demand: int | None, field: str
) -> None:
    patient = job_patient()

    with pytest.raises(ProgrammeError) as refused:
        add_custom_task(patient.therapist, patient, spec, demand, at(MONDAY, 20))

    assert refused.value.field == field
    db.session.rollback()
    assert [t.name for t in patient.program.tasks] == ["Floor-to-waist lift"]
    assert audit_rows("programme.task.add") == []


def test_a_task_renamed_with_a_distance_is_audited_and_needs_no_proposal(app: Flask) -> None:
    patient = job_patient()
    task = patient.program.tasks[0]
    edit = TaskEdit(sets=3, reps=10, load_lb=Decimal(20), duration_min=None, instructions=None,
                    name="Bucket carry", distance_ft=50)  # fmt: skip

    edit_task(patient.therapist, patient, task, edit, at(MONDAY, 20))

    assert task.describe() == "Bucket carry 50 ft 3x10 @ 20 lb"
    [row] = audit_rows("programme.task.edit")
    assert (row.detail["before"], row.detail["after"]) == (
        "Floor-to-waist lift 3x10 @ 20 lb",
        "Bucket carry 50 ft 3x10 @ 20 lb",
    )
    assert db.session.scalars(select(Proposal)).all() == []

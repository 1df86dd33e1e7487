"""Editing a programme after enrolment: doses count as approved, history is never rewritten."""

from datetime import time, timedelta
from decimal import Decimal

import pytest
from flask import Flask
from sqlalchemy import select

from companion.extensions import db
from companion.models import (
    AuditEvent,
    Message,
    Patient,
    Proposal,
    ProposalKind,
    ProposalStatus,
    Task,
)
from companion.planning import plan_due
from companion.programs.editing import (
    ProgrammeError,
    TaskEdit,
    add_task,
    apply_template,
    change_schedule,
    edit_task,
    remove_task,
)
from companion.programs.readiness import readiness
from tests.programs.builders import MONDAY, at, job_patient, report

D = Decimal
TUESDAY, WEDNESDAY = MONDAY + timedelta(days=1), MONDAY + timedelta(days=2)


def change_load(patient: Patient, load: float, day: object = MONDAY, **dose: object) -> Task:
    """The therapist sets the first task's load on the evening of `day` (Chicago)."""
    task = patient.program.tasks[0]
    fields = {"sets": task.sets, "reps": task.reps, "load_lb": D(str(load))}
    edit = TaskEdit(**{**fields, "duration_min": task.duration_min, "instructions": None, **dose})
    return edit_task(patient.therapist, patient, task, edit, at(day, 20))


def texts(purpose: str) -> list[Message]:
    return list(db.session.scalars(select(Message).where(Message.purpose == purpose)))


def actions(patient: Patient) -> list[str]:
    return list(
        db.session.scalars(
            select(AuditEvent.action)
            .where(AuditEvent.patient_id == patient.id)
            .order_by(AuditEvent.id)
        )
    )


def test_a_dose_changed_by_hand_is_an_approved_change_readiness_dates_from_the_next_day(
    app: Flask,
) -> None:
    patient = job_patient(load=20)
    report(patient, MONDAY, pain=3)  # done at 20 lb
    change_load(patient, 25)  # that evening

    [before] = readiness(patient, at(TUESDAY)).demands
    report(patient, TUESDAY, pain=3)  # done at 25 lb
    [after] = readiness(patient, at(WEDNESDAY)).demands

    assert before.best == D(20), "Monday was done at 20 lb: the edit does not rewrite it"
    assert (after.best, after.weekly_gain) == (D(25), D("35.0"))
    assert after.projected == WEDNESDAY + timedelta(days=5), "25 lb to go at 35 lb a week"
    [change] = db.session.scalars(select(Proposal).where(Proposal.patient_id == patient.id))
    assert (change.status, change.kind, change.decided_by_id, change.reason) == (
        ProposalStatus.APPROVED, ProposalKind.ADVANCE, patient.therapist_id,
        {"rule": "therapist_edit"},
    )  # fmt: skip
    assert (change.current_load_lb, change.proposed_load_lb) == (D(20), D(25))


def test_a_new_dose_is_texted_before_the_next_plan_with_the_task_only(app: Flask) -> None:
    patient = job_patient(load=20)

    change_load(patient, 25)
    change_load(patient, 22.5, TUESDAY)

    up, down = sorted(texts("progression"), key=lambda m: m.id)
    assert up.body == (
        "Nice work, Ana! Your therapist moved you up a step: Floor-to-waist lift 3x10 @ 25 lb. "
        "It starts with your next plan."
    )
    assert down.body.startswith("Ana, your therapist has eased a task for now: ")
    assert "22.5 lb" in down.body
    assert actions(patient) == ["programme.task.edit", "programme.task.edit"]


def test_instructions_alone_change_no_dose_and_text_nothing(app: Flask) -> None:
    patient = job_patient(load=20)
    task = patient.program.tasks[0]

    edit = TaskEdit(task.sets, task.reps, task.load_lb, None, "Keep the box close.")
    edit_task(patient.therapist, patient, task, edit, at(MONDAY))

    assert db.session.get_one(Task, task.id).instructions == "Keep the box close."
    assert not db.session.scalars(select(Proposal)).all()
    assert not texts("progression")


def test_a_hand_change_withdraws_the_pending_proposal_for_the_old_dose(app: Flask) -> None:
    patient = job_patient(load=20)
    task = patient.program.tasks[0]
    pending = Proposal(patient_id=patient.id, task_id=task.id, kind=ProposalKind.ADVANCE,
                       current_reps=10, current_load_lb=D(20), proposed_reps=10,
                       proposed_load_lb=D("22.5"), reason={})  # fmt: skip
    db.session.add(pending)
    db.session.commit()

    change_load(patient, 30)

    assert db.session.get_one(Proposal, pending.id).status == ProposalStatus.SUPERSEDED


def test_a_dose_without_reps_or_minutes_is_refused_and_nothing_changes(app: Flask) -> None:
    patient = job_patient(load=20)

    with pytest.raises(ProgrammeError) as refused:
        change_load(patient, 25, reps=None)

    assert refused.value.field == "reps"
    db.session.rollback()
    assert patient.program.tasks[0].load_lb == D(20)
    assert not db.session.scalars(select(Proposal)).all() and not actions(patient)


def test_a_removed_task_leaves_the_plan_but_its_history_still_counts(app: Flask) -> None:
    patient = job_patient(load=30)
    add_task(patient.therapist, patient, "office:2", at(MONDAY, 7))
    lift = patient.program.tasks[0]
    report(patient, MONDAY, pain=2)  # done at 30 lb

    remove_task(patient.therapist, patient, lift, at(MONDAY, 21))
    plan_due(at(TUESDAY, 8))

    [plan] = texts("plan")
    assert "Brisk walk" in plan.body and "Floor-to-waist" not in plan.body
    assert [t.name for t in patient.program.tasks] == ["Brisk walk"]
    assert [t.name for t in patient.program.all_tasks] == ["Floor-to-waist lift", "Brisk walk"]
    [demand] = readiness(patient, at(TUESDAY)).demands
    assert demand.best == D(30), "what was done before the removal still counts"


def test_the_last_task_cannot_be_removed(app: Flask) -> None:
    patient = job_patient()

    with pytest.raises(ProgrammeError, match="at least one task"):
        remove_task(patient.therapist, patient, patient.program.tasks[0], at(MONDAY))

    db.session.rollback()
    assert len(patient.program.tasks) == 1 and not actions(patient)


def test_an_added_task_trains_its_demand_only_from_the_day_after(app: Flask) -> None:
    patient = job_patient(load=None, reps=10)  # the lift task has no load: nothing measured
    report(patient, MONDAY, pain=2)

    task = add_task(patient.therapist, patient, "warehouse:0", at(MONDAY, 20))
    [monday] = readiness(patient, at(TUESDAY)).demands
    report(patient, TUESDAY, pain=2)
    [tuesday] = readiness(patient, at(WEDNESDAY)).demands

    assert (task.name, task.describe(), task.job_demand_id) == (
        "Floor-to-waist lift", "Floor-to-waist lift 3x10 @ 20 lb",
        patient.job_profile.demands[0].id,
    )  # fmt: skip
    assert monday.best is None, "Monday's session was before the task existed"
    assert tuesday.best == D(20)
    with pytest.raises(ProgrammeError):
        add_task(patient.therapist, patient, "warehouse:99", at(TUESDAY))


def test_a_template_replaces_the_tasks_and_keeps_the_old_ones(app: Flask) -> None:
    patient = job_patient(load=20)
    old = patient.program.tasks[0].id

    apply_template(patient.therapist, patient, "construction", at(MONDAY))

    names = [t.name for t in patient.program.tasks]
    assert names == ["Floor-to-waist lift", "Step-ups", "Farmer carry", "Overhead reach"]
    assert patient.program.tasks[0].load_lb == D(40)
    assert old in {t.id for t in patient.program.all_tasks}
    assert db.session.get_one(Task, old).removed_at == at(MONDAY)
    assert actions(patient) == ["programme.template"]
    with pytest.raises(ProgrammeError):
        apply_template(patient.therapist, patient, "astronaut", at(MONDAY))


def test_the_schedule_changes_days_and_times_and_the_reminder_follows_the_plan(
    app: Flask,
) -> None:
    patient = job_patient()
    therapist = patient.therapist

    change_schedule(therapist, patient, ["mon", "wed"], time(9), time(17, 30), at(MONDAY))
    with pytest.raises(ProgrammeError) as refused:
        change_schedule(therapist, patient, ["fri"], time(18), time(9), at(MONDAY))
    db.session.rollback()

    program = patient.program
    assert (program.days, program.plan_time, program.reminder_time) == (
        ["mon", "wed"], time(9), time(17, 30),
    )  # fmt: skip
    assert refused.value.field == "reminder_time"
    assert actions(patient) == ["programme.schedule"]

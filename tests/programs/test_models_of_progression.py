"""A progression model per patient, each task on its own sessions, one step up a day.

Four-week scenarios per model: pain-monitored (Silbernagel 2007) holds at pain 6, graded
activity (Lindström 1992; Staal 2004) raises each quota on schedule through pain 6 within
the ceiling; never two steps up on one day, whichever the model.
"""

from collections import Counter
from datetime import date, timedelta
from decimal import Decimal

from flask import Flask
from sqlalchemy import select

from companion.extensions import db
from companion.models import (
    AuditEvent,
    CheckIn,
    Completion,
    Patient,
    ProgressionModel,
    Proposal,
    ProposalKind,
    ProposalStatus,
    Severity,
    StepOrder,
    Task,
    TaskReport,
    Trend,
)
from companion.monitoring.rules import History, Thresholds, pain_after_session, pain_urgent
from companion.programs.models_of_progression import set_progression_model
from companion.programs.progression import propose_progressions
from companion.programs.proposals import approve_proposal
from tests.programs.builders import MONDAY, at, job_patient, report

WEEKS = 4


def three_task_patient(model: ProgressionModel = ProgressionModel.PAIN_MONITORED) -> Patient:
    """A patient training every day: a lift (20 lb), a carry (30 lb) and a ladder (5 min)."""
    patient = job_patient(days=["mon", "tue", "wed", "thu", "fri", "sat", "sun"])
    program = patient.program
    assert program is not None
    program.tasks.append(Task(position=1, name="Carry", sets=3, reps=4, load_lb=Decimal(30)))
    program.tasks.append(Task(position=2, name="Ladder climb", sets=2, duration_min=5))
    patient.progression_model = model
    db.session.commit()
    return patient


def advances(patient: Patient) -> list[Proposal]:
    return list(
        db.session.scalars(
            select(Proposal)
            .where(Proposal.patient_id == patient.id, Proposal.kind == ProposalKind.ADVANCE)
            .order_by(Proposal.id)
        )
    )


def four_weeks(patient: Patient, pain: int) -> None:
    """Every day all tasks done at `pain`, the morning the same; progression runs at noon
    and the therapist approves whatever is pending an hour later."""
    therapist = patient.therapist
    for offset in range(WEEKS * 7):
        day = MONDAY + timedelta(days=offset)
        if offset:
            report(patient, day, None, None, None, Trend.SAME, hour=8)
        propose_progressions(at(day, 12))
        for proposal in pending(patient):
            approve_proposal(therapist, proposal.id, at(day, 13))
        report(patient, day, Completion.DONE, pain=pain, fatigue=4)


def pending(patient: Patient) -> list[Proposal]:
    return list(
        db.session.scalars(
            select(Proposal).where(
                Proposal.patient_id == patient.id, Proposal.status == ProposalStatus.PROPOSED
            )
        )
    )


def local_day(proposal: Proposal) -> date:
    return proposal.created_at.astimezone(at(MONDAY).tzinfo).date()


def test_pain_monitored_steps_each_task_on_its_own_but_never_two_on_one_day(app: Flask) -> None:
    patient = three_task_patient()

    four_weeks(patient, pain=3)

    steps = advances(patient)
    per_day = Counter(p.created_at.date() for p in steps)
    assert max(per_day.values()) == 1
    assert {p.task.name for p in steps} == {"Floor-to-waist lift", "Carry", "Ladder climb"}
    assert all(p.reason["model"] == "pain_monitored" for p in steps)


def test_pain_monitored_holds_every_task_at_pain_6(app: Flask) -> None:
    patient = three_task_patient()

    four_weeks(patient, pain=6)

    assert advances(patient) == []
    holds = db.session.scalars(select(Proposal).where(Proposal.kind == ProposalKind.HOLD)).all()
    assert {p.task.name for p in holds} == {"Floor-to-waist lift", "Carry", "Ladder climb"}


def test_graded_activity_raises_each_quota_weekly_through_pain_6(app: Flask) -> None:
    patient = three_task_patient(ProgressionModel.GRADED_ACTIVITY)

    four_weeks(patient, pain=6)

    steps = advances(patient)
    assert max(Counter(p.created_at.date() for p in steps).values()) == 1
    by_task: dict[str, list[date]] = {}
    for step in steps:
        by_task.setdefault(step.task.name, []).append(step.created_at.date())
    assert set(by_task) == {"Floor-to-waist lift", "Carry", "Ladder climb"}
    for days in by_task.values():
        assert len(days) >= 3
        assert all((b - a).days == 7 for a, b in zip(days, days[1:], strict=False))
    lift = patient.program.tasks[0] if patient.program else None
    assert lift is not None and lift.load_lb == Decimal(30)  # days 6, 13, 20, 27: 20 → 30 lb
    assert all(p.reason["rule"] == "quota_schedule" for p in steps)
    assert all(p.reason["limits"] == {"pain": 8, "quota_days": 7} for p in steps)


def test_graded_activity_holds_when_pain_passes_the_patients_ceiling(app: Flask) -> None:
    patient = three_task_patient(ProgressionModel.GRADED_ACTIVITY)
    patient.pain_ceiling = 5
    db.session.commit()

    four_weeks(patient, pain=6)

    assert advances(patient) == []
    reasons = {p.reason["rule"] for p in db.session.scalars(select(Proposal))}
    assert reasons == {"pain_above_ceiling"}


def test_the_task_longest_at_its_dose_steps_first_and_the_others_are_named_waiting(
    app: Flask,
) -> None:
    patient = three_task_patient()
    carry = patient.program.tasks[1] if patient.program else None
    assert carry is not None
    # The lift and the ladder were stepped up on Monday; the carry has stood since the start.
    for task in patient.program.tasks if patient.program else []:
        if task is not carry:
            db.session.add(decided(patient, task, MONDAY))
    db.session.commit()
    for offset in range(1, 4):
        report(patient, MONDAY + timedelta(days=offset), Completion.DONE, pain=2, fatigue=3)
        report(patient, MONDAY + timedelta(days=offset + 1), None, None, None, Trend.SAME, 8)

    propose_progressions(at(MONDAY + timedelta(days=4), 12))

    [step] = pending(patient)
    assert step.task.name == "Carry"
    assert step.reason["one_step"] == {
        "order": "longest_at_dose",
        "waiting": ["Floor-to-waist lift", "Ladder climb"],
    }
    assert step.reason["at_dose_since"] == "2026-11-02"


def test_the_therapists_task_order_can_decide_instead(app: Flask) -> None:
    patient = three_task_patient()
    patient.step_order = StepOrder.TASK_ORDER
    for task in patient.program.tasks[1:] if patient.program else []:
        db.session.add(decided(patient, task, MONDAY - timedelta(days=7)))
    db.session.commit()
    for offset in range(0, 3):
        report(patient, MONDAY + timedelta(days=offset), Completion.DONE, pain=2, fatigue=3)
        report(patient, MONDAY + timedelta(days=offset + 1), None, None, None, Trend.SAME, 8)

    propose_progressions(at(MONDAY + timedelta(days=3), 12))

    [step] = pending(patient)
    assert step.task.name == "Floor-to-waist lift"


def test_no_task_steps_up_while_another_step_awaits_the_therapist(app: Flask) -> None:
    patient = three_task_patient()
    for offset in range(0, 3):
        report(patient, MONDAY + timedelta(days=offset), Completion.DONE, pain=2, fatigue=3)
        report(patient, MONDAY + timedelta(days=offset + 1), None, None, None, Trend.SAME, 8)
    propose_progressions(at(MONDAY + timedelta(days=3), 12))
    report(patient, MONDAY + timedelta(days=3), Completion.DONE, pain=2, fatigue=3)

    propose_progressions(at(MONDAY + timedelta(days=4), 12))

    assert len(pending(patient)) == 1


def decided(patient: Patient, task: Task, day: date) -> Proposal:
    """An approved step up of `task` decided on `day` (its dose unchanged here)."""
    return Proposal(
        patient_id=patient.id,
        task_id=task.id,
        kind=ProposalKind.ADVANCE,
        status=ProposalStatus.APPROVED,
        current_reps=task.reps,
        current_load_lb=task.load_lb,
        current_duration_min=task.duration_min,
        proposed_reps=task.reps,
        proposed_load_lb=task.load_lb,
        proposed_duration_min=task.duration_min,
        created_at=at(day, 12),
        decided_by_id=patient.therapist_id,
        decided_at=at(day, 13),
    )


# --- the alert rules read the model -------------------------------------------------------


def pains(*scores: int, model: ProgressionModel, ceiling: int | None = None) -> History:
    checkins = [
        CheckIn(local_date=MONDAY, completion=Completion.DONE, pain=score, fatigue=3)
        for score in scores
    ]
    return History(today=MONDAY, checkins=checkins, model=model, pain_ceiling=ceiling)


def test_pain_8_pauses_a_pain_monitored_patient_but_is_high_in_graded_activity() -> None:
    t = Thresholds()
    monitored = pain_urgent(pains(8, model=ProgressionModel.PAIN_MONITORED), t)
    graded = pain_urgent(pains(8, model=ProgressionModel.GRADED_ACTIVITY), t)

    assert monitored is not None and monitored[0] == Severity.URGENT
    assert graded is not None and graded[0] == Severity.HIGH
    assert graded[1]["pain_ceiling"] == 8


def test_pain_above_a_graded_patients_own_ceiling_is_urgent() -> None:
    finding = pain_urgent(pains(8, model=ProgressionModel.GRADED_ACTIVITY, ceiling=7), Thresholds())

    assert finding is not None and finding[0] == Severity.URGENT


def test_pain_6_after_a_session_alerts_only_in_pain_monitoring() -> None:
    t = Thresholds()
    assert pain_after_session(pains(6, model=ProgressionModel.PAIN_MONITORED), t) is not None
    assert pain_after_session(pains(6, model=ProgressionModel.GRADED_ACTIVITY), t) is None
    assert pain_urgent(pains(6, model=ProgressionModel.GRADED_ACTIVITY), t) is None


def test_changing_the_model_is_audited_and_withdraws_pending_proposals(app: Flask) -> None:
    patient = three_task_patient()
    for offset in range(0, 3):
        report(patient, MONDAY + timedelta(days=offset), Completion.DONE, pain=2, fatigue=3)
        report(patient, MONDAY + timedelta(days=offset + 1), None, None, None, Trend.SAME, 8)
    propose_progressions(at(MONDAY + timedelta(days=3), 12))
    spec = {"model": "graded_activity", "pain_ceiling": 6, "quota_interval_days": 5}

    changed = set_progression_model(patient.therapist, patient, spec, at(MONDAY, 15))

    assert changed and pending(patient) == []
    assert (patient.progression_model, patient.pain_ceiling) == ("graded_activity", 6)
    event = db.session.scalars(select(AuditEvent)).one()
    assert event.action == "patient.progression_model"
    assert event.detail["before"]["model"] == "pain_monitored"
    assert event.detail["after"] == spec | {"step_order": "longest_at_dose"}


def test_each_task_steps_up_on_its_own_sessions_when_the_patient_reports_them_apart(
    app: Flask,
) -> None:
    patient = three_task_patient()
    lift, carry, ladder = patient.program.tasks if patient.program else []
    for offset in range(0, 2):
        day = MONDAY + timedelta(days=offset)
        checkin = report(patient, day, Completion.PARTIAL, pain=3, fatigue=4)
        for task, completion in ((lift, "done"), (ladder, "skipped")):
            db.session.add(
                TaskReport(
                    checkin=checkin,
                    patient_id=patient.id,
                    task_id=task.id,
                    local_date=day,
                    completion=completion,
                )
            )
        db.session.commit()
        report(patient, day + timedelta(days=1), None, None, None, Trend.SAME, hour=8)

    propose_progressions(at(MONDAY + timedelta(days=2), 12))

    [step] = pending(patient)
    assert step.task_id == lift.id and step.kind == ProposalKind.ADVANCE
    assert [s["completion"] for s in step.reason["sessions"]] == ["done", "done"]

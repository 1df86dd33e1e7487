"""Progression passes: assess the tasks of patients with new check-ins and propose doses.

Only the sessions since the therapist last decided on a task count, so every proposal
rests on sessions at the dose it would change. The rule itself is in programs.rule.
"""

from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import cache
from typing import Any, cast
from zoneinfo import ZoneInfo

from sqlalchemy import Table, func, select, text, update
from sqlalchemy.dialects import postgresql, sqlite

from companion.capacity.dose_cap import cap_of, tested_loads
from companion.extensions import db
from companion.models import (
    CheckIn,
    Clinic,
    DemandKind,
    JobDemand,
    Patient,
    PatientStatus,
    Program,
    ProgressionMark,
    Proposal,
    ProposalKind,
    ProposalStatus,
    Task,
)
from companion.programs.dose import FIELD_BY_UNIT, Dose
from companion.programs.models_of_progression import (
    assess_by_model,
    one_step_a_day,
    plan_evidence,
    plans_of,
    task_reports,
    task_sessions,
)
from companion.programs.rule import Finding, proposed_dose, reason
from companion.programs.sessions import checkin_rows
from messaging.db import dialect_name

# Sessions older than this are no evidence for today's dose.
LOOKBACK = timedelta(days=14)
# The first pass ever reads the check-ins of this many days back.
FIRST_PASS = timedelta(days=3)
# A check-in committed just after a pass may carry a time just before it: read it again.
MARGIN = timedelta(minutes=5)
# Patients assessed per round of queries: bounded memory, and id lists any database takes.
CHUNK = 2_000


@cache
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def _local(moment: datetime, zone: str) -> date:
    return moment.astimezone(_zone(zone)).date()


def propose_progressions(now: datetime) -> int:
    """Propose the next dose, a hold or an easing wherever the evidence asks; returns how many.

    Incremental: only patients with check-ins that arrived since the last pass (the mark)
    are assessed, on their whole recent history, a few queries per 2,000 of them, so a
    tick costs what came in since the previous one. A pass with nothing new changes
    nothing. Commits.
    """
    mark = db.session.get(ProgressionMark, 1, with_for_update=True)
    since = now - FIRST_PASS if mark is None or mark.through > now else mark.through - MARGIN
    patient_ids = list(
        db.session.scalars(
            select(CheckIn.patient_id)
            .join(Patient, Patient.id == CheckIn.patient_id)
            .where(CheckIn.created_at >= since, Patient.status == PatientStatus.ACTIVE)
            .distinct()
        )
    )
    added = 0
    for start in range(0, len(patient_ids), CHUNK):
        added += _assess_patients(patient_ids[start : start + CHUNK], now)
    if mark is None:
        db.session.add(ProgressionMark(id=1, through=now))
    else:
        mark.through = now
    db.session.commit()
    return added


def _assess_patients(patient_ids: list[int], now: datetime) -> int:
    """Assess every current task of these patients; supersede and insert (caller commits)."""
    since = now.date() - LOOKBACK - timedelta(days=1)
    checkins = checkin_rows(since, CheckIn.patient_id.in_(patient_ids))
    # Each task is assessed on its own sessions, by the patient's model (models_of_progression).
    per_task, plans = task_reports(patient_ids, since), plans_of(patient_ids)
    pending = {
        row.task_id: row
        for row in db.session.execute(
            select(
                Proposal.id,
                Proposal.task_id,
                Proposal.kind,
                Proposal.current_reps,
                Proposal.current_load_lb,
                Proposal.current_duration_min,
            ).where(
                Proposal.status == ProposalStatus.PROPOSED, Proposal.patient_id.in_(patient_ids)
            )
        )
    }
    decided: dict[int, datetime] = dict(
        db.session.execute(  # type: ignore[arg-type]
            select(Proposal.task_id, func.max(Proposal.decided_at))
            .where(
                Proposal.status.in_([ProposalStatus.APPROVED, ProposalStatus.REJECTED]),
                Proposal.patient_id.in_(patient_ids),
            )
            .group_by(Proposal.task_id)
        ).all()
    )
    loads = tested_loads(patient_ids)
    stale: list[int] = []
    rows: list[dict[str, Any]] = []
    for task in _current_tasks(patient_ids):
        today = _local(now, task.timezone)
        if task.end_date is not None and task.end_date < today:
            continue
        after = max(task.start_date - timedelta(days=1), today - LOOKBACK)
        if task.task_id in decided:
            after = max(after, _local(decided[task.task_id], task.timezone))
        dose = Dose(task.reps, task.load_lb, task.duration_min)
        existing = pending.get(task.task_id)
        if existing is not None and dose != Dose(
            existing.current_reps, existing.current_load_lb, existing.current_duration_min
        ):
            stale.append(existing.id)  # the dose was changed by hand since
            existing = None
        sessions = task_sessions(
            checkins.get(task.patient_id, []),
            per_task.by_task.get(task.task_id, {}),
            per_task.days.get(task.patient_id, set()),
            today,
        )
        plan = plans[task.patient_id]
        finding = assess_by_model(plan, [s for s in sessions if s.day > after], today, after)
        target = task.target if task.unit and FIELD_BY_UNIT.get(task.unit) == dose.field else None
        unit = task.unit if target is not None else None
        tested = loads.get((task.patient_id, task.job_demand_id)) if task.handles else None
        if tested is not None and dose.field == "load_lb":
            # Never past the clinic-set share of the latest tested safe load (dose_cap).
            cap = cap_of(tested, task.home_dose_fraction)
            target, unit = (
                (cap, "lb") if target is None or unit != "lb" else (min(target, cap), "lb")
            )
        change = proposed_dose(finding, dose, target) if finding else None
        if finding is None or change is None:
            continue
        if existing is not None:
            if existing.kind == change[0]:
                continue
            stale.append(existing.id)
        rows.append(_proposal_row(task, finding, change, dose, target, unit, now))
        rows[-1]["reason"] |= plan_evidence(plan, after)
    rows = one_step_a_day(rows, plans, now)
    if stale:
        db.session.execute(
            update(Proposal)
            .where(Proposal.id.in_(stale))
            .values(status=ProposalStatus.SUPERSEDED, decided_at=now)
        )
    return _insert_proposals(rows)


def _current_tasks(patient_ids: list[int]) -> list[Any]:
    """The tasks of each patient's current programme (the one that started last)."""
    rows = db.session.execute(
        select(
            Program.patient_id,
            Patient.timezone,
            Program.id.label("program_id"),
            Program.start_date,
            Program.end_date,
            Task.id.label("task_id"),
            Task.reps,
            Task.load_lb,
            Task.duration_min,
            JobDemand.target,
            JobDemand.unit,
            Task.job_demand_id,
            (JobDemand.kind != DemandKind.POSITION).label("handles"),
            Clinic.home_dose_fraction,
        )
        .join(Program, Program.id == Task.program_id)
        .join(Patient, Patient.id == Program.patient_id)
        .join(Clinic, Clinic.id == Patient.clinic_id)
        .outerjoin(JobDemand, JobDemand.id == Task.job_demand_id)
        .where(Program.patient_id.in_(patient_ids), Task.removed_at.is_(None))
        .order_by(Program.patient_id, Program.start_date, Program.id)
    ).all()
    current = {row.patient_id: row.program_id for row in rows}
    return [row for row in rows if current[row.patient_id] == row.program_id]


def _proposal_row(
    task: Any,
    finding: Finding,
    change: tuple[ProposalKind, Dose],
    dose: Dose,
    target: Decimal | None,
    unit: str | None,
    now: datetime,
) -> dict[str, Any]:
    kind, new = change
    return {
        "patient_id": task.patient_id,
        "task_id": task.task_id,
        "kind": kind,
        "status": ProposalStatus.PROPOSED,
        "current_reps": dose.reps,
        "current_load_lb": dose.load_lb,
        "current_duration_min": dose.duration_min,
        "proposed_reps": new.reps,
        "proposed_load_lb": new.load_lb,
        "proposed_duration_min": new.duration_min,
        "reason": reason(finding, target, unit),
        "created_at": now,
    }


def _insert_proposals(rows: list[dict[str, Any]]) -> int:
    """Insert, skipping any task that meanwhile got a pending proposal from another pass."""
    if not rows:
        return 0
    insert = postgresql.insert if dialect_name() == "postgresql" else sqlite.insert
    # The Core table, like the planner: bulk rows need no unit-of-work bookkeeping.
    table = cast(Table, Proposal.__table__)
    statement = insert(table).on_conflict_do_nothing(
        index_elements=["task_id"], index_where=text("status = 'proposed'")
    )
    return len(db.session.execute(statement.returning(table.c.id), rows).all())

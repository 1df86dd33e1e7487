"""Progression by the patient's model, on each task's own sessions, one step up a day.

Pain-monitored patients are assessed by programs.rule (Silbernagel et al. 2007). Graded
activity (Lindström et al. 1992, Phys Ther 72:279-290; Staal et al. 2004, Spine 29:E300)
is quota-based and time-contingent: from the baseline dose the quota rises every preset
interval once the patient has practised it, not held back by pain within the agreed
ceiling; pain above the ceiling holds it (a red flag pauses the patient, and paused
patients are not assessed at all).

Whatever the model, at most one task steps up per patient per progression day: the one
longest at its dose, or the first in the therapist's order, and none while another
task's step up awaits the therapist, so every change can be judged on its own.
"""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from companion import audit
from companion.extensions import db
from companion.models import (
    Completion,
    Patient,
    ProgressionModel,
    Proposal,
    ProposalKind,
    ProposalStatus,
    StepOrder,
    Task,
    TaskReport,
    Therapist,
)
from companion.models.function import DEFAULT_PAIN_CEILING, DEFAULT_QUOTA_DAYS
from companion.programs.rule import Finding, assess
from companion.programs.sessions import FATIGUE_LIMIT, PAIN_LIMIT, Row, Session, sessions_from

# A quota rises only once the patient has done it this often at the current dose.
QUOTA_SESSIONS = 2


@dataclass(frozen=True)
class Plan:
    """A patient's progression settings, as one pass of progression reads them."""

    model: ProgressionModel = ProgressionModel.PAIN_MONITORED
    pain_ceiling: int = DEFAULT_PAIN_CEILING
    quota_days: int = DEFAULT_QUOTA_DAYS
    order: StepOrder = StepOrder.LONGEST_AT_DOSE
    timezone: str = "UTC"

    @property
    def graded(self) -> bool:
        return self.model == ProgressionModel.GRADED_ACTIVITY


def apply_progression_settings(patient: Patient, spec: dict[str, Any] | None) -> None:
    """Set the model from validated settings (None: the defaults); the ceiling and the
    quota interval only mean something in graded activity and are cleared otherwise."""
    spec = spec or {}
    model = ProgressionModel(spec.get("model") or ProgressionModel.PAIN_MONITORED)
    graded = model == ProgressionModel.GRADED_ACTIVITY
    patient.progression_model = model
    patient.pain_ceiling = spec.get("pain_ceiling") if graded else None
    patient.quota_interval_days = spec.get("quota_interval_days") if graded else None
    patient.step_order = StepOrder(spec.get("step_order") or StepOrder.LONGEST_AT_DOSE)


def set_progression_model(
    therapist: Therapist, patient: Patient, spec: dict[str, Any], now: datetime
) -> bool:
    """Change how the patient's doses progress, audited with the settings before and after;
    False when nothing changed.

    Pending proposals were made under the old model: a change of model withdraws them,
    and the next pass proposes afresh. Commits.
    """
    before = patient.progression_settings
    apply_progression_settings(patient, spec)
    after = patient.progression_settings
    if before == after:
        return False
    if before["model"] != after["model"]:
        pending = db.session.scalars(
            select(Proposal).where(
                Proposal.patient_id == patient.id, Proposal.status == ProposalStatus.PROPOSED
            )
        )
        for proposal in pending:
            proposal.supersede(now)
    audit.record(
        therapist, "patient.progression_model", now, patient.id, before=before, after=after
    )
    db.session.commit()
    return True


def plans_of(patient_ids: list[int]) -> dict[int, Plan]:
    """The progression settings of these patients, in one query."""
    rows = db.session.execute(
        select(
            Patient.id,
            Patient.progression_model,
            Patient.pain_ceiling,
            Patient.quota_interval_days,
            Patient.step_order,
            Patient.timezone,
        ).where(Patient.id.in_(patient_ids))
    )
    return {
        pid: Plan(
            model,
            DEFAULT_PAIN_CEILING if ceiling is None else ceiling,
            days or DEFAULT_QUOTA_DAYS,
            order,
            zone,
        )
        for pid, model, ceiling, days, order, zone in rows
    }


# --- each task's own sessions -------------------------------------------------------------

# completion, pain, fatigue, effort of one task on one day
TaskDay = tuple[Completion, int | None, int | None, int | None]


@dataclass
class TaskReports:
    """Per-task reports of some patients: by task and day, and the days each patient gave any."""

    by_task: dict[int, dict[date, TaskDay]]
    days: dict[int, set[date]]


def task_reports(patient_ids: list[int], since: date) -> TaskReports:
    """The per-task reports from `since` on, in one query."""
    by_task: dict[int, dict[date, TaskDay]] = defaultdict(dict)
    days: dict[int, set[date]] = defaultdict(set)
    rows = db.session.execute(
        select(
            TaskReport.patient_id,
            TaskReport.task_id,
            TaskReport.local_date,
            TaskReport.completion,
            TaskReport.pain,
            TaskReport.fatigue,
            TaskReport.effort,
        )
        .where(TaskReport.patient_id.in_(patient_ids), TaskReport.local_date >= since)
        .order_by(TaskReport.id)
    )
    for pid, task_id, day, completion, pain, fatigue, effort in rows:
        by_task[task_id][day] = (Completion(completion), pain, fatigue, effort)  # latest wins
        days[pid].add(day)
    return TaskReports(by_task, days)


def task_sessions(
    rows: Iterable[Row], mine: dict[date, TaskDay], report_days: set[date], today: date
) -> list[Session]:
    """A task's sessions: the day's check-ins, except where the patient spoke of tasks one
    by one; then the task's own word counts, and a task not named that day is no evidence."""
    own: list[Row] = []
    for day, completion, pain, fatigue, trend, effort in rows:
        if day in report_days:
            said = mine.get(day)
            if said is None:
                completion = None
            else:
                completion = said[0]
                pain = said[1] if said[1] is not None else pain
                fatigue = said[2] if said[2] is not None else fatigue
                effort = said[3] if said[3] is not None else effort
        own.append((day, completion, pain, fatigue, trend, effort))
    return sessions_from(own, today)


# --- the models ---------------------------------------------------------------------------


def assess_by_model(
    plan: Plan, sessions: list[Session], today: date, after: date
) -> Finding | None:
    """The finding for a task whose dose has stood since the day after `after`."""
    if not plan.graded:
        return assess(sessions)
    recent = sessions[-QUOTA_SESSIONS:]
    if any(s.pain is not None and s.pain > plan.pain_ceiling for s in recent):
        return Finding(ProposalKind.HOLD, "pain_above_ceiling", recent)
    if (today - after).days < plan.quota_days:
        return None  # the quota's schedule has not come round
    done = [s for s in sessions if s.completion == Completion.DONE]
    if len(done) < QUOTA_SESSIONS:
        return None  # the current quota is not yet practised
    return Finding(ProposalKind.ADVANCE, "quota_schedule", done[-QUOTA_SESSIONS:])


def plan_evidence(plan: Plan, after: date) -> dict[str, Any]:
    """What a proposal adds to its reason: the model, its limits and the dose's age."""
    limits = (
        {"pain": plan.pain_ceiling, "quota_days": plan.quota_days}
        if plan.graded
        else {"pain": PAIN_LIMIT, "fatigue": FATIGUE_LIMIT}
    )
    return {
        "model": plan.model.value,
        "limits": limits,
        "at_dose_since": (after + timedelta(days=1)).isoformat(),
    }


# --- one step up a day --------------------------------------------------------------------


def one_step_a_day(
    rows: list[dict[str, Any]], plans: dict[int, Plan], now: datetime
) -> list[dict[str, Any]]:
    """Keep at most one step up per patient: none while another awaits the therapist or was
    proposed today, else the chosen task's, its reason naming the tasks left waiting."""
    advances: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        if row["kind"] == ProposalKind.ADVANCE:
            advances[row["patient_id"]].append(row)
    if not advances:
        return rows
    busy = _stepping_today(list(advances), plans, now)
    tasks = {
        task_id: (position, name)
        for task_id, position, name in db.session.execute(
            select(Task.id, Task.position, Task.name).where(
                Task.id.in_([r["task_id"] for rs in advances.values() for r in rs])
            )
        )
    }
    dropped: set[int] = set()
    for patient_id, candidates in advances.items():
        order = plans[patient_id].order
        if patient_id in busy:
            dropped.update(id(r) for r in candidates)
            continue

        def rank(row: dict[str, Any], order: StepOrder = order) -> tuple[Any, ...]:
            position = tasks[row["task_id"]][0]
            if order == StepOrder.TASK_ORDER:
                return (position,)
            return (row["reason"]["at_dose_since"], position)

        chosen, *waiting = sorted(candidates, key=rank)
        dropped.update(id(r) for r in waiting)
        chosen["reason"] = chosen["reason"] | {
            "one_step": {
                "order": order.value,
                "waiting": [tasks[r["task_id"]][1] for r in waiting],
            }
        }
    return [row for row in rows if id(row) not in dropped]


def _stepping_today(patient_ids: list[int], plans: dict[int, Plan], now: datetime) -> set[int]:
    """Patients with a step up awaiting the therapist, or one proposed on their local today."""
    rows = db.session.execute(
        select(Proposal.patient_id, Proposal.task_id, Proposal.status, Proposal.created_at).where(
            Proposal.patient_id.in_(patient_ids),
            Proposal.kind == ProposalKind.ADVANCE,
            Proposal.status.in_([ProposalStatus.PROPOSED, ProposalStatus.APPROVED]),
            Proposal.created_at >= now - timedelta(days=2),
        )
    )
    busy = set()
    for patient_id, _task, status, created_at in rows:
        zone = ZoneInfo(plans[patient_id].timezone)
        today = now.astimezone(zone).date()
        if status == ProposalStatus.PROPOSED or created_at.astimezone(zone).date() == today:
            busy.add(patient_id)
    busy |= set(
        db.session.scalars(
            select(Proposal.patient_id).where(
                Proposal.patient_id.in_(patient_ids),
                Proposal.kind == ProposalKind.ADVANCE,
                Proposal.status == ProposalStatus.PROPOSED,
            )
        )
    )
    return busy

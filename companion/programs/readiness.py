"""Return-to-work readiness: each job demand's best tolerated dose against its target, and when.

Readiness counts what the patient has shown, not what was prescribed: the best dose of a
task training the demand on a day done with acceptable pain (≤ 5), over the last four
weeks. The projected date extends the recent weekly rate of progress to the target.
"""

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from statistics import StatisticsError, linear_regression
from zoneinfo import ZoneInfo

from sqlalchemy import select

from companion.extensions import db
from companion.models import (
    CheckIn,
    DemandFrequency,
    JobDemand,
    Patient,
    Proposal,
    ProposalStatus,
    Task,
)
from companion.programs.dose import FIELD_BY_UNIT, Dose
from companion.programs.sessions import Row, checkin_rows, sessions_from

RECENT = timedelta(days=28)
# A date further out than this is no projection a case manager can plan with.
HORIZON = timedelta(days=365)


@dataclass(frozen=True)
class DemandReadiness:
    demand_id: int
    name: str
    target: Decimal
    unit: str
    frequency: DemandFrequency
    best: Decimal | None  # best dose done with acceptable pain lately
    readiness: float | None  # best / target, 0-1; None when nothing measures it yet
    weekly_gain: Decimal | None  # recent progress, in `unit` per week
    projected: date | None  # when the target was reached, or is projected to be
    note: str
    measured: bool = True  # False: no home task trains this demand in its unit


@dataclass(frozen=True)
class Readiness:
    as_of: date
    demands: list[DemandReadiness]
    overall: float | None  # the least-ready measured demand: the job needs them all
    projected: date | None  # return to work: when the last measured demand reaches target
    note: str


def readiness(patient: Patient, now: datetime) -> Readiness:
    """Readiness per job demand and overall, with a projected return-to-work date or why not."""
    return readiness_of([patient], now)[patient.id]


def readiness_of(patients: Sequence[Patient], now: datetime) -> dict[int, Readiness]:
    """`readiness` of each patient, in two queries however many there are (the caseload).

    The patients' programmes, tasks and job profiles are read through their relationships:
    a caller listing many loads them eagerly.
    """
    ids = [p.id for p in patients]
    todays = {p.id: now.astimezone(ZoneInfo(p.timezone)).date() for p in patients}
    since = min(todays.values(), default=now.date()) - RECENT
    rows = checkin_rows(since, CheckIn.patient_id.in_(ids)) if ids else {}
    changes = _approved_changes(ids)
    return {p.id: _readiness(p, todays[p.id], rows.get(p.id, []), changes) for p in patients}


def _readiness(
    patient: Patient, today: date, rows: list[Row], changes: dict[int, list[tuple[datetime, Dose]]]
) -> Readiness:
    profile, program = patient.job_profile, patient.program
    if profile is None or not profile.demands:
        return Readiness(today, [], None, None, "No job demand profile is on file.")
    zone = ZoneInfo(patient.timezone)
    # Removed tasks too: what the patient did with them still counts, up to their removal.
    tasks = [
        _Window(t, _local(t.added_at, zone), _local(t.removed_at, zone), [
            (decided.astimezone(zone).date(), before) for decided, before in changes[t.id]
        ])
        for t in (program.all_tasks if program else [])
    ]  # fmt: skip
    recent = [row for row in rows if row[0] >= today - RECENT]
    start = program.start_date if program else today
    days = [s.day for s in sessions_from(recent, today) if s.acceptable and start <= s.day <= today]
    return _overall(today, [_demand(d, tasks, days, today) for d in profile.demands])


@dataclass(frozen=True)
class _Window:
    """A task with the days it was in the programme and its approved dose changes."""

    task: Task
    added: date | None  # in the programme from the day after (None: from the start)
    removed: date | None  # in the programme through this day (None: still in it)
    changes: list[tuple[date, Dose]]  # (local date of approval, dose before it), oldest first

    def dose_on(self, day: date) -> Dose | None:
        """The dose on a day, or None when the task was not in that day's plan."""
        if (self.added is not None and day <= self.added) or (
            self.removed is not None and day > self.removed
        ):
            return None
        return dose_on(self.task, day, self.changes)


def programme_on(patient: Patient, day: date) -> list[tuple[Task, Dose]]:
    """The tasks in the patient's plan on a (patient-local) day, each with the dose it had."""
    program = patient.program
    if program is None:
        return []
    zone, changes = ZoneInfo(patient.timezone), _approved_changes([patient.id])
    windows = [
        _Window(t, _local(t.added_at, zone), _local(t.removed_at, zone), [
            (decided.astimezone(zone).date(), before) for decided, before in changes[t.id]
        ])
        for t in program.all_tasks
    ]  # fmt: skip
    return [(w.task, dose) for w in windows if (dose := w.dose_on(day)) is not None]


def _local(moment: datetime | None, zone: ZoneInfo) -> date | None:
    return None if moment is None else moment.astimezone(zone).date()


def _approved_changes(patient_ids: list[int]) -> dict[int, list[tuple[datetime, Dose]]]:
    """Per task, (when approved, dose before it), oldest first: the rule's or a therapist's edit."""
    changes: dict[int, list[tuple[datetime, Dose]]] = defaultdict(list)
    if not patient_ids:
        return changes
    for proposal in db.session.scalars(
        select(Proposal)
        .where(
            Proposal.patient_id.in_(patient_ids),
            Proposal.status == ProposalStatus.APPROVED,
        )
        .order_by(Proposal.decided_at, Proposal.id)
    ):
        decided = proposal.decided_at or proposal.created_at
        changes[proposal.task_id].append((decided, Dose.current_of(proposal)))
    return changes


def _measure(task: Task, dose: Dose | None, field: str) -> Decimal | None:
    if dose is None:
        return None
    value = task.distance_ft if field == "distance_ft" else getattr(dose, field)
    return None if not value else Decimal(value)


def dose_on(task: Task, day: date, changes: list[tuple[date, Dose]]) -> Dose:
    """The dose a task had on a day: an approval takes effect from the next day's plan."""
    for decided, before in changes:
        if decided >= day:
            return before
    return Dose.of_task(task)


def _demand(
    demand: JobDemand, tasks: list["_Window"], days: list[date], today: date
) -> DemandReadiness:
    field = FIELD_BY_UNIT.get(demand.unit)
    training = [w for w in tasks if w.task.job_demand_id == demand.id]
    measuring = [w for w in training if field and _measure(w.task, Dose.of_task(w.task), field)]
    target = Decimal(demand.target)

    def result(
        best: Decimal | None, gain: Decimal | None, when: date | None, note: str
    ) -> DemandReadiness:
        share = None if best is None else round(min(1.0, float(best / target)), 2)
        return DemandReadiness(
            demand.id, demand.name, target, demand.unit, demand.frequency, best, share, gain, when,
            note, measured=bool(measuring),
        )  # fmt: skip

    if not measuring or field is None:
        return result(None, None, None, "No home task measures this demand yet.")
    points: list[tuple[date, Decimal]] = []
    for day in days:
        values = [v for w in measuring if (v := _measure(w.task, w.dose_on(day), field))]
        if values:
            points.append((day, max(values)))
    if not points:
        return result(None, None, None, "No session done with acceptable pain in 4 weeks.")
    best = max(value for _, value in points)
    if best >= target:
        reached = next(day for day, value in points if value >= target)
        return result(best, None, reached, "Target reached.")
    gain = _weekly_gain(points)
    if gain is None or gain <= 0:
        return result(best, None, None, "No progress to project yet.")
    projected = today + timedelta(days=math.ceil((target - best) / gain * 7))
    if projected - today > HORIZON:
        return result(best, gain, None, "Progress too slow to project within a year.")
    return result(best, gain, projected, f"About +{gain:f} {demand.unit} a week.")


def _weekly_gain(points: list[tuple[date, Decimal]]) -> Decimal | None:
    """The least-squares slope of the tolerated dose over time, per week; None if undefined."""
    try:
        slope, _ = linear_regression(
            [day.toordinal() for day, _ in points], [float(value) for _, value in points]
        )
    except StatisticsError:  # fewer than two days
        return None
    return Decimal(str(round(slope * 7, 1)))


def _overall(today: date, demands: list[DemandReadiness]) -> Readiness:
    measured = [d for d in demands if d.measured]
    if not measured:
        note = "No job demand is measured by the home programme yet."
        return Readiness(today, demands, None, None, note)
    shown = [d.readiness for d in measured if d.readiness is not None]
    overall = min(shown) if shown else None
    waiting = [d.name for d in measured if d.projected is None]
    if waiting:
        note = f"No return-to-work date can be projected yet ({', '.join(waiting)})."
        return Readiness(today, demands, overall, None, note)
    projected = max(d.projected for d in measured if d.projected is not None)
    return Readiness(today, demands, overall, projected, "Projected from recent weekly progress.")

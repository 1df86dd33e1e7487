"""The caseload: every patient of a clinic, most urgent first, in a fixed number of queries."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Protocol
from zoneinfo import ZoneInfo

from sqlalchemy import func, or_, select
from sqlalchemy.orm import selectinload

from companion import audit
from companion.attention import attention_by_patient
from companion.capacity.readiness import Capacity, capacities_of
from companion.extensions import db
from companion.models import (
    Alert,
    AlertStatus,
    CheckIn,
    Completion,
    Direction,
    JobDemandProfile,
    Message,
    Patient,
    PatientStatus,
    Program,
    Severity,
    Therapist,
)
from companion.progress import Adherence, count_days

SEVERITY_RANK = {Severity.URGENT: 0, Severity.HIGH: 1, Severity.WATCH: 2}
NO_ALERT = len(SEVERITY_RANK)
WINDOW_DAYS = 28
SPARK_DAYS = 14
# A day's best report counts: done beats partial beats skipped (as in companion.progress).
_RANK = {Completion.SKIPPED: 1, Completion.PARTIAL: 2, Completion.DONE: 3}
# How a task's dose is read against a demand's unit; other units are not measured yet.
_DOSE_BY_UNIT = {"lb": "load_lb", "min": "duration_min", "ft": "distance_ft"}


@dataclass(frozen=True)
class DayReport:
    """The best completion and the highest pain and fatigue a patient reported on a day."""

    completion: Completion | None = None
    pain: int | None = None
    fatigue: int | None = None


def series(reports: dict[date, DayReport], what: str) -> dict[date, int]:
    """Pain or fatigue by day, for the charts."""
    values = {day: getattr(report, what) for day, report in reports.items()}
    return {day: value for day, value in values.items() if value is not None}


@dataclass(frozen=True)
class DemandProgress:
    """A job demand's target beside the current home dose of the tasks that train it."""

    name: str
    target: Decimal
    unit: str
    dose: Decimal | None

    @property
    def fraction(self) -> float | None:
        if self.dose is None or not self.target:
            return None
        return min(float(self.dose / self.target), 1.0)


@dataclass(frozen=True)
class CaseloadRow:
    patient: Patient
    today: date
    alerts: list[Alert]
    days: dict[date, DayReport]
    week: Adherence
    month: Adherence
    days_since_reply: int | None  # None: never replied nor reported
    demands: list[DemandProgress]
    capacity: Capacity  # clinic-tested readiness for work

    @property
    def window(self) -> list[date]:
        return [self.today - timedelta(days=n) for n in range(SPARK_DAYS - 1, -1, -1)]

    def series(self, what: str) -> dict[date, int]:
        return series(self.days, what)

    @property
    def needs_attention(self) -> bool:
        """An unresolved alert, the same test the alert inbox lists by (companion.attention)."""
        return bool(self.alerts)

    @property
    def open_rank(self) -> int:
        ranks = [SEVERITY_RANK[a.severity] for a in self.alerts if a.status == AlertStatus.OPEN]
        return min(ranks, default=NO_ALERT)

    @property
    def unresolved_rank(self) -> int:
        return min((SEVERITY_RANK[a.severity] for a in self.alerts), default=NO_ALERT)

    def urgency(self) -> tuple[int, int, int, int, str]:
        """Open urgent, high, watch alerts; then silent days; then alerts already in hand."""
        silence = self.days_since_reply if self.days_since_reply is not None else 0
        return (
            self.open_rank,
            -self.week.silent_days,
            self.unresolved_rank,
            -silence,
            self.patient.display_name.lower(),
        )


def local_today(patient: Patient, now: datetime) -> date:
    return now.astimezone(ZoneInfo(patient.timezone)).date()


def _higher(a: int | None, b: int | None) -> int | None:
    return b if a is None else a if b is None else max(a, b)


class Reported(Protocol):
    """What a day's report is merged from: a check-in, or just those columns of one."""

    @property
    def completion(self) -> Completion | None: ...
    @property
    def pain(self) -> int | None: ...
    @property
    def fatigue(self) -> int | None: ...


def merge_day(day: DayReport, checkin: Reported) -> DayReport:
    completion = day.completion
    if checkin.completion and (completion is None or _RANK[checkin.completion] > _RANK[completion]):
        completion = checkin.completion
    return DayReport(
        completion=completion,
        pain=_higher(day.pain, checkin.pain),
        fatigue=_higher(day.fatigue, checkin.fatigue),
    )


def adherence_from(
    program: Program | None, days: dict[date, DayReport], start: date, end: date, today: date
) -> Adherence:
    """companion.progress.adherence over reports already loaded (no query per patient)."""
    outcomes = {day: report.completion for day, report in days.items()}
    return count_days(program, outcomes, start, end, today)


def demand_progress(patient: Patient) -> list[DemandProgress]:
    """Each demand of the patient's job with the best current home dose toward it, if measurable."""
    if patient.job_profile is None:
        return []
    tasks = patient.program.tasks if patient.program else []
    progress = []
    for demand in patient.job_profile.demands:
        attribute = _DOSE_BY_UNIT.get(demand.unit)
        doses = [
            Decimal(getattr(task, attribute))
            for task in tasks
            if attribute and task.job_demand_id == demand.id and getattr(task, attribute)
        ]
        progress.append(
            DemandProgress(demand.name, demand.target, demand.unit, max(doses, default=None))
        )
    return progress


def _reports_by_patient(clinic_id: int, since: date) -> dict[int, dict[date, DayReport]]:
    # Columns, not CheckIn objects: a caseload reads thousands, and mapping each one to an
    # object was a third of the page's time.
    columns = (CheckIn.patient_id, CheckIn.local_date, CheckIn.completion, CheckIn.pain)
    checkins = db.session.execute(
        select(*columns, CheckIn.fatigue)
        .join(Patient, Patient.id == CheckIn.patient_id)
        .where(Patient.clinic_id == clinic_id, CheckIn.local_date >= since)
    )
    reports: dict[int, dict[date, DayReport]] = defaultdict(dict)
    for checkin in checkins:
        days = reports[checkin.patient_id]
        days[checkin.local_date] = merge_day(days.get(checkin.local_date, DayReport()), checkin)
    return reports


def _last_replies(clinic_id: int) -> dict[int, datetime]:
    rows = db.session.execute(
        select(Message.patient_id, func.max(Message.created_at))
        .join(Patient, Patient.id == Message.patient_id)
        .where(Patient.clinic_id == clinic_id, Message.direction == Direction.INBOUND)
        .group_by(Message.patient_id)
    )
    return {patient_id: at for patient_id, at in rows if patient_id is not None}


def _days_since(
    patient: Patient, today: date, days: dict[date, DayReport], last: datetime | None
) -> int | None:
    """Days since the patient last texted or reported anything."""
    seen = list(days) + ([last.astimezone(ZoneInfo(patient.timezone)).date()] if last else [])
    return (today - max(seen)).days if seen else None


def caseload(therapist: Therapist, now: datetime) -> list[CaseloadRow]:
    """Every patient of the therapist's clinic, most urgent first; the read is audited."""
    clinic_id = therapist.clinic_id
    # Audit first: committing after the load would expire every row the page is about to read.
    audit.record(therapist, "caseload.view", now)
    db.session.commit()
    alerts = attention_by_patient(clinic_id)
    # A discharged patient stays on the caseload while an alert of theirs is unresolved.
    patients = db.session.scalars(
        select(Patient)
        .where(
            Patient.clinic_id == clinic_id,
            or_(Patient.status != PatientStatus.DISCHARGED, Patient.id.in_(list(alerts))),
        )
        .options(
            selectinload(Patient.programs).selectinload(Program.tasks),
            selectinload(Patient.programs).selectinload(Program.all_tasks),
            selectinload(Patient.job_profile).selectinload(JobDemandProfile.demands),
        )
    ).all()
    since = now.date() - timedelta(days=WINDOW_DAYS + 1)
    reports, replies = _reports_by_patient(clinic_id, since), _last_replies(clinic_id)
    ready = capacities_of(patients)
    rows = []
    for patient in patients:
        today, days = local_today(patient, now), reports.get(patient.id, {})
        rows.append(
            CaseloadRow(
                patient=patient,
                today=today,
                alerts=alerts.get(patient.id, []),
                days=days,
                week=adherence_from(patient.program, days, today - timedelta(6), today, today),
                month=adherence_from(
                    patient.program, days, today - timedelta(WINDOW_DAYS - 1), today, today
                ),
                days_since_reply=_days_since(patient, today, days, replies.get(patient.id)),
                demands=demand_progress(patient),
                capacity=ready[patient.id],
            )
        )
    rows.sort(key=CaseloadRow.urgency)
    return rows

"""The patient page's use cases: the audited record, pausing and resuming texts, the report."""

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import joinedload

from companion import audit
from companion.attention import SEVERITY_FIRST
from companion.capacity.summary import CapacitySummary, summarise
from companion.dashboard.triage import (
    DayReport,
    DemandProgress,
    adherence_from,
    demand_progress,
    local_today,
    merge_day,
    series,
)
from companion.extensions import db
from companion.models import (
    Alert,
    AlertStatus,
    CareNote,
    CheckIn,
    Message,
    Patient,
    Severity,
    Therapist,
)
from companion.models.progression import Proposal
from companion.patients import patient_for, view_patient
from companion.programs.proposals import proposals_of
from companion.programs.readiness import Readiness, readiness
from companion.progress import Adherence, data_periods
from companion.reports.pdf import period_report
from companion.therapist_texts import THERAPIST_MESSAGE, senders

CHART_DAYS = 56
THREAD_LENGTH = 100


@dataclass(frozen=True)
class PatientRecord:
    patient: Patient
    today: date
    days: list[date]
    reports: dict[date, DayReport]
    calendar: list[tuple[date, str]]
    adherence: Adherence
    alerts: list[Alert]
    messages: list[Message]
    senders: dict[int, str]  # who on the care team wrote a text, by message id
    notes: list[CareNote]
    demands: list[DemandProgress]
    readiness: Readiness  # home training: doses done, never tested capacity
    proposals: list[Proposal]
    capacity: CapacitySummary  # readiness for work: clinic tests against the job's demands

    @property
    def urgent(self) -> list[Alert]:
        """The unresolved urgent alerts: approving a progression meanwhile asks first."""
        return [a for a in self.alerts if a.severity == Severity.URGENT]

    @property
    def flagged_texts(self) -> set[str]:
        """The texts an unresolved alert quotes, so the thread can mark them."""
        return {a.evidence["text"] for a in self.alerts if a.evidence.get("text")}

    def series(self, what: str) -> dict[date, int]:
        return series(self.reports, what)


def day_outcome(patient: Patient, day: date, today: date, report: DayReport | None) -> str:
    program = patient.program
    if program is None or not program.is_program_day(day):
        return "rest"
    if report is not None and report.completion is not None:
        return report.completion.value
    return "pending" if day >= today else "silent"


def patient_record(therapist: Therapist, patient_id: int, now: datetime) -> PatientRecord | None:
    """Everything the patient page shows, or None outside the clinic; the read is audited."""
    patient = view_patient(therapist, patient_id, now, "dashboard")
    if patient is None:
        return None
    today = local_today(patient, now)
    start = today - timedelta(days=CHART_DAYS - 1)
    if patient.program is not None:
        start = max(start, min(patient.program.start_date, today))
    days = [start + timedelta(days=n) for n in range((today - start).days + 1)]
    reports: dict[date, DayReport] = {}
    for checkin in db.session.scalars(
        select(CheckIn).where(CheckIn.patient_id == patient.id, CheckIn.local_date >= start)
    ):
        reports[checkin.local_date] = merge_day(
            reports.get(checkin.local_date, DayReport()), checkin
        )
    messages = db.session.scalars(
        select(Message)
        .where(Message.patient_id == patient.id)
        .order_by(Message.created_at.desc(), Message.id.desc())
        .limit(THREAD_LENGTH)
    ).all()
    return PatientRecord(
        patient=patient,
        today=today,
        days=days,
        reports=reports,
        calendar=[(d, day_outcome(patient, d, today, reports.get(d))) for d in days],
        adherence=replace(
            adherence_from(patient.program, reports, start, today, today),
            data_periods=data_periods(patient, today, today),
        ),
        alerts=list(
            db.session.scalars(
                select(Alert)
                .where(Alert.patient_id == patient.id, Alert.status != AlertStatus.RESOLVED)
                .order_by(SEVERITY_FIRST, Alert.created_at.desc(), Alert.id.desc())
            )
        ),
        messages=list(reversed(messages)),
        senders=senders(patient.id, [m.id for m in messages if m.purpose == THERAPIST_MESSAGE]),
        proposals=[p for p in proposals_of(patient) if p.is_pending],
        notes=list(
            db.session.scalars(
                select(CareNote)
                .options(joinedload(CareNote.author))
                .where(CareNote.patient_id == patient.id)
                .order_by(CareNote.created_at.desc(), CareNote.id.desc())
            )
        ),
        demands=demand_progress(patient),
        readiness=readiness(patient, now),
        capacity=summarise(patient, now),
    )


def set_texts_paused(
    therapist: Therapist, patient_id: int, paused: bool, now: datetime
) -> Patient | None:
    """Pause the patient's programme texts, or resume them; None outside the clinic."""
    patient = patient_for(therapist, patient_id)
    if patient is not None:
        if paused:
            patient.pause("therapist")
        else:
            patient.resume()
        audit.record(therapist, "patient.pause" if paused else "patient.resume", now, patient.id)
        db.session.commit()
    return patient


def report_pdf(therapist: Therapist, patient_id: int, now: datetime) -> bytes | None:
    """The progress report PDF, its export audited; None outside the clinic."""
    patient = view_patient(therapist, patient_id, now, "report")
    if patient is None:
        return None
    return period_report(patient, now)

"""Discharge: the programme ends with its outcome, the texts stop and the patient says goodbye.

A patient is discharged once, by a therapist, with where the programme left them (back at
work on full or modified duty, not back, or left early). Nothing is sent after it but one
farewell; queued texts are cancelled, the programme ends today, days stop being settled and
the caseload no longer lists them. An open urgent alert must be dealt with first: discharge
must never be how a red flag gets closed.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from companion import audit
from companion.alerts import unresolved_alerts
from companion.extensions import db
from companion.models import (
    DischargeOutcome,
    Patient,
    PatientStatus,
    Severity,
    Therapist,
)
from companion.texts import render_for
from messaging.outbox import cancel_pending, enqueue

OUTCOME_WINDOW = timedelta(days=365)


class DischargeError(ValueError):
    """Why the patient cannot be discharged now. Nothing was changed."""


def discharge(
    therapist: Therapist, patient: Patient, outcome: DischargeOutcome, now: datetime
) -> None:
    """End the patient's programme with its outcome, in one transaction, audited."""
    if patient.status == PatientStatus.DISCHARGED:
        raise DischargeError(f"{patient.first_name} was already discharged.")
    alerts = unresolved_alerts(patient.id)
    if any(alert.severity == Severity.URGENT for alert in alerts.values()):
        raise DischargeError("Deal with the open urgent alert first, then discharge.")
    today = now.astimezone(ZoneInfo(patient.timezone)).date()
    program = patient.program
    if program is not None and program.start_date <= today:
        program.end_date = min(program.end_date or today, today)
    for alert in alerts.values():  # lesser findings end with the programme
        alert.resolve(therapist.id, now)
    cancel_pending(patient.phone, now)
    if patient.status != PatientStatus.STOPPED and patient.consented:
        enqueue(
            phone=patient.phone,
            body=render_for("farewell", patient),
            dedupe_key=f"discharge:{patient.id}",
            now=now,
            patient_id=patient.id,
            purpose="discharge",
        )
    patient.status, patient.paused_reason = PatientStatus.DISCHARGED, None
    patient.discharged_at, patient.discharge_outcome = now, outcome
    audit.record(
        therapist, "patient.discharge", now, patient.id,
        outcome=outcome.value, resolved_alerts=sorted(a.id for a in alerts.values()),
    )  # fmt: skip
    db.session.commit()


@dataclass(frozen=True)
class Outcomes:
    """How the clinic's programmes ended over the last year: who, and the counts by outcome."""

    patients: list[Patient]

    @property
    def counts(self) -> dict[DischargeOutcome, int]:
        counts = dict.fromkeys(DischargeOutcome, 0)
        for patient in self.patients:
            if patient.discharge_outcome is not None:
                counts[patient.discharge_outcome] += 1
        return counts

    @property
    def returned_to_work(self) -> int:
        return sum(n for outcome, n in self.counts.items() if outcome.returned_to_work)

    @property
    def rate(self) -> float | None:
        """The share back at work, full or modified duty; None before the first discharge."""
        return self.returned_to_work / len(self.patients) if self.patients else None


def clinic_outcomes(clinic_id: int, now: datetime) -> Outcomes:
    """The clinic's patients discharged in the last year, newest first (one query)."""
    patients = db.session.scalars(
        select(Patient)
        .where(
            Patient.clinic_id == clinic_id,
            Patient.status == PatientStatus.DISCHARGED,
            Patient.discharged_at >= now - OUTCOME_WINDOW,
        )
        .order_by(Patient.discharged_at.desc(), Patient.id.desc())
    )
    return Outcomes(list(patients))

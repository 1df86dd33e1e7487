"""Function as the patient rates it (PSFS): the activities asked about, the trend, and its alerts.

PSFS (Stratford et al. 1995, Physiother Can 47:258-263; free to use): each activity 0
(unable) to 10 (as before the injury), scored as the average; the minimal detectable
change of the average is about 2 points. Alerts follow MedBridge Pathways' published
scheme: no improvement over two assessments → high; a drop of 20 % or more → high (the
brief sets high, not critical, for a drop). "No improvement" here is a change smaller than
the detectable one, so noise never counts as progress.
"""

from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import select

from companion import audit
from companion.alerts import raise_alert
from companion.extensions import db
from companion.models import (
    Alert,
    Instrument,
    JobDemandProfile,
    Patient,
    QuestionnaireResponse,
    ResponseStatus,
    Severity,
    Therapist,
)

MDC = Decimal(2)  # points on the PSFS average (Stratford 1995)
DROP = Decimal("0.2")  # a fall of a fifth or more from the previous assessment
MIN_ACTIVITIES, MAX_ACTIVITIES = 3, 5


def default_activities(profile: JobDemandProfile | None) -> list[str]:
    """The job's critical demands (all its demands if none is marked critical), at most five."""
    demands = profile.demands if profile is not None else []
    critical = [d.name for d in demands if d.critical] or [d.name for d in demands]
    return critical[:MAX_ACTIVITIES]


def psfs_activities(patient: Patient) -> list[str]:
    """The therapist's chosen activities, else the job's critical demands, else the tasks."""
    if patient.psfs_activities:
        return list(patient.psfs_activities)[:MAX_ACTIVITIES]
    if activities := default_activities(patient.job_profile):
        return activities
    tasks = patient.program.tasks if patient.program else []
    return [t.name for t in tasks][:MAX_ACTIVITIES]


def average(values: list[int]) -> Decimal:
    return (Decimal(sum(values)) / len(values)).quantize(Decimal("0.1"), ROUND_HALF_UP)


@dataclass(frozen=True)
class Assessment:
    """One completed PSFS: when, on what occasion, each activity's rating and the average."""

    occasion: str
    completed_at: datetime
    ratings: dict[str, int]
    score: Decimal


def psfs_trend(patient_id: int) -> list[Assessment]:
    """The patient's completed PSFS assessments, oldest first."""
    responses = db.session.scalars(
        select(QuestionnaireResponse)
        .where(
            QuestionnaireResponse.patient_id == patient_id,
            QuestionnaireResponse.instrument == Instrument.PSFS,
            QuestionnaireResponse.status == ResponseStatus.COMPLETED,
        )
        .order_by(QuestionnaireResponse.completed_at, QuestionnaireResponse.id)
    )
    return [
        Assessment(
            r.occasion,
            r.completed_at or r.started_at,
            {r.items[a.item]: a.value for a in r.answers},
            r.score or Decimal(0),
        )
        for r in responses
    ]


def evaluate_function(patient: Patient, now: datetime) -> list[Alert]:
    """After a PSFS is completed: a drop of 20 % or more, or no detectable improvement over
    the last two assessments, opens a high alert (in the caller's transaction)."""
    scores = [a.score for a in psfs_trend(patient.id)]
    raised = []
    if len(scores) >= 2 and scores[-2] > 0 and (scores[-2] - scores[-1]) / scores[-2] >= DROP:
        drop = (scores[-2] - scores[-1]) / scores[-2] * 100
        evidence: dict[str, Any] = {
            "psfs": float(scores[-1]),
            "previous": float(scores[-2]),
            "drop_percent": float(drop.quantize(Decimal(1))),
            "mdc": float(MDC),
        }
        raised.append(raise_alert(patient, "function_drop", Severity.HIGH, now, evidence))
    if len(scores) >= 3 and scores[-1] - scores[-3] < MDC:
        evidence = {
            "psfs": [float(s) for s in scores[-3:]],
            "change": float(scores[-1] - scores[-3]),
            "mdc": float(MDC),
            "note": "PSFS average has not improved by the minimal detectable change (2 points).",
        }
        raised.append(raise_alert(patient, "function_no_improvement", Severity.HIGH, now, evidence))
    return [alert for alert in raised if alert is not None]


class SittingExists(ValueError):
    """The patient already has a PSFS sitting for that occasion."""


def request_discharge_psfs(therapist: Therapist, patient: Patient, now: datetime) -> int:
    """Start the discharge PSFS: texted from the patient's next afternoon on, before the
    therapist discharges them; audited; returns the sitting's id. Commits."""
    exists = db.session.scalar(
        select(QuestionnaireResponse.id).where(
            QuestionnaireResponse.patient_id == patient.id,
            QuestionnaireResponse.instrument == Instrument.PSFS,
            QuestionnaireResponse.occasion == "discharge",
        )
    )
    if exists is not None:
        raise SittingExists("The discharge PSFS has already been asked for.")
    activities = psfs_activities(patient)
    if len(activities) < MIN_ACTIVITIES:
        raise SittingExists("The patient has fewer than 3 PSFS activities.")
    response = QuestionnaireResponse(
        patient_id=patient.id,
        instrument=Instrument.PSFS,
        occasion="discharge",
        items=activities,
        started_at=now,
    )
    db.session.add(response)
    db.session.flush()
    audit.record(therapist, "patient.psfs_discharge", now, patient.id, response_id=response.id)
    db.session.commit()
    return response.id

"""A FHIR R4 Bundle of a patient's programme: Patient, CarePlan, Goals, Observations, Flags.

Minimum necessary: the Patient carries the first name and language only; Goals are the
job's physical demands; Observations are the reported pain and fatigue scores; Flags
are the open alerts, named by kind, not by the text that raised them.
"""

import uuid
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from companion.extensions import db
from companion.models import Alert, AlertStatus, CheckIn, Patient, PatientStatus
from companion.programs.readiness import DemandReadiness, readiness
from companion.reports.fhir_function import function_resources
from messaging.db import utcnow

PAIN_CODE = {
    "system": "http://loinc.org",
    "code": "72514-3",
    "display": "Pain severity - 0-10 verbal numeric rating [Score] - Reported",
}
# The question texted is our own ("how tired are you, 0 (not at all) to 10 (exhausted)"),
# not the Borg CR10, whose wording is copyrighted (Borg Perception): the label says what
# was asked, and no LOINC code carries that question.
FATIGUE_CODE = {
    "text": "Fatigue, patient reported: 'how tired are you, 0 (not at all) to 10 (exhausted)'"
}
SURVEY = {
    "coding": [
        {"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "survey"}
    ]
}
UCUM = {"lb": "[lb_av]", "min": "min", "ft": "[ft_i]"}
GOAL_ACHIEVEMENT = "http://terminology.hl7.org/CodeSystem/goal-achievement"
ACTIVITY_STATUS = {"active": "in-progress", "on-hold": "on-hold", "completed": "completed"}


class _Bundle:
    """Entries with urn:uuid full URLs, so references resolve inside the bundle."""

    def __init__(self) -> None:
        self.entries: list[dict[str, Any]] = []
        self.urls: dict[str, str] = {}

    def ref(self, kind: str, id_: object) -> dict[str, str]:
        key = f"{kind}/{id_}"
        return {"reference": self.urls.setdefault(key, uuid.uuid4().urn)}

    def add(self, resource: dict[str, Any]) -> None:
        url = self.ref(resource["resourceType"], resource["id"])["reference"]
        self.entries.append({"fullUrl": url, "resource": resource})


def _observation(
    checkin: CheckIn, kind: str, value: int, subject: dict[str, str]
) -> dict[str, Any]:
    return {
        "resourceType": "Observation",
        "id": f"checkin-{checkin.id}-{kind}",
        "status": "final",
        "category": [SURVEY],
        "code": {"coding": [PAIN_CODE], "text": "Pain"} if kind == "pain" else FATIGUE_CODE,
        "subject": subject,
        "effectiveDateTime": checkin.created_at.isoformat(),
        "valueInteger": value,
    }


def _goal(demand: DemandReadiness, subject: dict[str, str]) -> dict[str, Any]:
    target: dict[str, Any] = {
        "measure": {"text": demand.name},
        "detailQuantity": {"value": float(demand.target), "unit": demand.unit},
    }
    if demand.unit in UCUM:
        target["detailQuantity"] |= {
            "system": "http://unitsofmeasure.org",
            "code": UCUM[demand.unit],
        }
    if demand.projected is not None:
        target["dueDate"] = demand.projected.isoformat()
    achieved = demand.readiness is not None and demand.readiness >= 1
    progress = "achieved" if achieved else "improving" if demand.weekly_gain else "in-progress"
    readiness_text = "not measured" if demand.readiness is None else f"{demand.readiness:.0%}"
    return {
        "resourceType": "Goal",
        "id": f"demand-{demand.demand_id}",
        "lifecycleStatus": "active",
        "achievementStatus": {"coding": [{"system": GOAL_ACHIEVEMENT, "code": progress}]},
        "description": {
            "text": f"{demand.name} {demand.target.normalize():f} {demand.unit} "
            f"{demand.frequency.value}"
        },
        "subject": subject,
        "target": [target],
        "note": [{"text": f"Readiness {readiness_text}. {demand.note}"}],
    }


def _care_plan(patient: Patient, bundle: _Bundle, now: datetime) -> dict[str, Any] | None:
    program = patient.program
    if program is None:
        return None
    today = now.astimezone(ZoneInfo(patient.timezone)).date()
    status = "active"
    if program.end_date is not None and program.end_date < today:
        status = "completed"
    elif patient.status == PatientStatus.PAUSED:
        status = "on-hold"
    period = {"start": program.start_date.isoformat()}
    if program.end_date is not None:
        period["end"] = program.end_date.isoformat()
    activities = []
    for task in program.tasks:
        detail: dict[str, Any] = {
            "status": ACTIVITY_STATUS[status],
            "code": {"text": task.name},
            "description": task.describe(),
            "scheduledTiming": {"repeat": {"dayOfWeek": program.days}},
        }
        if task.job_demand_id is not None and patient.job_profile is not None:
            detail["goal"] = [bundle.ref("Goal", f"demand-{task.job_demand_id}")]
        activities.append({"detail": detail})
    title = program.kind.value.replace("_", " ").capitalize()
    plan: dict[str, Any] = {
        "resourceType": "CarePlan",
        "id": f"program-{program.id}",
        "status": status,
        "intent": "plan",
        "title": f"{title} home programme",
        "subject": bundle.ref("Patient", patient.id),
        "period": period,
        "activity": activities,
    }
    if patient.job_profile is not None and patient.job_profile.demands:
        plan["goal"] = [bundle.ref("Goal", f"demand-{d.id}") for d in patient.job_profile.demands]
    return plan


def _flag(alert: Alert, subject: dict[str, str]) -> dict[str, Any]:
    return {
        "resourceType": "Flag",
        "id": f"alert-{alert.id}",
        "status": "active",
        "category": [
            {
                "coding": [
                    {
                        "system": "http://terminology.hl7.org/CodeSystem/flag-category",
                        "code": "clinical",
                    }
                ]
            }
        ],
        "code": {"text": f"{alert.severity.value} alert: {alert.kind.replace('_', ' ')}"},
        "subject": subject,
        "period": {"start": alert.created_at.isoformat()},
    }


def patient_bundle(
    patient: Patient, checkins: list[CheckIn], now: datetime | None = None
) -> dict[str, Any]:
    """A collection Bundle of the patient, programme, job-demand goals, scores and open alerts."""
    now = now or utcnow()
    bundle = _Bundle()
    subject = bundle.ref("Patient", patient.id)
    bundle.add(
        {
            "resourceType": "Patient",
            "id": str(patient.id),
            "active": patient.status != PatientStatus.STOPPED,
            "name": [{"given": [patient.first_name]}],
            "communication": [
                {"language": {"coding": [{"system": "urn:ietf:bcp:47", "code": patient.language}]}}
            ],
        }
    )
    plan = _care_plan(patient, bundle, now)
    if plan is not None:
        bundle.add(plan)
    for demand in readiness(patient, now).demands:
        bundle.add(_goal(demand, subject))
    for checkin in checkins:
        for kind in ("pain", "fatigue"):
            value = getattr(checkin, kind)
            if value is not None:
                bundle.add(_observation(checkin, kind, value, subject))
    for resource in function_resources(patient, bundle.ref, subject):  # PSFS, per-task reports
        bundle.add(resource)
    for alert in db.session.scalars(
        select(Alert)
        .where(Alert.patient_id == patient.id, Alert.status != AlertStatus.RESOLVED)
        .order_by(Alert.created_at)
    ):
        bundle.add(_flag(alert, subject))
    return {
        "resourceType": "Bundle",
        "type": "collection",
        "timestamp": now.isoformat(),
        "entry": bundle.entries,
    }

"""A FHIR R4 Bundle of a patient's programme: Patient, CarePlan, Goals, Observations, Flags.

Minimum necessary: the Patient carries the first name and language only; Goals are the
job's physical demands; Observations are the reported pain, fatigue and effort scores, the
clinic capacity tests (reports.capacity_fhir) and the work restrictions; Flags are the open
alerts, named by kind, not by the text that raised them.
"""

import uuid
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from companion.capacity.summary import CapacitySummary, summarise
from companion.extensions import db
from companion.models import Alert, AlertStatus, CheckIn, Patient, PatientStatus
from companion.reports import capacity_fhir
from companion.reports.fhir_function import function_resources
from messaging.db import utcnow

PAIN_CODE = {
    "system": "http://loinc.org",
    "code": "72514-3",
    "display": "Pain severity - 0-10 verbal numeric rating [Score] - Reported",
}
# Fatigue and effort are asked in our own words, with our own anchors (texts.py); neither is
# the Borg CR10, whose wording is copyrighted (Borg Perception), and no LOINC code carries
# either question. So each is coded in our own CodeSystem, its display the question asked.
QUESTIONS = "urn:companion:fhir:CodeSystem:patient-reported-question"
FATIGUE_TEXT = "Fatigue, patient reported: 'how tired are you, 0 (not at all) to 10 (exhausted)'"
EFFORT_TEXT = (
    "Session effort, patient reported: 'how hard was today's session, 0 to 10? 0 = no effort "
    "at all, 10 = all you had'"
)
FATIGUE_CODE: dict[str, Any] = {
    "coding": [{"system": QUESTIONS, "code": "fatigue-0-10", "display": FATIGUE_TEXT}],
    "text": FATIGUE_TEXT,
}
EFFORT_CODE: dict[str, Any] = {
    "coding": [{"system": QUESTIONS, "code": "session-effort-0-10", "display": EFFORT_TEXT}],
    "text": EFFORT_TEXT,
}
CODES: dict[str, dict[str, Any]] = {
    "pain": {"coding": [PAIN_CODE], "text": "Pain"},
    "fatigue": FATIGUE_CODE,
    "effort": EFFORT_CODE,
}
SURVEY = {
    "coding": [
        {"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "survey"}
    ]
}
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
        "code": CODES[kind],
        "subject": subject,
        "effectiveDateTime": checkin.created_at.isoformat(),
        "valueInteger": value,
    }


def _care_plan(
    patient: Patient, bundle: _Bundle, now: datetime, title: str
) -> dict[str, Any] | None:
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
    plan: dict[str, Any] = {
        "resourceType": "CarePlan",
        "id": f"program-{program.id}",
        "status": status,
        "intent": "plan",
        "title": title,
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


def _capacity(bundle: _Bundle, summary: CapacitySummary, subject: dict[str, str]) -> None:
    """Goals per demand, each clinic test, the restrictions and the duty match."""
    notes = {p.name: p for p in summary.outlook.demands}
    for item in summary.capacity.demands:
        seen = notes.get(item.name)
        projection = ""
        if seen is not None and seen.earliest and seen.latest:
            projection = f"Projected between {seen.earliest} and {seen.latest} ({seen.note})."
        bundle.add(capacity_fhir.goal(item, subject, projection))
        goal_ref = bundle.ref("Goal", f"demand-{item.demand.id}")
        for test in item.history:
            bundle.add(capacity_fhir.capacity_observation(test, item, subject, goal_ref))
    if summary.capacity.demands:
        bundle.add(capacity_fhir.restrictions_observation(summary, subject))
    for observation in capacity_fhir.duty_observations(summary, subject):
        bundle.add(observation)


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
    summary = summarise(patient, now)
    plan = _care_plan(patient, bundle, now, summary.programme_words)
    if plan is not None:
        bundle.add(plan)
    _capacity(bundle, summary, subject)
    for checkin in checkins:
        for kind in CODES:
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

"""FHIR resources of function: PSFS sittings (QuestionnaireResponse and the average as an
Observation) and each task's own reports (an Observation per task per day)."""

from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from companion.extensions import db
from companion.function import MDC
from companion.models import (
    Instrument,
    Patient,
    QuestionnaireResponse,
    ResponseStatus,
    Task,
    TaskReport,
)

Ref = Callable[[str, object], dict[str, str]]
SURVEY = {
    "coding": [
        {"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "survey"}
    ]
}
ACTIVITY = {
    "coding": [
        {"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "activity"}
    ]
}
PSFS_TEXT = (
    "Patient-Specific Functional Scale (Stratford 1995), average 0 (unable) to 10 "
    "(as before the injury)"
)
UCUM = "http://unitsofmeasure.org"


def function_resources(patient: Patient, ref: Ref, subject: dict[str, str]) -> list[dict[str, Any]]:
    """The patient's completed PSFS sittings and per-task reports, ready for a Bundle."""
    resources: list[dict[str, Any]] = []
    for response in db.session.scalars(
        select(QuestionnaireResponse)
        .where(
            QuestionnaireResponse.patient_id == patient.id,
            QuestionnaireResponse.instrument == Instrument.PSFS,
            QuestionnaireResponse.status == ResponseStatus.COMPLETED,
        )
        .order_by(QuestionnaireResponse.completed_at)
    ):
        resources += _psfs(response, ref, subject)
    for report, name in db.session.execute(
        select(TaskReport, Task.name)
        .join(Task, Task.id == TaskReport.task_id)
        .where(TaskReport.patient_id == patient.id)
        .order_by(TaskReport.local_date, TaskReport.id)
    ):
        resources.append(_task_observation(report, name, subject))
    return resources


def _psfs(
    response: QuestionnaireResponse, ref: Ref, subject: dict[str, str]
) -> list[dict[str, Any]]:
    when = (response.completed_at or response.started_at).isoformat()
    occasion = response.occasion.replace("_", " ")
    answers = {a.item: a.value for a in response.answers}
    sitting = {
        "resourceType": "QuestionnaireResponse",
        "id": f"psfs-{response.id}",
        "status": "completed",
        "subject": subject,
        "authored": when,
        "item": [
            {
                "linkId": str(index + 1),
                "text": f"How well can you do this today: {activity}? (0 unable - 10 as before)",
                "answer": [{"valueInteger": answers[index]}],
            }
            for index, activity in enumerate(response.items)
            if index in answers
        ],
    }
    score = {
        "resourceType": "Observation",
        "id": f"psfs-{response.id}-average",
        "status": "final",
        "category": [SURVEY],
        "code": {"text": PSFS_TEXT},
        "subject": subject,
        "effectiveDateTime": when,
        "valueQuantity": {
            "value": float(response.score or 0),
            "unit": "score",
            "system": UCUM,
            "code": "{score}",
        },
        "derivedFrom": [ref("QuestionnaireResponse", f"psfs-{response.id}")],
        "note": [{"text": f"{occasion}; minimal detectable change {MDC} points"}],
    }
    return [sitting, score]


def _task_observation(report: TaskReport, name: str, subject: dict[str, str]) -> dict[str, Any]:
    components: list[dict[str, Any]] = []
    for label, value in (("sets", report.sets), ("reps", report.reps)):
        if value is not None:
            components.append({"code": {"text": label}, "valueInteger": value})
    if report.load_lb is not None:
        load = {"value": float(report.load_lb), "unit": "lb", "system": UCUM, "code": "[lb_av]"}
        components.append({"code": {"text": "load"}, "valueQuantity": load})
    scores = (
        ("pain 0-10", report.pain),
        ("fatigue 0-10 (how tired)", report.fatigue),
        ("effort 0-10 (how hard it was)", report.effort),
    )
    for label, value in scores:
        if value is not None:
            components.append({"code": {"text": label}, "valueInteger": value})
    observation: dict[str, Any] = {
        "resourceType": "Observation",
        "id": f"task-report-{report.id}",
        "status": "final",
        "category": [ACTIVITY],
        "code": {"text": f"Home task reported by the patient: {name}"},
        "subject": subject,
        "effectiveDateTime": report.local_date.isoformat(),
        "valueCodeableConcept": {"text": report.completion},
    }
    if components:
        observation["component"] = components
    return observation

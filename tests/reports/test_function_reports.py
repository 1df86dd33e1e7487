"""The PDF and the FHIR bundle carry the PSFS trend and each task's own reports."""

import json
from datetime import timedelta
from decimal import Decimal

from fhir.resources.R4B.bundle import Bundle
from flask import Flask

from companion.extensions import db
from companion.models import (
    Completion,
    Instrument,
    Patient,
    QuestionnaireAnswer,
    QuestionnaireResponse,
    ResponseStatus,
    TaskReport,
)
from companion.progress import adherence, checkins_between
from companion.reports.fhir import EFFORT_CODE, FATIGUE_CODE, patient_bundle
from companion.reports.pdf import progress_report
from tests.programs.builders import MONDAY, at, job_patient, report
from tests.reports.test_reports import pdf_text

NOW = at(MONDAY + timedelta(days=15), 10)
ACTIVITIES = ["Lifting boxes", "Climbing the ladder", "Driving the forklift"]


def with_function(patient: Patient) -> None:
    for days, occasion, ratings in ((0, "intake", [3, 4, 2]), (14, "week_2", [5, 6, 4])):
        db.session.add(
            QuestionnaireResponse(
                patient_id=patient.id,
                instrument=Instrument.PSFS,
                occasion=occasion,
                items=ACTIVITIES,
                status=ResponseStatus.COMPLETED,
                score=Decimal(sum(ratings)) / 3,
                started_at=at(MONDAY + timedelta(days=days), 13),
                completed_at=at(MONDAY + timedelta(days=days), 14),
                answers=[QuestionnaireAnswer(item=i, value=v) for i, v in enumerate(ratings)],
            )
        )
    checkin = report(patient, MONDAY + timedelta(days=1), Completion.PARTIAL, pain=3)
    checkin.effort = 6
    later = report(patient, MONDAY + timedelta(days=3), Completion.DONE, pain=2)
    later.effort = 4
    assert patient.program is not None
    db.session.add(
        TaskReport(
            checkin=checkin,
            patient_id=patient.id,
            task_id=patient.program.tasks[0].id,
            local_date=MONDAY + timedelta(days=1),
            completion="done",
            sets=3,
            reps=8,
            load_lb=Decimal(25),
            pain=4,
            effort=7,
        )
    )
    db.session.commit()


def test_the_fhir_bundle_carries_psfs_sittings_scores_and_task_reports(app: Flask) -> None:
    patient = job_patient()
    with_function(patient)

    bundle = patient_bundle(patient, [], NOW)

    Bundle.model_validate(bundle)
    resources = [entry["resource"] for entry in bundle["entry"]]
    sittings = [r for r in resources if r["resourceType"] == "QuestionnaireResponse"]
    assert [[i["answer"][0]["valueInteger"] for i in s["item"]] for s in sittings] == [
        [3, 4, 2],
        [5, 6, 4],
    ]
    scores = [r for r in resources if r["id"].endswith("-average")]
    assert [s["valueQuantity"]["value"] for s in scores] == [3.0, 5.0]
    urls = {e["resource"]["id"]: e["fullUrl"] for e in bundle["entry"]}
    assert scores[0]["derivedFrom"][0]["reference"] == urls[sittings[0]["id"]]
    [task] = [r for r in resources if r["id"].startswith("task-report-")]
    assert task["valueCodeableConcept"] == {"text": "done"}
    assert {c["code"]["text"] for c in task["component"]} == {
        "sets",
        "reps",
        "load",
        "pain 0-10",
        "effort 0-10 (how hard it was)",
    }


def test_the_fhir_bundle_carries_each_sessions_effort_as_our_own_question(app: Flask) -> None:
    patient = job_patient()
    with_function(patient)
    period = adherence(patient, NOW)

    bundle = patient_bundle(patient, checkins_between(patient, period.start, period.end), NOW)

    Bundle.model_validate(bundle)
    resources = [entry["resource"] for entry in bundle["entry"]]
    efforts = [r for r in resources if r["id"].endswith("-effort")]
    assert [e["valueInteger"] for e in efforts] == [6, 4]
    assert all(e["code"] == EFFORT_CODE for e in efforts)
    assert "CR10" not in json.dumps(EFFORT_CODE) and "how hard" in EFFORT_CODE["text"]
    [task] = [r for r in resources if r["id"].startswith("task-report-")]
    effort = [c for c in task["component"] if c["code"]["text"].startswith("effort")]
    assert [c["valueInteger"] for c in effort] == [7]


def test_the_fatigue_observation_names_the_question_asked_not_borg_cr10() -> None:
    assert "CR10" not in json.dumps(FATIGUE_CODE) and "how tired" in FATIGUE_CODE["text"]


def test_the_pdf_shows_the_psfs_trend_and_each_tasks_reports(app: Flask) -> None:
    patient = job_patient()
    with_function(patient)
    period = adherence(patient, NOW)

    text = pdf_text(
        progress_report(patient, period, checkins_between(patient, period.start, period.end), NOW)
    )

    assert "Function, patient-rated (PSFS" in text
    assert "Change since the first assessment: +2.0 points" in text
    assert "Each task, as the participant reported it" in text
    assert "3x8 @ 25 lb" in text


def test_the_pdf_shows_each_sessions_and_each_tasks_effort_labelled_as_our_question(
    app: Flask,
) -> None:
    patient = job_patient()
    with_function(patient)
    period = adherence(patient, NOW)

    text = pdf_text(
        progress_report(patient, period, checkins_between(patient, period.start, period.end), NOW)
    )

    flat = " ".join(text.split())
    day = (MONDAY + timedelta(days=1)).isoformat()
    assert "Last reported as done Effort 0-10" in flat
    assert f"Floor-to-waist lift 1 0 0 3x8 @ 25 lb ({day}) 7" in flat
    assert f"Effort of each session, week of {MONDAY.isoformat()}: 6, 4" in flat
    assert "our own question, 'how hard was it, 0 to 10'" in flat
    assert "it is not the Borg CR10 scale" in flat
    assert "Borg CR10" not in flat.replace("it is not the Borg CR10 scale", "")

"""The progress report PDF carries the figures; the FHIR export is a valid R4 Bundle."""

import io
import json
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from fhir.resources.R4B.bundle import Bundle
from flask import Flask
from flask.testing import FlaskClient
from pypdf import PdfReader
from sqlalchemy import select

from companion.discharge import discharge
from companion.extensions import db
from companion.models import (
    Alert,
    AlertStatus,
    CareNote,
    CheckIn,
    Completion,
    DischargeOutcome,
    Patient,
    Role,
    Severity,
    Trend,
)
from companion.progress import adherence
from companion.reports.fhir import patient_bundle
from companion.reports.pdf import NOTES_SHOWN, period_report, progress_report, weekly_report
from tests.builders import make_token
from tests.programs.builders import MONDAY, approved_change, at, job_patient, report

D = Decimal
NOW = at(MONDAY + timedelta(days=8), 10)  # Tuesday of the second week


def two_weeks(patient: Patient) -> None:
    """Done, done, skipped, partly done, silent; a step up approved; done at the new dose."""
    report(patient, MONDAY, pain=3, fatigue=4)
    report(patient, MONDAY + timedelta(days=1), pain=4, fatigue=5)
    report(patient, MONDAY + timedelta(days=2), None, None, None, Trend.SAME)
    report(patient, MONDAY + timedelta(days=2), Completion.SKIPPED, None, None)
    report(patient, MONDAY + timedelta(days=3), Completion.PARTIAL, pain=5, fatigue=6)
    approved_change(patient, MONDAY + timedelta(days=6), 20, 25)
    report(patient, MONDAY + timedelta(days=7), pain=3, fatigue=4)
    for body, marked in (("Lifting mechanics improving.", True), ("Private working note.", False)):
        db.session.add(
            CareNote(
                patient_id=patient.id,
                author_id=patient.therapist_id,
                author_role=Role.THERAPIST,
                body=body,
                include_in_report=marked,
                created_at=at(MONDAY + timedelta(days=4), 15),
            )
        )
    for status in (AlertStatus.OPEN, AlertStatus.RESOLVED):
        db.session.add(
            Alert(
                patient_id=patient.id,
                kind="fatigue_sustained",
                severity=Severity.WATCH,
                status=status,
                created_at=at(MONDAY + timedelta(days=3), 20),
            )
        )
    db.session.commit()


def pdf_text(data: bytes) -> str:
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return " ".join(text.split())


def checkins_of(patient: Patient) -> list[CheckIn]:
    return list(
        db.session.scalars(
            select(CheckIn).where(CheckIn.patient_id == patient.id).order_by(CheckIn.local_date)
        )
    )


def test_the_report_carries_the_figures_in_function_focused_words(app: Flask) -> None:
    patient = job_patient(last_initial="R", first_name="Ana")
    two_weeks(patient)
    text = pdf_text(progress_report(patient, adherence(patient, NOW), checkins_of(patient), NOW))

    for figure in (
        "Participant: Ana R.",
        "Period: 2026-11-02 to 2026-11-10",
        "Completed 3 of 6 scheduled sessions; 1 partly completed, 1 not completed, "
        "1 without a report.",
        "Participation: 58%",
        "Sessions completed in a row: 1 now, 2 at most.",
        "2026-11-02 4.0 (3-5) 5.0 (4-6)",  # week of: pain and fatigue, average (range)
        "2026-11-09 3.0 (3-3) 4.0 (4-4)",
        "0 better, 1 same, 0 worse",
        "Floor-to-waist lift 50 lb occasional, floor to waist - - not tested",
        "Home programme, adjunct to clinic-based work hardening: Progress report",
        "No overall figure: not tested: floor-to-waist lift.",
        "Return-to-work date (set by the team): not set.",
        "no floor-to-waist lifting",
        "1) Floor-to-waist lift 3x10 @ 25 lb",
        "Lifting mechanics improving.",
    ):
        assert figure in text, figure
    assert "Private working note" not in text
    assert "compliant" not in text.lower() and "compliance" not in text.lower()
    assert patient.phone not in text and patient.phone[2:] not in text


def test_the_weekly_report_covers_the_last_seven_days(app: Flask) -> None:
    patient = job_patient()
    two_weeks(patient)

    text = pdf_text(weekly_report(patient, NOW))

    assert "Weekly progress report" in text
    assert "Period: 2026-11-04 to 2026-11-10" in text
    assert "Completed 1 of 4 scheduled sessions; 1 partly completed, 1 not completed" in text


def test_the_report_of_a_discharged_patient_says_where_the_programme_left_them(
    app: Flask,
) -> None:
    patient = job_patient()
    two_weeks(patient)
    discharge(patient.therapist, patient, DischargeOutcome.MODIFIED_DUTY, NOW)

    text = pdf_text(weekly_report(patient, NOW + timedelta(days=1)))

    assert "Discharged: 2026-11-10, returned to work, modified duty" in text


def test_a_report_without_scores_or_job_profile_says_so(app: Flask) -> None:
    patient = job_patient()
    patient.job_profile_id = None
    db.session.commit()

    text = pdf_text(progress_report(patient, adherence(patient, NOW), [], NOW))

    assert "No scores were reported in this period." in text
    assert "Work hardening needs the job's demand analysis before any readiness figure." in text
    assert "No note for this period." in text


def test_a_name_outside_the_pdf_font_still_renders(app: Flask) -> None:
    patient = job_patient(first_name="Nguyễn")

    text = pdf_text(progress_report(patient, adherence(patient, NOW), [], NOW))

    assert "Participant: Nguyen" in text


def references(value: Any) -> list[str]:
    if isinstance(value, dict):
        found = [value["reference"]] if isinstance(value.get("reference"), str) else []
        return found + [r for v in value.values() for r in references(v)]
    if isinstance(value, list):
        return [r for v in value for r in references(v)]
    return []


def test_the_fhir_bundle_validates_and_its_references_resolve(app: Flask) -> None:
    patient = job_patient()
    two_weeks(patient)

    bundle = patient_bundle(patient, checkins_of(patient), NOW)

    Bundle.model_validate(bundle)
    resources = [entry["resource"] for entry in bundle["entry"]]
    kinds = [r["resourceType"] for r in resources]
    assert kinds.count("Patient") == kinds.count("CarePlan") == kinds.count("Goal") == 1
    assert kinds.count("Flag") == 1, "only the open alert"
    assert set(references(bundle)) <= {entry["fullUrl"] for entry in bundle["entry"]}
    pain = [
        r for r in resources
        if r["resourceType"] == "Observation" and r["code"].get("text") == "Pain"
    ]  # fmt: skip
    assert {r["code"]["coding"][0]["code"] for r in pain} == {"72514-3"}
    assert sorted(r["valueInteger"] for r in pain) == [3, 3, 4, 5]
    [goal] = [r for r in resources if r["resourceType"] == "Goal"]
    assert goal["target"][0]["detailQuantity"] == {
        "value": 50.0,
        "unit": "lb",
        "system": "http://unitsofmeasure.org",
        "code": "[lb_av]",
    }
    assert "dueDate" not in goal["target"][0]  # no date is projected from doses
    exported = json.dumps(bundle)
    assert patient.phone not in exported and "family" not in exported


@pytest.mark.parametrize("path", ["report.pdf", "fhir"])
def test_the_api_serves_the_new_reports(app: Flask, client: FlaskClient, path: str) -> None:
    app.config["CLOCK"] = lambda: NOW
    patient = job_patient()
    report(patient, MONDAY, pain=3, fatigue=4)
    headers = {"Authorization": f"Bearer {make_token(patient.therapist)}"}

    response = client.get(f"/api/v1/patients/{patient.id}/{path}", headers=headers)

    assert response.status_code == 200
    if path == "fhir":
        assert response.mimetype == "application/fhir+json"
        Bundle.model_validate(response.get_json())
    else:
        assert response.mimetype == "application/pdf"
        assert "Floor-to-waist lift 50 lb occasional, floor to waist - - not tested" in pdf_text(
            response.data
        )


def test_the_api_report_covers_the_period_asked_for(app: Flask, client: FlaskClient) -> None:
    patient = job_patient()
    two_weeks(patient)
    app.config["CLOCK"] = lambda: NOW
    headers = {"Authorization": f"Bearer {make_token(patient.therapist)}"}
    base = f"/api/v1/patients/{patient.id}/report.pdf"

    week = pdf_text(client.get(f"{base}?start=2026-11-04&end=2026-11-10", headers=headers).data)
    backwards = client.get(f"{base}?start=2026-11-10&end=2026-11-04", headers=headers)

    assert "Period: 2026-11-04 to 2026-11-10" in week
    assert "Completed 1 of 4 scheduled sessions" in week
    assert backwards.status_code == 422
    assert backwards.get_json() == {"errors": {"end": ["Must not be before start."]}}


def test_reports_need_no_clock_but_the_one_given(app: Flask) -> None:
    patient = job_patient()
    later = datetime(2027, 1, 4, 16, tzinfo=NOW.tzinfo)

    text = pdf_text(progress_report(patient, adherence(patient, later), [], later))

    assert "Prepared: 2027-01-04" in text


def test_the_header_names_the_clinic_the_treating_therapist_their_contact_and_the_claim(
    app: Flask,
) -> None:
    patient = job_patient(claim_number="WC-2026-004417")
    therapist = patient.therapist

    text = pdf_text(weekly_report(patient, NOW))

    assert f"Clinic: {patient.clinic.name}, (312) 555-0100" in text
    assert f"Treating therapist: {therapist.name}, {therapist.email}, (312) 555-0100" in text
    assert "Claim / referral number: WC-2026-004417" in text
    assert "adjunct to the clinic's work hardening programme" in text


def test_a_weekly_report_shows_the_doses_of_its_week_not_todays(app: Flask) -> None:
    patient = job_patient()
    two_weeks(patient)  # 20 lb in the first week; stepped up to 25 lb on its Sunday evening
    first_week = MONDAY, MONDAY + timedelta(days=6)

    past = pdf_text(period_report(patient, NOW, *first_week, title="Weekly progress report"))
    current = pdf_text(period_report(patient, NOW))

    assert f"Home programme on {first_week[1].isoformat()}" in past
    assert "Floor-to-waist lift 3x10 @ 20 lb" in past and "@ 25 lb" not in past
    assert "Current home programme 1) Floor-to-waist lift 3x10 @ 25 lb" in current


def test_no_page_ends_on_a_heading_or_holds_only_the_disclaimer(app: Flask) -> None:
    patient = job_patient()
    two_weeks(patient)
    for n in range(NOTES_SHOWN):  # long notes push the last sections across a page
        db.session.add(CareNote(
            patient_id=patient.id, author_id=patient.therapist_id, author_role=Role.THERAPIST,
            body="Lifting mechanics improving; tolerates the full carry. " * 12,
            include_in_report=True, created_at=at(MONDAY + timedelta(days=5), 9 + n),
        ))  # fmt: skip
    db.session.commit()
    headings = {
        "Participation in the home programme", "Pain and fatigue, self-reported (0-10)",
        "Progress toward the job's physical demands", "Current home programme",
        "Therapist's note",
    }  # fmt: skip

    for extra_lines in range(0, 48, 2):  # the sections land at every height of the page
        note = "\n".join(["Earlier context."] * extra_lines)
        pages = [page.extract_text() for page in PdfReader(io.BytesIO(
            _report_with_preamble(patient, note))).pages]  # fmt: skip
        assert len(pages) >= 2
        for page in pages:
            body = [line.strip() for line in page.splitlines() if line.strip()]
            content = [line for line in body if not _footer_line(line)]
            assert content, f"a page holds only the disclaimer ({extra_lines} extra lines)"
            assert content[-1] not in headings, f"'{content[-1]}' ends a page"


def _footer_line(line: str) -> bool:
    return line.startswith("Page ") or any(
        part in line for part in ("adjunct to the clinic", "self-reported by text", "diagnosis")
    )


def _report_with_preamble(patient: Patient, note: str) -> bytes:
    """The report with the job profile's title lengthened: the sections below it move down."""
    assert patient.job_profile is not None
    title = patient.job_profile.job_title
    with db.session.no_autoflush:  # never written: the column would not hold it
        patient.job_profile.job_title = f"{title}\n{note}" if note else title
        try:
            return period_report(patient, NOW)
        finally:
            patient.job_profile.job_title = title

"""Acting from the dashboard: the patient page, notes, pausing texts, the inbox, enrolment."""

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from companion.extensions import db
from companion.models import (
    Alert,
    AlertStatus,
    ConsentKind,
    ConsentMethod,
    Direction,
    Message,
    MessageStatus,
    Patient,
    PatientStatus,
    Role,
    Severity,
    Therapist,
)
from tests.builders import make_patient, make_therapist
from tests.dashboard.conftest import PASSWORD, make_clinic_with_data, post_form, sign_in
from tests.dashboard.test_pages import raise_alert


def test_the_patient_page_shows_charts_thread_programme_demands_and_notes(
    client: FlaskClient,
) -> None:
    mine = make_clinic_with_data("Ana", "+16175550111", "my knee is sore")
    patient = mine["patient"]
    db.session.add(Message(direction=Direction.OUTBOUND, status=MessageStatus.DELIVERED,
                           phone=patient.phone, patient_id=patient.id,
                           body="Hi Ana, today: 1) Floor-to-waist lift 3x10"))  # fmt: skip
    db.session.commit()
    sign_in(client, mine["therapist"].email)

    body = client.get(f"/patients/{patient.id}").get_data(as_text=True)

    for shown in (
        'class="trend"', 'class="calendar"', "Hi Ana, today: 1) Floor-to-waist lift 3x10",
        "my knee is sore", "Floor-to-waist lift 3x10", "Floor-to-waist lift",
        "no home task doses it",
        "note about Ana", "in next report", "therapist", mine["therapist"].name,
        "Download progress report (PDF)", "Pause texts",
    ):  # fmt: skip
        assert shown in body, shown


def test_a_note_is_signed_with_its_authors_role(app: Flask, client: FlaskClient) -> None:
    mine = make_clinic_with_data("Ana", "+16175550111", "my knee is sore")
    psychologist = make_therapist(
        mine["patient"].clinic, password=PASSWORD, role=Role.PSYCHOLOGIST, name="Dr Lee"
    )
    sign_in(client, psychologist.email)

    response = post_form(client, f"/patients/{mine['patient'].id}/notes",
                         body="Fear-avoidance is easing.", include_in_report="y")  # fmt: skip

    assert response.status_code == 302
    body = client.get(f"/patients/{mine['patient'].id}").get_data(as_text=True)
    assert "Fear-avoidance is easing." in body and "Dr Lee" in body and "psychologist" in body


def test_pause_and_resume_the_patients_texts(client: FlaskClient, therapist: Therapist) -> None:
    patient = make_patient(therapist)
    sign_in(client, therapist.email)

    post_form(client, f"/patients/{patient.id}/pause")
    db.session.refresh(patient)
    assert (patient.status, patient.paused_reason) == (PatientStatus.PAUSED, "therapist")

    post_form(client, f"/patients/{patient.id}/resume")
    db.session.refresh(patient)
    assert (patient.status, patient.paused_reason) == (PatientStatus.ACTIVE, None)


def test_the_inbox_filters_by_severity_and_acknowledges_and_resolves(
    client: FlaskClient, therapist: Therapist
) -> None:
    urgent = raise_alert(make_patient(therapist, first_name="Uma"), Severity.URGENT)
    raise_alert(make_patient(therapist, first_name="Wren"), Severity.WATCH)
    sign_in(client, therapist.email)

    only_urgent = client.get("/alerts?severity=urgent").get_data(as_text=True)
    assert "Uma says back is a 7" in only_urgent and "Wren" not in only_urgent
    assert client.get("/alerts?severity=nonsense").status_code == 400

    post_form(client, f"/alerts/{urgent.id}/acknowledge")
    assert db.session.get(Alert, urgent.id).status == AlertStatus.ACKNOWLEDGED
    post_form(client, f"/alerts/{urgent.id}/resolve")
    assert db.session.get(Alert, urgent.id).status == AlertStatus.RESOLVED
    assert "Uma" not in client.get("/alerts").get_data(as_text=True)
    assert "Uma" in client.get("/alerts?status=resolved").get_data(as_text=True)


def test_enrolment_records_consent_programme_and_job_demand_links(
    client: FlaskClient,
) -> None:
    mine = make_clinic_with_data("Ana", "+16175550111", "my knee is sore")
    profile = mine["profile"]
    sign_in(client, mine["therapist"].email)
    page = client.get(f"/patients/new?job_profile_id={profile.id}").get_data(as_text=True)
    # The warehouse template's home tasks; the sled is the clinic's, never home work.
    assert 'value="Floor-to-waist lift"' in page and "Wall push" in page
    assert "Sled push" not in page

    form = {
        "first_name": "Rosa", "last_initial": "m", "phone": "(713) 555-0188",
        "timezone": "America/Chicago", "language": "es", "job_profile_id": str(profile.id),
        "kind": "work_hardening", "days": ["mon", "wed", "fri"], "plan_time": "07:30",
        "reminder_time": "18:00", "sms_consent": "y", "consent_method": "verbal",
        "tasks-0-name": "Floor-to-waist lift", "tasks-0-sets": "3", "tasks-0-reps": "10",
        "tasks-0-load_lb": "20", "tasks-0-job_demand_id": str(profile.demands[0].id),
        "tasks-1-name": "", "tasks-1-job_demand_id": "0",
    }  # fmt: skip
    response = post_form(client, "/patients/new", **form)

    assert response.status_code == 302
    rosa = db.session.scalar(select(Patient).where(Patient.first_name == "Rosa"))
    assert rosa is not None and rosa.phone == "+17135550188" and rosa.last_initial == "M"
    assert rosa.consented and rosa.program.days == ["mon", "wed", "fri"]
    assert [(t.describe(), t.job_demand_id) for t in rosa.program.tasks] == [
        ("Floor-to-waist lift 3x10 @ 20 lb", profile.demands[0].id)
    ]
    assert [(e.kind, e.method) for e in rosa.consent_events] == [
        (ConsentKind.GRANTED, ConsentMethod.VERBAL)
    ]


def test_enrolment_without_consent_is_refused(client: FlaskClient, therapist: Therapist) -> None:
    sign_in(client, therapist.email)
    form = {"first_name": "Rosa", "phone": "(713) 555-0188", "timezone": "America/Chicago",
            "language": "en", "job_profile_id": "0", "kind": "work_hardening", "days": ["mon"],
            "plan_time": "08:00", "reminder_time": "18:00", "consent_method": "verbal",
            "tasks-0-name": "Walk", "tasks-0-duration_min": "10"}  # fmt: skip

    response = post_form(client, "/patients/new", **form)

    assert response.status_code == 422
    assert "Texts need the patient" in response.get_data(as_text=True)
    assert db.session.scalar(select(Patient).where(Patient.first_name == "Rosa")) is None

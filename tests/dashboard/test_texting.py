"""Texting the patient from the patient page: the form, double submits, errors, roles."""

import re
from datetime import UTC, datetime
from html import unescape

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from companion.extensions import db
from companion.models import (
    Alert,
    AlertStatus,
    Direction,
    Message,
    Patient,
    PatientStatus,
    Role,
    Severity,
    Therapist,
)
from companion.therapist_texts import THERAPIST_MESSAGE
from tests.builders import make_patient, make_therapist
from tests.dashboard.conftest import PASSWORD, csrf_token, routes_with_ids, sign_in

NOW = datetime(2026, 11, 24, 16, 0, tzinfo=UTC)  # Tuesday 10:00 in Chicago
LATE = datetime(2026, 11, 24, 4, 0, tzinfo=UTC)  # Monday 22:00 in Chicago
FORM_TOKEN = re.compile(r'name="token" type="hidden" value="([0-9a-f]{32})"')


@pytest.fixture
def sam(app: Flask) -> Therapist:
    app.config["CLOCK"] = lambda: NOW
    return make_therapist(name="Sam Rivera", password=PASSWORD)


@pytest.fixture
def ana(sam: Therapist) -> Patient:
    patient = make_patient(sam, first_name="Ana", phone="+13125550142")
    db.session.add(
        Alert(patient_id=patient.id, kind="question", severity=Severity.WATCH,
              evidence={"text": "can I go up to 30 lb?"}, created_at=NOW)
    )  # fmt: skip
    db.session.commit()
    return patient


def page(client: FlaskClient, patient: Patient) -> str:
    return unescape(client.get(f"/patients/{patient.id}").get_data(as_text=True))


def form_of(client: FlaskClient, patient: Patient, body: str, **extra: str) -> dict[str, str]:
    """The text form as the page renders it, filled in."""
    token = FORM_TOKEN.search(page(client, patient))
    assert token, "no text form on the patient page"
    return {"csrf_token": csrf_token(client, "/password"), "token": token.group(1),
            "body": body, **extra}  # fmt: skip


def sent() -> list[Message]:
    return list(db.session.scalars(select(Message).where(Message.purpose == THERAPIST_MESSAGE)))


def question(patient: Patient) -> Alert:
    return db.session.scalars(select(Alert).where(Alert.patient_id == patient.id)).one()


def test_the_page_offers_the_form_with_its_hint_and_the_open_question(
    client: FlaskClient, sam: Therapist, ana: Patient
) -> None:
    sign_in(client, sam.email)

    html = page(client, ana)

    assert "Text to the patient" in html and "Send text" in html
    assert "First name only; no diagnosis, employer or claim details." in html
    assert "Resolve the question" in html and "can I go up to 30 lb?" in html
    assert f'name="alert_id" value="{question(ana).id}"' in html
    assert "Quiet hours" not in html


def test_sending_answers_resolves_and_shows_the_text_from_its_author(
    client: FlaskClient, sam: Therapist, ana: Patient
) -> None:
    sign_in(client, sam.email)
    form = form_of(client, ana, "Yes, 30 lb is fine.", resolve="y", alert_id=str(question(ana).id))

    response = client.post(f"/patients/{ana.id}/texts", data=form)

    assert response.status_code == 302 and response.location.endswith(f"/patients/{ana.id}#texts")
    html = page(client, ana)
    assert "Text sent to Ana (1 SMS segment)." in html
    thread = html[html.index('id="texts"') :]
    assert "From Sam Rivera" in thread and "Yes, 30 lb is fine." in thread
    assert question(ana).status == AlertStatus.RESOLVED
    assert "Resolve the question" not in html


def test_a_double_submitted_form_sends_once(
    client: FlaskClient, sam: Therapist, ana: Patient
) -> None:
    sign_in(client, sam.email)
    form = form_of(client, ana, "See you Thursday.")

    first = client.post(f"/patients/{ana.id}/texts", data=form)
    second = client.post(f"/patients/{ana.id}/texts", data=form)  # double click, or back + send

    assert (first.status_code, second.status_code) == (302, 302)
    assert [m.body for m in sent()] == ["See you Thursday."]
    assert "That text was already sent; it was not sent again." in page(client, ana)
    fresh = form_of(client, ana, "See you Thursday.")  # a new page load is a new text
    assert fresh["token"] != form["token"]
    client.post(f"/patients/{ana.id}/texts", data=fresh)
    assert len(sent()) == 2


@pytest.mark.parametrize(
    ("body", "error"),
    [
        ("", "Write the text to send."),
        ("   ", "Write the text to send."),
        ("x" * 481, "At most 480 characters."),
        ("x" * 470, "Too long: 4 SMS segments; at most 3"),
    ],
)
def test_a_bad_body_is_422_with_the_error_at_the_field_and_nothing_sent(
    client: FlaskClient, sam: Therapist, ana: Patient, body: str, error: str
) -> None:
    sign_in(client, sam.email)

    response = client.post(f"/patients/{ana.id}/texts", data=form_of(client, ana, body))

    html = response.get_data(as_text=True)
    assert response.status_code == 422
    assert re.search(
        rf'<textarea[^>]*name="body".*?<span class="error">{re.escape(error)}', html, re.S
    )
    assert sent() == []


def test_the_form_shows_the_segment_count_of_the_draft(
    client: FlaskClient, sam: Therapist, ana: Patient
) -> None:
    sign_in(client, sam.email)

    response = client.post(f"/patients/{ana.id}/texts", data=form_of(client, ana, "y" * 470))

    assert "This text takes 4 SMS segments." in response.get_data(as_text=True)


def test_a_stopped_patient_is_refused_at_the_field(
    client: FlaskClient, sam: Therapist, ana: Patient
) -> None:
    sign_in(client, sam.email)
    form = form_of(client, ana, "Hello", resolve="y", alert_id=str(question(ana).id))
    ana.status = PatientStatus.STOPPED  # texted STOP while the page was open
    db.session.commit()

    response = client.post(f"/patients/{ana.id}/texts", data=form)

    assert response.status_code == 422
    assert "The patient texted STOP" in response.get_data(as_text=True)
    assert sent() == [] and question(ana).status == AlertStatus.OPEN


def test_a_form_without_its_token_is_refused(
    client: FlaskClient, sam: Therapist, ana: Patient
) -> None:
    sign_in(client, sam.email)
    form = form_of(client, ana, "Hello")
    del form["token"]

    response = client.post(f"/patients/{ana.id}/texts", data=form)

    assert response.status_code == 422 and "reload the page" in response.get_data(as_text=True)
    assert sent() == []


def test_in_quiet_hours_the_page_says_when_the_text_goes(
    app: Flask, client: FlaskClient, sam: Therapist, ana: Patient
) -> None:
    app.config["CLOCK"] = lambda: LATE
    sign_in(client, sam.email)

    assert "a text sent now goes at 08:00 the patient's time" in page(client, ana)
    client.post(f"/patients/{ana.id}/texts", data=form_of(client, ana, "Call us tomorrow."))

    html = page(client, ana)
    assert "Text queued (1 SMS segment): quiet hours, it goes at 08:00 the patient's time." in html
    assert "goes Nov 24, 08:00" in html


@pytest.mark.parametrize("role", [Role.PSYCHOLOGIST, Role.VOCATIONAL_COUNSELLOR, Role.CASE_MANAGER])
def test_the_care_team_may_text_the_patient(
    client: FlaskClient, sam: Therapist, ana: Patient, role: Role
) -> None:
    colleague = make_therapist(clinic=sam.clinic, name="Kim Lee", password=PASSWORD, role=role)
    sign_in(client, colleague.email)

    client.post(f"/patients/{ana.id}/texts", data=form_of(client, ana, "How was the week?"))

    assert [m.body for m in sent()] == ["How was the week?"]
    assert "From Kim Lee" in page(client, ana)


def test_the_clinic_admin_may_not_text_a_patient(
    client: FlaskClient, sam: Therapist, ana: Patient
) -> None:
    admin = make_therapist(clinic=sam.clinic, password=PASSWORD, role=Role.ADMIN)
    sign_in(client, admin.email)
    html = page(client, ana)
    data = {"csrf_token": csrf_token(client, "/password"), "token": "a" * 32, "body": "Hi"}

    response = client.post(f"/patients/{ana.id}/texts", data=data)

    assert "Send text" not in html and response.status_code == 403 and sent() == []


def test_another_clinics_patient_is_404_and_the_isolation_sweep_covers_the_route(
    app: Flask, client: FlaskClient, sam: Therapist, ana: Patient
) -> None:
    outsider = make_therapist(password=PASSWORD)
    sign_in(client, outsider.email)
    data = {"csrf_token": csrf_token(client, "/password"), "token": "a" * 32, "body": "Hi"}

    response = client.post(f"/patients/{ana.id}/texts", data=data)

    assert response.status_code == 404 and sent() == []
    swept = {(rule.endpoint, method) for rule, method in routes_with_ids(app)}
    assert ("dashboard.post_text", "POST") in swept
    assert (
        db.session.scalars(select(Message).where(Message.direction == Direction.OUTBOUND)).all()
        == []
    )

"""A number (or a sign-in email) already in use is told plainly to its own clinic, and to
any other clinic only as "cannot be enrolled": never that someone with it is in a programme."""

from typing import Any

from flask.testing import FlaskClient
from sqlalchemy import func, select

from companion.extensions import db
from companion.models import ConsentEvent, Patient, Role, Therapist
from companion.patients import NOT_ENROLLABLE, TAKEN_HERE
from companion.team import NOT_USABLE
from messaging.models import Message
from tests.builders import make_patient, make_therapist, make_token, patient_payload
from tests.dashboard.conftest import PASSWORD, post_form, sign_in

HELD = "+13125550142"  # patient_payload's number, "(312) 555-0142"
TELLING = ("already", "enrolled in", "patient of", "has this number", "programme")


def written() -> tuple[int, ...]:
    return tuple(
        db.session.scalar(select(func.count()).select_from(model)) or 0
        for model in (Patient, ConsentEvent, Message, Therapist)
    )


def enrol_by_api(client: FlaskClient, therapist: Therapist) -> Any:
    headers = {"Authorization": f"Bearer {make_token(therapist)}"}
    return client.post("/api/v1/patients", json=patient_payload(), headers=headers)


def enrol_on_the_dashboard(client: FlaskClient, therapist: Therapist) -> Any:
    sign_in(client, therapist.email)
    form = {"first_name": "Rosa", "phone": "(312) 555-0142", "timezone": "America/Chicago",
            "language": "en", "job_profile_id": "0", "kind": "work_hardening", "days": ["mon"],
            "plan_time": "08:00", "reminder_time": "18:00", "sms_consent": "y",
            "consent_method": "verbal", "tasks-0-name": "Walk",
            "tasks-0-duration_min": "10"}  # fmt: skip
    return post_form(client, "/patients/new", **form)


def test_another_clinic_enrolling_a_held_number_by_api_learns_nothing_about_it(
    client: FlaskClient,
) -> None:
    make_patient(phone=HELD)
    before = written()
    stranger = make_therapist()

    response = enrol_by_api(client, stranger)

    assert response.status_code == 422
    assert response.get_json() == {"errors": {"phone": [NOT_ENROLLABLE]}}
    assert not any(word in NOT_ENROLLABLE.lower() for word in TELLING)
    assert written() == (before[0], before[1], before[2], before[3] + 1)  # only the stranger


def test_the_clinic_holding_the_number_is_told_it_has_that_patient_by_api(
    client: FlaskClient,
) -> None:
    held = make_patient(phone=HELD)
    before = written()

    response = enrol_by_api(client, held.therapist)

    assert response.status_code == 422
    assert response.get_json() == {"errors": {"phone": [TAKEN_HERE]}}
    assert written() == before


def test_another_clinic_enrolling_a_held_number_on_the_dashboard_learns_nothing_about_it(
    client: FlaskClient,
) -> None:
    make_patient(phone=HELD)
    stranger = make_therapist(password=PASSWORD)
    before = written()

    response = enrol_on_the_dashboard(client, stranger)

    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert NOT_ENROLLABLE in page and TAKEN_HERE not in page
    assert written() == before


def test_the_clinic_holding_the_number_is_told_on_the_dashboard(client: FlaskClient) -> None:
    held = make_patient(phone=HELD)
    colleague = make_therapist(held.therapist.clinic, password=PASSWORD)
    before = written()

    response = enrol_on_the_dashboard(client, colleague)

    assert response.status_code == 422
    assert TAKEN_HERE in response.get_data(as_text=True)
    assert written() == before


def test_an_admin_adding_another_clinics_users_email_learns_nothing_about_it(
    client: FlaskClient,
) -> None:
    elsewhere = make_therapist(email="rosa@example.org")
    admin = make_therapist(password=PASSWORD, role=Role.ADMIN)
    sign_in(client, admin.email)
    before = written()

    response = post_form(client, "/team", name="Rosa Diaz", email="Rosa@Example.org",
                         role="therapist", phone="", password="a-long-first-password")  # fmt: skip

    assert response.status_code == 422  # type: ignore[attr-defined]
    page = response.get_data(as_text=True)  # type: ignore[attr-defined]
    assert NOT_USABLE in page and "already" not in page
    assert written() == before
    assert db.session.get(Therapist, elsewhere.id).clinic_id != admin.clinic_id

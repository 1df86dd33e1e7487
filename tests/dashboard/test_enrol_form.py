"""The enrol form as the server sees it: the day boxes, loading a template, what errors say."""

import re

from flask.testing import FlaskClient
from sqlalchemy import func, select

from companion.extensions import db
from companion.models import Message, Patient, Therapist
from tests.dashboard.conftest import post_form, sign_in


def enrolment(**changes: object) -> dict[str, object]:
    form: dict[str, object] = {
        "first_name": "Rosa", "phone": "(713) 555-0188", "timezone": "America/Chicago",
        "language": "es", "job_profile_id": "0", "kind": "work_hardening",
        "days": ["mon", "tue", "wed", "thu", "fri"], "plan_time": "08:00",
        "reminder_time": "18:00", "sms_consent": "y", "consent_method": "verbal",
        "template": "general", "tasks-0-name": "Walk", "tasks-0-duration_min": "10",
    }  # fmt: skip
    return {**form, **changes}


def patients() -> int:
    return db.session.scalar(select(func.count(Patient.id))) or 0


def test_no_day_box_is_required_by_itself(client: FlaskClient, therapist: Therapist) -> None:
    sign_in(client, therapist.email)
    page = client.get("/patients/new").get_data(as_text=True)

    boxes = re.findall(r'<input[^>]*name="days"[^>]*>', page)

    assert len(boxes) == 7
    assert not [box for box in boxes if "required" in box]
    assert sum("checked" in box for box in boxes) == 5  # Monday to Friday by default


def test_a_programme_without_days_is_refused_at_the_days_and_nothing_is_written(
    client: FlaskClient, therapist: Therapist
) -> None:
    sign_in(client, therapist.email)
    form = enrolment()
    del form["days"]

    response = post_form(client, "/patients/new", **form)

    assert response.status_code == 422  # type: ignore[attr-defined]
    page = response.get_data(as_text=True)  # type: ignore[attr-defined]
    assert re.search(
        r'<fieldset class="days">.*Pick at least one day\.</span></fieldset>', page, re.S
    )
    assert patients() == 0


def test_loading_a_template_keeps_the_patient_and_enrols_nobody(
    client: FlaskClient, therapist: Therapist
) -> None:
    sign_in(client, therapist.email)
    form = enrolment(template="warehouse", load_template="1", **{"days": ["mon", "thu"]})

    response = post_form(client, "/patients/new", **form)

    assert response.status_code == 200  # type: ignore[attr-defined]
    page = response.get_data(as_text=True)  # type: ignore[attr-defined]
    for kept in ('value="Rosa"', 'value="(713) 555-0188"', '<option selected value="es">',
                 '<input checked id="days-0"', '<input checked id="days-3"'):  # fmt: skip
        assert kept in page, kept
    assert '<input id="days-4"' in page, "Friday was not asked for"
    assert 'value="Wall push"' in page and 'value="Walk"' not in page
    assert 'value="Sled push"' not in page  # the clinic's sled is never home work
    assert 'class="error"' not in page
    assert patients() == 0
    assert db.session.scalar(select(func.count(Message.id))) == 0


def test_field_errors_say_what_is_expected(client: FlaskClient, therapist: Therapist) -> None:
    sign_in(client, therapist.email)

    response = post_form(
        client, "/patients/new", **enrolment(first_name="", phone="call me", timezone="Mars/Base")
    )

    assert response.status_code == 422  # type: ignore[attr-defined]
    page = response.get_data(as_text=True)  # type: ignore[attr-defined]
    assert "Give the patient&#39;s first name." in page
    assert "Give a US mobile number such as (312) 555-0142." in page
    assert "Pick a time zone from the list, such as America/Chicago." in page
    assert patients() == 0

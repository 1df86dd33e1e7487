"""A hostile probe of the dashboard's forms: a NUL or other control character, a number
beyond the integer column or a decimal NaN in any field is a form error naming it (422),
and nothing is written, on SQLite and PostgreSQL alike (never a 500 from the driver)."""

from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select
from wtforms import Form

from companion.dashboard import forms
from companion.extensions import db
from companion.hostile import CONTROL, NOT_FINITE, TOO_LARGE
from companion.models import (
    CareNote,
    ConsentEvent,
    JobDemand,
    JobDemandProfile,
    LoginAttempt,
    Patient,
    Role,
    Task,
    Therapist,
)
from messaging.models import Message
from tests.builders import make_therapist
from tests.dashboard.conftest import PASSWORD, csrf_token, make_clinic_with_data, post_form, sign_in
from tests.dashboard.test_jobs import job

TOKEN = "0123456789abcdef0123456789abcdef"
BEYOND = str(2**31)
MESSAGE = {"control": CONTROL, "range": TOO_LARGE, "nan": NOT_FINITE, "choice": "Not a valid",
           "successor": "Choose an active therapist"}  # fmt: skip


def enrolment(**fields: str) -> dict[str, Any]:
    return {
        "first_name": "Rosa", "phone": "(713) 555-0188", "timezone": "America/Chicago",
        "language": "en", "job_profile_id": "0", "kind": "work_hardening", "days": ["mon"],
        "plan_time": "08:00", "reminder_time": "18:00", "sms_consent": "y",
        "consent_method": "verbal", "tasks-0-name": "Walk", "tasks-0-duration_min": "10",
    } | fields  # fmt: skip


def dose(**fields: str) -> dict[str, Any]:
    return {"sets": "3", "reps": "10", "load_lb": "", "duration_min": "", "instructions": ""} | (
        fields
    )


# (who posts, path with {patient}/{task}/{member}, form, which refusal the page shows)
PROBES = {
    "note": ("therapist", "/patients/{patient}/notes", {"body": "Fear\x00-avoidance"}, "control"),
    "case manager name": ("therapist", "/patients/{patient}/case-manager",
                          {"name": "Pat\x00", "organisation": "Acme", "email": "pat@example.org"},
                          "control"),
    "case manager organisation": ("therapist", "/patients/{patient}/case-manager",
                                  {"name": "Pat", "organisation": "\x00",
                                   "email": "pat@example.org"}, "control"),
    "text to the patient": ("therapist", "/patients/{patient}/texts",
                            {"body": "Hi Ana\x00", "token": TOKEN}, "control"),
    "text resolving an alert beyond the range": ("therapist", "/patients/{patient}/texts",
                                                 {"body": "Hi Ana", "token": TOKEN,
                                                  "resolve": "y", "alert_id": BEYOND}, "range"),
    "enrolment first name": ("therapist", "/patients/new", enrolment(first_name="Ro\x00sa"),
                             "control"),
    "enrolment task name": ("therapist", "/patients/new", enrolment(**{"tasks-0-name": "W\x00"}),
                            "control"),
    "enrolment job profile": ("therapist", "/patients/new", enrolment(job_profile_id=BEYOND),
                              "choice"),
    "enrolment job demand": ("therapist", "/patients/new",
                             enrolment(**{"tasks-0-job_demand_id": BEYOND}), "range"),
    "task dose load": ("therapist", "/patients/{patient}/tasks/{task}", dose(load_lb="NaN"),
                       "nan"),
    "task instructions": ("therapist", "/patients/{patient}/tasks/{task}",
                          dose(instructions="Slowly\x00"), "control"),
    "job title": ("therapist", "/jobs", job(job_title="Dock\x00 loader"), "control"),
    "job demand target": ("therapist", "/jobs", job(**{"demands-0-target": "NaN"}), "nan"),
    "team member name": ("admin", "/team",
                         {"name": "Rosa\x00", "email": "rosa@example.org", "role": "therapist",
                          "phone": "", "password": "a-long-first-password"}, "control"),
    "let go to a successor beyond the range": ("admin", "/team/{member}/let-go",
                                               {"successor": BEYOND}, "successor"),
}  # fmt: skip


def snapshot() -> tuple[Any, ...]:
    """Everything the probes could write, in a comparable form."""
    counts = tuple(
        db.session.scalar(select(func.count()).select_from(model))
        for model in (Patient, Task, ConsentEvent, CareNote, Message, JobDemandProfile, JobDemand)
    )
    db.session.expire_all()
    patients = db.session.execute(
        select(Patient.first_name, Patient.case_manager_name, Patient.case_manager_organisation,
               Patient.therapist_id).order_by(Patient.id)
    ).all()  # fmt: skip
    tasks = db.session.execute(
        select(Task.name, Task.load_lb, Task.instructions).order_by(Task.id)
    ).all()
    users = db.session.execute(
        select(Therapist.name, Therapist.is_active).order_by(Therapist.id)
    ).all()
    return counts, patients, tasks, users


@pytest.mark.parametrize("probe", list(PROBES))
def test_a_form_value_the_database_cannot_hold_is_a_form_error_and_writes_nothing(
    client: FlaskClient, probe: str
) -> None:
    who, path, data, refusal = PROBES[probe]
    mine = make_clinic_with_data("Ana", "+16175550111", "my knee is sore")
    admin = make_therapist(mine["therapist"].clinic, password=PASSWORD, role=Role.ADMIN)
    sign_in(client, (admin if who == "admin" else mine["therapist"]).email)
    url = path.format(patient=mine["patient"].id, task=mine["ids"]["task_id"],
                      member=mine["therapist"].id)  # fmt: skip
    before = snapshot()

    response = post_form(client, url, **data)

    assert response.status_code == 422, probe  # type: ignore[attr-defined]
    assert MESSAGE[refusal] in response.get_data(as_text=True)  # type: ignore[attr-defined]
    assert snapshot() == before


def test_a_nul_in_the_sign_in_email_is_a_failed_sign_in_not_a_500(
    client: FlaskClient, app: Flask
) -> None:
    therapist = make_therapist(password=PASSWORD)

    response = client.post(
        "/login",
        data={"email": f"\x00{therapist.email}", "password": PASSWORD,
              "csrf_token": csrf_token(client)},
    )  # fmt: skip

    assert response.status_code == 200
    assert "Email or password is incorrect." in response.get_data(as_text=True)
    assert db.session.scalar(select(func.count()).select_from(LoginAttempt)) == 0


def all_forms() -> list[type[Form]]:
    found, todo = [], [Form]
    while todo:
        cls = todo.pop()
        todo.extend(cls.__subclasses__())
        if cls.__module__.startswith("companion."):
            found.append(cls)
    return found


def test_every_dashboard_form_carries_the_guard() -> None:
    unguarded = [cls.__name__ for cls in all_forms() if not issubclass(cls, forms.Guarded)]

    assert len(all_forms()) >= 15 and unguarded == []

"""A hostile probe of the JSON API: values the database cannot hold are a 4xx naming the
field and write nothing, on SQLite and PostgreSQL alike (never a 500 from the driver)."""

from typing import Any

import pytest
from flask.testing import FlaskClient
from sqlalchemy import func, select

from companion.extensions import db
from companion.models import AuditEvent, ConsentEvent, JobDemandProfile, Patient, Program, Task
from messaging.models import Message
from tests.builders import make_therapist, make_token, patient_payload

BEYOND = [2**31, -(2**31) - 1, 10**30, 0, -1]


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def written() -> tuple[int, ...]:
    return tuple(
        db.session.scalar(select(func.count()).select_from(model)) or 0
        for model in (Patient, Program, Task, ConsentEvent, Message, JobDemandProfile)
    )


def with_task(**fields: Any) -> dict[str, Any]:
    program = patient_payload()["program"]
    program["tasks"][0].update(fields)
    return patient_payload(program=program)


@pytest.fixture
def token() -> str:
    return make_token(make_therapist())


@pytest.mark.parametrize(
    ("body", "path"),
    [
        (patient_payload(first_name="Ana\x00"), ["first_name"]),
        (patient_payload(first_name="\x00"), ["first_name"]),
        (patient_payload(first_name="An\ud800a"), ["first_name"]),  # a lone surrogate
        (patient_payload(first_name="\udfff"), ["first_name"]),
        (patient_payload(last_initial="\x00"), ["last_initial"]),
        (with_task(name="Lift\x00"), ["program", "tasks", "0", "name"]),
        (with_task(instructions="Bend the knees\x00"), ["program", "tasks", "0", "instructions"]),
        (with_task(instructions="\ud83d alone"), ["program", "tasks", "0", "instructions"]),
        (with_task(job_demand_id=2**31), ["program", "tasks", "0", "job_demand_id"]),
        *[(patient_payload(therapist_id=n), ["therapist_id"]) for n in BEYOND],
        *[(patient_payload(job_profile_id=n), ["job_profile_id"]) for n in BEYOND],
    ],
)
def test_a_value_the_database_cannot_hold_is_422_naming_it_and_writes_nothing(
    client: FlaskClient, token: str, body: dict[str, Any], path: list[str]
) -> None:
    response = client.post("/api/v1/patients", json=body, headers=auth(token))

    assert response.status_code == 422
    errors = response.get_json()["errors"]
    for key in path:
        errors = errors[key]
    assert errors and all(isinstance(message, str) for message in errors)
    assert written() == (0, 0, 0, 0, 0, 0)


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"job_title": "Picker\x00", "strength_level": "medium", "template": "warehouse"},
         "job_title"),
        ({"job_title": "Picker", "industry": "\ud800", "strength_level": "medium",
          "template": "warehouse"}, "industry"),
    ],
)  # fmt: skip
def test_a_job_profile_with_a_value_the_database_cannot_hold_writes_nothing(
    client: FlaskClient, token: str, body: dict[str, Any], field: str
) -> None:
    response = client.post("/api/v1/job-profiles", json=body, headers=auth(token))

    assert response.status_code == 422
    assert field in response.get_json()["errors"]
    assert written() == (0, 0, 0, 0, 0, 0)


@pytest.mark.parametrize("path", ["/api/v1/patients", "/api/v1/job-profiles"])
@pytest.mark.parametrize("opening", ["[", '{"a":'])
def test_json_nested_5000_deep_is_400_and_writes_nothing(
    client: FlaskClient, token: str, path: str, opening: str
) -> None:
    closing = "]" if opening == "[" else "}"
    body = opening * 5000 + "1" + closing * 5000

    response = client.post(path, data=body, content_type="application/json", headers=auth(token))

    assert response.status_code == 400
    assert response.get_json() == {"errors": {"_schema": ["The JSON is nested too deeply."]}}
    assert written() == (0, 0, 0, 0, 0, 0)


def test_json_nested_50000_deep_is_refused_without_a_500(client: FlaskClient, token: str) -> None:
    body = "[" * 50_000 + "]" * 50_000  # 100 KB: the body size limit may refuse it first (413)

    response = client.post(
        "/api/v1/patients", data=body, content_type="application/json", headers=auth(token)
    )

    assert response.status_code in {400, 413}
    assert written() == (0, 0, 0, 0, 0, 0)


def test_an_unknown_field_with_a_lone_surrogate_for_a_name_is_422(
    client: FlaskClient, token: str
) -> None:
    body = {**patient_payload(), "\ud800": "x"}

    response = client.post("/api/v1/patients", json=body, headers=auth(token))

    assert response.status_code == 422
    assert written() == (0, 0, 0, 0, 0, 0)
    assert db.session.scalar(select(func.count()).select_from(AuditEvent)) == 0

"""The patients API: enrolment validation, clinic scoping and token auth."""

from typing import Any

import pytest
from flask.testing import FlaskClient
from sqlalchemy import func, select

from companion.extensions import db
from companion.models import AuditEvent, ConsentEvent, ConsentKind, Patient, Program, Task
from tests.builders import make_patient, make_therapist, make_token, patient_payload


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def count(model: Any) -> int:
    return db.session.scalar(select(func.count()).select_from(model)) or 0


@pytest.fixture
def token() -> str:
    return make_token(make_therapist())


def test_enrolment_stores_the_phone_in_e164(client: FlaskClient, token: str) -> None:
    response = client.post("/api/v1/patients", json=patient_payload(), headers=auth(token))

    assert response.status_code == 201
    body = response.get_json()
    assert body["id"] > 0
    assert body["phone"] == "+13125550142"
    assert db.session.get(Patient, body["id"]).phone == "+13125550142"


def test_enrolment_creates_programme_tasks_and_a_consent_grant(
    client: FlaskClient, token: str
) -> None:
    body = client.post("/api/v1/patients", json=patient_payload(), headers=auth(token)).get_json()

    assert body["program"]["days"] == ["mon", "wed", "fri"]
    assert [t["name"] for t in body["program"]["tasks"]] == ["Floor-to-waist lift", "Carry"]
    assert body["program"]["tasks"][1]["distance_ft"] == 50
    assert body["sms_consent"] is True
    [grant] = db.session.scalars(select(ConsentEvent)).all()
    assert grant.kind == ConsentKind.GRANTED and grant.recorded_by_id is not None


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"phone": "555-12"}, "phone"),
        ({"phone": "not a phone"}, "phone"),
        ({"timezone": "Mars/Olympus_Mons"}, "timezone"),
        ({"timezone": "../../etc/passwd"}, "timezone"),
        ({"language": "fr"}, "language"),
        ({"sms_consent": False}, "sms_consent"),
        ({"sms_consent": None}, "sms_consent"),
        ({"first_name": ""}, "first_name"),
        ({"favourite_colour": "blue"}, "favourite_colour"),
        (
            {"program": {"kind": "yoga", "days": ["mon"], "tasks": [{"name": "x", "reps": 1}]}},
            "program",
        ),
    ],
)
def test_invalid_enrolment_is_422_naming_the_field_and_writes_nothing(
    client: FlaskClient, token: str, overrides: dict[str, Any], field: str
) -> None:
    response = client.post(
        "/api/v1/patients", json=patient_payload(**overrides), headers=auth(token)
    )

    assert response.status_code == 422
    assert field in response.get_json()["errors"]
    assert (count(Patient), count(Program), count(Task), count(ConsentEvent)) == (0, 0, 0, 0)


def test_missing_consent_is_422_naming_sms_consent(client: FlaskClient, token: str) -> None:
    body = patient_payload()
    del body["sms_consent"]

    response = client.post("/api/v1/patients", json=body, headers=auth(token))

    assert response.status_code == 422
    assert "sms_consent" in response.get_json()["errors"]
    assert count(Patient) == 0


def test_a_task_error_names_its_path(client: FlaskClient, token: str) -> None:
    program = patient_payload()["program"]
    program["tasks"][1]["reps"] = -3
    response = client.post(
        "/api/v1/patients", json=patient_payload(program=program), headers=auth(token)
    )

    assert response.status_code == 422
    assert response.get_json()["errors"] == {
        "program": {
            "tasks": {
                "1": {"reps": ["Must be greater than or equal to 1 and less than or equal to 200."]}
            }
        }
    }


def test_an_already_enrolled_phone_is_422_and_writes_nothing(
    client: FlaskClient, token: str
) -> None:
    client.post("/api/v1/patients", json=patient_payload(), headers=auth(token))

    response = client.post(
        "/api/v1/patients", json=patient_payload(phone="+1 312 555 0142"), headers=auth(token)
    )

    assert response.status_code == 422
    assert "phone" in response.get_json()["errors"]
    assert (count(Patient), count(Program), count(ConsentEvent)) == (1, 1, 1)


def test_a_body_that_is_not_a_json_object_is_400(client: FlaskClient, token: str) -> None:
    response = client.post(
        "/api/v1/patients", data="[1, 2]", content_type="application/json", headers=auth(token)
    )

    assert response.status_code == 400
    assert "_schema" in response.get_json()["errors"]


def test_a_therapist_of_another_clinic_cannot_be_assigned(client: FlaskClient, token: str) -> None:
    stranger = make_therapist()

    response = client.post(
        "/api/v1/patients", json=patient_payload(therapist_id=stranger.id), headers=auth(token)
    )

    assert response.status_code == 422
    assert "therapist_id" in response.get_json()["errors"]
    assert count(Patient) == 0


@pytest.mark.parametrize(
    "path",
    ["", "/messages", "/checkins", "/adherence", "/readiness", "/report.pdf", "/fhir"],
)
def test_another_clinics_patient_is_404_with_none_of_their_data(
    client: FlaskClient, path: str
) -> None:
    other = make_patient(first_name="Zelda")
    token = make_token(make_therapist())

    response = client.get(f"/api/v1/patients/{other.id}{path}", headers=auth(token))

    assert response.status_code == 404
    assert b"Zelda" not in response.data and other.phone.encode() not in response.data


def test_the_list_holds_only_the_callers_clinic(client: FlaskClient) -> None:
    mine = make_patient(first_name="Mine")
    make_patient(first_name="Theirs")
    token = make_token(mine.therapist)

    items = client.get("/api/v1/patients", headers=auth(token)).get_json()["items"]

    assert [p["first_name"] for p in items] == ["Mine"]


@pytest.mark.parametrize(
    "header",
    [None, "Bearer", "Bearer wrong-token", "Basic dXNlcjpwYXNz", "bearer  "],
)
def test_a_missing_or_wrong_token_is_401(
    client: FlaskClient, token: str, header: str | None
) -> None:
    headers = {"Authorization": header} if header else {}

    response = client.get("/api/v1/patients", headers=headers)

    assert response.status_code == 401
    assert "_schema" in response.get_json()["errors"]


def test_reading_a_patient_writes_an_audit_row(client: FlaskClient) -> None:
    patient = make_patient()
    token = make_token(patient.therapist)

    client.get(f"/api/v1/patients/{patient.id}", headers=auth(token))
    client.get(f"/api/v1/patients/{patient.id}/report.pdf", headers=auth(token))

    actions = db.session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)).all()
    assert actions == ["patient.view.profile", "patient.view.report"]


def test_the_patient_subresources_answer_with_the_contract_shape(client: FlaskClient) -> None:
    patient = make_patient()
    headers = auth(make_token(patient.therapist))
    base = f"/api/v1/patients/{patient.id}"

    assert client.get(f"{base}/messages", headers=headers).get_json() == {"items": []}
    assert client.get(f"{base}/checkins", headers=headers).get_json() == {"items": []}
    adherence = client.get(f"{base}/adherence", headers=headers).get_json()
    assert {
        "scheduled_days",
        "done_days",
        "partial_days",
        "skipped_days",
        "silent_days",
        "adherence",
    } <= adherence.keys()
    fhir = client.get(f"{base}/fhir", headers=headers)
    assert fhir.get_json()["resourceType"] == "Bundle"
    pdf = client.get(f"{base}/report.pdf", headers=headers)
    assert pdf.mimetype == "application/pdf" and pdf.data.startswith(b"%PDF")

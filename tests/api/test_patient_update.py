"""PATCH /api/v1/patients/<id>: correcting a patient's details, checked, audited, clinic-scoped."""

from flask.testing import FlaskClient
from sqlalchemy import select

from companion.extensions import db
from companion.models import AuditEvent, Patient
from tests.builders import make_patient, make_therapist, make_token


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_a_patch_changes_only_the_fields_sent_and_is_audited(client: FlaskClient) -> None:
    patient = make_patient(first_name="Marcus", phone="+13125550143")
    token = make_token(patient.therapist)

    response = client.patch(
        f"/api/v1/patients/{patient.id}",
        json={"phone": "773.555.0199", "language": "es"},
        headers=auth(token),
    )

    assert response.status_code == 200, response.get_json()
    body = response.get_json()
    assert (body["phone"], body["language"], body["first_name"]) == ("+17735550199", "es", "Marcus")
    [row] = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "patient.edit"))
    assert row.detail["changed"] == ["phone", "language"]


def test_a_bad_or_taken_phone_is_422_naming_it_and_nothing_changes(client: FlaskClient) -> None:
    patient = make_patient(first_name="Marcus", phone="+13125550143")
    make_patient(therapist=patient.therapist, first_name="Ana", phone="+13125550142")
    token = make_token(patient.therapist)
    path = f"/api/v1/patients/{patient.id}"

    bad = client.patch(path, json={"phone": "555-01", "first_name": "M"}, headers=auth(token))
    taken = client.patch(
        path, json={"phone": "(312) 555-0142", "first_name": "M"}, headers=auth(token)
    )
    zone = client.patch(path, json={"timezone": "Mars/Base"}, headers=auth(token))

    assert (bad.status_code, taken.status_code, zone.status_code) == (422, 422, 422)
    assert "(312) 555-0142" in bad.get_json()["errors"]["phone"][0]
    assert taken.get_json()["errors"] == {"phone": ["Ana is enrolled with this number."]}
    assert list(zone.get_json()["errors"]) == ["timezone"]
    db.session.expire_all()
    assert db.session.get_one(Patient, patient.id).first_name == "Marcus"


def test_another_clinics_patient_is_404_and_unchanged(client: FlaskClient) -> None:
    theirs = make_patient(first_name="Marcus")
    token = make_token(make_therapist())

    response = client.patch(
        f"/api/v1/patients/{theirs.id}", json={"first_name": "X"}, headers=auth(token)
    )

    assert response.status_code == 404
    db.session.expire_all()
    assert db.session.get_one(Patient, theirs.id).first_name == "Marcus"

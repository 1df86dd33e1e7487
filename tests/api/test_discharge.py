"""Discharge through the API: the outcome, its refusals as field errors, roles and clinics."""

from flask.testing import FlaskClient

from companion.extensions import db
from companion.models import Alert, Patient, PatientStatus, Role, Severity
from tests.builders import make_patient, make_therapist, make_token


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_a_therapist_discharges_a_patient_with_the_outcome(client: FlaskClient) -> None:
    patient = make_patient()
    token = make_token(patient.therapist)

    response = client.post(
        f"/api/v1/patients/{patient.id}/discharge",
        headers=auth(token),
        json={"outcome": "full_duty"},
    )

    assert response.status_code == 200
    body = response.get_json()
    assert body["status"] == "discharged" and body["discharge_outcome"] == "full_duty"
    assert body["discharged_at"] is not None


def test_an_unknown_outcome_or_an_open_urgent_alert_is_422_naming_outcome(
    client: FlaskClient,
) -> None:
    patient = make_patient()
    token = make_token(patient.therapist)
    path = f"/api/v1/patients/{patient.id}/discharge"

    unknown = client.post(path, headers=auth(token), json={"outcome": "cured"})
    db.session.add(Alert(patient_id=patient.id, kind="red_flag:neuro", severity=Severity.URGENT,
                         evidence={}))  # fmt: skip
    db.session.commit()
    urgent = client.post(path, headers=auth(token), json={"outcome": "full_duty"})

    assert unknown.status_code == urgent.status_code == 422
    assert "outcome" in unknown.get_json()["errors"]
    assert "urgent" in urgent.get_json()["errors"]["outcome"][0]
    assert db.session.get_one(Patient, patient.id).status == PatientStatus.ACTIVE


def test_the_care_team_may_not_discharge_and_another_clinic_gets_404(client: FlaskClient) -> None:
    patient = make_patient()
    counsellor = make_therapist(clinic=patient.therapist.clinic, role=Role.VOCATIONAL_COUNSELLOR)
    path, body = f"/api/v1/patients/{patient.id}/discharge", {"outcome": "full_duty"}

    refused = client.post(path, headers=auth(make_token(counsellor)), json=body)
    elsewhere = client.post(path, headers=auth(make_token(make_therapist())), json=body)

    assert (refused.status_code, elsewhere.status_code) == (403, 404)
    assert db.session.get_one(Patient, patient.id).status == PatientStatus.ACTIVE

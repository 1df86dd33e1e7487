"""Discharging from the patient page, and the caseload's discharged list with its outcomes."""

from flask.testing import FlaskClient

from companion.extensions import db
from companion.models import Patient, PatientStatus, Severity
from tests.dashboard.conftest import make_clinic_with_data, post_form, sign_in
from tests.dashboard.test_pages import raise_alert


def clinic_without_urgent_alerts(client: FlaskClient) -> Patient:
    clinic = make_clinic_with_data("Ana", "+16175550111", "my knee is sore")
    clinic["alert"].resolve(clinic["therapist"].id, clinic["alert"].created_at)
    db.session.commit()
    sign_in(client, clinic["therapist"].email)
    patient: Patient = clinic["patient"]
    return patient


def test_a_discharged_patient_leaves_the_caseload_for_its_discharged_list(
    client: FlaskClient,
) -> None:
    patient = clinic_without_urgent_alerts(client)

    response = post_form(client, f"/patients/{patient.id}/discharge", outcome="full_duty")

    assert response.status_code == 302  # type: ignore[attr-defined]
    page = client.get(f"/patients/{patient.id}").get_data(as_text=True)
    assert "Ana Q. is discharged: Returned to work, full duty." in page
    assert "Discharged" in page and f'action="/patients/{patient.id}/pause"' not in page
    caseload = client.get("/").get_data(as_text=True)
    assert "0 patients" in caseload
    assert "Discharged in the last 12 months" in caseload and "100%" in caseload
    assert f'href="/patients/{patient.id}"' in caseload


def test_discharge_without_an_outcome_is_refused_at_the_field(client: FlaskClient) -> None:
    patient = clinic_without_urgent_alerts(client)

    response = post_form(client, f"/patients/{patient.id}/discharge", outcome="")

    assert response.status_code == 422  # type: ignore[attr-defined]
    assert "Choose the outcome." in response.get_data(as_text=True)  # type: ignore[attr-defined]
    assert db.session.get_one(Patient, patient.id).status == PatientStatus.ACTIVE


def test_discharge_with_an_urgent_alert_open_is_refused_and_says_why(
    client: FlaskClient,
) -> None:
    patient = clinic_without_urgent_alerts(client)
    raise_alert(patient, Severity.URGENT, "red_flag:cardiac_resp")

    response = post_form(client, f"/patients/{patient.id}/discharge", outcome="full_duty")

    assert response.status_code == 422  # type: ignore[attr-defined]
    body = response.get_data(as_text=True)  # type: ignore[attr-defined]
    assert "Deal with the open urgent alert first" in body
    db.session.expire_all()
    assert db.session.get_one(Patient, patient.id).status == PatientStatus.ACTIVE

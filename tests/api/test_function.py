"""The progression-model API: chosen at enrolment, read, changed by a therapist, audited."""

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select

from companion.extensions import db
from companion.models import AuditEvent, Patient, Role
from tests.builders import make_patient, make_therapist, make_token, patient_payload

GRADED = {"model": "graded_activity", "pain_ceiling": 7}


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_a_patient_enrolled_without_a_model_is_pain_monitored(client: FlaskClient) -> None:
    token = make_token(make_therapist())

    response = client.post("/api/v1/patients", json=patient_payload(), headers=auth(token))

    assert response.status_code == 201
    assert response.get_json()["progression"] == {
        "model": "pain_monitored",
        "pain_ceiling": None,
        "quota_interval_days": None,
        "step_order": "longest_at_dose",
    }


def test_graded_activity_is_chosen_at_enrolment_with_its_ceiling(client: FlaskClient) -> None:
    token = make_token(make_therapist())
    progression = {"model": "graded_activity", "pain_ceiling": 7, "quota_interval_days": 5}

    response = client.post(
        "/api/v1/patients", json=patient_payload(progression=progression), headers=auth(token)
    )

    assert response.status_code == 201
    patient = db.session.get_one(Patient, response.get_json()["id"])
    assert (patient.progression_model, patient.pain_ceiling) == ("graded_activity", 7)
    assert patient.quota_interval_days == 5


def test_a_ceiling_out_of_range_is_422_naming_the_field_and_enrols_nobody(
    client: FlaskClient,
) -> None:
    token = make_token(make_therapist())
    body = patient_payload(progression={"model": "graded_activity", "pain_ceiling": 11})

    response = client.post("/api/v1/patients", json=body, headers=auth(token))

    assert response.status_code == 422
    assert "pain_ceiling" in response.get_json()["errors"]["progression"]
    assert db.session.scalars(select(Patient)).all() == []


@pytest.mark.parametrize("ceiling", [{}, {"pain_ceiling": None}])
def test_graded_activity_without_an_agreed_ceiling_is_422_and_enrols_nobody(
    client: FlaskClient, ceiling: dict[str, None]
) -> None:
    token = make_token(make_therapist())
    body = patient_payload(progression={"model": "graded_activity", **ceiling})

    response = client.post("/api/v1/patients", json=body, headers=auth(token))

    assert response.status_code == 422
    assert response.get_json()["errors"] == {
        "progression": {
            "pain_ceiling": ["Graded activity needs the pain (1-10) the patient agreed to."]
        }
    }
    assert db.session.scalars(select(Patient)).all() == []


@pytest.mark.parametrize("kind", ["work_hardening", "work_conditioning"])
def test_the_contracts_body_without_a_model_still_enrols_pain_monitored(
    client: FlaskClient, kind: str
) -> None:
    token = make_token(make_therapist())
    task = {"name": "Floor-to-waist lift", "instructions": "Bend the knees", "sets": 3,
            "reps": 10, "load_lb": 20, "duration_min": None}  # fmt: skip
    program = {"kind": kind, "days": ["mon", "wed"], "plan_time": "08:00",
               "reminder_time": "18:00", "tasks": [task]}  # fmt: skip

    response = client.post(
        "/api/v1/patients", json=patient_payload(program=program), headers=auth(token)
    )

    assert response.status_code == 201
    assert response.get_json()["progression"]["model"] == "pain_monitored"


def test_the_model_is_not_changed_to_graded_activity_without_a_ceiling(
    client: FlaskClient,
) -> None:
    patient = make_patient()
    url = f"/api/v1/patients/{patient.id}/progression-model"

    response = client.put(
        url, json={"model": "graded_activity"}, headers=auth(make_token(patient.therapist))
    )

    assert response.status_code == 422
    assert list(response.get_json()["errors"]) == ["pain_ceiling"]
    assert db.session.get_one(Patient, patient.id).progression_model == "pain_monitored"
    assert "patient.progression_model" not in db.session.scalars(select(AuditEvent.action)).all()


def test_a_therapist_changes_the_model_and_the_change_is_audited(client: FlaskClient) -> None:
    patient = make_patient()
    url = f"/api/v1/patients/{patient.id}/progression-model"
    headers = auth(make_token(patient.therapist))

    response = client.put(url, json=GRADED, headers=headers)

    assert response.status_code == 200
    assert client.get(url, headers=headers).get_json()["model"] == "graded_activity"
    actions = db.session.scalars(select(AuditEvent.action)).all()
    assert "patient.progression_model" in actions


def test_the_care_team_may_not_change_it_and_another_clinic_gets_404(client: FlaskClient) -> None:
    patient = make_patient()
    url = f"/api/v1/patients/{patient.id}/progression-model"
    psychologist = make_therapist(patient.therapist.clinic, role=Role.PSYCHOLOGIST)
    stranger = make_therapist()

    refused = client.put(url, json=GRADED, headers=auth(make_token(psychologist)))
    hidden = client.put(url, json=GRADED, headers=auth(make_token(stranger)))
    bad = client.put(url, json={"model": "rest"}, headers=auth(make_token(patient.therapist)))

    assert (refused.status_code, hidden.status_code, bad.status_code) == (403, 404, 422)
    assert "model" in bad.get_json()["errors"]
    assert db.session.get_one(Patient, patient.id).progression_model == "pain_monitored"


def test_the_psfs_activities_are_chosen_at_enrolment_three_to_five(client: FlaskClient) -> None:
    token = make_token(make_therapist())
    activities = ["Lifting boxes", "Climbing ladders", "Driving"]

    chosen = client.post(
        "/api/v1/patients", json=patient_payload(psfs_activities=activities), headers=auth(token)
    )
    too_few = client.post(
        "/api/v1/patients",
        json=patient_payload(phone="(312) 555-0199", psfs_activities=["Lifting"]),
        headers=auth(token),
    )

    assert chosen.status_code == 201 and chosen.get_json()["psfs_activities"] == activities
    assert too_few.status_code == 422 and "psfs_activities" in too_few.get_json()["errors"]


def test_the_discharge_psfs_is_asked_for_once_and_the_trend_is_listed(client: FlaskClient) -> None:
    patient = make_patient(psfs_activities=["Lifting boxes", "Climbing ladders", "Driving"])
    headers = auth(make_token(patient.therapist))
    url = f"/api/v1/patients/{patient.id}/psfs"

    first = client.post(f"{url}/discharge", headers=headers)
    again = client.post(f"{url}/discharge", headers=headers)

    assert first.status_code == 201 and first.get_json()["occasion"] == "discharge"
    assert again.status_code == 409 and "occasion" in again.get_json()["errors"]
    assert client.get(url, headers=headers).get_json() == {"items": [], "mdc": 2.0}
    assert "patient.psfs_discharge" in db.session.scalars(select(AuditEvent.action)).all()

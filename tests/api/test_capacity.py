"""Clinic capacity tests through the API, and the demands-vs-tested grid."""

from flask.testing import FlaskClient
from sqlalchemy import func, select

from companion.extensions import db
from companion.models import CapacityTest, Role
from tests.builders import make_therapist, make_token
from tests.capacity.builders import demand, laborer


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def body(demand_id: int, **fields: object) -> dict[str, object]:
    return {
        "demand_id": demand_id, "phase": "baseline", "method": "epic_lift", "value": 45,
        "unit": "lb", "frequency": "occasional", "stop_reason": "psychophysical",
        "effort": "consistent", "tested_on": "2026-11-02", **fields,
    }  # fmt: skip


def test_a_test_is_recorded_and_moves_the_grid(client: FlaskClient) -> None:
    patient = laborer()
    token = make_token(patient.therapist)
    lift = demand(patient, "Floor-to-waist lift")
    path = f"/api/v1/patients/{patient.id}"

    created = client.post(f"{path}/capacity-tests", headers=auth(token), json=body(lift.id))
    grid = client.get(f"{path}/capacity", headers=auth(token)).get_json()

    assert created.status_code == 201
    assert created.get_json()["tester"] == patient.therapist.name
    row = next(r for r in grid["demands"] if r["name"] == "Floor-to-waist lift")
    assert row["status"] == "not yet" and row["latest_test"]["method_name"] == (
        "EPIC-style progressive lift"
    )
    assert grid["met"] is None
    assert grid["untested"] == ["ladder climb", "carry", "overhead reach"]
    assert "floor-to-waist lift up to 45 lb occasionally" in grid["restrictions"]
    assert grid["programme"] == "Home programme, adjunct to clinic-based work hardening"


def test_a_result_in_another_dimension_is_refused_at_the_unit(client: FlaskClient) -> None:
    patient = laborer()
    token = make_token(patient.therapist)
    lift = demand(patient, "Floor-to-waist lift")

    answer = client.post(
        f"/api/v1/patients/{patient.id}/capacity-tests", headers=auth(token),
        json=body(lift.id, unit="min"),
    )  # fmt: skip

    assert answer.status_code == 422
    assert answer.get_json() == {"errors": {"unit": ["Give the result in lb, as the job asks it."]}}
    assert db.session.scalar(select(func.count()).select_from(CapacityTest)) == 0


def test_another_clinic_cannot_see_and_a_case_manager_cannot_record(client: FlaskClient) -> None:
    patient = laborer()
    stranger = make_token(make_therapist())
    manager = make_token(make_therapist(clinic=patient.therapist.clinic, role=Role.CASE_MANAGER))
    path = f"/api/v1/patients/{patient.id}/capacity-tests"
    lift = demand(patient, "Floor-to-waist lift")

    assert client.get(path, headers=auth(stranger)).status_code == 404
    assert client.post(path, headers=auth(manager), json=body(lift.id)).status_code == 403

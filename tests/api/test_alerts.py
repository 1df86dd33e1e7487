"""The alerts API: the inbox by status, acknowledging, clinic scoping."""

from flask.testing import FlaskClient

from companion.extensions import db
from companion.models import Alert, AlertStatus, Severity
from tests.builders import make_patient, make_token


def raise_alert(patient_id: int, kind: str = "pain_high") -> Alert:
    alert = Alert(
        patient_id=patient_id,
        kind=kind,
        severity=Severity.HIGH,
        evidence={"pain": 7, "text": "back is a 7"},
    )
    db.session.add(alert)
    db.session.commit()
    return alert


def test_open_alerts_are_listed_with_their_evidence(client: FlaskClient) -> None:
    patient = make_patient()
    alert = raise_alert(patient.id)
    token = make_token(patient.therapist)

    items = client.get(
        "/api/v1/alerts?status=open", headers={"Authorization": f"Bearer {token}"}
    ).get_json()["items"]

    assert [(a["id"], a["patient_id"], a["severity"], a["evidence"]["pain"]) for a in items] == [
        (alert.id, patient.id, "high", 7)
    ]


def test_acknowledging_moves_the_alert_out_of_open(client: FlaskClient) -> None:
    patient = make_patient()
    alert = raise_alert(patient.id)
    headers = {"Authorization": f"Bearer {make_token(patient.therapist)}"}

    response = client.post(f"/api/v1/alerts/{alert.id}/acknowledge", headers=headers)

    assert response.status_code == 200
    assert response.get_json()["status"] == "acknowledged"
    assert db.session.get(Alert, alert.id).status == AlertStatus.ACKNOWLEDGED
    assert client.get("/api/v1/alerts?status=open", headers=headers).get_json() == {"items": []}


def test_resolving_records_who_and_when_and_lists_it_as_resolved(client: FlaskClient) -> None:
    patient = make_patient()
    alert = raise_alert(patient.id)
    headers = {"Authorization": f"Bearer {make_token(patient.therapist)}"}
    client.post(f"/api/v1/alerts/{alert.id}/acknowledge", headers=headers)

    body = client.post(f"/api/v1/alerts/{alert.id}/resolve", headers=headers).get_json()

    assert body["status"] == "resolved"
    assert body["acknowledged_by_id"] == body["resolved_by_id"] == patient.therapist_id
    assert body["resolved_at"] >= body["acknowledged_at"]
    listed = client.get("/api/v1/alerts?status=resolved", headers=headers).get_json()["items"]
    assert [a["id"] for a in listed] == [alert.id]


def test_another_clinics_alert_is_invisible_and_cannot_be_acknowledged_or_resolved(
    client: FlaskClient,
) -> None:
    alert = raise_alert(make_patient().id)
    headers = {"Authorization": f"Bearer {make_token(make_patient().therapist)}"}

    assert client.get("/api/v1/alerts", headers=headers).get_json() == {"items": []}
    assert client.post(f"/api/v1/alerts/{alert.id}/acknowledge", headers=headers).status_code == 404
    assert client.post(f"/api/v1/alerts/{alert.id}/resolve", headers=headers).status_code == 404
    assert db.session.get(Alert, alert.id).status == AlertStatus.OPEN


def test_an_unknown_status_filter_is_422(client: FlaskClient) -> None:
    headers = {"Authorization": f"Bearer {make_token(make_patient().therapist)}"}

    response = client.get("/api/v1/alerts?status=maybe", headers=headers)

    assert response.status_code == 422
    assert "status" in response.get_json()["errors"]

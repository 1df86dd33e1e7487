"""The progression API: list, approve, reject; clinic scoping, 404 and 409, the audit log."""

from datetime import timedelta
from decimal import Decimal

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from companion.extensions import db
from companion.models import (
    Alert,
    AlertStatus,
    AuditEvent,
    Completion,
    Message,
    Patient,
    Proposal,
    ProposalStatus,
    Severity,
    Trend,
)
from companion.programs.progression import propose_progressions
from tests.builders import make_therapist, make_token
from tests.programs.builders import MONDAY, approved_change, at, job_patient, report


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def proposed_for(patient: Patient) -> Proposal:
    """Two good sessions and their next mornings, then the rule's proposal."""
    for offset in (0, 1):
        report(patient, MONDAY + timedelta(days=offset), Completion.DONE, pain=3, fatigue=4)
        report(patient, MONDAY + timedelta(days=offset + 1), None, None, None, Trend.SAME)
    propose_progressions(at(MONDAY + timedelta(days=2), 12))
    return db.session.scalars(select(Proposal).where(Proposal.patient_id == patient.id)).one()


def audit_actions() -> list[str]:
    return list(db.session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def test_the_patients_proposals_are_listed_with_their_evidence(client: FlaskClient) -> None:
    patient = job_patient()
    proposal = proposed_for(patient)

    response = client.get(
        f"/api/v1/patients/{patient.id}/progressions", headers=auth(make_token(patient.therapist))
    )

    assert response.status_code == 200
    [item] = response.get_json()["items"]
    assert item["id"] == proposal.id and item["task_name"] == "Floor-to-waist lift"
    assert (item["kind"], item["status"]) == ("advance", "proposed")
    assert (item["current_load_lb"], item["proposed_load_lb"]) == (20.0, 22.5)
    assert item["proposed_dose"] == "Floor-to-waist lift 3x10 @ 22.5 lb"
    assert [s["pain"] for s in item["reason"]["sessions"]] == [3, 3]
    assert audit_actions() == ["patient.view.progressions"]


def test_approving_applies_the_dose_texts_the_patient_and_is_audited(client: FlaskClient) -> None:
    patient = job_patient()
    proposal = proposed_for(patient)
    headers = auth(make_token(patient.therapist))

    response = client.post(f"/api/v1/progressions/{proposal.id}/approve", headers=headers)

    assert response.status_code == 200
    body = response.get_json()
    assert (body["status"], body["decided_by_id"]) == ("approved", patient.therapist_id)
    assert body["texted_at"] is not None
    db.session.expire_all()
    assert patient.program.tasks[0].load_lb == Decimal("22.5")
    texts = db.session.scalars(select(Message).where(Message.purpose == "progression")).all()
    assert [t.patient_id for t in texts] == [patient.id]
    assert audit_actions() == ["progression.approve"]


def test_rejecting_records_who_and_keeps_the_dose(client: FlaskClient) -> None:
    patient = job_patient()
    proposal = proposed_for(patient)
    headers = auth(make_token(patient.therapist))

    response = client.post(f"/api/v1/progressions/{proposal.id}/reject", headers=headers)

    assert response.status_code == 200
    assert (response.get_json()["status"], response.get_json()["decided_by_id"]) == (
        "rejected",
        patient.therapist_id,
    )
    db.session.expire_all()
    assert patient.program.tasks[0].load_lb == Decimal(20)
    assert audit_actions() == ["progression.reject"]


def test_a_decided_proposal_cannot_be_decided_again(client: FlaskClient) -> None:
    patient = job_patient()
    proposal = proposed_for(patient)
    headers = auth(make_token(patient.therapist))
    client.post(f"/api/v1/progressions/{proposal.id}/reject", headers=headers)

    response = client.post(f"/api/v1/progressions/{proposal.id}/approve", headers=headers)

    assert response.status_code == 409
    assert response.get_json() == {"errors": {"_schema": ["This proposal is already rejected."]}}


def test_another_clinics_proposals_are_404_and_untouched(client: FlaskClient) -> None:
    patient = job_patient()
    proposal = proposed_for(patient)
    headers = auth(make_token(make_therapist()))

    listing = client.get(f"/api/v1/patients/{patient.id}/progressions", headers=headers)
    assert listing.status_code == 404
    for action in ("approve", "reject"):
        response = client.post(f"/api/v1/progressions/{proposal.id}/{action}", headers=headers)
        assert response.status_code == 404
        assert b"Floor-to-waist" not in response.data
    db.session.expire_all()
    assert db.session.get(Proposal, proposal.id).status == ProposalStatus.PROPOSED
    assert audit_actions() == []


def test_an_unknown_proposal_is_404_and_a_bad_token_401(client: FlaskClient) -> None:
    headers = auth(make_token(make_therapist()))

    assert client.post("/api/v1/progressions/999/approve", headers=headers).status_code == 404
    assert client.post("/api/v1/progressions/1/approve", headers=auth("nope")).status_code == 401


def test_readiness_gives_each_demand_its_share_of_the_target_and_a_projected_date(
    app: Flask, client: FlaskClient
) -> None:
    patient = job_patient(load=20)
    report(patient, MONDAY, pain=3)  # 20 lb with acceptable pain
    approved_change(patient, MONDAY + timedelta(days=6), 20, 25)
    report(patient, MONDAY + timedelta(days=7), pain=4)  # 25 lb a week later
    app.config["CLOCK"] = lambda: at(MONDAY + timedelta(days=8))
    token = make_token(patient.therapist)

    body = client.get(
        f"/api/v1/patients/{patient.id}/readiness", headers={"Authorization": f"Bearer {token}"}
    ).get_json()

    [demand] = body["demands"]
    assert (demand["name"], demand["target"], demand["best"]) == (
        "Floor-to-waist lift",
        "50.0",
        "25.0",
    )
    assert demand["readiness"] == body["overall"] == 0.5
    # +5 lb a week from 25 lb: 50 lb five weeks from today (Tuesday 10 November).
    assert demand["projected"] == body["projected"] == "2026-12-15"


def test_approving_during_an_unresolved_urgent_alert_is_refused_until_confirmed(
    client: FlaskClient,
) -> None:
    patient = job_patient()
    proposal = proposed_for(patient)
    headers = auth(make_token(patient.therapist))
    db.session.add(
        Alert(patient_id=patient.id, kind="red_flag:neuro", severity=Severity.URGENT,
              status=AlertStatus.ACKNOWLEDGED, evidence={"text": "my leg went numb"})
    )  # fmt: skip
    db.session.commit()

    refused = client.post(f"/api/v1/progressions/{proposal.id}/approve", headers=headers)
    assert refused.status_code == 409
    assert "urgent alert" in str(refused.get_json()["errors"])
    db.session.expire_all()
    assert proposal.status == ProposalStatus.PROPOSED
    assert patient.program.tasks[0].load_lb == Decimal("20.0")

    confirmed = client.post(
        f"/api/v1/progressions/{proposal.id}/approve?despite_urgent=true", headers=headers
    )
    assert confirmed.status_code == 200
    assert confirmed.get_json()["status"] == "approved"
    detail = db.session.scalars(
        select(AuditEvent.detail).where(AuditEvent.action == "progression.approve")
    ).one()
    assert detail["despite_urgent"] != []

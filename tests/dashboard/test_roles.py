"""Roles: the wider care team reads, notes and triages; only a therapist changes a programme."""

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from companion.dashboard.auth import PRESCRIBING_ENDPOINTS
from companion.extensions import db
from companion.models import (
    Alert,
    AlertStatus,
    CareNote,
    Patient,
    PatientStatus,
    Proposal,
    ProposalStatus,
    Role,
    Task,
)
from tests.builders import make_therapist, make_token, patient_payload
from tests.dashboard.conftest import PASSWORD, csrf_token, fill, make_clinic_with_data, sign_in

CARE_TEAM = [Role.PSYCHOLOGIST, Role.VOCATIONAL_COUNSELLOR, Role.CASE_MANAGER, Role.ADMIN]


def snapshot() -> tuple[object, ...]:
    """What a programme change would alter: patients, tasks and their doses, proposals."""
    tasks = db.session.execute(
        select(Task.id, Task.sets, Task.reps, Task.load_lb, Task.removed_at).order_by(Task.id)
    ).all()
    return (
        db.session.scalar(select(func.count()).select_from(Patient)),
        tuple(tasks),
        tuple(db.session.scalars(select(Proposal.status).order_by(Proposal.id))),
        tuple(db.session.scalars(select(Patient.status).order_by(Patient.id))),
    )


@pytest.mark.parametrize("role", CARE_TEAM)
def test_every_programme_changing_page_is_403_to_the_care_team(
    app: Flask, client: FlaskClient, role: Role
) -> None:
    clinic = make_clinic_with_data("Ana", "+16175550111", "my knee is sore")
    clinic["patient"].status = PatientStatus.PAUSED  # so resuming would change something
    colleague = make_therapist(clinic=clinic["therapist"].clinic, password=PASSWORD, role=role)
    sign_in(client, colleague.email)
    before = snapshot()
    rules = [r for r in app.url_map.iter_rules() if r.endpoint in PRESCRIBING_ENDPOINTS]
    answers = {}
    for rule in rules:
        for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
            data = {"csrf_token": csrf_token(client, "/password"), "sets": "9", "reps": "9"}
            response = client.open(fill(rule, clinic["ids"]), method=method, data=data)
            answers[f"{method} {rule.rule}"] = response.status_code

    assert len(rules) == len(PRESCRIBING_ENDPOINTS)
    assert set(answers.values()) == {403}, answers
    assert snapshot() == before


def test_the_care_team_still_reads_notes_and_triages(client: FlaskClient) -> None:
    clinic = make_clinic_with_data("Ana", "+16175550111", "my knee is sore")
    colleague = make_therapist(
        clinic=clinic["therapist"].clinic, password=PASSWORD, role=Role.PSYCHOLOGIST
    )
    sign_in(client, colleague.email)
    patient_id, alert_id = clinic["patient"].id, clinic["alert"].id
    token = csrf_token(client, "/password")

    page = client.get(f"/patients/{patient_id}").get_data(as_text=True)
    note = {"csrf_token": token, "body": "Sleeping better."}
    client.post(f"/patients/{patient_id}/notes", data=note)
    client.post(f"/alerts/{alert_id}/acknowledge", data={"csrf_token": token})

    assert "Ana Q." in page and "Edit programme" not in page and "Approve" not in page
    assert "Sleeping better." in db.session.scalars(select(CareNote.body)).all()
    assert db.session.get(Alert, alert_id).status == AlertStatus.ACKNOWLEDGED


def test_a_therapist_sees_the_programme_buttons(client: FlaskClient) -> None:
    clinic = make_clinic_with_data("Ana", "+16175550111", "my knee is sore")
    sign_in(client, clinic["therapist"].email)

    page = client.get(f"/patients/{clinic['patient'].id}").get_data(as_text=True)

    assert "Edit programme" in page and "Approve" in page


def test_the_api_refuses_programme_changes_from_a_care_team_token(client: FlaskClient) -> None:
    clinic = make_clinic_with_data("Ana", "+16175550111", "my knee is sore")
    manager = make_therapist(clinic=clinic["therapist"].clinic, role=Role.CASE_MANAGER)
    headers = {"Authorization": f"Bearer {make_token(manager)}"}
    proposal_id = clinic["ids"]["proposal_id"]

    approve = client.post(f"/api/v1/progressions/{proposal_id}/approve", headers=headers)
    enrol = client.post(
        "/api/v1/patients", headers=headers, json=patient_payload(phone="+16175550199")
    )
    readable = client.get(f"/api/v1/patients/{clinic['patient'].id}/adherence", headers=headers)

    assert (approve.status_code, enrol.status_code, readable.status_code) == (403, 403, 200)
    assert approve.get_json() == {
        "errors": {"_schema": ["Only a therapist can change a patient's programme."]}
    }
    assert db.session.get(Proposal, proposal_id).status == ProposalStatus.PROPOSED

"""Clinic isolation: every id-taking route, called with another clinic's ids, is a bare 404."""

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from companion.extensions import db
from companion.models import Alert, AlertStatus, CareNote, Patient, PatientStatus
from tests.dashboard.conftest import (
    csrf_token,
    fill,
    make_clinic_with_data,
    routes_with_ids,
    sign_in,
)


def test_every_id_route_with_another_clinics_ids_is_404_without_their_data(
    app: Flask, client: FlaskClient
) -> None:
    mine = make_clinic_with_data("Ana", "+16175550111", "my knee is sore")
    theirs = make_clinic_with_data("Zebulon", "+16125550999", "numb foot since friday")
    sign_in(client, mine["therapist"].email)
    notes_before = db.session.scalar(select(func.count()).select_from(CareNote))
    routes = routes_with_ids(app)
    answers, leaks = {}, {}
    for rule, method in routes:
        url = fill(rule, theirs["ids"])
        if rule.endpoint.startswith("api."):
            headers = {"Authorization": f"Bearer {mine['token']}"}
            response = client.open(url, method=method, headers=headers, json={})
        else:
            data = {"csrf_token": csrf_token(client, "/password"), "body": "x", "back": "/"}
            response = client.open(url, method=method, data=data if method != "GET" else None)
        body = response.get_data(as_text=True)
        answers[f"{method} {rule.rule}"] = response.status_code
        leaks[f"{method} {rule.rule}"] = [s for s in theirs["secrets"] if s in body]

    assert len(routes) >= 12, routes
    assert set(answers.values()) == {404}, answers
    assert not any(leaks.values()), leaks
    assert db.session.get(Alert, theirs["alert"].id).status == AlertStatus.OPEN
    assert db.session.get(Patient, theirs["patient"].id).status == PatientStatus.ACTIVE
    assert db.session.scalar(select(func.count()).select_from(CareNote)) == notes_before


def test_the_same_routes_answer_for_our_own_clinic(app: Flask, client: FlaskClient) -> None:
    mine = make_clinic_with_data("Ana", "+16175550111", "my knee is sore")
    sign_in(client, mine["therapist"].email)

    for rule, method in routes_with_ids(app):
        if method == "GET" and not rule.endpoint.startswith("api."):
            assert client.get(fill(rule, mine["ids"])).status_code == 200, rule.rule


def test_lists_and_forms_show_nothing_of_another_clinic(client: FlaskClient) -> None:
    mine = make_clinic_with_data("Ana", "+16175550111", "my knee is sore")
    theirs = make_clinic_with_data("Zebulon", "+16125550999", "numb foot since friday")
    sign_in(client, mine["therapist"].email)
    their_profile = theirs["profile"].id

    pages = [
        "/",
        "/alerts",
        "/alerts?status=resolved",
        f"/patients/new?job_profile_id={their_profile}",
        "/jobs",
    ]
    bodies = {path: client.get(path).get_data(as_text=True) for path in pages}

    assert "Ana Q." in bodies["/"] and "Ana Q." in bodies["/alerts"]
    assert "Ana job title" in bodies["/jobs"]
    assert {path: [s for s in theirs["secrets"] if s in body] for path, body in bodies.items()} == {
        path: [] for path in pages
    }

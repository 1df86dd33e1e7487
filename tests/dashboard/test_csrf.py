"""CSRF: every state-changing route needs the token, except Twilio's two signed webhooks."""

from flask import Flask
from flask.testing import FlaskClient

from companion.extensions import db
from companion.models import Alert, AlertStatus
from companion.security import CSRF_EXEMPT
from tests.dashboard.conftest import (
    fill,
    make_clinic_with_data,
    post_form,
    sign_in,
    state_changing_routes,
)

WEBHOOKS = {"sms.inbound", "sms.delivery_status"}


def test_the_two_twilio_webhooks_are_the_only_exemptions() -> None:
    assert CSRF_EXEMPT == WEBHOOKS


def test_every_other_state_changing_route_without_a_token_is_400(
    app: Flask, client: FlaskClient
) -> None:
    mine = make_clinic_with_data("Ana", "+16175550111", "my knee is sore")
    sign_in(client, mine["therapist"].email)
    answers = {}
    for rule, method in state_changing_routes(app):
        response = client.open(fill(rule, mine["ids"]), method=method, data={"x": "1"})
        answers[(rule.endpoint, method)] = response.status_code

    # The webhooks answer for their signature (403), never for a CSRF token.
    assert {endpoint: code for (endpoint, _), code in answers.items() if endpoint in WEBHOOKS} == {
        "sms.inbound": 403,
        "sms.delivery_status": 403,
    }
    others = {key: code for key, code in answers.items() if key[0] not in WEBHOOKS}
    assert others and set(others.values()) == {400}, others
    assert {"dashboard.acknowledge", "dashboard.post_note", "api.create_patient"} <= {
        endpoint for endpoint, _ in others
    }
    assert db.session.get(Alert, mine["alert"].id).status == AlertStatus.OPEN


def test_the_dashboard_form_with_its_token_is_accepted(client: FlaskClient) -> None:
    mine = make_clinic_with_data("Ana", "+16175550111", "my knee is sore")
    sign_in(client, mine["therapist"].email)

    response = post_form(client, f"/alerts/{mine['alert'].id}/acknowledge")

    assert response.status_code == 302
    assert db.session.get(Alert, mine["alert"].id).status == AlertStatus.ACKNOWLEDGED


def test_a_bearer_api_call_needs_no_csrf_token(client: FlaskClient) -> None:
    mine = make_clinic_with_data("Ana", "+16175550111", "my knee is sore")

    response = client.post(
        f"/api/v1/alerts/{mine['alert'].id}/acknowledge",
        headers={"Authorization": f"Bearer {mine['token']}"},
    )

    assert response.status_code == 200


def test_a_bearer_header_does_not_exempt_a_dashboard_form(client: FlaskClient) -> None:
    mine = make_clinic_with_data("Ana", "+16175550111", "my knee is sore")
    sign_in(client, mine["therapist"].email)

    response = client.post(
        f"/alerts/{mine['alert'].id}/acknowledge",
        headers={"Authorization": f"Bearer {mine['token']}"},
    )

    assert response.status_code == 400
    assert db.session.get(Alert, mine["alert"].id).status == AlertStatus.OPEN

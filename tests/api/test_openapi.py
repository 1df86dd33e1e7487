"""The OpenAPI document: valid, public, and covering every contract route."""

import re

from flask import Flask
from flask.testing import FlaskClient
from openapi_spec_validator import validate


def test_the_openapi_document_validates(client: FlaskClient) -> None:
    response = client.get("/api/v1/openapi.json")

    assert response.status_code == 200
    validate(response.get_json())


def test_the_openapi_document_lists_every_api_route(app: Flask, client: FlaskClient) -> None:
    document = client.get("/api/v1/openapi.json").get_json()
    routes = {
        re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule.removeprefix("/api/v1"))
        for rule in app.url_map.iter_rules()
        if rule.rule.startswith("/api/v1/") and rule.rule != "/api/v1/openapi.json"
    }

    assert set(document["paths"]) == routes
    assert {
        "/patients",
        "/patients/{patient_id}",
        "/patients/{patient_id}/messages",
        "/patients/{patient_id}/checkins",
        "/patients/{patient_id}/adherence",
        "/patients/{patient_id}/report.pdf",
        "/patients/{patient_id}/fhir",
        "/alerts",
        "/alerts/{alert_id}/acknowledge",
    } <= routes  # the contract's
    assert {"first_name", "phone", "timezone", "language", "sms_consent", "program"} <= set(
        document["components"]["schemas"]["PatientCreate"]["properties"]
    )
    assert document["components"]["schemas"]["PatientCreate"]["additionalProperties"] is False

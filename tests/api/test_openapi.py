"""The OpenAPI document: valid, public, and covering every contract route."""

from flask.testing import FlaskClient
from openapi_spec_validator import validate


def test_the_openapi_document_validates(client: FlaskClient) -> None:
    response = client.get("/api/v1/openapi.json")

    assert response.status_code == 200
    validate(response.get_json())


def test_the_openapi_document_lists_every_contract_route(client: FlaskClient) -> None:
    document = client.get("/api/v1/openapi.json").get_json()
    paths = document["paths"]

    assert set(paths) == {
        "/patients",
        "/patients/{patient_id}",
        "/patients/{patient_id}/messages",
        "/patients/{patient_id}/checkins",
        "/patients/{patient_id}/adherence",
        "/patients/{patient_id}/report.pdf",
        "/patients/{patient_id}/fhir",
        "/alerts",
        "/alerts/{alert_id}/acknowledge",
        "/patients/{patient_id}/progressions",
        "/progressions/{proposal_id}/approve",
        "/progressions/{proposal_id}/reject",
    }
    assert {"first_name", "phone", "timezone", "language", "sms_consent", "program"} <= set(
        document["components"]["schemas"]["PatientCreate"]["properties"]
    )
    assert document["components"]["schemas"]["PatientCreate"]["additionalProperties"] is False

"""The health check."""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from flask import Flask
from flask.testing import FlaskClient

from companion import create_app
from companion.extensions import db
from tests.conftest import base_config


@contextmanager
def app_with(**config: Any) -> Iterator[Flask]:
    """An app of its own whose connections are closed afterwards."""
    app = create_app(config)
    yield app
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


def test_healthz_is_200_when_the_database_answers(client: FlaskClient) -> None:
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.get_json()["database"] == "ok"


def test_healthz_is_503_when_the_database_is_unreachable() -> None:
    with app_with(**base_config("sqlite:////nonexistent-dir/companion.db")) as app:
        response = app.test_client().get("/healthz")

    assert response.status_code == 503
    assert response.get_json()["database"] == "unreachable"


def test_healthz_says_when_webhooks_cannot_be_verified(database_url: str) -> None:
    with app_with(**{**base_config(database_url), "TWILIO_AUTH_TOKEN": None}) as app:
        body = app.test_client().get("/healthz").get_json()

    assert any("TWILIO_AUTH_TOKEN" in warning for warning in body["warnings"])

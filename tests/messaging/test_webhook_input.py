"""Hostile input on the webhooks: bounded bodies, bounded fields, values a database refuses."""

from datetime import UTC, datetime

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from companion.extensions import db
from messaging.inbound import receive
from messaging.models import Direction, Message, StatusEvent
from tests.builders import make_patient
from tests.sms import inbound_form, signed_post

PHONE = "+13125550142"
NOW = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)


def rows(model: type = Message) -> int:
    return db.session.scalar(select(func.count()).select_from(model)) or 0


def status_form(**fields: str) -> dict[str, str]:
    form = {
        "AccountSid": "AC" + "0" * 32,
        "MessageSid": "SM" + "a" * 32,
        "MessageStatus": "undelivered",
        "To": PHONE,
        "From": "+13125550100",
    }
    return form | fields


@pytest.mark.parametrize("path", ["/sms/inbound", "/sms/status", "/login", "/api/v1/patients"])
def test_a_body_over_64_kb_is_413_on_every_route_before_it_is_parsed(
    client: FlaskClient, path: str
) -> None:
    form = inbound_form(PHONE, "x" * (64 * 1024 + 1))

    response = signed_post(client, path, form)

    assert response.status_code == 413
    assert rows() == 0


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("From", "+1" + "3" * 19),
        ("MessageSid", "SM" + "f" * 63),
        ("MessageSid", "SM\x00" + "f" * 31),
        ("From", "+1312555\x000142"),
        ("MessageSid", ""),
        ("From", ""),
    ],
)
def test_an_over_long_or_unstorable_identifier_is_400_naming_it_and_writes_nothing(
    client: FlaskClient, field: str, value: str
) -> None:
    form = inbound_form(PHONE, "done pain 3") | {field: value}

    response = signed_post(client, "/sms/inbound", form)

    assert response.status_code == 400
    assert field in response.get_data(as_text=True)
    assert rows() == 0


def test_a_nul_in_a_body_is_stored_cleaned_never_a_500(client: FlaskClient) -> None:
    make_patient(phone=PHONE)

    response = signed_post(client, "/sms/inbound", inbound_form(PHONE, "done\x00 pain 3"))

    assert response.status_code == 200
    assert inbound_bodies() == ["done\ufffd pain 3"]


def test_a_lone_surrogate_from_twilios_log_is_stored_cleaned(app: Flask) -> None:
    # JSON (the Messages list the reconciler reads) can carry one; a form post cannot.
    receive("SM" + "d" * 32, PHONE, "dolor \udc80 3", NOW)

    assert inbound_bodies() == ["dolor ? 3"]


def inbound_bodies() -> list[str]:
    query = select(Message.body).where(Message.direction == Direction.INBOUND)
    return list(db.session.scalars(query))


def test_a_sid_of_64_characters_and_a_from_of_20_are_accepted(client: FlaskClient) -> None:
    form = inbound_form("+1" + "3" * 18, "hola", sid="SM" + "b" * 62)

    assert signed_post(client, "/sms/inbound", form).status_code == 200
    assert rows() == 1


@pytest.mark.parametrize("code", ["1" * 30, "-5", "30003x", "99999999999"])
def test_an_error_code_beyond_any_twilio_code_is_400_naming_it_and_writes_nothing(
    client: FlaskClient, code: str
) -> None:
    response = signed_post(client, "/sms/status", status_form(ErrorCode=code))

    assert response.status_code == 400
    assert "ErrorCode" in response.get_data(as_text=True)
    assert rows(StatusEvent) == 0


@pytest.mark.parametrize(
    ("field", "value"), [("MessageStatus", "u" * 21), ("MessageSid", "SM" + "a" * 63)]
)
def test_an_over_long_status_field_is_400_naming_it_and_writes_nothing(
    client: FlaskClient, field: str, value: str
) -> None:
    response = signed_post(client, "/sms/status", status_form(**{field: value}))

    assert response.status_code == 400
    assert field in response.get_data(as_text=True)
    assert rows(StatusEvent) == 0


def test_a_twilio_error_code_is_recorded(client: FlaskClient) -> None:
    assert signed_post(client, "/sms/status", status_form(ErrorCode="30003")).status_code == 200
    assert db.session.scalar(select(StatusEvent.error_code)) == 30003

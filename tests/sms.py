"""Helpers to talk to the app the way Twilio does: signed form posts."""

from itertools import count
from typing import Any

from flask.testing import FlaskClient
from twilio.request_validator import RequestValidator
from werkzeug.test import TestResponse

from tests.conftest import TWILIO_TOKEN

BASE = "http://localhost"
_sids = count(1)


def new_sid() -> str:
    return f"SM{next(_sids):032x}"


def inbound_form(phone: str, body: str, sid: str | None = None) -> dict[str, str]:
    return {
        "AccountSid": "AC" + "0" * 32,
        "MessageSid": sid or new_sid(),
        "From": phone,
        "To": "+13125550100",
        "Body": body,
        "NumMedia": "0",
    }


def signed_post(
    client: FlaskClient,
    path: str,
    form: dict[str, str],
    *,
    token: str = TWILIO_TOKEN,
    signed_url: str | None = None,
    **kwargs: Any,
) -> TestResponse:
    """POST the form with the signature Twilio would compute for `signed_url`."""
    signature = RequestValidator(token).compute_signature(signed_url or BASE + path, form)
    headers = {"X-Twilio-Signature": signature, **kwargs.pop("headers", {})}
    return client.post(path, data=form, headers=headers, **kwargs)


def text(client: FlaskClient, phone: str, body: str, sid: str | None = None) -> TestResponse:
    """The patient texts `body`; returns the webhook's answer."""
    return signed_post(client, "/sms/inbound", inbound_form(phone, body, sid))

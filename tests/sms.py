"""Helpers to talk to the app the way Twilio does: signed form posts, then a conversation pass."""

import re
from datetime import datetime
from html import unescape
from itertools import count
from typing import Any

from flask.testing import FlaskClient
from sqlalchemy import select
from twilio.request_validator import RequestValidator
from werkzeug.test import TestResponse

from messaging.converse import converse_due, replies_to
from messaging.db import db, utcnow
from messaging.inbound import receive
from messaging.models import Message
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
    """The patient texts `body`, and the conversation worker makes one pass; the webhook's
    own answer (a keyword's reply, else empty TwiML)."""
    response = signed_post(client, "/sms/inbound", inbound_form(phone, body, sid))
    converse_due(utcnow())
    return response


def twiml_replies(response: TestResponse) -> list[str]:
    return [unescape(m) for m in re.findall(r"<Message>(.*?)</Message>", response.text, re.S)]


def replies(client: FlaskClient, phone: str, body: str, sid: str | None = None) -> list[str]:
    """The patient texts `body`; every reply it gets, the webhook's own and then those the
    conversation queued in the outbox."""
    form = inbound_form(phone, body, sid)
    response = signed_post(client, "/sms/inbound", form)
    converse_due(utcnow())
    stored = db.session.scalar(select(Message.id).where(Message.provider_sid == form["MessageSid"]))
    queued = replies_to([stored]) if stored is not None else []
    return twiml_replies(response) + [reply.body for reply in queued]


def received_at(phone: str, body: str, now: datetime) -> list[str]:
    """A text stored as arriving at `now`, then conversed; the replies it gets."""
    sid = new_sid()
    answer = receive(sid, phone, body, now)
    converse_due(now)
    stored = db.session.scalar(select(Message.id).where(Message.provider_sid == sid))
    own = [unescape(m) for m in re.findall(r"<Message>(.*?)</Message>", answer, re.S)]
    return own + [reply.body for reply in replies_to([stored] if stored is not None else [])]

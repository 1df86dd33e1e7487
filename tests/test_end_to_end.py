"""The whole path with the real Twilio SDK: enrol, welcome text, delivery callback, a reply."""

import threading
import urllib.request
from collections.abc import Iterator
from datetime import UTC, datetime
from urllib.parse import urlencode

import pytest
from flask import Flask
from sqlalchemy import select
from twilio.request_validator import RequestValidator
from werkzeug.serving import make_server

from companion import create_app
from companion.extensions import db
from companion.models import CheckIn, Message, MessageStatus
from messaging.fake_twilio import FakeTwilio
from scheduler import jobs
from tests.builders import make_therapist, make_token, patient_payload
from tests.conftest import TWILIO_TOKEN, base_config

ACCOUNT = "AC" + "0" * 32
ENROLLED = datetime(2026, 11, 22, 20, 0, tzinfo=UTC)  # a Sunday afternoon in Chicago
NINE_AM_MONDAY = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)  # in Chicago: a programme day


@pytest.fixture
def fake() -> Iterator[FakeTwilio]:
    with FakeTwilio(ACCOUNT, TWILIO_TOKEN) as fake:
        yield fake


class Clock:
    def __init__(self) -> None:
        self.now = ENROLLED


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def live(database_url: str, fake: FakeTwilio, clock: Clock) -> Iterator[tuple[Flask, str]]:
    """The app served over real HTTP, sending through the SDK to the fake Twilio API."""
    server = make_server("127.0.0.1", 0, Flask("placeholder"), threaded=True)
    url = f"http://127.0.0.1:{server.port}"
    app = create_app(
        {
            **base_config(database_url),
            "CLOCK": lambda: clock.now,  # the server thread's requests read it too
            "SMS_BACKEND": "twilio",
            "TWILIO_ACCOUNT_SID": ACCOUNT,
            "TWILIO_FROM_NUMBER": "+13125550100",
            "TWILIO_API_BASE_URL": fake.url,
            "TWILIO_HTTP_TIMEOUT": 2.0,
            "PUBLIC_BASE_URL": url,
        }
    )
    server.app = app
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    with app.app_context():
        yield app, url
        app.extensions["sms_transport"].close()
        db.session.remove()
        db.engine.dispose()
    server.shutdown()
    thread.join()
    server.server_close()


def post_signed(url: str, form: dict[str, str]) -> tuple[int, str]:
    signature = RequestValidator(TWILIO_TOKEN).compute_signature(url, form)
    request = urllib.request.Request(
        url, data=urlencode(form).encode(), headers={"X-Twilio-Signature": signature}
    )
    with urllib.request.urlopen(request, timeout=5) as answer:
        return answer.status, answer.read().decode()


def test_welcome_goes_through_the_sdk_delivery_is_recorded_and_a_reply_is_answered(
    live: tuple[Flask, str], fake: FakeTwilio, clock: Clock
) -> None:
    app, url = live
    token = make_token(make_therapist())
    response = app.test_client().post(
        "/api/v1/patients",
        json=patient_payload(language="en"),
        headers={"Authorization": f"Bearer {token}"},
    )
    assert response.status_code == 201

    clock.now = NINE_AM_MONDAY
    counts = jobs.tick(NINE_AM_MONDAY)

    assert counts["sent"] >= 1
    [welcome] = [m for m in fake.messages if "Msg & data rates may apply" in m["body"]]
    assert welcome["to"] == "+13125550142" and "STOP" in welcome["body"]
    assert fake.deliver(welcome["sid"]) == 200
    db.session.expire_all()
    stored = db.session.scalar(select(Message).where(Message.provider_sid == welcome["sid"]))
    assert stored is not None and stored.status == MessageStatus.DELIVERED

    status, answer = post_signed(
        f"{url}/sms/inbound",
        {
            "MessageSid": "SM" + "e" * 32,
            "AccountSid": ACCOUNT,
            "From": "+13125550142",
            "To": "+13125550100",
            "Body": "done, pain 3 fatigue 4",
        },
    )

    assert status == 200 and "<Message>" not in answer  # conversed after it was stored
    jobs.dispatch(NINE_AM_MONDAY)

    checkin = db.session.scalars(select(CheckIn)).one()
    assert (checkin.pain, checkin.fatigue) == (3, 4)
    [reply] = [m for m in fake.messages if m["body"].startswith("Got it: pain 3, fatigue 4")]
    assert reply["to"] == "+13125550142"

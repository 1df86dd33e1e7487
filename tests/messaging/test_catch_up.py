"""Catching up from Twilio's log, and the fake Twilio's inbound side it is tested against."""

import socket
import threading
from collections.abc import Iterator
from datetime import timedelta

import pytest
from flask import Flask
from sqlalchemy import func, select
from werkzeug.serving import make_server

from companion.extensions import db
from companion.models import PatientStatus
from messaging.catch_up import catch_up
from messaging.converse import converse_due
from messaging.db import utcnow
from messaging.fake_twilio import FakeTwilio
from messaging.fake_twilio.api import DEFAULT_NUMBER
from messaging.inbound import KEYWORD_REPLY
from messaging.models import Direction, Message, MessageStatus
from messaging.transports import TwilioTransport
from tests.builders import make_patient
from tests.conftest import TWILIO_TOKEN

ACCOUNT = "AC" + "0" * 32
PHONE = "+13125550142"


@pytest.fixture
def fake() -> Iterator[FakeTwilio]:
    with FakeTwilio(ACCOUNT, TWILIO_TOKEN) as running:
        yield running


@pytest.fixture
def transport(fake: FakeTwilio) -> Iterator[TwilioTransport]:
    transport = TwilioTransport(
        ACCOUNT, TWILIO_TOKEN, from_number=DEFAULT_NUMBER, api_base_url=fake.url, timeout=5
    )
    yield transport
    transport.close()


class Answering:
    """A webhook endpoint that answers every post with one status, and counts the posts."""

    def __init__(self, status: int) -> None:
        app = Flask(__name__)
        self.posts = 0

        @app.post("/sms/inbound")
        def inbound() -> tuple[str, int]:
            self.posts += 1
            return "", status

        self.server = make_server("127.0.0.1", 0, app, threaded=True)
        self.url = f"http://127.0.0.1:{self.server.port}/sms/inbound"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.thread.join()
        self.server.server_close()


def inbound_count(*where: object) -> int:
    query = select(func.count()).select_from(Message).where(Message.direction == Direction.INBOUND)
    return db.session.scalar(query.where(*where)) or 0  # type: ignore[arg-type]


def test_the_fake_retries_a_webhook_once_on_a_refused_connection(fake: FakeTwilio) -> None:
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))  # bound, not listening: connections are refused
        url = f"http://127.0.0.1:{closed.getsockname()[1]}/sms/inbound"

        sid, status = fake.receive(PHONE, "done", url=url)

    assert status is None
    assert [m["sid"] for m in fake.messages if m["direction"] == "inbound"] == [sid]


@pytest.mark.parametrize(("status", "posts"), [(500, 1), (503, 1), (200, 1), (403, 1)])
def test_the_fake_does_not_retry_an_answered_webhook_by_default(
    fake: FakeTwilio, status: int, posts: int
) -> None:
    endpoint = Answering(status)
    try:
        assert fake.receive(PHONE, "done", url=endpoint.url)[1] == status
        assert endpoint.posts == posts
    finally:
        endpoint.close()


def test_the_fake_retries_a_5xx_when_the_url_asks_for_it(fake: FakeTwilio) -> None:
    endpoint = Answering(500)
    try:
        fake.receive(PHONE, "done", url=f"{endpoint.url}#rc=3&rp=5xx")
        assert endpoint.posts == 4
    finally:
        endpoint.close()


def test_twilios_log_lists_received_texts_only(
    app: Flask, fake: FakeTwilio, transport: TwilioTransport
) -> None:
    sid, _ = fake.receive(PHONE, "done pain 3")
    transport.send("+13125550199", "hello", status_callback=None, valid_until=None)

    [received] = transport.received_since(utcnow() - timedelta(hours=1))

    assert (received.sid, received.phone, received.body) == (sid, PHONE, "done pain 3")


def test_a_text_twilio_holds_and_we_missed_is_stored_once_and_conversed(
    app: Flask, fake: FakeTwilio, transport: TwilioTransport
) -> None:
    make_patient(phone=PHONE)
    fake.receive(PHONE, "done pain 3 fatigue 4")  # no webhook reached us: an outage

    assert catch_up(transport, utcnow()) == {"inbound_caught_up": 1}
    assert catch_up(transport, utcnow()) == {}
    converse_due(utcnow())

    assert inbound_count(Message.status == MessageStatus.HANDLED) == 1
    [reply] = db.session.scalars(select(Message).where(Message.purpose == "reply"))
    assert reply.body.startswith("Got it: pain 3, fatigue 4")


def test_a_stop_caught_up_opts_out_and_confirms_through_the_outbox(
    app: Flask, fake: FakeTwilio, transport: TwilioTransport
) -> None:
    patient = make_patient(phone=PHONE)
    fake.receive(PHONE, "STOP")

    catch_up(transport, utcnow())

    db.session.expire_all()
    assert patient.status == PatientStatus.STOPPED
    [confirmation] = db.session.scalars(select(Message).where(Message.purpose == KEYWORD_REPLY))
    assert confirmation.is_reply and confirmation.status == MessageStatus.QUEUED


def test_a_text_older_than_a_day_is_left_alone(
    app: Flask, fake: FakeTwilio, transport: TwilioTransport
) -> None:
    fake.set_now(utcnow() - timedelta(hours=25))
    fake.receive(PHONE, "done")
    fake.set_now(None)

    assert catch_up(transport, utcnow()) == {}
    assert inbound_count() == 0

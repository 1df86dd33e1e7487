"""The scheduler's part in the inbound pipeline: a tick converses before it sends, the worker
runs beside the jobs, and Twilio's log is caught up every few minutes."""

from collections.abc import Iterator

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

import scheduler
from companion.extensions import db
from messaging.db import utcnow
from messaging.fake_twilio import FakeTwilio
from messaging.models import Message, MessageStatus
from scheduler import jobs
from scheduler.runner import build_scheduler
from tests.builders import make_patient
from tests.conftest import TWILIO_TOKEN
from tests.sms import inbound_form, signed_post

ACCOUNT = "AC" + "0" * 32
PHONE = "+13125550142"


def test_a_tick_converses_every_received_text_then_sends_the_replies(
    app: Flask, client: FlaskClient
) -> None:
    make_patient(phone=PHONE)
    signed_post(client, "/sms/inbound", inbound_form(PHONE, "done pain 3 fatigue 4"))

    scheduler.register_cli(app)
    result = app.test_cli_runner().invoke(args=["scheduler", "tick", "--now", "2026-11-23T15:00Z"])

    assert result.exit_code == 0, result.output
    assert '"conversed": 1' in result.output
    [reply] = db.session.scalars(select(Message).where(Message.purpose == "reply"))
    assert reply.status == MessageStatus.SENT and reply.body.startswith("Got it")


def test_the_scheduler_catches_up_twilios_log_every_few_minutes(app: Flask) -> None:
    scheduler = build_scheduler(app)

    job = scheduler.get_job("catch_up_inbound")

    assert job is not None and job.trigger.interval.total_seconds() <= 300


@pytest.fixture
def twilio_app(app: Flask) -> Iterator[tuple[Flask, FakeTwilio]]:
    with FakeTwilio(ACCOUNT, TWILIO_TOKEN) as fake:
        app.config.update(
            SMS_BACKEND="twilio",
            TWILIO_ACCOUNT_SID=ACCOUNT,
            TWILIO_FROM_NUMBER="+13125550100",
            TWILIO_API_BASE_URL=fake.url,
        )
        yield app, fake
        app.extensions.pop("sms_transport").close()


def test_the_catch_up_job_stores_what_twilio_holds_and_the_next_tick_answers_it(
    twilio_app: tuple[Flask, FakeTwilio],
) -> None:
    app, fake = twilio_app
    make_patient(phone=PHONE)
    fake.receive(PHONE, "done pain 2 fatigue 3")  # never reached us

    assert jobs.catch_up_inbound(utcnow()) == {"inbound_caught_up": 1}
    counts = jobs.dispatch(utcnow())

    assert counts["conversed"] == 1 and counts["sent"] == 1
    [reply] = [m for m in fake.messages if m["direction"] != "inbound"]
    assert reply["to"] == PHONE and reply["body"].startswith("Got it: pain 2, fatigue 3")

"""The conversation worker: every stored text conversed once, a patient's texts in order,
failures retried then shown to the therapist, replies through the outbox within a second."""

import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from typing import TypeVar

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from companion.extensions import db
from companion.models import Alert, CheckIn, Completion, Patient, PatientStatus, Severity
from companion.sms import CompanionHooks
from messaging.converse import MAX_FAILURES, converse_due
from messaging.db import utcnow
from messaging.models import Direction, Message, MessageStatus
from messaging.outbox import enqueue
from messaging.transports import ConsoleTransport
from messaging.worker import serve
from tests.builders import make_patient
from tests.sms import inbound_form, signed_post

PHONE = "+13125550142"
T = TypeVar("T")


class Failing(CompanionHooks):
    """Companion's hooks, with a conversation that raises on texts saying "boom"."""

    def on_inbound(self, message: Message, now: datetime) -> list[str]:
        if "boom" in message.body:
            raise RuntimeError("the conversation broke")
        return super().on_inbound(message, now)


@pytest.fixture
def failing(app: Flask) -> Iterator[None]:
    registered = app.extensions["messaging"]
    app.extensions["messaging"] = Failing()
    yield
    app.extensions["messaging"] = registered


def post(client: FlaskClient, body: str, phone: str = PHONE) -> int:
    return signed_post(client, "/sms/inbound", inbound_form(phone, body)).status_code


def in_threads(app: Flask, n: int, work: Callable[[], T]) -> list[T]:
    """Run work() in n threads at once, each in an app context (and a session) of its own."""
    start = threading.Barrier(n)

    def run(_: int) -> T:
        with app.app_context():
            start.wait()
            try:
                return work()
            finally:
                db.session.remove()

    with ThreadPoolExecutor(n) as pool:
        return list(pool.map(run, range(n)))


def reply_bodies() -> list[str]:
    query = select(Message.body).where(Message.purpose == "reply").order_by(Message.id)
    return list(db.session.scalars(query))


def inbound(status: MessageStatus) -> int:
    query = select(func.count()).select_from(Message)
    return db.session.scalar(query.where(Message.status == status)) or 0


def test_two_texts_of_one_patient_arriving_together_are_both_kept_and_conversed_in_order(
    app: Flask, client: FlaskClient
) -> None:
    make_patient(first_name="Ana", phone=PHONE)
    assert post(client, "did em") == post(client, "5") == post(client, "6") == 200

    # Four workers at once: each batch holds at most the oldest waiting text of a patient.
    in_threads(app, 4, lambda: converse_due(utcnow()))

    db.session.expire_all()
    [checkin] = db.session.scalars(select(CheckIn))
    assert (checkin.completion, checkin.pain, checkin.fatigue) == (Completion.DONE, 5, 6)
    assert inbound(MessageStatus.HANDLED) == 3
    [ask_pain, ask_fatigue, confirm] = reply_bodies()
    assert "Pain right now" in ask_pain and "how tired" in ask_fatigue
    assert confirm == "Got it: pain 5, fatigue 6. Thank you, Ana!"


def test_stop_is_acted_on_as_it_is_stored_before_any_conversation(
    client: FlaskClient,
) -> None:
    patient = make_patient(phone=PHONE)
    enqueue(phone=PHONE, body="Hi, today: ...", dedupe_key="plan:x", now=utcnow(), patient_id=1)
    db.session.commit()
    post(client, "done pain 3 fatigue 4")

    post(client, "STOP")

    db.session.expire_all()
    assert patient.status == PatientStatus.STOPPED  # before the worker ran
    plan = db.session.scalar(select(Message).where(Message.dedupe_key == "plan:x"))
    assert plan is not None and plan.status == MessageStatus.CANCELLED
    converse_due(utcnow())
    assert reply_bodies() == []  # the earlier text is kept, and answers nobody who said STOP


def test_a_text_whose_conversation_raises_is_retried_with_backoff_then_alerted(
    client: FlaskClient, failing: None
) -> None:
    patient = make_patient(phone=PHONE)
    post(client, "boom, my knee")
    post(client, "done pain 3 fatigue 4")
    now = utcnow()

    passes = []
    for _ in range(MAX_FAILURES):
        passes.append(converse_due(now))
        held = db.session.scalar(select(Message).where(Message.body == "boom, my knee"))
        assert held is not None
        now = (held.next_attempt_at or now) + timedelta(milliseconds=1)

    assert passes[0] == {"retry": 1} and passes[-1].get("unprocessable") == 1
    [failed] = db.session.scalars(select(Message).where(Message.status == MessageStatus.FAILED))
    assert failed.body == "boom, my knee" and failed.attempts == MAX_FAILURES
    [alert] = db.session.scalars(select(Alert).where(Alert.patient_id == patient.id))
    assert (alert.kind, alert.severity) == ("unprocessed_text", Severity.WATCH)
    assert alert.evidence["texts"] == ["boom, my knee"]
    assert alert.evidence["reason"] == "could not be processed"
    # The patient's next text waited its turn, then was conversed: nothing dropped.
    assert inbound(MessageStatus.HANDLED) == 1
    assert db.session.scalar(select(func.count()).select_from(CheckIn)) == 1


def test_backoff_doubles_between_attempts(client: FlaskClient, failing: None) -> None:
    make_patient(phone=PHONE)
    post(client, "boom")
    now = utcnow()
    delays = []
    for _ in range(MAX_FAILURES - 1):
        converse_due(now)
        held = db.session.scalar(select(Message).where(Message.body == "boom"))
        assert held is not None and held.next_attempt_at is not None
        delays.append((held.next_attempt_at - now).total_seconds())
        assert converse_due(now) == {}  # not before its time
        now = held.next_attempt_at

    assert delays == [1, 2, 4, 8]


def test_one_failing_text_costs_the_others_in_its_batch_nothing(
    client: FlaskClient, failing: None
) -> None:
    for n in range(3):
        make_patient(phone=f"+1312555010{n}")
    post(client, "done pain 2 fatigue 2", "+13125550100")
    post(client, "boom", "+13125550101")
    post(client, "done pain 3 fatigue 3", "+13125550102")

    counts = converse_due(utcnow())

    assert counts == {"conversed": 2, "retry": 1}
    assert db.session.scalar(select(func.count()).select_from(CheckIn)) == 2


def test_a_text_from_an_unknown_number_is_answered_through_the_outbox(
    client: FlaskClient,
) -> None:
    post(client, "hello?", "+13125559999")

    converse_due(utcnow())

    [reply] = db.session.scalars(select(Message).where(Message.purpose == "reply"))
    assert reply.phone == "+13125559999" and "not enrolled" in reply.body.lower()


def test_dispatch_once_converses_every_received_text_then_sends_the_replies(
    app: Flask, client: FlaskClient
) -> None:
    make_patient(phone=PHONE)
    post(client, "did em")
    post(client, "4")

    result = app.test_cli_runner().invoke(args=["messaging", "dispatch", "--once"])

    assert result.exit_code == 0, result.output
    assert "conversed=2" in result.output and "sent=2" in result.output
    statuses = db.session.scalars(select(Message.status).where(Message.purpose == "reply"))
    assert list(statuses) == [MessageStatus.SENT, MessageStatus.SENT]


def test_the_worker_hands_a_red_flags_safety_answer_to_the_transport_within_a_second(
    app: Flask, client: FlaskClient
) -> None:
    make_patient(phone=PHONE)
    transport = ConsoleTransport()
    stop = threading.Event()
    worker = threading.Thread(
        target=serve, args=(app, transport, lambda: None, 1, 30.0, stop), daemon=True
    )
    worker.start()
    try:
        time.sleep(0.5)  # the worker is waiting (listening, or polling)
        arrived = time.monotonic()
        post(client, "crushing chest pain, can't breathe")
        while not transport.sent_to_since(PHONE, datetime(2000, 1, 1, tzinfo=UTC)):
            assert time.monotonic() - arrived < 1.0, "no answer within a second"
            time.sleep(0.01)
    finally:
        stop.set()
        worker.join(timeout=35)

    [answer] = transport.sent_to_since(PHONE, datetime(2000, 1, 1, tzinfo=UTC))
    assert "911" in answer.body
    # The urgent alert pauses the programme's texts; the answer to the patient's own text goes.
    assert db.session.scalar(select(Patient.status)) == PatientStatus.PAUSED
    assert (
        db.session.scalar(
            select(func.count()).select_from(Message).where(Message.direction == Direction.INBOUND)
        )
        == 1
    )

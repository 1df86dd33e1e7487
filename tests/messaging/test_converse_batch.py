"""The conversation worker in batches: several patients a claim, each patient's texts one at
a time in arrival order, whatever the number of workers, for a few statements a text."""

import fcntl
import threading
from datetime import UTC, datetime
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import event, func, select, update

from companion import inbound_batch
from companion.conversation import dialogue, snooze
from companion.conversation.interpret import Reading
from companion.conversation.interpret import interpret as real_interpret
from companion.extensions import db
from companion.models import Alert, CheckIn, Patient
from companion.sms import CompanionHooks
from messaging.converse import converse_batch, converse_due
from messaging.db import utcnow
from messaging.inbound import CHANNEL
from messaging.models import Direction, Message, MessageStatus
from tests.builders import make_patient
from tests.messaging.test_converse import in_threads, post
from tests.sms import inbound_form, signed_post
from tests.statements import counting_statements

PHONES = [f"+1312555020{n}" for n in range(10)]


def status_of(body: str, phone: str) -> MessageStatus:
    query = select(Message.status).where(Message.body == body, Message.phone == phone)
    found = db.session.scalar(query)
    assert found is not None
    return found


def test_one_batch_takes_the_oldest_waiting_text_of_each_patient_and_the_next_batch_the_next(
    client: FlaskClient,
) -> None:
    for phone in PHONES[:3]:
        make_patient(phone=phone)
    post(client, "did em", PHONES[0])
    post(client, "5", PHONES[0])
    post(client, "done pain 2 fatigue 2", PHONES[1])
    post(client, "done pain 4 fatigue 1", PHONES[2])

    first = converse_batch(utcnow())

    db.session.expire_all()
    assert first == ["conversed"] * 3  # three patients in one claim
    assert status_of("did em", PHONES[0]) == MessageStatus.HANDLED
    assert status_of("5", PHONES[0]) == MessageStatus.RECEIVED  # waits for the batch before
    assert converse_batch(utcnow()) == ["conversed"]
    db.session.expire_all()
    assert status_of("5", PHONES[0]) == MessageStatus.HANDLED
    pains = db.session.scalars(select(CheckIn.pain).order_by(CheckIn.patient_id))
    assert list(pains) == [5, 2, 4]


def test_a_batch_of_ten_patients_texts_runs_nine_statements_in_all(
    client: FlaskClient,
) -> None:
    for phone in PHONES:
        make_patient(phone=phone)
        post(client, "did em", phone)
    converse_due(utcnow())  # today's check-ins and conversations exist: each text updates them
    for phone in PHONES:
        post(client, "3", phone)

    with counting_statements() as statements:
        assert converse_batch(utcnow()) == ["conversed"] * len(PHONES)

    assert db.session.scalar(select(func.count()).where(CheckIn.pain == 3)) == len(PHONES)
    # For the whole batch, whatever its size: the claim; the senders with today's
    # conversation and check-in; their unresolved alerts; their tasks; their four weeks of
    # check-ins that the alert rules read; then, flushed together, one UPDATE of the ten
    # check-ins, one of the ten conversations, one of the ten texts and one INSERT of the ten
    # replies. One text at a time took eleven statements a text.
    assert len(statements) == 9, "\n".join(statements)


def test_a_text_is_stored_in_one_statement_which_on_postgresql_also_wakes_the_workers(
    client: FlaskClient,
) -> None:
    make_patient(phone=PHONES[0])
    postgresql = db.engine.dialect.name == "postgresql"
    listening = db.engine.raw_connection() if postgresql else None
    if listening is not None:
        listening.driver_connection.autocommit = True
        listening.driver_connection.execute(f"LISTEN {CHANNEL}")
    try:
        form = inbound_form(PHONES[0], "did em")
        with counting_statements() as statements:
            assert signed_post(client, "/sms/inbound", form).status_code == 200
        assert len(statements) == 1, "\n".join(statements)
        assert status_of("did em", PHONES[0]) == MessageStatus.RECEIVED
        if listening is not None:
            notifies = listening.driver_connection.notifies
            assert len(list(notifies(timeout=5, stop_after=1))) == 1
            # Twilio's retry of the same text stores nothing and wakes nobody.
            assert signed_post(client, "/sms/inbound", form).status_code == 200
            assert list(notifies(timeout=0.5)) == []
    finally:
        if listening is not None:
            listening.invalidate()


class Watching(CompanionHooks):
    """Companion's hooks, checking as each conversation starts that every earlier text of
    its number is settled in the database, as any other connection sees it."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.conversed: list[int] = []
        self.early: list[int] = []

    def on_inbound(self, message: Message, now: datetime) -> list[str]:
        earlier = select(func.count()).where(
            Message.direction == Direction.INBOUND,
            Message.phone == message.phone,
            Message.id < message.id,
            Message.status == MessageStatus.RECEIVED,
        )
        with db.engine.connect() as elsewhere:
            waiting = elsewhere.execute(earlier).scalar()
        with self.lock:
            self.conversed.append(message.id)
            if waiting:
                self.early.append(message.id)
        return super().on_inbound(message, now)


def test_four_workers_never_converse_a_text_before_its_patients_earlier_texts_are_settled(
    app: Flask, client: FlaskClient
) -> None:
    for phone in PHONES[:5]:
        make_patient(phone=phone)
    for body in ["did em", "3", "4", "thanks", "done", "pain 2"]:
        for phone in PHONES[:5]:
            post(client, body, phone)
    watching = Watching()
    registered, app.extensions["messaging"] = app.extensions["messaging"], watching
    try:
        in_threads(app, 4, lambda: converse_due(utcnow()))
    finally:
        app.extensions["messaging"] = registered

    assert watching.early == []
    assert sorted(set(watching.conversed)) == sorted(
        db.session.scalars(select(Message.id).where(Message.direction == Direction.INBOUND))
    )
    received = select(func.count()).where(Message.status == MessageStatus.RECEIVED)
    assert db.session.scalar(received) == 0


def joined_follow_ups_statements(client: FlaskClient, phones: list[str]) -> list[str]:
    """The statements of one batch of "i'm fine" texts, each after its sender's red flag."""
    for phone in phones:
        make_patient(phone=phone)
        post(client, "my left leg went numb after the lifts", phone)
    converse_due(utcnow())
    for phone in phones:
        post(client, "im fine now, just got scared", phone)
    with counting_statements() as statements:
        assert converse_batch(utcnow()) == ["conversed"] * len(phones)
    follow_ups = db.session.scalars(
        select(Alert.evidence)
        .join(Patient, Patient.id == Alert.patient_id)
        .where(Patient.phone.in_(phones), Alert.kind.like("red_flag:%"))
    )
    assert [e.get("follow_ups") for e in follow_ups] == [["im fine now, just got scared"]] * len(
        phones
    )
    return statements


def test_texts_joining_their_red_flags_cost_a_batch_no_statement_a_text(
    client: FlaskClient,
) -> None:
    few = joined_follow_ups_statements(client, PHONES[:3])
    many = joined_follow_ups_statements(client, [p.replace("5550", "5551") for p in PHONES])

    # The batch's alerts are read with its senders: no query (and no flush before one) a text.
    assert len(few) == len(many), "\n".join(many)


def red_flag_statements(client: FlaskClient, phones: list[str]) -> list[str]:
    """The statements of one batch of red flags, one a patient."""
    for phone in phones:
        make_patient(phone=phone)
        post(client, "my left leg went numb after the lifts", phone)
    with counting_statements() as statements:
        assert converse_batch(utcnow()) == ["conversed"] * len(phones)
    urgent = (
        select(func.count())
        .select_from(Alert)
        .join(Patient, Patient.id == Alert.patient_id)
        .where(Patient.phone.in_(phones), Alert.kind == "red_flag:neuro")
    )
    assert db.session.scalar(urgent) == len(phones)
    return statements


@pytest.mark.postgresql_only  # SQLite's driver inserts row by row whatever the flush
def test_a_batch_of_red_flags_raises_its_alerts_in_the_statements_of_one(
    client: FlaskClient,
) -> None:
    few = red_flag_statements(client, PHONES[:3])
    many = red_flag_statements(client, [p.replace("5550", "5551") for p in PHONES])

    # No flush a text for an alert's id: the therapist's text is named by the alert's kind
    # and moment, so the batch's alerts, pauses and texts are written together.
    assert len(few) == len(many), "\n".join(many)


def writer_free() -> bool:
    """Whether no one holds SQLite's one writer (messaging.db.one_writer_at_a_time) now."""
    with open(f"{db.engine.url.database}.writer", "a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True  # released as the file closes


@pytest.mark.sqlite_only
def test_on_sqlite_a_batch_converses_before_taking_the_one_writer_and_holds_it_to_write(
    client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    for phone in PHONES[:3]:
        make_patient(phone=phone)
        post(client, "did em, back is like a 5", phone)
    read_while_free: list[bool] = []
    written_while_free: list[bool] = []
    real_prepare = inbound_batch.prepare

    def prepare(messages: Any) -> None:
        read_while_free.append(writer_free())
        real_prepare(messages)

    def interpret(*args: Any) -> Reading:
        read_while_free.append(writer_free())
        return real_interpret(*args)

    def flushing(session: Any, *_: Any) -> None:
        written_while_free.append(writer_free())

    monkeypatch.setattr(inbound_batch, "prepare", prepare)
    monkeypatch.setattr(dialogue, "interpret", interpret)
    event.listen(db.session(), "after_flush", flushing)
    try:
        assert converse_batch(utcnow()) == ["conversed"] * 3
    finally:
        event.remove(db.session(), "after_flush", flushing)

    # Every webhook waits while the worker holds the writer: it read the batch's senders and
    # conversed before taking it, and took it for the batch's writes.
    assert read_while_free == [True] * 4
    assert written_while_free == [False]
    db.session.expire_all()
    assert list(db.session.scalars(select(CheckIn.pain))) == [5, 5, 5]


@pytest.mark.sqlite_only
def test_on_sqlite_a_statement_written_mid_batch_takes_the_one_writer_first(
    client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A snooze queues its reminder with a statement of its own, not a flush. Were the writer
    # not taken for it, the worker would hold SQLite's lock while a webhook held the writer
    # and waited on that lock: both stuck until the busy timeout, the webhook answering 500.
    # Midday in every patient's zone: "in an hour" is due before quiet hours, so it is queued.
    client.application.config["CLOCK"] = lambda: datetime(2026, 12, 8, 18, 0, tzinfo=UTC)
    make_patient(phone=PHONES[0])
    post(client, "remind me in an hour", PHONES[0])
    queued_while_free: list[bool] = []
    real_enqueue = snooze.enqueue

    def enqueue(**values: Any) -> int | None:
        queued = real_enqueue(**values)
        queued_while_free.append(writer_free())
        return queued

    monkeypatch.setattr(snooze, "enqueue", enqueue)

    assert converse_batch(utcnow()) == ["conversed"]

    assert queued_while_free == [False]
    snoozes = select(func.count()).where(Message.dedupe_key.like("snooze:%"))
    assert db.session.scalar(snoozes) == 1


@pytest.mark.sqlite_only
def test_on_sqlite_a_text_another_worker_conversed_first_is_not_conversed_again(
    client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Nothing is locked while a SQLite batch converses: a second worker may mark its text
    # handled meanwhile. The batch then writes nothing, and nothing is answered twice.
    make_patient(phone=PHONES[0])
    post(client, "done pain 2 fatigue 2", PHONES[0])

    def interpret(*args: Any) -> Reading:
        with db.engine.begin() as other_worker:
            other_worker.execute(
                update(Message)
                .where(Message.status == MessageStatus.RECEIVED)
                .values(status=MessageStatus.HANDLED)
            )
        return real_interpret(*args)

    monkeypatch.setattr(dialogue, "interpret", interpret)

    assert converse_batch(utcnow()) == ["skipped"]

    db.session.expire_all()
    assert db.session.scalars(select(CheckIn)).all() == []
    assert db.session.scalar(select(func.count()).where(Message.is_reply.is_(True))) == 0


def plan_request_statements(client: FlaskClient, phones: list[str]) -> list[str]:
    """The statements of one batch of texts asking for today's tasks again, one a patient."""
    for phone in phones:
        make_patient(phone=phone)
        post(client, "what are my exercises today?", phone)
    db.session.expunge_all()  # as in the worker: nothing of the patients held before the batch
    with counting_statements() as statements:
        assert converse_batch(utcnow()) == ["conversed"] * len(phones)
    replies = db.session.scalars(
        select(Message.body).where(Message.is_reply.is_(True), Message.phone.in_(phones))
    )
    assert sum("Floor-to-waist lift" in body for body in replies) == len(phones)
    return statements


def test_a_batch_of_plans_asked_again_reads_no_programme_a_text(client: FlaskClient) -> None:
    few = plan_request_statements(client, PHONES[:3])
    many = plan_request_statements(client, [p.replace("5550", "5551") for p in PHONES])

    # Each task comes with its programme in the batch's one read of the tasks.
    assert len(few) == len(many), "\n".join(many)

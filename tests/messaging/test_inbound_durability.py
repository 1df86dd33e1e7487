"""Nothing a patient texts is lost, nothing is answered twice: 200 texts through the fake Twilio
while the database is cut off every 250 ms (or locked), then Twilio's log caught up.

Twilio retries a webhook only as its connection overrides say (by default once, on a failed
connection only), so a text that met a broken database is in Twilio's log and not in ours
until the reconciler (messaging/catch_up.py) reads it back.
"""

import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from flask import Flask
from sqlalchemy import create_engine, func, make_url, select, text
from werkzeug.serving import make_server

from companion import create_app
from companion.extensions import db
from messaging.catch_up import catch_up
from messaging.converse import converse_due
from messaging.db import utcnow
from messaging.dispatch import dispatch_due
from messaging.fake_twilio import FakeTwilio
from messaging.fake_twilio.api import DEFAULT_NUMBER
from messaging.models import Direction, Message, MessageStatus
from messaging.transports import TwilioTransport
from messaging.worker import serve
from tests.builders import make_patient, make_therapist
from tests.conftest import TWILIO_TOKEN, base_config

ACCOUNT = "AC" + "0" * 32
TEXTS = 200
PATIENTS = 20
TARGET = "companion_under_test"  # the application_name the chaos terminates


@pytest.fixture
def fake() -> Iterator[FakeTwilio]:
    with FakeTwilio(ACCOUNT, TWILIO_TOKEN) as running:
        yield running


def transport_to(fake: FakeTwilio) -> TwilioTransport:
    return TwilioTransport(
        ACCOUNT, TWILIO_TOKEN, from_number=DEFAULT_NUMBER, api_base_url=fake.url, timeout=5
    )


def target_url(database_url: str) -> str:
    if not database_url.startswith("postgresql"):
        return database_url
    url = make_url(database_url)
    return url.update_query_dict({"application_name": TARGET}).render_as_string(False)


@pytest.fixture
def served(database_url: str, fake: FakeTwilio) -> Iterator[Flask]:
    """The app over real HTTP (errors answered 500, as served) with its conversation worker
    running beside it; the fake Twilio posts its texts there."""
    server = make_server("127.0.0.1", 0, Flask("placeholder"), threaded=True)
    url = f"http://127.0.0.1:{server.port}"
    app = create_app(
        base_config(target_url(database_url))
        | {
            "TESTING": False,
            "PUBLIC_BASE_URL": url,
            "DATABASE_LOCK_TIMEOUT": 1,
            "DATABASE_IDLE_TRANSACTION_TIMEOUT": 2,
        }
    )
    server.app = app
    web = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    web.start()
    stop = threading.Event()
    worker = threading.Thread(
        target=serve, args=(app, transport_to(fake), lambda: None, 1, 1.0, stop)
    )
    worker.start()
    fake.inbound_url = f"{url}/sms/inbound"
    yield app
    stop.set()
    worker.join()
    server.shutdown()
    web.join()
    server.server_close()
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


def text_all(fake: FakeTwilio, phones: list[str]) -> dict[str, int | None]:
    """TEXTS texts, each patient's in order, four patients at a time; each sid's webhook status."""

    def one_patient(phone: str) -> list[tuple[str, int | None]]:
        return [fake.receive(phone, f"done pain {n % 6} fatigue 4") for n in range(per_patient)]

    per_patient = TEXTS // len(phones)
    with ThreadPoolExecutor(4) as pool:
        return dict(pair for pairs in pool.map(one_patient, phones) for pair in pairs)


def while_running(chaos: Callable[[threading.Event], None], work: Callable[[], object]) -> None:
    stop = threading.Event()
    thread = threading.Thread(target=chaos, args=(stop,))
    thread.start()
    try:
        work()
    finally:
        stop.set()
        thread.join()


def terminate_every_250_ms(database_url: str) -> Callable[[threading.Event], None]:
    def chaos(stop: threading.Event) -> None:
        admin = create_engine(database_url)
        kill = text(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
            " WHERE application_name = :name AND pid <> pg_backend_pid()"
            " AND datname = current_database()"  # not another run's (xdist worker's) app
        )
        with admin.connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT")
            while not stop.wait(0.25):
                conn.execute(kill, {"name": TARGET})
        admin.dispose()

    return chaos


def hold_the_table(database_url: str) -> Callable[[threading.Event], None]:
    """Lock the messages table for 1.5 s, let go for 250 ms, and again, until stopped."""

    def chaos(stop: threading.Event) -> None:
        if database_url.startswith("sqlite"):
            conn = sqlite3.connect(make_url(database_url).database or "", isolation_level=None)
            while not stop.wait(0.25):
                conn.execute("BEGIN EXCLUSIVE")
                time.sleep(1.5)
                conn.execute("COMMIT")
            conn.close()
            return
        admin = create_engine(database_url)
        with admin.connect() as conn:
            while not stop.wait(0.25):
                conn.execute(text("LOCK TABLE messages IN ACCESS EXCLUSIVE MODE"))
                time.sleep(1.5)
                conn.rollback()
        admin.dispose()

    return chaos


def assert_every_text_recorded_and_answered_once(
    app: Flask, fake: FakeTwilio, answered: dict[str, int | None]
) -> None:
    # Every text that got an answer from us was stored, before any catching up.
    kept = set(db.session.scalars(select(Message.provider_sid)))
    assert {sid for sid, status in answered.items() if status == 200} <= kept
    assert any(status != 200 for status in answered.values())  # the chaos did bite

    transport = transport_to(fake)
    caught = catch_up(transport, utcnow())
    assert catch_up(transport, utcnow()).get("inbound_caught_up", 0) == 0  # nothing twice
    # The worker's next passes, after any backoff and any transaction cut off mid-way.
    deadline = time.monotonic() + 30
    while received() and time.monotonic() < deadline:
        converse_due(utcnow() + timedelta(minutes=1))
        time.sleep(0.2)
    for minutes in (0, 5):  # a send left in doubt by the chaos is settled by asking Twilio
        dispatch_due(transport, utcnow() + timedelta(minutes=minutes), senders=1)
    transport.close()

    inbound = db.session.scalars(select(Message).where(Message.direction == Direction.INBOUND))
    stored = Counter(message.provider_sid for message in inbound)
    assert set(stored) == set(answered), f"caught up {caught}"  # 0 lost
    assert max(stored.values()) == 1  # 0 twice
    statuses = db.session.execute(
        select(Message.status, func.count())
        .where(Message.direction == Direction.INBOUND)
        .group_by(Message.status)
    ).all()
    assert dict(statuses) == {MessageStatus.HANDLED: TEXTS}
    replies = list(db.session.scalars(select(Message).where(Message.purpose == "reply")))
    assert len(replies) == TEXTS  # one answer to each text
    assert {r.status for r in replies} == {MessageStatus.SENT}
    created = Counter(m["sid"] for m in fake.messages if m["direction"] != "inbound")
    assert len(created) == TEXTS and max(created.values()) == 1
    assert {r.provider_sid for r in replies} == set(created)  # each answer sent once


def received() -> int:
    query = select(func.count()).select_from(Message)
    return db.session.scalar(query.where(Message.status == MessageStatus.RECEIVED)) or 0


def patients() -> list[str]:
    therapist = make_therapist()
    return [make_patient(therapist, phone=f"+131255501{n:02d}").phone for n in range(PATIENTS)]


@pytest.mark.postgresql_only
def test_200_texts_while_the_database_is_terminated_every_250_ms_are_each_kept_and_answered_once(
    app: Flask, served: Flask, fake: FakeTwilio, database_url: str
) -> None:
    phones = patients()
    answered: dict[str, int | None] = {}

    while_running(
        terminate_every_250_ms(database_url), lambda: answered.update(text_all(fake, phones))
    )

    assert len(answered) == TEXTS
    assert_every_text_recorded_and_answered_once(app, fake, answered)


def test_200_texts_while_the_messages_table_is_held_locked_are_each_kept_and_answered_once(
    app: Flask, served: Flask, fake: FakeTwilio, database_url: str
) -> None:
    phones = patients()
    answered: dict[str, int | None] = {}
    # Twilio gives up on an answer after its read timeout (here 1 s) and does not retry.
    fake.inbound_url = f"{fake.inbound_url}#rt=1000"

    while_running(hold_the_table(database_url), lambda: answered.update(text_all(fake, phones)))

    assert len(answered) == TEXTS
    assert_every_text_recorded_and_answered_once(app, fake, answered)

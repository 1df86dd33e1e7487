"""Races: one text posted to four workers at once, dispatchers sharing an outbox, a lost DB."""

import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TypeVar

import pytest
import requests
from flask import Flask, current_app
from flask.testing import FlaskClient
from sqlalchemy import ColumnElement, create_engine, func, make_url, select, text, update
from twilio.request_validator import RequestValidator

from companion import create_app
from companion.demo import load_synthetic
from companion.extensions import db
from companion.models import Alert, CheckIn, Direction, Message, MessageStatus, Patient
from messaging.converse import converse_due
from messaging.db import utcnow
from messaging.dispatch import claim_due, dispatch_due, send_one
from messaging.fake_twilio import FakeTwilio
from messaging.outbox import enqueue
from messaging.transports import TwilioTransport
from tests.builders import make_patient, make_therapist
from tests.conftest import TWILIO_TOKEN, base_config
from tests.sms import inbound_form, signed_post

ROOT = Path(__file__).resolve().parents[2]
GUNICORN = str(Path(sys.executable).with_name("gunicorn"))
FLASK = str(Path(sys.executable).with_name("flask"))
ACCOUNT = "AC" + "0" * 32
PHONE = "+13125550142"
# 15:00 UTC is 09:00 in Chicago: inside the sending window.
NOW = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)


def wait_until(condition: Callable[[], object], what: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.01)


def count(*where: ColumnElement[bool], model: type = Message) -> int:
    return db.session.scalar(select(func.count()).select_from(model).where(*where)) or 0


def answered(url: str) -> bool:
    try:
        with requests.get(url, timeout=1) as response:
            return response.status_code == 200
    except requests.RequestException:  # refused, or not answered yet while the app loads
        return False


@pytest.fixture
def server(app: Flask, database_url: str, tmp_path: Path) -> Iterator[str]:
    """`gunicorn -w 4 wsgi:app` on an ephemeral port of our own; yields its base URL."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    base = f"http://127.0.0.1:{listener.getsockname()[1]}"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TWILIO_", "DATABASE_"))}
    env |= {
        "DATABASE_URL": database_url,
        "SECRET_KEY": "concurrency-test",
        "TWILIO_AUTH_TOKEN": TWILIO_TOKEN,
        "PUBLIC_BASE_URL": base,  # what our posts are signed for
    }
    # --preload: the four workers fork from a loaded app and are all ready at once, so the
    # posts below really race in four processes (create_app opens no connection to share).
    command = [GUNICORN, "-w", "4", "--preload", "--bind", f"fd://{listener.fileno()}",
               "--error-logfile", str(tmp_path / "gunicorn.log"), "wsgi:app"]  # fmt: skip
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        env=env,
        pass_fds=[listener.fileno()],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    listener.close()
    try:
        wait_until(lambda: process.poll() is not None or answered(f"{base}/healthz"), "gunicorn")
        assert process.poll() is None, (tmp_path / "gunicorn.log").read_text()
        yield base
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_the_same_message_sid_posted_10_times_at_once_to_4_workers_is_handled_once(
    server: str,
) -> None:
    make_patient(make_therapist(phone="+13125550199"), phone=PHONE)
    # A check-in with a red flag: an alert and a text to the therapist ride on it too.
    form = inbound_form(PHONE, "done, pain 6, and numbness in my left foot", sid="SM" + "c" * 32)
    url = f"{server}/sms/inbound"
    headers = {"X-Twilio-Signature": RequestValidator(TWILIO_TOKEN).compute_signature(url, form)}
    start = threading.Barrier(10)

    def post(_: int) -> tuple[int, bytes]:
        with requests.Session() as session:
            start.wait()
            with session.post(url, data=form, headers=headers, timeout=30) as response:
                return response.status_code, response.content

    with ThreadPoolExecutor(10) as pool:
        answers = list(pool.map(post, range(10)))

    assert [status for status, _ in answers] == [200] * 10
    assert len({body for _, body in answers}) == 1  # empty TwiML: the reply comes by the outbox
    assert count(Message.provider_sid == form["MessageSid"]) == 1

    # Four conversation workers at once: the text is conversed by exactly one of them.
    in_threads(current_app._get_current_object(), 4, lambda _: converse_due(utcnow()))

    assert count(model=CheckIn) == 1
    assert count(Message.direction == Direction.OUTBOUND, Message.purpose == "reply") == 1
    assert count(model=Alert) == 1
    assert count(Message.purpose == "therapist_alert") <= 1


# -- dispatchers racing for the outbox ------------------------------------------------------


@pytest.fixture
def fake() -> Iterator[FakeTwilio]:
    with FakeTwilio(ACCOUNT, TWILIO_TOKEN) as running:
        running.set_now(NOW)
        yield running


def queue(total: int, *, now: datetime = NOW, timezone: str = "America/Chicago") -> None:
    """One text due for each of `total` patients (the daily budget of three stays out of it)."""
    load_synthetic(total, now)
    db.session.execute(update(Patient).values(timezone=timezone))
    people = db.session.execute(select(Patient.id, Patient.phone).order_by(Patient.id)).all()
    for n, person in enumerate(people):
        enqueue(phone=person.phone, body=f"Text {n:05d}", dedupe_key=f"race:{n}", now=now,
                patient_id=person.id)  # fmt: skip
    db.session.commit()


def transport(fake: FakeTwilio) -> TwilioTransport:
    return TwilioTransport(ACCOUNT, TWILIO_TOKEN, from_number="+13125550100",
                           api_base_url=fake.url, timeout=5, clock=lambda: NOW)  # fmt: skip


T = TypeVar("T")


def in_threads(app: Flask, n: int, work: Callable[[int], T]) -> list[T]:
    """Run work(i) in n threads at once, each in an app context (and a session) of its own."""
    start = threading.Barrier(n)

    def run(i: int) -> T:
        with app.app_context():
            start.wait()
            try:
                return work(i)
            finally:
                db.session.remove()

    with ThreadPoolExecutor(n) as pool:
        return list(pool.map(run, range(n)))


def assert_each_row_sent_once(fake: FakeTwilio, total: int) -> None:
    creates = [c for c in fake.calls if c.method == "POST"]
    assert len(creates) == total
    assert Counter(c.form["Body"] for c in creates) == Counter(
        f"Text {n:05d}" for n in range(total)
    )
    rows = db.session.execute(select(Message.body, Message.provider_sid, Message.status)).all()
    assert {r.status for r in rows} == {MessageStatus.SENT}
    assert {r.provider_sid: r.body for r in rows} == {m["sid"]: m["body"] for m in fake.messages}


def midday_zone() -> str:
    """A zone where it is about noon now: dispatcher processes run on the real clock."""
    hours = 12 - datetime.now(UTC).hour  # the UTC offset that makes it noon
    return f"Etc/GMT{-hours:+d}" if hours else "Etc/GMT"


def dispatch_processes(n: int, database_url: str, fake: FakeTwilio) -> list[dict[str, int]]:
    """Run n `flask --app wsgi messaging dispatch --once` at once; what each reported."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TWILIO_", "DATABASE_"))}
    env |= {
        "DATABASE_URL": database_url,
        "SECRET_KEY": "concurrency-test",
        "SMS_BACKEND": "twilio",
        "TWILIO_ACCOUNT_SID": ACCOUNT,
        "TWILIO_AUTH_TOKEN": TWILIO_TOKEN,
        "TWILIO_FROM_NUMBER": "+13125550100",
        "TWILIO_API_BASE_URL": fake.url,
    }
    command = [FLASK, "--app", "wsgi", "messaging", "dispatch", "--once"]
    processes = [
        subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(n)
    ]
    try:
        outputs = [process.communicate(timeout=120) for process in processes]
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
                process.communicate()
    assert [p.returncode for p in processes] == [0] * n, [err[-2000:] for _, err in outputs]
    # Each pass prints its outcomes as "key=count" pairs.
    return [{k: int(v) for k, v in (pair.split("=") for pair in out.split())} for out, _ in outputs]


@pytest.mark.postgresql_only
def test_four_dispatcher_processes_over_2000_due_rows_send_each_row_exactly_once(
    app: Flask, database_url: str, fake: FakeTwilio
) -> None:
    fake.set_now(None)
    # At Twilio's pace no dispatcher empties the outbox before the others have started.
    fake.slow_down(0.05)
    queue(2000, now=datetime.now(UTC), timezone=midday_zone())

    reports = dispatch_processes(4, database_url, fake)

    sent = [report.get("sent", 0) for report in reports]
    assert sum(sent) == 2000 and all(sent), reports  # each took a share, side by side
    assert_each_row_sent_once(fake, 2000)


def test_a_second_dispatcher_claims_nothing_the_first_claimed(app: Flask, fake: FakeTwilio) -> None:
    queue(300)
    claims: list[list[int]] = [[], []]

    def dispatcher(i: int) -> None:
        sender = transport(fake)
        try:
            while ids := claim_due(NOW, limit=20):
                claims[i] += ids
                for message_id in ids:
                    send_one(message_id, sender, NOW, None, random.Random(i))
        finally:
            sender.close()

    in_threads(app, 2, dispatcher)

    first, second = set(claims[0]), set(claims[1])
    assert first and second and not first & second
    assert first | second == set(db.session.scalars(select(Message.id)))
    assert_each_row_sent_once(fake, 300)


# -- the database going away ----------------------------------------------------------------


@pytest.fixture
def unreachable_url(database_url: str, tmp_path: Path) -> Iterator[str]:
    """The test database as seen while it is unreachable.

    SQLite: the file's volume is not mounted (its directory is missing; the tests run as root,
    so a read-only directory would not stop a write). PostgreSQL: the server's port refuses
    connections, as when the server is down; the port is held bound so no one else takes it.
    """
    if database_url.startswith("sqlite"):
        yield f"sqlite:///{tmp_path / 'unmounted' / 'companion.db'}"
        return
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        url = make_url(database_url).set(host="127.0.0.1", port=closed.getsockname()[1])
        yield url.render_as_string(hide_password=False)


def served(url: str) -> Flask:
    """An app on that database that answers errors as a server does: 500, not a raised error."""
    return create_app(base_config(url) | {"TESTING": False})


def text_in(app: Flask, form: dict[str, str]) -> int:
    """Post the inbound text to the app as Twilio would; the HTTP status."""
    return signed_post(app.test_client(), "/sms/inbound", form).status_code


def test_an_unreachable_database_answers_5xx_and_the_replay_is_processed_once(
    app: Flask, client: FlaskClient, unreachable_url: str
) -> None:
    make_patient(phone=PHONE)
    form = inbound_form(PHONE, "done pain 3")
    down = served(unreachable_url)

    refused = signed_post(down.test_client(), "/sms/inbound", form)
    with down.app_context():
        db.session.remove()
        db.engine.dispose()

    # Twilio does not retry a 5xx by default: the reconciler catches such a text up (below, the
    # same text arriving again stands for that).
    assert refused.status_code == 500
    assert count(Message.provider_sid == form["MessageSid"]) == 0

    replays = [signed_post(client, "/sms/inbound", form) for _ in range(2)]
    converse_due(utcnow())

    assert [r.status_code for r in replays] == [200, 200]
    assert replays[0].data == replays[1].data
    assert count(Message.provider_sid == form["MessageSid"]) == 1
    assert count(model=CheckIn) == 1
    assert count(Message.purpose == "reply") == 1


@pytest.mark.postgresql_only
def test_a_connection_lost_mid_conversation_leaves_the_text_to_be_conversed_once(
    app: Flask, client: FlaskClient, database_url: str
) -> None:
    make_patient(phone=PHONE)
    form = inbound_form(PHONE, "done pain 3")
    assert signed_post(client, "/sms/inbound", form).status_code == 200
    worker = served(database_url)
    failed: list[str] = []

    def converse() -> None:
        with worker.app_context():
            try:
                converse_due(utcnow())
            except Exception as exc:  # the worker's loop logs it and passes again
                failed.append(type(exc).__name__)
            finally:
                db.session.remove()

    admin = create_engine(database_url)
    try:
        with admin.connect() as conn:
            # Hold the check-ins table: the worker claims the text, then waits here.
            conn.execute(text("LOCK TABLE checkins IN ACCESS EXCLUSIVE MODE"))
            thread = threading.Thread(target=converse)
            thread.start()
            waiting = text(
                "SELECT pid FROM pg_locks WHERE NOT granted AND relation = 'checkins'::regclass"
            )
            wait_until(lambda: conn.execute(waiting).first(), "the worker to wait on check-ins")
            pid = conn.execute(waiting).scalar_one()
            # Its connection dies with the conversation half done: the database "goes away".
            conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            conn.rollback()
            thread.join()

        # The worker conversed the text afresh on a new connection, or left it received for
        # its next pass: never half done.
        db.session.expire_all()
        state = (
            count(Message.status == MessageStatus.HANDLED),
            count(model=CheckIn),
            count(Message.purpose == "reply"),
        )
        assert state in {(0, 0, 0), (1, 1, 1)}, (state, failed)
        assert count(Message.direction == Direction.INBOUND) == 1

        converse()
        converse()

        assert count(Message.status == MessageStatus.HANDLED) == 1
        assert count(model=CheckIn) == 1
        assert count(Message.purpose == "reply") == 1
    finally:
        admin.dispose()
        with worker.app_context():
            db.session.remove()
            db.engine.dispose()


# -- races in reconciliation --------------------------------------------------------------------


def test_two_dispatchers_reconciling_the_same_doubtful_rows_send_each_once(
    app: Flask, fake: FakeTwilio
) -> None:
    queue(3)
    for message in db.session.scalars(select(Message)):  # ambiguous sends Twilio never got
        message.status, message.claimed_at = MessageStatus.UNKNOWN, NOW
    db.session.commit()
    fake.hang_next(1, 1.0, create="after", method="GET")  # the first one's question is slow
    later = NOW + timedelta(minutes=5)

    def first() -> None:
        with app.app_context():
            sender = transport(fake)
            try:
                dispatch_due(sender, later)
            finally:
                sender.close()
                db.session.remove()

    slow = threading.Thread(target=first)
    slow.start()
    try:
        wait_until(lambda: any(c.status is None for c in fake.calls), "the slow question")
        second = transport(fake)
        dispatch_due(second, later)
        second.close()
    finally:
        slow.join()

    assert_each_row_sent_once(fake, 3)


def test_an_ambiguous_send_is_not_reconciled_while_twilio_may_still_create_it(
    app: Flask, fake: FakeTwilio
) -> None:
    queue(1)
    fake.hang_next(1, 1.0, create="after")  # Twilio took the request and answers late
    sender = TwilioTransport(ACCOUNT, TWILIO_TOKEN, from_number="+13125550100",
                             api_base_url=fake.url, timeout=0.3, clock=lambda: NOW)  # fmt: skip
    try:
        assert dispatch_due(sender, NOW).counts == {"unknown": 1}
        dispatch_due(sender, NOW + timedelta(seconds=2))  # the next pass of `messaging dispatch`
        wait_until(lambda: all(c.status is not None for c in fake.calls), "Twilio to finish")
        dispatch_due(sender, NOW + timedelta(minutes=5))
    finally:
        sender.close()

    assert_each_row_sent_once(fake, 1)

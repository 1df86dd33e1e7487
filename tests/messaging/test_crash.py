"""SIGKILL the real dispatcher process at random points: nothing is lost, nothing is sent twice.

Each iteration queues a few texts, starts `flask --app wsgi messaging dispatch --once` as a
subprocess (sending one text after another, or several at once: alternately per round of
plans) (the real Twilio SDK talking to the fake Twilio API started here) and kills it with
SIGKILL at a random moment of a plan: while the fake holds its create request open (the
message made before the hang, after it, or never), just after the client gave up on such a
request, a few milliseconds after the k-th create was answered, or anywhere in its start-up.

A dead dispatcher's claims stay "sending" until CLAIM_TIMEOUT (two minutes) has passed. The
test does not wait those minutes: once the killed process is gone and the fake has finished
every request it was holding (as Twilio would have long before), it moves the claims of the
rows in doubt ("sending" and "unknown") back by CLAIM_TIMEOUT, which is all the passing of
that time would do. The next dispatcher then reconciles them by asking the fake.
"""

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import NamedTuple

import pytest
from flask import Flask
from sqlalchemy import Row as SQLRow
from sqlalchemy import select, update

from companion.demo import load_synthetic
from companion.extensions import db
from companion.models import Message, MessageStatus, Patient
from messaging.dispatch import CLAIM_TIMEOUT
from messaging.fake_twilio import Call, Create, FakeTwilio
from messaging.outbox import enqueue
from tests.conftest import TWILIO_TOKEN

ROOT = Path(__file__).resolve().parents[2]
FLASK = str(Path(sys.executable).with_name("flask"))
ACCOUNT = "AC" + "0" * 32
ITERATIONS = 15
NEW_PER_ITERATION = 3
HTTP_TIMEOUT = 0.4
HANG = 0.8  # longer than HTTP_TIMEOUT: the client always gives up first
# Where the fake makes the message while it holds the request: Twilio has it when we die,
# gets it only after we died, or never gets it.
HOLDS: dict[str, Create] = {"hang-before": "before", "hang-after": "after", "hang-never": "never"}
PLANS = ("hang-before", "hang-never", "answered", "hang-after", "timed-out", "start-up")
AGED = CLAIM_TIMEOUT + timedelta(seconds=1)


def wait_until(condition: Callable[[], object], what: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.005)


def midday_zone() -> str:
    """A zone where it is about noon now: the dispatcher runs on the real clock, never at night."""
    hours = 12 - datetime.now(UTC).hour  # the UTC offset that makes it noon
    return f"Etc/GMT{-hours:+d}" if hours else "Etc/GMT"


def synthetic_patients(n: int, timezone: str) -> list[SQLRow[tuple[int, str]]]:
    """n patients as `companion demo --patients n` makes them, all living in one time zone."""
    load_synthetic(n, datetime.now(UTC))
    db.session.execute(update(Patient).values(timezone=timezone))
    db.session.commit()
    return list(db.session.execute(select(Patient.id, Patient.phone).order_by(Patient.id)))


@pytest.fixture
def fake() -> Iterator[FakeTwilio]:
    with FakeTwilio(ACCOUNT, TWILIO_TOKEN) as running:
        yield running


@pytest.fixture
def dispatcher(
    app: Flask, database_url: str, fake: FakeTwilio
) -> Iterator[Callable[[int], subprocess.Popen[bytes]]]:
    """Start `flask --app wsgi messaging dispatch --once` against the test database and fake."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TWILIO_", "DATABASE_"))}
    env |= {
        "DATABASE_URL": database_url,
        "SECRET_KEY": "crash-test",
        "SMS_BACKEND": "twilio",
        "TWILIO_ACCOUNT_SID": ACCOUNT,
        "TWILIO_AUTH_TOKEN": TWILIO_TOKEN,
        "TWILIO_FROM_NUMBER": "+13125550100",
        "TWILIO_API_BASE_URL": fake.url,
        "TWILIO_HTTP_TIMEOUT": str(HTTP_TIMEOUT),
    }
    started: list[subprocess.Popen[bytes]] = []

    def start(senders: int) -> subprocess.Popen[bytes]:
        command = [FLASK, "--app", "wsgi", "messaging", "dispatch", "--once"]
        process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=env | {"DISPATCH_SENDERS": str(senders)},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        started.append(process)
        return process

    try:
        yield start
    finally:
        for process in started:
            if process.poll() is None:
                process.kill()
            if process.stderr is not None and not process.stderr.closed:
                process.communicate()


def posts(fake: FakeTwilio) -> list[Call]:
    return [c for c in fake.calls if c.method == "POST"]


def settled(fake: FakeTwilio) -> bool:
    """Every request the fake received has been answered (hung ones included)."""
    return all(c.status is not None for c in fake.calls)


class Row(NamedTuple):
    status: MessageStatus
    body: str
    provider_sid: str | None
    claimed_at: datetime | None


def outbound() -> dict[int, Row]:
    """Each outbox row as it stands, read in a transaction of its own."""
    columns = (Message.status, Message.body, Message.provider_sid, Message.claimed_at)
    snapshot = {r.id: Row(*r[1:]) for r in db.session.execute(select(Message.id, *columns))}
    db.session.rollback()
    return snapshot


def age_dead_claims() -> None:
    """Stand-in for CLAIM_TIMEOUT passing: the dead dispatcher's doubtful rows may be reconciled."""
    doubtful = Message.status.in_([MessageStatus.SENDING, MessageStatus.UNKNOWN])
    for message in db.session.scalars(select(Message).where(doubtful)):
        assert message.claimed_at is not None
        message.claimed_at -= AGED
    db.session.commit()


def kill_points(
    before: dict[int, Row],
    after: dict[int, Row],
    spawned: datetime,
    posted: set[str],
    created: set[str],
) -> Counter[str]:
    """Where the kill left each row the killed dispatcher had claimed or settled."""
    points: Counter[str] = Counter()
    for row_id, row in after.items():
        if row.status == MessageStatus.SENDING:
            assert row.claimed_at is not None
            if row.claimed_at < spawned:
                continue  # an older dead claim, not yet old enough to reconcile
            if row.body not in posted:
                points["claimed, killed before the POST"] += 1
            elif row.body in created:
                points["POSTed, Twilio created it, killed before the commit"] += 1
            else:
                points["POSTed, Twilio never created it, killed before the commit"] += 1
        elif row.status in (MessageStatus.SENT, MessageStatus.UNKNOWN) and (
            before[row_id].status != row.status
        ):
            points["outcome committed, killed after the commit"] += 1
    return points


def arm(fake: FakeTwilio, plan: str, rng: random.Random) -> None:
    """Have the fake hold the next create open, for the plans that kill during a hang."""
    if plan == "timed-out":
        fake.hang_next(1, HANG, create=rng.choice(list(HOLDS.values())))
    elif plan in HOLDS:
        fake.hang_next(1, HANG, create=HOLDS[plan])


def kill(
    process: subprocess.Popen[bytes], plan: str, fake: FakeTwilio, due: int, rng: random.Random
) -> bool:
    """SIGKILL the dispatcher at a random moment of the plan; False if it had already exited."""
    posted_before = len(posts(fake))

    def exited() -> bool:
        return process.poll() is not None

    def answered() -> int:
        return sum(c.status is not None for c in posts(fake)[posted_before:])

    if plan == "start-up":
        time.sleep(rng.uniform(0.2, 2.5))
    elif plan == "answered":
        k = rng.randint(1, due)
        wait_until(lambda: exited() or answered() >= k, f"{k} answered creates")
        time.sleep(rng.uniform(0, 0.015))
    else:
        wait_until(lambda: exited() or len(posts(fake)) > posted_before, "the held create")
        if plan == "timed-out":  # the client has given up: its outcome is being committed
            time.sleep(HTTP_TIMEOUT + rng.uniform(0.02, 0.2))
        else:
            time.sleep(rng.uniform(0, HTTP_TIMEOUT * 0.6))  # well before it gives up
    if exited():
        return False
    process.send_signal(signal.SIGKILL)
    return True


def test_sigkill_at_any_point_loses_nothing_and_sends_nothing_twice(
    app: Flask, fake: FakeTwilio, dispatcher: Callable[[int], subprocess.Popen[bytes]]
) -> None:
    rng = random.Random()
    # One text per patient: the daily budget of three texts per patient stays out of the way.
    patients = synthetic_patients(ITERATIONS * NEW_PER_ITERATION, midday_zone())
    points: Counter[str] = Counter()
    kills, started = 0, time.monotonic()

    for i in range(ITERATIONS):
        for n in range(NEW_PER_ITERATION * i, NEW_PER_ITERATION * (i + 1)):
            patient = patients[n]
            enqueue(
                phone=patient.phone,
                body=f"Crash test text {n:04d}",  # unique: Twilio's log shows any duplicate
                dedupe_key=f"crash:{n}",
                now=datetime.now(UTC),
                patient_id=patient.id,
            )
        db.session.commit()
        plan, before, posted_before = PLANS[i % len(PLANS)], outbound(), len(posts(fake))
        due = sum(1 for row in before.values() if row.status == MessageStatus.QUEUED)
        arm(fake, plan, rng)

        spawned = datetime.now(UTC)
        # Each plan once sending one text after another, once several at once.
        process = dispatcher(1 if i // len(PLANS) % 2 == 0 else 4)
        kills += kill(process, plan, fake, due, rng)
        _, stderr = process.communicate()
        assert process.returncode in (0, -signal.SIGKILL), stderr.decode()[-2000:]

        wait_until(lambda: settled(fake), "the fake to answer what it held")
        posted = {c.form["Body"] for c in posts(fake)[posted_before:]}
        created = {m["body"] for m in fake.messages}
        points += kill_points(before, outbound(), spawned, posted, created)
        age_dead_claims()

    for _ in range(4):  # passes without kills until everything has settled
        if all(row.status == MessageStatus.SENT for row in outbound().values()):
            break
        process = dispatcher(4)
        _, stderr = process.communicate(timeout=60)
        assert process.returncode == 0, stderr.decode()[-2000:]
        wait_until(lambda: settled(fake), "the fake to answer what it held")
        age_dead_claims()

    rows = outbound()
    lost = [i for i, r in rows.items() if r.status != MessageStatus.SENT or not r.provider_sid]
    duplicates = sum(n - 1 for n in Counter(m["body"] for m in fake.messages).values())
    print(
        f"\ncrash test: {ITERATIONS} iterations, {kills} kills, {len(rows)} texts, "
        f"{len(posts(fake))} creates, {len(fake.messages)} created, {len(lost)} lost, "
        f"{duplicates} duplicates, {time.monotonic() - started:.1f} s; {dict(points)}"
    )
    assert lost == [] and duplicates == 0
    assert {r.provider_sid: r.body for r in rows.values()} == {
        m["sid"]: m["body"] for m in fake.messages
    }
    assert kills >= ITERATIONS * 2 // 3
    assert set(points) == {
        "claimed, killed before the POST",
        "POSTed, Twilio created it, killed before the commit",
        "POSTed, Twilio never created it, killed before the commit",
        "outcome committed, killed after the commit",
    }

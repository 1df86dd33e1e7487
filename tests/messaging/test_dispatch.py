"""The outbox dispatcher with the real Twilio SDK against the local fake Twilio API."""

import random
import threading
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from flask import Flask
from sqlalchemy import func, select

from companion.extensions import db
from companion.models import (
    ConsentEvent,
    ConsentKind,
    ConsentMethod,
    Message,
    MessageStatus,
    Patient,
    PatientStatus,
)
from messaging.db import one_writer_at_a_time
from messaging.dispatch import CLAIM_TIMEOUT, claim_due, dispatch_due, send_batch
from messaging.fake_twilio import FakeTwilio
from messaging.outbox import enqueue
from messaging.senders import Sender
from messaging.status import record_callback
from messaging.transports import SendResult, SentRecord, TwilioTransport
from tests.builders import make_patient, make_therapist
from tests.conftest import TWILIO_TOKEN
from tests.statements import counting_statements

pytestmark = pytest.mark.usefixtures("app")

# 15:00 UTC is 09:00 in Chicago: inside the sending window.
NOW = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)
CALLBACK = "https://sms.example.org/sms/status"


@pytest.fixture
def fake() -> Iterator[FakeTwilio]:
    with FakeTwilio("AC" + "0" * 32, TWILIO_TOKEN) as fake:
        yield fake


# The fake answers in milliseconds, but on a loaded machine a send can wait seconds for a
# core: a timeout that could fire there would fail tests for reasons they do not check.
# Only the hang tests want one that fires, and short, so they stay quick; they ask for it.
ANSWER_TIMEOUT = 30.0
HANG_TIMEOUT = 0.5


def twilio_transport(fake: FakeTwilio, timeout: float) -> TwilioTransport:
    return TwilioTransport(
        "AC" + "0" * 32,
        TWILIO_TOKEN,
        from_number="+13125550100",
        api_base_url=fake.url,
        timeout=timeout,
        clock=lambda: NOW,
    )


@pytest.fixture
def transport(fake: FakeTwilio) -> Iterator[TwilioTransport]:
    transport = twilio_transport(fake, ANSWER_TIMEOUT)
    yield transport
    transport.close()


@pytest.fixture
def hasty_transport(fake: FakeTwilio) -> Iterator[TwilioTransport]:
    """A transport that gives up on a hung send after HANG_TIMEOUT."""
    transport = twilio_transport(fake, HANG_TIMEOUT)
    yield transport
    transport.close()


def queue(
    patient_id: int,
    phone: str,
    key: str = "plan:1",
    body: str = "Hi Ana, today: lifts",
    due: datetime = NOW,
    purpose: str = "plan",
) -> None:
    enqueue(phone=phone, body=body, dedupe_key=key, now=due, patient_id=patient_id, purpose=purpose)
    db.session.commit()


def only_message() -> Message:
    return db.session.scalars(select(Message)).one()


def test_a_queued_text_is_sent_once_with_callback_and_validity(
    fake: FakeTwilio, transport: TwilioTransport
) -> None:
    patient = make_patient()
    queue(patient.id, patient.phone)

    report = dispatch_due(transport, NOW, CALLBACK)
    dispatch_due(transport, NOW + timedelta(minutes=1), CALLBACK)

    assert report.counts == {"sent": 1}
    [call] = [c for c in fake.calls if c.method == "POST"]
    assert call.form["To"] == patient.phone and call.form["StatusCallback"] == CALLBACK
    # Quiet hours start at 21:00 Chicago (03:00 UTC): 12 hours away, capped at Twilio's 10.
    assert int(call.form["ValidityPeriod"]) == 36_000
    message = only_message()
    assert message.status == MessageStatus.SENT
    assert message.provider_sid == fake.messages[0]["sid"] and message.segments == 1


def test_the_same_dedupe_key_is_queued_once() -> None:
    patient = make_patient()

    queue(patient.id, patient.phone, key="plan:1:2026-11-23")
    queue(patient.id, patient.phone, key="plan:1:2026-11-23")

    assert db.session.scalar(select(func.count()).select_from(Message)) == 1


def test_429_three_times_then_201_sends_one_text_with_growing_backoff(
    fake: FakeTwilio, transport: TwilioTransport
) -> None:
    patient = make_patient()
    queue(patient.id, patient.phone)
    fake.fail_next(3, status=429)
    rng, now, waits = random.Random(1), NOW, []

    for _ in range(4):
        dispatch_due(transport, now, rng=rng)
        message = only_message()
        if message.status == MessageStatus.QUEUED:
            assert message.next_attempt_at is not None
            waits.append(message.next_attempt_at - now)
            now = message.next_attempt_at

    assert only_message().status == MessageStatus.SENT and only_message().attempts == 4
    assert len(fake.messages) == 1
    assert waits[0] < waits[2]
    assert all(timedelta(seconds=15) <= w <= timedelta(minutes=2) for w in waits)


def test_a_hang_returns_within_the_timeout_as_unknown_then_reconciles_without_resending(
    fake: FakeTwilio, hasty_transport: TwilioTransport
) -> None:
    patient = make_patient()
    queue(patient.id, patient.phone)
    fake.set_now(NOW)
    fake.hang_next(1, seconds=2.0, create="before")

    started = time.monotonic()
    report = dispatch_due(hasty_transport, NOW)
    elapsed = time.monotonic() - started

    assert report.counts == {"unknown": 1} and elapsed < 1.5
    assert only_message().status == MessageStatus.UNKNOWN

    report = dispatch_due(hasty_transport, NOW + timedelta(minutes=1))

    assert report.counts == {"reconciled_sent": 1}
    assert only_message().status == MessageStatus.SENT
    assert only_message().provider_sid == fake.messages[0]["sid"]
    assert len(fake.messages) == 1


def test_an_ambiguous_send_that_never_reached_twilio_is_sent_again_once(
    fake: FakeTwilio, hasty_transport: TwilioTransport
) -> None:
    patient = make_patient()
    queue(patient.id, patient.phone)
    fake.set_now(NOW)
    fake.hang_next(1, seconds=2.0, create="never")

    dispatch_due(hasty_transport, NOW)
    dispatch_due(hasty_transport, NOW + timedelta(minutes=1))

    assert only_message().status == MessageStatus.SENT
    assert len(fake.messages) == 1


def test_a_dispatcher_killed_mid_send_leaves_a_row_that_is_reconciled_later(
    fake: FakeTwilio, transport: TwilioTransport
) -> None:
    patient = make_patient()
    queue(patient.id, patient.phone)
    fake.set_now(NOW)
    transport.send(patient.phone, "Hi Ana, today: lifts", status_callback=None, valid_until=None)
    message = only_message()
    message.status, message.claimed_at = MessageStatus.SENDING, NOW  # claimed, then the crash

    db.session.commit()
    dispatch_due(transport, NOW + CLAIM_TIMEOUT / 2)
    assert only_message().status == MessageStatus.SENDING  # may still be in flight elsewhere
    dispatch_due(transport, NOW + CLAIM_TIMEOUT + timedelta(seconds=1))

    assert only_message().status == MessageStatus.SENT
    assert len(fake.messages) == 1


def test_21610_opts_the_patient_out_without_retrying(
    fake: FakeTwilio, transport: TwilioTransport
) -> None:
    patient = make_patient()
    queue(patient.id, patient.phone)
    fake.fail_next(1, status=400, code=21610)

    dispatch_due(transport, NOW)
    dispatch_due(transport, NOW + timedelta(hours=2))

    assert only_message().status == MessageStatus.FAILED and only_message().error_code == 21610
    db.session.expire_all()
    assert patient.status == PatientStatus.STOPPED
    assert patient.consent_events[-1].kind == ConsentKind.REVOKED
    assert patient.consent_events[-1].method == ConsentMethod.CARRIER
    assert len([c for c in fake.calls if c.method == "POST"]) == 1


@pytest.mark.parametrize("code", [21211, 21614, 21635, 30006, 30007])
def test_an_unreachable_or_filtered_number_fails_without_retrying(
    fake: FakeTwilio, transport: TwilioTransport, code: int
) -> None:
    patient = make_patient()
    queue(patient.id, patient.phone)
    fake.fail_next(1, status=400, code=code)

    dispatch_due(transport, NOW)
    dispatch_due(transport, NOW + timedelta(hours=2))

    assert only_message().status == MessageStatus.FAILED and only_message().error_code == code
    assert len([c for c in fake.calls if c.method == "POST"]) == 1


def test_a_503_is_retried_later(fake: FakeTwilio, transport: TwilioTransport) -> None:
    patient = make_patient()
    queue(patient.id, patient.phone)
    fake.fail_next(1, status=503)

    assert dispatch_due(transport, NOW).counts == {"retried": 1}
    assert dispatch_due(transport, NOW + timedelta(hours=1)).counts == {"sent": 1}


def test_a_text_due_in_quiet_hours_waits_for_morning(
    fake: FakeTwilio, transport: TwilioTransport
) -> None:
    patient = make_patient()
    late = datetime(2026, 11, 24, 4, 0, tzinfo=UTC)  # 22:00 in Chicago
    queue(patient.id, patient.phone, due=late)

    assert dispatch_due(transport, late).counts == {"deferred": 1}

    message = only_message()
    assert message.next_attempt_at == datetime(2026, 11, 24, 14, 0, tzinfo=UTC)  # 08:00 local
    assert fake.calls == []


def test_an_opted_out_patients_queued_text_is_cancelled_at_send_time(
    fake: FakeTwilio, transport: TwilioTransport
) -> None:
    patient = make_patient()
    queue(patient.id, patient.phone)
    patient.status = PatientStatus.STOPPED
    db.session.commit()

    assert dispatch_due(transport, NOW).counts == {"cancelled": 1}
    assert only_message().status == MessageStatus.CANCELLED
    assert fake.calls == []


def test_a_paused_patient_gets_no_programme_texts(
    fake: FakeTwilio, transport: TwilioTransport
) -> None:
    patient = make_patient()
    patient.pause("red_flag")
    queue(patient.id, patient.phone)

    dispatch_due(transport, NOW)

    assert fake.calls == []


def test_an_expired_welcome_is_planned_again_but_an_expired_plan_is_not(
    fake: FakeTwilio, transport: TwilioTransport
) -> None:
    patient = make_patient()
    for purpose in ("welcome", "plan"):
        enqueue(
            phone=patient.phone,
            body=f"{purpose} text",
            dedupe_key=f"{purpose}:1",
            now=NOW,
            patient_id=patient.id,
            purpose=purpose,
            valid_until=NOW + timedelta(minutes=5),
        )
    db.session.commit()

    first = dispatch_due(transport, NOW + timedelta(minutes=10))
    second = dispatch_due(transport, NOW + timedelta(minutes=11))

    assert (first.counts, second.counts) == ({"expired": 2}, {"sent": 1})
    assert [c.form["Body"] for c in fake.calls if c.method == "POST"] == ["welcome text"]


def test_a_text_whose_validity_ends_between_the_check_and_the_post_expires_and_the_rest_go(
    fake: FakeTwilio, transport: TwilioTransport
) -> None:
    checked = datetime(2026, 11, 24, 2, 59, 59, tzinfo=UTC)  # 20:59:59 in Chicago
    chicago = make_patient()
    los_angeles = make_patient(timezone="America/Los_Angeles")  # 18:59:59 there
    queue(chicago.id, chicago.phone, key="welcome:1", due=checked, purpose="welcome")
    queue(los_angeles.id, los_angeles.phone, key="welcome:2", due=checked, purpose="welcome")
    # Chicago's text is checked a second before quiet hours and posted as they begin.
    transport.clock = lambda: checked + timedelta(seconds=1)

    report = dispatch_due(transport, checked)

    assert report.counts == {"sent": 1, "expired": 1}
    assert [m["to"] for m in fake.messages] == [los_angeles.phone]
    statuses = db.session.execute(select(Message.phone, Message.status).order_by(Message.id))
    assert statuses.all() == [
        (chicago.phone, MessageStatus.CANCELLED),
        (los_angeles.phone, MessageStatus.SENT),
        (chicago.phone, MessageStatus.QUEUED),  # the welcome, planned again
    ]


def test_a_patient_without_consent_on_record_is_never_texted(
    fake: FakeTwilio, transport: TwilioTransport
) -> None:
    patient = make_patient()
    patient.consent_events.append(
        ConsentEvent(kind=ConsentKind.REVOKED, method=ConsentMethod.VERBAL, at=NOW)
    )
    queue(patient.id, patient.phone)

    assert dispatch_due(transport, NOW).counts == {"cancelled": 1}
    assert fake.calls == []


def test_no_more_than_three_started_texts_reach_a_patient_in_one_local_day(
    fake: FakeTwilio, transport: TwilioTransport
) -> None:
    patient = make_patient()
    for n in range(4):
        queue(patient.id, patient.phone, key=f"extra:{n}", body=f"text {n}")

    report = dispatch_due(transport, NOW)

    assert report.counts == {"sent": 3, "over_budget": 1}
    assert len(fake.messages) == 3


def test_a_text_orphaned_by_a_crash_is_not_sent_after_the_patient_opts_out(
    fake: FakeTwilio, transport: TwilioTransport
) -> None:
    patient = make_patient()
    queue(patient.id, patient.phone)
    claim_due(NOW, 10)  # the dispatcher claims it, then dies before the POST
    patient.status = PatientStatus.STOPPED  # STOP arrives meanwhile
    db.session.commit()

    report = dispatch_due(transport, NOW + CLAIM_TIMEOUT + timedelta(minutes=1))

    assert report.counts == {"reconciled_requeued": 1, "cancelled": 1}
    assert [c for c in fake.calls if c.method == "POST"] == []


def test_a_batch_of_40_texts_takes_the_statements_of_a_batch_of_5(
    fake: FakeTwilio, transport: TwilioTransport
) -> None:
    therapist = make_therapist()

    def dispatch_texts(count: int, now: datetime) -> list[str]:
        for n in range(count):
            patient = make_patient(therapist, phone=f"+1312555{now.minute:02d}{n:02d}")
            queue(patient.id, patient.phone, key=f"plan:{patient.id}", due=now)
        with counting_statements() as statements:
            assert dispatch_due(transport, now).counts == {"sent": count}
        return statements

    five = dispatch_texts(5, NOW)
    forty = dispatch_texts(40, NOW + timedelta(minutes=1))

    # Recipients, budgets, early callbacks and results are read and written per batch.
    assert len(forty) == len(five), "\n".join(forty)
    assert len(fake.messages) == 45


def ana_between_others(count: int) -> Patient:
    """`count` texts queued for Ana, each followed by one for another patient; Ana returned."""
    therapist = make_therapist()
    ana = make_patient(therapist)
    for n in range(count):
        queue(ana.id, ana.phone, key=f"ana:{n}", body=f"Ana text {n}")
        other = make_patient(therapist, phone=f"+131255501{n:02d}")
        queue(other.id, other.phone, key=f"other:{n}")
    return ana


def test_texts_to_one_number_keep_their_order_while_a_batch_goes_out_at_once(
    fake: FakeTwilio, transport: TwilioTransport
) -> None:
    ana = ana_between_others(3)

    assert dispatch_due(transport, NOW, senders=4).counts == {"sent": 6}

    to_ana = [m["body"] for m in fake.messages if m["to"] == ana.phone]
    assert to_ana == ["Ana text 0", "Ana text 1", "Ana text 2"]


def test_texts_to_one_patient_in_consecutive_batches_keep_order_and_the_daily_budget(
    fake: FakeTwilio, transport: TwilioTransport
) -> None:
    ana = ana_between_others(4)

    # Batches of two: each of Ana's texts is claimed while her last one may be on the way.
    report = dispatch_due(transport, NOW, limit=2, senders=4)

    assert report.counts == {"sent": 7, "over_budget": 1}
    to_ana = [m["body"] for m in fake.messages if m["to"] == ana.phone]
    assert to_ana == ["Ana text 0", "Ana text 1", "Ana text 2"]


class GatedTransport:
    """Answers no send until `gate` sends are under way at once."""

    def __init__(self, gate: int) -> None:
        self.gate = threading.Barrier(gate, timeout=10)

    def send(
        self, to: str, body: str, *, status_callback: str | None, valid_until: datetime | None
    ) -> SendResult:
        self.gate.wait()
        return SendResult(f"SM{uuid.uuid4().hex}", "queued", 1, None, None)

    def sent_to_since(self, to: str, since: datetime) -> list[SentRecord]:
        return []


def test_the_next_batch_is_sent_while_the_last_ones_texts_are_on_the_way() -> None:
    therapist = make_therapist()
    for n in range(4):
        patient = make_patient(therapist, phone=f"+131255503{n:02d}")
        queue(patient.id, patient.phone, key=f"plan:{patient.id}")

    # Batches of two, and no send is answered before four are under way: two batches at once.
    report = dispatch_due(GatedTransport(4), NOW, limit=2, senders=4)

    assert report.counts == {"sent": 4}


class InstantTransport:
    """Accepts each text at once, under the sids given, in turn."""

    def __init__(self, *sids: str) -> None:
        self.sids = list(sids)

    def send(
        self, to: str, body: str, *, status_callback: str | None, valid_until: datetime | None
    ) -> SendResult:
        return SendResult(self.sids.pop(0), "queued", None, None, None)

    def sent_to_since(self, to: str, since: datetime) -> list[SentRecord]:
        return []


def test_a_delivery_callback_that_beats_the_dispatchers_commit_is_applied_as_it_records() -> None:
    patient = make_patient()
    queue(patient.id, patient.phone)
    record_callback("SM-early", "delivered", None, NOW)  # Twilio was quicker than our commit

    assert dispatch_due(InstantTransport("SM-early"), NOW).counts == {"sent": 1}

    message = only_message()
    assert (message.status, message.provider_sid) == (MessageStatus.DELIVERED, "SM-early")
    assert message.segments == 1  # counted when queued; the provider did not say


def test_a_claim_whose_send_window_has_passed_is_put_back_unsent(
    fake: FakeTwilio, transport: TwilioTransport
) -> None:
    patient = make_patient()
    queue(patient.id, patient.phone)
    ids = claim_due(NOW, 10)

    late = Sender(transport, None, deadline=time.monotonic())
    outcomes = send_batch(ids, late, NOW, random.Random(1))

    assert outcomes == ["released"] and fake.calls == []
    message = only_message()
    assert (message.status, message.attempts) == (MessageStatus.QUEUED, 0)
    assert dispatch_due(transport, NOW, window=timedelta(0)).counts == {}  # claims nothing
    assert dispatch_due(transport, NOW).counts == {"sent": 1}


@pytest.mark.sqlite_only
def test_on_sqlite_the_dispatcher_waits_its_turn_at_the_one_writer_before_it_claims(
    app: Flask, fake: FakeTwilio, transport: TwilioTransport
) -> None:
    patient = make_patient()
    queue(patient.id, patient.phone)
    reports = []

    def dispatch() -> None:
        with app.app_context():
            reports.append(dispatch_due(transport, NOW, CALLBACK).counts)

    with one_writer_at_a_time():  # a webhook or the conversation worker writing
        dispatcher = threading.Thread(target=dispatch)
        dispatcher.start()
        dispatcher.join(timeout=0.5)
        # Queued behind the writer, not left to SQLite's own sleeping retries.
        assert dispatcher.is_alive() and not fake.calls
    dispatcher.join(timeout=30)

    assert reports == [{"sent": 1}]
    assert only_message().status == MessageStatus.SENT

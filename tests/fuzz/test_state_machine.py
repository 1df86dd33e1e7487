"""A Hypothesis state machine over the SMS path: replays, callbacks, ticks, STOP/START, crashes.

Whatever the order, a MessageSid makes at most one check-in, delivery status never moves
back, nothing is sent to an opted-out patient, and every send the provider saw belongs
to exactly one outbox row (so nothing was sent twice).
"""

import threading
from datetime import UTC, datetime, timedelta

import pytest
from flask import Flask
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, invariant, rule
from sqlalchemy import func, select

from companion.extensions import db
from companion.models import (
    CheckIn,
    Direction,
    Message,
    MessageStatus,
    Patient,
)
from companion.planning import plan_due, remind_due
from messaging.dispatch import CLAIM_TIMEOUT, claim_due, dispatch_due
from messaging.status import RANK, record_callback
from messaging.transports import SendResult, SentRecord
from messaging.webhooks import receive
from tests.builders import make_patient

PHONE = "+13125550142"
START = datetime(2026, 11, 23, 13, 30, tzinfo=UTC)  # 07:30 in Chicago, a Monday
BODIES = [
    "done",
    "did em, back is a 4",
    "3",
    "5",
    "skipped",
    "2",
    "pain 6 fatigue 7",
    "thanks",
    "what are my exercises?",
    "later",
]


class Provider:
    """Our transport boundary, standing in for Twilio: it remembers every text it accepted."""

    def __init__(self) -> None:
        self.sent: list[SentRecord] = []
        self.to_opted_out = 0
        self.now = START
        # The dispatcher sends a batch from several threads, which share its session while
        # it waits for them: one send at a time keeps the session and the sids sound.
        self._lock = threading.Lock()

    def send(
        self, to: str, body: str, *, status_callback: str | None, valid_until: datetime | None
    ) -> SendResult:
        with self._lock:
            if db.session.scalar(select(Patient.status).where(Patient.phone == to)) == "stopped":
                self.to_opted_out += 1
            record = SentRecord(f"SMout{len(self.sent):029x}", body, "queued", self.now)
            self.sent.append(record)
        return SendResult(record.sid, "queued", 1, None, None)

    def sent_to_since(self, to: str, since: datetime) -> list[SentRecord]:
        return [r for r in self.sent if r.date_created >= since]


class SmsMachine(RuleBasedStateMachine):
    sids = Bundle("sids")

    def __init__(self) -> None:
        super().__init__()
        for table in reversed(db.metadata.sorted_tables):  # children before parents
            db.session.execute(table.delete())
        db.session.commit()
        make_patient(phone=PHONE, start_date=START.date())
        self.provider = Provider()
        self.now = START
        self.highest_status: dict[int, int] = {}

    @rule(target=sids, number=st.integers(0, 10**6))
    def new_sid(self, number: int) -> str:
        return f"SM{number:032x}"

    @rule(sid=sids, body=st.sampled_from(BODIES + ["STOP", "START"]))
    def inbound(self, sid: str, body: str) -> None:
        receive(sid, PHONE, body, self.now)

    @rule(minutes=st.integers(1, 6 * 60))
    def tick(self, minutes: int) -> None:
        self.now += timedelta(minutes=minutes)
        self.provider.now = self.now
        plan_due(self.now)
        remind_due(self.now)

    @rule()
    def dispatch(self) -> None:
        dispatch_due(self.provider, self.now)

    @rule()
    def dispatcher_dies_after_the_post(self) -> None:
        """Claim, send, then crash before recording the provider's answer."""
        for message_id in claim_due(self.now, 1):
            message = db.session.get_one(Message, message_id)
            self.provider.send(message.phone, message.body, status_callback=None, valid_until=None)
        db.session.rollback()

    @rule()
    def dispatcher_dies_before_the_post(self) -> None:
        claim_due(self.now, 1)

    @rule(
        index=st.integers(0, 50),
        status=st.sampled_from(
            ["queued", "sent", "delivered", "undelivered", "failed", "sent", "delivered"]
        ),
    )
    def status_callback(self, index: int, status: str) -> None:
        if self.provider.sent:
            record = self.provider.sent[index % len(self.provider.sent)]
            record_callback(
                record.sid, status, 30003 if status == "undelivered" else None, self.now
            )

    @invariant()
    def one_checkin_per_message_sid(self) -> None:
        inbound = (
            db.session.scalar(
                select(func.count())
                .select_from(Message)
                .where(Message.direction == Direction.INBOUND)
            )
            or 0
        )
        checkins = db.session.scalar(select(func.count()).select_from(CheckIn)) or 0
        assert checkins <= inbound

    @invariant()
    def status_never_moves_back(self) -> None:
        for message_id, status in db.session.execute(
            select(Message.id, Message.status).where(Message.status.in_(list(RANK)))
        ):
            rank = RANK[MessageStatus(status)]
            assert rank >= self.highest_status.get(message_id, 0)
            self.highest_status[message_id] = rank

    @invariant()
    def nothing_is_sent_to_an_opted_out_patient(self) -> None:
        assert self.provider.to_opted_out == 0

    def teardown(self) -> None:
        """Let every doubtful send be reconciled, then match sends to rows one to one."""
        later = self.now + CLAIM_TIMEOUT + timedelta(minutes=1)
        self.provider.now = later
        dispatch_due(self.provider, later)
        sids = db.session.scalars(
            select(Message.provider_sid).where(
                Message.direction == Direction.OUTBOUND, Message.provider_sid.is_not(None)
            )
        ).all()
        assert sorted(sids) == sorted(r.sid for r in self.provider.sent)
        plans = db.session.scalars(
            select(Message.dedupe_key).where(Message.purpose == "plan")
        ).all()
        assert len(plans) == len(set(plans))
        db.session.rollback()


@pytest.mark.usefixtures("app")
def test_the_sms_path_keeps_its_promises_in_any_order(app: Flask) -> None:
    machine = SmsMachine.TestCase
    machine.settings = settings(
        max_examples=40,
        stateful_step_count=30,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    machine().runTest()

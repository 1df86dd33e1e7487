"""The dispatcher: claim due outbox rows, re-check the recipient, send, record the outcome."""

import logging
import random
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import nullcontext
from contextvars import copy_context
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, select, update

from messaging import status
from messaging.db import db, dialect_name
from messaging.hooks import Recipient, hooks
from messaging.models import Direction, Message, MessageStatus
from messaging.quiet_hours import in_quiet_hours, next_allowed, quiet_starts_at
from messaging.transports import SendError, SendResult, Transport

log = logging.getLogger(__name__)

MAX_TRANSIENT_ATTEMPTS = 6
BACKOFF_BASE = timedelta(seconds=30)
BACKOFF_CAP = timedelta(hours=1)
# Longer than any HTTP timeout: a row still "sending" after this was cut off by a crash.
CLAIM_TIMEOUT = timedelta(minutes=2)
# An ambiguous create can still complete at Twilio after our HTTP timeout gave up on it:
# ask Twilio only once it surely has, or a slow create is missed and the text goes twice.
UNKNOWN_SETTLE = timedelta(seconds=30)
# A pass starts no send after this long, so its oldest claim is settled well before it times out.
SEND_WINDOW = CLAIM_TIMEOUT / 2
# Texts of one batch posted at once, each to a different number: Twilio's API answers each
# request in tens of milliseconds, and the dispatcher's own work fits in that wait.
SENDERS = 4


@dataclass
class DispatchReport:
    counts: dict[str, int] = field(default_factory=dict)

    def add(self, outcome: str) -> None:
        self.counts[outcome] = self.counts.get(outcome, 0) + 1


def backoff(attempts: int, retry_after: float | None, rng: random.Random) -> timedelta:
    """Exponential backoff with jitter, never sooner than the provider's Retry-After."""
    ceiling = min(BACKOFF_CAP, BACKOFF_BASE * 2 ** max(0, attempts - 1))
    delay = ceiling * rng.uniform(0.5, 1.0)
    return max(delay, timedelta(seconds=retry_after or 0))


def claim_due(now: datetime, limit: int) -> list[int]:
    """Mark up to `limit` due rows as sending; return their ids. Concurrent claimers skip them."""
    due = (
        select(Message.id)
        .where(Message.status == MessageStatus.QUEUED, Message.next_attempt_at <= now)
        .order_by(Message.next_attempt_at, Message.id)
        .limit(limit)
    )
    if dialect_name() == "postgresql":
        # A locking CTE runs once. As `IN (subquery)` the planner may re-run the subquery for
        # each row it scans, and each run skips what the last one locked: one claim then took
        # every due row, and a second dispatcher found nothing.
        chosen = select(due.with_for_update(skip_locked=True).cte("due").c.id)
    else:
        chosen = due
    claimed = db.session.scalars(
        update(Message)
        .where(Message.id.in_(chosen.scalar_subquery()), Message.status == MessageStatus.QUEUED)
        .values(
            status=MessageStatus.SENDING,
            claimed_at=now,
            attempts=Message.attempts + 1,
            updated_at=now,
        )
        .returning(Message.id)
    ).all()
    db.session.commit()
    return sorted(claimed)


def _requeue(message: Message, at: datetime, now: datetime) -> None:
    message.status = MessageStatus.QUEUED
    message.next_attempt_at = at
    message.updated_at = now


def _defer_or_cancel(message: Message, recipient: Recipient | None, now: datetime) -> str | None:
    """Why this message must not go now ('cancelled', 'expired', 'deferred'), or None."""
    if recipient is None or not recipient.may_text:
        message.status = MessageStatus.CANCELLED
        return "cancelled"
    if recipient.over_budget and not message.is_reply:
        message.status = MessageStatus.CANCELLED
        return "over_budget"
    if message.valid_until is not None and now >= message.valid_until:
        message.status = MessageStatus.CANCELLED
        hooks().on_expired(message, now)
        return "expired"
    if message.is_reply or not recipient.keeps_quiet_hours:
        return None
    window = (recipient.timezone, recipient.quiet_start, recipient.quiet_end)
    if in_quiet_hours(now, *window):
        message.attempts -= 1  # waiting for morning is not a failed attempt
        _requeue(message, next_allowed(now, *window), now)
        return "deferred"
    quiet = quiet_starts_at(now, *window)
    message.valid_until = min(message.valid_until or quiet, quiet)
    return None


def _record_failure(message: Message, error: SendError, now: datetime, rng: random.Random) -> str:
    message.error_code = error.code
    if error.kind == "ambiguous":
        # Twilio may have the message: never resend blindly, ask Twilio first (reconcile).
        message.status = MessageStatus.UNKNOWN
        return "unknown"
    if error.kind == "transient" and message.attempts < MAX_TRANSIENT_ATTEMPTS:
        _requeue(message, now + backoff(message.attempts, error.retry_after, rng), now)
        return "retried"
    message.status = MessageStatus.FAILED
    if error.category == "opted_out":
        hooks().on_opted_out(message.phone, now)
    elif error.category in {"unreachable", "filtered"}:
        hooks().on_undeliverable(message, error.category, now)
    return "failed"


def _record_sent(message: Message, result: SendResult, now: datetime) -> str:
    message.status = MessageStatus.SENT
    message.provider_sid = result.provider_sid
    message.segments = result.segments or message.segments
    message.price, message.price_unit = result.price, result.price_unit
    message.sent_at = now
    return "sent"


def waves(messages: Sequence[Message]) -> list[list[Message]]:
    """Split a batch so that no wave holds two texts for one number or one patient.

    Texts to one number keep their order, and each wave's budget check counts what the
    waves before it sent to the same patient.
    """
    last: dict[tuple[str, object], int] = {}
    split: list[list[Message]] = []
    for message in messages:
        keys: list[tuple[str, object]] = [("phone", message.phone)]
        if message.patient_id is not None:
            keys.append(("patient", message.patient_id))
        wave = max(last.get(key, -1) for key in keys) + 1
        last.update(dict.fromkeys(keys, wave))
        if wave == len(split):
            split.append([])
        split[wave].append(message)
    return split


@dataclass
class Sender:
    """Posts one wave's texts to the provider, several at once, and only before the deadline.

    Only provider calls run in the pool; every database read and write stays on the
    dispatcher's own thread and session.
    """

    transport: Transport
    callback_url: str | None
    deadline: float  # time.monotonic() after which no new send starts
    pool: ThreadPoolExecutor | None = None

    def post(self, message: Message) -> SendResult | SendError | None:
        """The provider's answer, or None when the deadline passed before the send began."""
        if time.monotonic() >= self.deadline:
            return None
        try:
            return self.transport.send(
                message.phone,
                message.body,
                status_callback=self.callback_url,
                valid_until=message.valid_until,
            )
        except SendError as error:
            return error

    def post_all(self, messages: list[Message]) -> list[SendResult | SendError | None]:
        if self.pool is None or len(messages) < 2:
            return [self.post(message) for message in messages]
        # Each send runs in a copy of our context, so the transport reads the app's clock.
        sends = [self.pool.submit(copy_context().run, self.post, m) for m in messages]
        return [send.result() for send in sends]


def send_batch(ids: Sequence[int], sender: Sender, now: datetime, rng: random.Random) -> list[str]:
    """Send claimed messages, re-checking each one's recipient, and commit their outcomes once.

    A crash before the commit leaves the batch "sending": past CLAIM_TIMEOUT reconcile asks
    the provider which of them it has, exactly as for a single message.
    """
    messages = db.session.scalars(
        select(Message)
        .where(Message.id.in_(ids), Message.status == MessageStatus.SENDING)
        .order_by(Message.id)
    ).all()
    outcomes = ["skipped"] * (len(ids) - len(messages))
    sent: list[Message] = []
    for wave in waves(messages):
        recipients = hooks().recipients(wave, now)
        ready = [m for m in wave if _checked(m, recipients.get(m.id), now, outcomes)]
        for message, answer in zip(ready, sender.post_all(ready), strict=True):
            if answer is None:  # out of time: leave it for the next pass, as if never claimed
                message.attempts -= 1
                _requeue(message, now, now)
                outcomes.append("released")
            elif isinstance(answer, SendError):
                outcome = _record_failure(message, answer, now, rng)
                log.warning("message %s: %s (%s)", message.id, outcome, answer)
                outcomes.append(outcome)
            else:
                outcomes.append(_record_sent(message, answer, now))
                sent.append(message)
        for message in wave:
            message.updated_at = now
    status.apply_early_events(sent, now)
    db.session.commit()
    return outcomes


def _checked(
    message: Message, recipient: Recipient | None, now: datetime, outcomes: list[str]
) -> bool:
    """Re-check the message at send time; record why it does not go, if it does not."""
    outcome = _defer_or_cancel(message, recipient, now)
    if outcome is not None:
        outcomes.append(outcome)
    return outcome is None


def send_one(
    message_id: int,
    transport: Transport,
    now: datetime,
    callback_url: str | None,
    rng: random.Random,
) -> str:
    """Send one claimed message and commit its outcome."""
    deadline = time.monotonic() + SEND_WINDOW.total_seconds()
    return send_batch([message_id], Sender(transport, callback_url, deadline), now, rng)[0]


def _doubtful(now: datetime) -> ColumnElement[bool]:
    """Sends we cannot vouch for: ambiguous ones Twilio has surely finished, and dead claims."""
    return (Message.direction == Direction.OUTBOUND) & (
        ((Message.status == MessageStatus.UNKNOWN) & (Message.claimed_at <= now - UNKNOWN_SETTLE))
        | ((Message.status == MessageStatus.SENDING) & (Message.claimed_at < now - CLAIM_TIMEOUT))
    )


def reconcile(transport: Transport, now: datetime) -> DispatchReport:
    """Settle rows whose send may or may not have reached Twilio, by asking Twilio.

    Rows left "sending" by a crashed dispatcher are in the same state of doubt. Dispatchers
    beside us may settle the same rows: each outcome is written only if the row is still
    as we found it, so a row one of them has re-sent is never re-sent again.
    """
    report = DispatchReport()
    for message_id in db.session.scalars(select(Message.id).where(_doubtful(now))).all():
        message = db.session.scalars(
            select(Message).where(Message.id == message_id, _doubtful(now))
        ).first()
        if message is None:
            continue  # settled by another dispatcher meanwhile
        seen_status, seen_claim = message.status, message.claimed_at
        since = (seen_claim or message.created_at) - timedelta(minutes=1)
        try:
            records = transport.sent_to_since(message.phone, since)
        except SendError:
            report.add("reconcile_later")
            db.session.rollback()
            continue
        known = set(
            db.session.scalars(
                select(Message.provider_sid).where(
                    Message.provider_sid.in_([r.sid for r in records]), Message.id != message.id
                )
            )
        )
        match = next((r for r in records if r.body == message.body and r.sid not in known), None)
        outcome: dict[str, Any] = (
            {"status": MessageStatus.SENT, "provider_sid": match.sid, "sent_at": match.date_created}
            if match is not None
            else {"status": MessageStatus.QUEUED, "next_attempt_at": now}
        )
        settled = db.session.execute(
            update(Message)
            .where(
                Message.id == message.id,
                Message.status == seen_status,
                Message.claimed_at == seen_claim,
            )
            .values(**outcome, updated_at=now)
        )
        if not settled.rowcount:  # type: ignore[attr-defined]
            report.add("reconciled_elsewhere")
        elif match is not None:
            db.session.refresh(message)
            status.apply_early_events([message], now)
            report.add("reconciled_sent")
        else:
            report.add("reconciled_requeued")
        db.session.commit()
    return report


def dispatch_due(
    transport: Transport,
    now: datetime,
    callback_url: str | None = None,
    limit: int = 100,
    rng: random.Random | None = None,
    senders: int = SENDERS,
    window: timedelta = SEND_WINDOW,
) -> DispatchReport:
    """One dispatcher pass: reconcile doubtful rows, then claim and send what is due.

    The pass claims with the `now` it was given, so it stops claiming once `window` has
    passed on the real clock: its claims must never look dead to another dispatcher.
    """
    rng = rng or random.Random()
    report = reconcile(transport, now)
    deadline = time.monotonic() + window.total_seconds()
    with ThreadPoolExecutor(senders) if senders > 1 else nullcontext() as pool:
        sender = Sender(transport, callback_url, deadline, pool)
        while time.monotonic() < deadline and (ids := claim_due(now, limit)):
            for outcome in send_batch(ids, sender, now, rng):
                report.add(outcome)
            if len(ids) < limit:
                break
    return report

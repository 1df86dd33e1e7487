"""The dispatcher: claim due outbox rows, re-check the recipient, send, record the outcome."""

import logging
import random
import time
from collections.abc import Sequence
from concurrent import futures
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select, update

from messaging import status
from messaging.db import db, dialect_name, one_writer_at_a_time
from messaging.hooks import Recipient, hooks
from messaging.models import Message, MessageStatus
from messaging.quiet_hours import in_quiet_hours, next_allowed, quiet_starts_at
from messaging.reconcile import CLAIM_TIMEOUT, reconcile
from messaging.senders import Answer, Key, Sender, keys, waves
from messaging.transports import SendError, SendResult, Transport

log = logging.getLogger(__name__)

MAX_TRANSIENT_ATTEMPTS = 6
BACKOFF_BASE = timedelta(seconds=30)
BACKOFF_CAP = timedelta(hours=1)
# A pass starts no send after this long, so its oldest claim is settled well before it times out.
SEND_WINDOW = CLAIM_TIMEOUT / 2
# Texts posted at once, each to a different number: Twilio's API answers each request in
# tens of milliseconds, and the dispatcher's own work fits in that wait.
SENDERS = 4


@dataclass
class DispatchReport:
    counts: dict[str, int] = field(default_factory=dict)

    def add(self, *outcomes: str) -> None:
        for outcome in outcomes:
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
    claim = (
        update(Message)
        .where(Message.id.in_(chosen.scalar_subquery()), Message.status == MessageStatus.QUEUED)
        .values(
            status=MessageStatus.SENDING,
            claimed_at=now,
            attempts=Message.attempts + 1,
            updated_at=now,
        )
        .returning(Message.id)
    )
    with one_writer_at_a_time():
        claimed = db.session.scalars(claim).all()
        db.session.commit()
    return sorted(claimed)


def _requeue(message: Message, at: datetime, now: datetime) -> None:
    message.status = MessageStatus.QUEUED
    message.next_attempt_at = at
    message.updated_at = now


def _expire(message: Message, now: datetime) -> str:
    message.status = MessageStatus.CANCELLED
    hooks().on_expired(message, now)
    return "expired"


def _defer_or_cancel(message: Message, recipient: Recipient | None, now: datetime) -> str | None:
    """Why this message must not go now ('cancelled', 'expired', 'deferred'), or None."""
    if recipient is None or not recipient.may_text:
        message.status = MessageStatus.CANCELLED
        return "cancelled"
    if recipient.over_budget and not message.is_reply:
        message.status = MessageStatus.CANCELLED
        return "over_budget"
    if message.valid_until is not None and now >= message.valid_until:
        return _expire(message, now)
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
    if error.kind == "expired":  # ran out between our check and the post: never sent
        return _expire(message, now)
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


def _sent_values(message_id: int, result: SendResult, now: datetime) -> dict[str, Any]:
    values = {
        "id": message_id,
        "status": MessageStatus.SENT,
        "provider_sid": result.provider_sid,
        "price": result.price,
        "price_unit": result.price_unit,
        "sent_at": now,
        "updated_at": now,
    }
    if result.segments:  # else the count made when the text was queued stands
        values["segments"] = result.segments
    return values


def _record_unsent(
    message: Message, answer: SendError | None, now: datetime, rng: random.Random
) -> str:
    message.updated_at = now
    if answer is None:  # out of time: leave it for the next pass, as if never claimed
        message.attempts -= 1
        _requeue(message, now, now)
        return "released"
    outcome = _record_failure(message, answer, now, rng)
    log.warning("message %s: %s (%s)", message.id, outcome, answer)
    return outcome


@dataclass
class Batch:
    """Claimed messages on their way: sends under way, and the messages still waiting."""

    ids: Sequence[int]
    keys: set[Key]  # every number and patient the batch texts
    outcomes: list[str]
    waiting: list[int] = field(default_factory=list)  # not yet checked, oldest first
    posted: dict[int, "Future[Answer]"] = field(default_factory=dict)


def _claimed(ids: Sequence[int]) -> list[Message]:
    """The messages with these ids that are still claimed, oldest first."""
    if not ids:
        return []
    return list(
        db.session.scalars(
            select(Message)
            .where(Message.id.in_(ids), Message.status == MessageStatus.SENDING)
            .order_by(Message.id)
        )
    )


def _post_checked(wave: list[Message], batch: Batch, sender: Sender, now: datetime) -> None:
    """Re-check each message of the wave at send time, and post those that may go."""
    if not wave:
        return
    recipients = hooks().recipients(wave, now)
    for message in wave:
        message.updated_at = now
        outcome = _defer_or_cancel(message, recipients.get(message.id), now)
        if outcome is None:
            batch.posted[message.id] = sender.submit(message)
        else:
            batch.outcomes.append(outcome)


def start_batch(ids: Sequence[int], sender: Sender, now: datetime, busy: set[Key]) -> Batch:
    """Load claimed messages and post at once each one that waits for no other text.

    A text waits when an earlier one in the batch, or in the batch before (`busy`, whose
    texts may still be on the way), goes to its number or patient: it then goes from
    finish_batch, once those are recorded, so order and the daily budget stay exact.
    """
    messages = _claimed(ids)
    batch_keys = {key for message in messages for key in keys(message)}
    batch = Batch(ids, batch_keys, outcomes=["skipped"] * (len(ids) - len(messages)))
    first = waves(messages)[0] if messages else []
    free = {m.id: m for m in first if not keys(m) & busy}
    _post_checked(list(free.values()), batch, sender, now)
    batch.waiting = [m.id for m in messages if m.id not in free]
    return batch


def _record_posted(batch: Batch, now: datetime, rng: random.Random) -> list[str]:
    """Wait for the batch's sends and record each answer; the provider sids of texts sent.

    Texts sent, nearly all of them, are written in one statement by id: loading each again
    (commits since start_batch expired them) and flushing it took a quarter of the
    dispatcher's own time per text.
    """
    sent: dict[int, SendResult] = {}
    unsent: dict[int, SendError | None] = {}
    for message_id, send in batch.posted.items():
        answer = send.result()
        if isinstance(answer, SendResult):
            sent[message_id] = answer
        else:
            unsent[message_id] = answer
    batch.posted.clear()
    if sent:
        db.session.execute(update(Message), [_sent_values(i, r, now) for i, r in sent.items()])
        batch.outcomes += ["sent"] * len(sent)
    for message in _claimed(list(unsent)):
        batch.outcomes.append(_record_unsent(message, unsent[message.id], now, rng))
    return [result.provider_sid for result in sent.values()]


def finish_batch(batch: Batch, sender: Sender, now: datetime, rng: random.Random) -> list[str]:
    """Record the batch's sends, send what waited in waves of its own, and commit once.

    A crash before the commit leaves the batch "sending": past CLAIM_TIMEOUT reconcile asks
    the provider which of them it has, exactly as for a single message.

    The provider's answers are awaited before the writer is taken: SQLite's one writer is
    queued for, as the webhook and the conversation worker do. Left to SQLite's own retries,
    a writer slept up to 100 ms after the database came free, holding up every other.
    """
    futures.wait(batch.posted.values())
    with one_writer_at_a_time():
        sent = _record_posted(batch, now, rng)
        for wave in waves(_claimed(batch.waiting)):
            _post_checked(wave, batch, sender, now)
            sent += _record_posted(batch, now, rng)
        status.apply_early_events(sent, now)
        db.session.commit()
    return batch.outcomes


def send_batch(ids: Sequence[int], sender: Sender, now: datetime, rng: random.Random) -> list[str]:
    """Send claimed messages, re-checking each one's recipient, and commit their outcomes once."""
    return finish_batch(start_batch(ids, sender, now, busy=set()), sender, now, rng)


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


def dispatch_due(
    transport: Transport,
    now: datetime,
    callback_url: str | None = None,
    limit: int = 100,
    rng: random.Random | None = None,
    senders: int = SENDERS,
    window: timedelta = SEND_WINDOW,
    *,
    pool: ThreadPoolExecutor | None = None,
    settle_doubtful: bool = True,
) -> DispatchReport:
    """One dispatcher pass: reconcile doubtful rows, then claim and send what is due.

    Each batch is claimed, checked and posted while the texts of the batch before are still
    on the way, so the senders never wait for the database between batches.

    The pass claims with the `now` it was given, so it stops claiming once `window` has
    passed on the real clock: its claims must never look dead to another dispatcher.

    A long-running dispatcher passes its own `pool` of senders (starting and joining threads
    at every pass, ten a second, cost a tenth of the pass), and settles doubtful rows only
    every few seconds (`settle_doubtful`): a row is in doubt for half a minute at least.
    """
    rng = rng or random.Random()
    report = DispatchReport(reconcile(transport, now) if settle_doubtful else {})
    deadline = time.monotonic() + window.total_seconds()
    if pool is not None:
        owned: Any = nullcontext(pool)
    else:
        owned = ThreadPoolExecutor(senders) if senders > 1 else nullcontext()
    with owned as senders_pool:
        sender = Sender(transport, callback_url, deadline, senders_pool)
        previous: Batch | None = None
        while time.monotonic() < deadline and (ids := claim_due(now, limit)):
            batch = start_batch(ids, sender, now, busy=previous.keys if previous else set())
            if previous is not None:
                report.add(*finish_batch(previous, sender, now, rng))
            previous = batch
            if len(ids) < limit:
                break
        if previous is not None:
            report.add(*finish_batch(previous, sender, now, rng))
    return report

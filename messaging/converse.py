"""The conversation worker: converse each received text, one patient at a time, in order.

A text is `received` until a worker has conversed it; its replies go to the outbox as
replies (exempt from quiet hours and the daily budget) in the same commit that marks it
`handled`. On PostgreSQL the row lock taken with SKIP LOCKED is the claim, held for the
one short transaction of the conversation, so any number of workers can run and a crash
simply leaves the text `received`. On SQLite, where nothing is locked until the writes, a
text another worker marked handled first rolls the batch back.

Order: a text is conversed only when no earlier text of the same number is still
`received`, so each batch holds at most one text per patient and a patient's texts are
conversed in arrival order. A batch (up to BATCH texts of as many patients) is one
transaction with a handful of statements: the claim, what the application reads for all its
senders at once (hooks.inbound_batch), the conversations' own writes (flushed together where
the unit of work can), one UPDATE of the texts and one INSERT of every reply.

A text whose conversation raises is retried with backoff (holding its patient's later
texts back meanwhile, order first); after MAX_FAILURES it is `failed` and the application
shows it to the therapist (hooks.on_unprocessable).
"""

import logging
import traceback
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Select, bindparam, exists, or_, select, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import aliased
from sqlalchemy.orm.attributes import set_committed_value

from messaging.db import (
    db,
    dialect_name,
    one_writer_at_a_time,
    one_writer_from_the_first_write,
    writers_queue,
)
from messaging.hooks import hooks
from messaging.models import MESSAGES, Message, MessageStatus
from messaging.outbox import enqueue_replies, reply_rows

log = logging.getLogger(__name__)

MAX_FAILURES = 5
RETRY_BASE = timedelta(seconds=1)  # then 2, 4, 8 s: a text is shown to the therapist in ~15 s
BATCH = 50  # a batch's fixed cost (claim, reads, writes, commit) over more texts; 25 was slower
REPLY = "reply"


def due(now: datetime, limit: int) -> Select[Any]:
    """Received texts that may be conversed now: each the oldest waiting text of its number."""
    earlier = aliased(Message)
    waits_behind = exists().where(
        earlier.status == MessageStatus.RECEIVED,
        earlier.phone == Message.phone,
        earlier.id < Message.id,
    )
    query = (
        select(Message)
        .where(
            Message.status == MessageStatus.RECEIVED,
            or_(Message.next_attempt_at.is_(None), Message.next_attempt_at <= now),
            ~waits_behind,
        )
        .order_by(Message.id)
        .limit(limit)
    )
    if dialect_name() == "postgresql":
        query = query.with_for_update(skip_locked=True, of=Message)
    return query


def converse_due(now: datetime, limit: int = BATCH) -> dict[str, int]:
    """Converse every text that may be conversed now, batch after batch, then return counts."""
    counts: dict[str, int] = {}
    while outcomes := converse_batch(now, limit):
        for outcome in outcomes:
            counts[outcome] = counts.get(outcome, 0) + 1
    return counts


def converse_batch(now: datetime, limit: int = BATCH) -> list[str]:
    """Claim up to `limit` texts and converse them in one commit; the outcome of each.

    The batch is one round of reads and writes, whatever its size: the claim; what the
    application needs of every sender at once (hooks.inbound_batch); each conversation;
    then its writes flushed together, one UPDATE marking every text handled and one INSERT
    queueing every reply.

    When one of them raises, the batch is rolled back and each text conversed again in a
    transaction of its own, so one text's failure is recorded without costing the others. A
    database failure is no text's: it propagates, and the texts wait for the next pass.
    """
    messages: list[Message] = list(db.session.scalars(due(now, limit)))
    if not messages:
        db.session.rollback()
        return []
    ids = [message.id for message in messages]
    try:
        _converse_all(messages, now)
        return ["conversed"] * len(ids)
    except Exception:
        db.session.rollback()
    return [_converse_alone(message_id, now) for message_id in ids]


class Taken(Exception):
    """Another worker conversed a text of the batch first (SQLite, where no row is locked)."""


def _converse_all(messages: Sequence[Message], now: datetime) -> None:
    """Converse these claimed texts (at most one per patient), record them and commit.

    The conversations run before any write (no autoflush): where writers queue (SQLite) the
    one writer, which every webhook waits for, is taken for the writes alone. Each
    conversation runs at its text's own arrival time: a text sent before midnight belongs
    to that day, however late it is conversed.
    """
    handled, replies = [], []
    with one_writer_from_the_first_write() as take_writer:
        with hooks().inbound_batch(messages, now), db.session.no_autoflush:
            for message in messages:
                answers = hooks().on_inbound(message, message.created_at)
                patient_id = message.patient_id
                # Written below with the others in one UPDATE, not flushed with the batch.
                set_committed_value(message, "patient_id", patient_id)
                handled.append({"b_id": message.id, "patient_id": patient_id})
                replies += reply_rows(message.id, message.phone, patient_id, answers, REPLY, now)
        take_writer()
        db.session.flush()
        table = MESSAGES
        marked = db.session.execute(
            update(table)
            .where(table.c.id == bindparam("b_id"), table.c.status == MessageStatus.RECEIVED)
            .values(status=MessageStatus.HANDLED, updated_at=now),
            handled,
        )
        # On PostgreSQL the claim's row locks hold the texts; on SQLite nothing does.
        if writers_queue() and marked.rowcount != len(handled):  # type: ignore[attr-defined]
            raise Taken
        enqueue_replies(replies)
        db.session.commit()


def _converse_alone(message_id: int, now: datetime) -> str:
    """Converse one text in its own transaction; record a failure in another."""
    message: Message | None = db.session.scalar(due(now, 1).where(Message.id == message_id))
    if message is None:  # conversed by another worker meanwhile
        db.session.rollback()
        return "skipped"
    try:
        _converse_all([message], now)
        return "conversed"
    except Taken:
        db.session.rollback()
        return "skipped"
    except OperationalError:
        # The database failed (went away, timed out, deadlocked), not the text: the text
        # stays received, uncounted, for the worker's next pass.
        db.session.rollback()
        raise
    except Exception as exc:
        db.session.rollback()
        where = traceback.extract_tb(exc.__traceback__)[-1]
        # The exception's own words may quote the text: name only its type and place.
        log.error(
            "inbound message %s: the conversation raised %s at %s:%s",
            message_id,
            type(exc).__name__,
            where.filename,
            where.lineno,
        )
    return _record_failure(message_id, now)


def _record_failure(message_id: int, now: datetime) -> str:
    with one_writer_at_a_time():
        message = db.session.get_one(Message, message_id)
        message.attempts += 1
        message.updated_at = now
        if message.attempts >= MAX_FAILURES:
            message.status = MessageStatus.FAILED
            hooks().on_unprocessable(message, now)
            outcome = "unprocessable"
        else:
            message.next_attempt_at = now + RETRY_BASE * 2 ** (message.attempts - 1)
            outcome = "retry"
        db.session.commit()
    return outcome


def waiting(now: datetime) -> bool:
    """Whether a text may be conversed now (the SQLite worker's poll)."""
    found = db.session.scalar(due(now, 1).with_only_columns(Message.id))
    db.session.rollback()
    return found is not None


def replies_to(message_ids: Sequence[int]) -> list[Message]:
    """The replies queued for these inbound texts, in order."""
    keys = [f"reply:{message_id}:%" for message_id in message_ids]
    return list(
        db.session.scalars(
            select(Message)
            .where(or_(*(Message.dedupe_key.like(key) for key in keys)))
            .order_by(Message.id)
        )
    )

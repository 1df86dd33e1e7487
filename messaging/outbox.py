"""The outbox: domain code enqueues in its own transaction; the dispatcher sends later."""

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import update
from sqlalchemy.dialects import postgresql, sqlite

from messaging.db import db, dialect_name
from messaging.models import MESSAGES, Direction, Message, MessageStatus
from messaging.segments import segment_count


def enqueue(
    *,
    phone: str,
    body: str,
    dedupe_key: str,
    now: datetime,
    due_at: datetime | None = None,
    patient_id: int | None = None,
    purpose: str | None = None,
    valid_until: datetime | None = None,
    retry_of_id: int | None = None,
    is_reply: bool = False,
) -> int | None:
    """Queue a text in the caller's transaction: its id, or None if its dedupe key was queued
    before.

    The unique dedupe key, not a prior read, is what makes a second scheduler or a
    retried job harmless.
    """
    insert = postgresql.insert if dialect_name() == "postgresql" else sqlite.insert
    statement = (
        insert(Message)
        .values(
            direction=Direction.OUTBOUND,
            status=MessageStatus.QUEUED,
            phone=phone,
            body=body,
            dedupe_key=dedupe_key,
            patient_id=patient_id,
            purpose=purpose,
            segments=segment_count(body),
            next_attempt_at=due_at or now,
            valid_until=valid_until,
            retry_of_id=retry_of_id,
            is_reply=is_reply,
            created_at=now,
            updated_at=now,
        )
        .on_conflict_do_nothing(index_elements=["dedupe_key"])
        .returning(Message.id)
    )
    message_id: int | None = db.session.execute(statement).scalar()
    return message_id


def reply_rows(
    message_id: int,
    phone: str,
    patient_id: int | None,
    replies: Sequence[str],
    purpose: str,
    now: datetime,
) -> list[dict[str, object]]:
    """The outbox rows answering one inbound text: replies, exempt from quiet hours and the
    daily budget, each keyed by the text it answers so that a second conversation of the
    same text queues nothing twice."""
    return [
        {
            "direction": Direction.OUTBOUND,
            "status": MessageStatus.QUEUED,
            "phone": phone,
            "body": reply,
            "dedupe_key": f"reply:{message_id}:{n}",
            "patient_id": patient_id,
            "purpose": purpose,
            "segments": segment_count(reply),
            "next_attempt_at": now,
            "is_reply": True,
            "created_at": now,
            "updated_at": now,
        }
        for n, reply in enumerate(replies)
    ]


def enqueue_replies(rows: Sequence[dict[str, object]]) -> None:
    """Queue the replies (reply_rows) of one or many texts in one statement, in the caller's
    transaction (the one place replies are queued: the worker's and a caught-up keyword's)."""
    if not rows:
        return
    insert = postgresql.insert if dialect_name() == "postgresql" else sqlite.insert
    # A plain Core insert of many rows: one executemany, no unit of work, no RETURNING.
    db.session.execute(
        insert(MESSAGES).on_conflict_do_nothing(index_elements=["dedupe_key"]),
        list(rows),
    )


def cancel_pending(phone: str, now: datetime) -> int:
    """Cancel every text still waiting for this number (an opt-out reaches queued ones too)."""
    result = db.session.execute(
        update(Message)
        .where(
            Message.phone == phone,
            Message.direction == Direction.OUTBOUND,
            Message.status == MessageStatus.QUEUED,
        )
        .values(status=MessageStatus.CANCELLED, updated_at=now)
    )
    return result.rowcount or 0  # type: ignore[attr-defined]

"""The outbox: domain code enqueues in its own transaction; the dispatcher sends later."""

from datetime import datetime

from sqlalchemy import update
from sqlalchemy.dialects import postgresql, sqlite

from messaging.db import db, dialect_name
from messaging.models import Direction, Message, MessageStatus
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

"""Delivery status callbacks: statuses only move forward; failed deliveries are classified."""

from collections.abc import Collection
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.dialects import postgresql, sqlite

from messaging.db import db, dialect_name
from messaging.hooks import hooks
from messaging.models import Message, MessageStatus, StatusEvent
from messaging.outbox import enqueue
from messaging.transports import classify_error_code

# Twilio's statuses mapped onto ours; the ones before "sent" tell us nothing new.
PROVIDER_STATUS = {
    "sent": MessageStatus.SENT,
    "delivered": MessageStatus.DELIVERED,
    "read": MessageStatus.DELIVERED,
    "undelivered": MessageStatus.UNDELIVERED,
    "failed": MessageStatus.FAILED,
}
RANK = {
    MessageStatus.SENT: 1,
    MessageStatus.UNDELIVERED: 2,
    MessageStatus.FAILED: 2,
    MessageStatus.DELIVERED: 3,
}
CARRIER_RETRIES = 2
CARRIER_RETRY_DELAY = timedelta(minutes=5)


def record_callback(
    provider_sid: str, provider_status: str, error_code: int | None, now: datetime
) -> None:
    """Keep the callback, apply it if we know the message yet, and commit."""
    insert = postgresql.insert if dialect_name() == "postgresql" else sqlite.insert
    db.session.execute(
        insert(StatusEvent)
        .values(
            provider_sid=provider_sid,
            status=provider_status,
            error_code=error_code,
            received_at=now,
        )
        .on_conflict_do_nothing()
    )
    message = db.session.scalar(select(Message).where(Message.provider_sid == provider_sid))
    if message is not None:
        apply_status(message, provider_status, error_code, now)
    db.session.commit()


def apply_early_events(provider_sids: Collection[str], now: datetime) -> None:
    """Apply callbacks that arrived before the sends were committed (Twilio can be that quick)."""
    if not provider_sids:
        return
    events = db.session.scalars(
        select(StatusEvent)
        .where(StatusEvent.provider_sid.in_(provider_sids))
        .order_by(StatusEvent.id)
    ).all()
    if not events:
        return
    early = {event.provider_sid for event in events}
    by_sid = {
        message.provider_sid: message
        for message in db.session.scalars(select(Message).where(Message.provider_sid.in_(early)))
    }
    for event in events:
        apply_status(by_sid[event.provider_sid], event.status, event.error_code, now)


def apply_status(
    message: Message, provider_status: str, error_code: int | None, now: datetime
) -> None:
    new = PROVIDER_STATUS.get(provider_status)
    if new is None or RANK[new] <= RANK.get(message.status, 0):
        return
    message.status = new
    message.updated_at = now
    if new in {MessageStatus.UNDELIVERED, MessageStatus.FAILED}:
        message.error_code = error_code
        _after_failed_delivery(message, classify_error_code(error_code or 0), now)


def _retries_of(message: Message) -> int:
    root = message.retry_of_id or message.id
    return (
        db.session.scalar(
            select(func.count()).select_from(Message).where(Message.retry_of_id == root)
        )
        or 0
    )


def _after_failed_delivery(message: Message, category: str, now: datetime) -> None:
    if category == "opted_out":
        hooks().on_opted_out(message.phone, now)
        return
    if category == "expired":  # Twilio held it past its validity period (error 30036)
        hooks().on_expired(message, now)
        return
    if category == "retry_limited":
        retries = _retries_of(message)
        if retries < CARRIER_RETRIES:
            root = message.retry_of_id or message.id
            enqueue(
                phone=message.phone,
                body=message.body,
                now=now,
                due_at=now + CARRIER_RETRY_DELAY,
                dedupe_key=f"retry:{root}:{retries + 1}",
                patient_id=message.patient_id,
                purpose=message.purpose,
                valid_until=message.valid_until,
                retry_of_id=root,
            )
            return
        category = "retries_spent"
    hooks().on_undeliverable(message, category, now)

"""Sends in doubt (an ambiguous answer, a dispatcher killed mid-send), settled by asking Twilio."""

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, select, update

from messaging import status
from messaging.db import db
from messaging.models import Direction, Message, MessageStatus
from messaging.transports import SendError, Transport

# Longer than any HTTP timeout: a row still "sending" after this was cut off by a crash.
CLAIM_TIMEOUT = timedelta(minutes=2)
# An ambiguous create can still complete at Twilio after our HTTP timeout gave up on it:
# ask Twilio only once it surely has, or a slow create is missed and the text goes twice.
UNKNOWN_SETTLE = timedelta(seconds=30)


def _doubtful(now: datetime) -> ColumnElement[bool]:
    """Sends we cannot vouch for: ambiguous ones Twilio has surely finished, and dead claims."""
    return (Message.direction == Direction.OUTBOUND) & (
        ((Message.status == MessageStatus.UNKNOWN) & (Message.claimed_at <= now - UNKNOWN_SETTLE))
        | ((Message.status == MessageStatus.SENDING) & (Message.claimed_at < now - CLAIM_TIMEOUT))
    )


def reconcile(transport: Transport, now: datetime) -> dict[str, int]:
    """Settle rows whose send may or may not have reached Twilio, by asking Twilio.

    Rows left "sending" by a crashed dispatcher are in the same state of doubt. Dispatchers
    beside us may settle the same rows: each outcome is written only if the row is still
    as we found it, so a row one of them has re-sent is never re-sent again.
    """
    counts: dict[str, int] = {}
    for message_id in db.session.scalars(select(Message.id).where(_doubtful(now))).all():
        outcome = _settle(message_id, transport, now)
        if outcome is not None:
            counts[outcome] = counts.get(outcome, 0) + 1
    return counts


def _settle(message_id: int, transport: Transport, now: datetime) -> str | None:
    """Ask Twilio about one doubtful row and commit what it says; the outcome, if any."""
    message = db.session.scalars(
        select(Message).where(Message.id == message_id, _doubtful(now))
    ).first()
    if message is None:
        return None  # settled by another dispatcher meanwhile
    seen_status, seen_claim = message.status, message.claimed_at
    since = (seen_claim or message.created_at) - timedelta(minutes=1)
    try:
        records = transport.sent_to_since(message.phone, since)
    except SendError:
        db.session.rollback()
        return "reconcile_later"
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
        result = "reconciled_elsewhere"
    elif match is not None:
        status.apply_early_events([match.sid], now)
        result = "reconciled_sent"
    else:
        result = "reconciled_requeued"
    db.session.commit()
    return result

"""Catching up the texts Twilio holds that we never stored: an outage of any length, a crash, a
5xx (Twilio retries a webhook only on a failed connection, once, by default)."""

from datetime import datetime, timedelta
from typing import Protocol, runtime_checkable

from sqlalchemy import select

from messaging.db import db
from messaging.inbound import MAX_PHONE, MAX_SID, field_problem, receive
from messaging.models import Message
from messaging.transports import ReceivedRecord, SendError

LOOKBACK = timedelta(hours=24)
CHUNK = 500  # sids per lookup


@runtime_checkable
class InboundLog(Protocol):
    def received_since(self, since: datetime) -> list[ReceivedRecord]: ...


def catch_up(log: InboundLog, now: datetime) -> dict[str, int]:
    """Store, once, every text of the last 24 hours Twilio has and we do not; the conversation
    worker then converses them like any other. A keyword's reply goes by the outbox."""
    try:
        records = log.received_since(now - LOOKBACK)
    except SendError:
        db.session.rollback()
        return {"inbound_catch_up_failed": 1}
    known = stored_sids([record.sid for record in records])
    counts: dict[str, int] = {}
    for record in records:
        if record.sid in known:
            continue
        problem = field_problem("MessageSid", record.sid, MAX_SID) or field_problem(
            "From", record.phone, MAX_PHONE
        )
        outcome = "inbound_refused" if problem else "inbound_caught_up"
        if not problem:
            # Stored at the time it was sent: its conversation belongs to that moment's day.
            receive(
                record.sid, record.phone, record.body, record.date_created, answer_by_outbox=True
            )
        counts[outcome] = counts.get(outcome, 0) + 1
    return counts


def stored_sids(sids: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(sids), CHUNK):
        chunk = sids[start : start + CHUNK]
        found.update(
            db.session.scalars(select(Message.provider_sid).where(Message.provider_sid.in_(chunk)))
        )
    db.session.rollback()
    return found

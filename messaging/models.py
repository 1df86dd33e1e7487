"""The message table: every SMS in or out, which doubles as the outbound outbox."""

from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import cast

from sqlalchemy import (
    ForeignKey,
    Index,
    Numeric,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from messaging.db import Base, UTCDateTime, str_enum, utcnow


class Direction(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"


class MessageStatus(StrEnum):
    """Where a message is in its life.

    Outbound (the outbox)::

        queued ──claim──▶ sending ──provider accepted──▶ sent ──▶ delivered
           │                 │  │                          └────▶ undelivered | failed
           │                 │  └─timeout/reset──▶ unknown ──reconcile──▶ sent | queued
           │                 └─transient error──▶ queued (later)   permanent──▶ failed
           └─opt-out / expired──▶ cancelled

    Inbound::

        received ──conversed (worker)──▶ handled
           │  └─conversation raised──▶ received (retried later) ──5th failure──▶ failed
           └─compliance keyword, acted on as it is stored──▶ handled

    Status only moves forward: a late or duplicated callback never moves it back.
    """

    QUEUED = "queued"
    SENDING = "sending"
    UNKNOWN = "unknown"
    SENT = "sent"
    DELIVERED = "delivered"
    UNDELIVERED = "undelivered"
    FAILED = "failed"
    CANCELLED = "cancelled"
    RECEIVED = "received"
    HANDLED = "handled"


class Message(Base):
    __tablename__ = "messages"
    __table_args__ = (
        Index(
            "ix_messages_due",
            "next_attempt_at",
            postgresql_where=text("status = 'queued'"),
            sqlite_where=text("status = 'queued'"),
        ),
        Index("ix_messages_patient_id_created_at", "patient_id", "created_at"),
        # The conversation worker's claim: the waiting texts of each number, oldest first.
        Index(
            "ix_messages_received",
            "phone",
            "id",
            postgresql_where=text("status = 'received'"),
            sqlite_where=text("status = 'received'"),
        ),
        # Sends in doubt, which every dispatcher pass looks for (messaging/reconcile.py): a few
        # rows, where without it each pass read the whole table.
        Index(
            "ix_messages_doubtful",
            "claimed_at",
            postgresql_where=text("status IN ('sending', 'unknown')"),
            sqlite_where=text("status IN ('sending', 'unknown')"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    direction: Mapped[Direction] = mapped_column(str_enum(Direction, 10))
    status: Mapped[MessageStatus] = mapped_column(str_enum(MessageStatus))
    # The patient this message is with, when known; messaging never reads the patient itself.
    patient_id: Mapped[int | None] = mapped_column(ForeignKey("patients.id"), index=True)
    phone: Mapped[str] = mapped_column(String(20))
    body: Mapped[str] = mapped_column(Text)
    purpose: Mapped[str | None] = mapped_column(String(30))
    dedupe_key: Mapped[str | None] = mapped_column(String(120), unique=True)
    provider_sid: Mapped[str | None] = mapped_column(String(64), unique=True)
    error_code: Mapped[int | None]
    segments: Mapped[int | None]
    price: Mapped[Decimal | None] = mapped_column(Numeric(10, 5))
    price_unit: Mapped[str | None] = mapped_column(String(3))
    attempts: Mapped[int] = mapped_column(default=0)
    # A delivery retry (after 30003/30005/30008) points at the message it repeats.
    retry_of_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"), index=True)
    # A reply to the patient's own text may go out during quiet hours; nothing else may.
    is_reply: Mapped[bool] = mapped_column(default=False)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    valid_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # For inbound messages: the TwiML we answered, replayed verbatim if Twilio retries.
    answer: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)


# The table itself, for Core statements that skip the unit of work (bulk writes, the webhook's
# one-statement store).
MESSAGES = cast(Table, Message.__table__)


class StatusEvent(Base):
    """A delivery status callback as Twilio sent it, kept even when it beats our own commit."""

    __tablename__ = "status_events"
    __table_args__ = (UniqueConstraint("provider_sid", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    provider_sid: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(20))
    error_code: Mapped[int | None]
    received_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

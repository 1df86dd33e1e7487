"""Dashboard sign-in state kept in the database: failed attempts and live sessions.

Both live here rather than in process memory so that every web worker sees the same
throttle and a logout on one worker ends the session on all of them.
"""

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from companion.models.clinic import Therapist
from messaging.db import Base, UTCDateTime, utcnow


class LoginAttempt(Base):
    """One failed sign-in, counted per email and per client address over a sliding window."""

    __tablename__ = "login_attempts"
    __table_args__ = (
        Index("ix_login_attempts_email_at", "email", "at"),
        Index("ix_login_attempts_ip_at", "ip", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254))
    ip: Mapped[str] = mapped_column(String(45))
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class LoginSession(Base):
    """A signed-in browser; the cookie holds a random token, the database only its SHA-256.

    live ──logout / idle timeout / password change──▶ ended (a replayed cookie finds it ended)
    """

    __tablename__ = "login_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    therapist_id: Mapped[int] = mapped_column(ForeignKey("therapists.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    therapist: Mapped[Therapist] = relationship()

    def end(self, now: datetime) -> None:
        if self.ended_at is None:
            self.ended_at = now

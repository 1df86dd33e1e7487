"""Clinics, the people who work in them, and their API tokens."""

import hashlib
import secrets
from datetime import datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum
from functools import cache
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import JSON, ForeignKey, Numeric, String, Time
from sqlalchemy.orm import Mapped, mapped_column, relationship

from messaging.db import Base, UTCDateTime, str_enum, utcnow

# How long an API token lives: a token pasted into a script that has since been
# forgotten stops working by itself within a quarter.
TOKEN_LIFETIME = timedelta(days=90)

# argon2-cffi's defaults are RFC 9106's "low memory" Argon2id profile.
_hasher = PasswordHasher()


@cache
def _dummy_hash() -> str:
    """Verified against when the email is unknown, so both failures take the same time.

    Made on first use, not at import: hashing costs 64 MiB, which web workers that never
    sign anyone in (the SMS webhooks) should not carry.
    """
    return _hasher.hash(secrets.token_urlsafe(16))


class Role(StrEnum):
    """Work hardening is interdisciplinary: every clinic user carries a role."""

    THERAPIST = "therapist"
    PSYCHOLOGIST = "psychologist"
    VOCATIONAL_COUNSELLOR = "vocational_counsellor"
    CASE_MANAGER = "case_manager"
    ADMIN = "admin"


class Clinic(Base):
    __tablename__ = "clinics"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    phone: Mapped[str | None] = mapped_column(String(20))
    timezone: Mapped[str] = mapped_column(String(64), default="America/Chicago")
    quiet_start: Mapped[time] = mapped_column(Time, default=time(21, 0))
    quiet_end: Mapped[time] = mapped_column(Time, default=time(8, 0))
    # The clinic's own alert thresholds, by name, over the app's (ALERT_THRESHOLDS).
    alert_thresholds: Mapped[dict[str, Any]] = mapped_column(
        JSON, default=dict, server_default="{}"
    )
    # Home doses stay at or below this share of the latest clinic-tested safe load.
    home_dose_fraction: Mapped[Decimal] = mapped_column(
        Numeric(3, 2), default=Decimal("0.80"), server_default="0.80"
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    therapists: Mapped[list["Therapist"]] = relationship(back_populates="clinic")


class Therapist(Base):
    """A clinic user; `phone` (optional) receives urgent-alert texts."""

    __tablename__ = "therapists"

    id: Mapped[int] = mapped_column(primary_key=True)
    clinic_id: Mapped[int] = mapped_column(ForeignKey("clinics.id"), index=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    role: Mapped[Role] = mapped_column(str_enum(Role, 30), default=Role.THERAPIST)
    password_hash: Mapped[str] = mapped_column(String(255))
    phone: Mapped[str | None] = mapped_column(String(20))
    is_active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    clinic: Mapped[Clinic] = relationship(back_populates="therapists")

    @property
    def prescribes(self) -> bool:
        """Only a therapist changes what the patient is asked to do (doses, tasks, resuming)."""
        return self.role == Role.THERAPIST

    @property
    def signs_off(self) -> bool:
        """Only a therapist releases a report to the employer's or insurer's case manager."""
        return self.role == Role.THERAPIST

    @property
    def texts_patients(self) -> bool:
        """Whoever treats the patient may text them; the admin runs the clinic, not care."""
        return self.role != Role.ADMIN

    def set_password(self, password: str) -> None:
        self.password_hash = _hasher.hash(password)

    def check_password(self, password: str) -> bool:
        try:
            return _hasher.verify(self.password_hash, password)
        except (VerificationError, InvalidHashError):
            return False


def verify_dummy_password(password: str) -> bool:
    """Spend the time of one password check for an unknown user; always False."""
    try:
        _hasher.verify(_dummy_hash(), password)
    except VerificationError:
        pass
    return False


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class ApiToken(Base):
    """A bearer token; only its SHA-256 is stored, the token itself is shown once.

    live ──expires_at passes──▶ expired
    live ──revoke-token / password change / user let go──▶ revoked
    """

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    therapist_id: Mapped[int] = mapped_column(ForeignKey("therapists.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    therapist: Mapped[Therapist] = relationship()

    @staticmethod
    def issue(therapist: Therapist, now: datetime | None = None) -> tuple["ApiToken", str]:
        """A new token row, expiring TOKEN_LIFETIME from `now`, and the plain token, which is
        never stored."""
        now = now or utcnow()
        token = secrets.token_urlsafe(32)
        row = ApiToken(
            therapist=therapist,
            token_hash=hash_token(token),
            created_at=now,
            expires_at=now + TOKEN_LIFETIME,
        )
        return row, token

    def is_live(self, now: datetime) -> bool:
        return self.revoked_at is None and now < self.expires_at

"""Alerts for the treating therapist, with the evidence that raised them."""

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, text
from sqlalchemy.orm import Mapped, mapped_column

from messaging.db import Base, UTCDateTime, str_enum, utcnow


class Severity(StrEnum):
    URGENT = "urgent"
    HIGH = "high"
    WATCH = "watch"


class AlertStatus(StrEnum):
    """open ──acknowledge──▶ acknowledged ──resolve──▶ resolved (open may resolve directly)."""

    OPEN = "open"
    ACKNOWLEDGED = "acknowledged"
    RESOLVED = "resolved"


class Alert(Base):
    __tablename__ = "alerts"
    __table_args__ = (
        # One unresolved alert of a kind per patient: rules re-firing add nothing.
        Index(
            "uq_alerts_patient_id_kind_unresolved",
            "patient_id",
            "kind",
            unique=True,
            postgresql_where=text("status != 'resolved'"),
            sqlite_where=text("status != 'resolved'"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    severity: Mapped[Severity] = mapped_column(str_enum(Severity, 10))
    status: Mapped[AlertStatus] = mapped_column(str_enum(AlertStatus, 15), default=AlertStatus.OPEN)
    evidence: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    acknowledged_by_id: Mapped[int | None] = mapped_column(ForeignKey("therapists.id"))
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("therapists.id"))

    def acknowledge(self, therapist_id: int, now: datetime) -> None:
        if self.status == AlertStatus.OPEN:
            self.status = AlertStatus.ACKNOWLEDGED
            self.acknowledged_at, self.acknowledged_by_id = now, therapist_id

    def resolve(self, therapist_id: int | None, now: datetime) -> None:
        """Resolved by a therapist, or by the system (None) when its condition has cleared."""
        if self.status != AlertStatus.RESOLVED:
            self.status = AlertStatus.RESOLVED
            self.resolved_at, self.resolved_by_id = now, therapist_id

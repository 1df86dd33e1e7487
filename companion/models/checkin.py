"""Check-ins: what a patient reported for a day (completion, pain, fatigue, effort, trend)."""

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from messaging.db import Base, UTCDateTime, str_enum, utcnow


class Completion(StrEnum):
    DONE = "done"
    PARTIAL = "partial"
    SKIPPED = "skipped"


class Trend(StrEnum):
    """The 24-hour answer of the pain-monitoring model: pain this morning against yesterday."""

    BETTER = "better"
    SAME = "same"
    WORSE = "worse"


class CheckIn(Base):
    """One report, tied to the inbound message that carried it (so a retried webhook adds none)."""

    __tablename__ = "checkins"
    __table_args__ = (
        CheckConstraint("pain BETWEEN 0 AND 10", name="pain_range"),
        CheckConstraint("fatigue BETWEEN 0 AND 10", name="fatigue_range"),
        CheckConstraint("effort BETWEEN 0 AND 10", name="effort_range"),
        Index("ix_checkins_patient_id_local_date", "patient_id", "local_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"))
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"), unique=True)
    local_date: Mapped[date]
    completion: Mapped[Completion | None] = mapped_column(str_enum(Completion, 10))
    pain: Mapped[int | None]
    fatigue: Mapped[int | None]
    # "How hard was the session, 0-10" in our own words (conversation.effort), never Borg CR10.
    effort: Mapped[int | None]
    trend: Mapped[Trend | None] = mapped_column(str_enum(Trend, 10))
    skip_reason: Mapped[str | None] = mapped_column(String(30))
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class DayOutcome(StrEnum):
    DONE = "done"
    PARTIAL = "partial"
    SKIPPED = "skipped"
    SILENT = "silent"


class ProgramDay(Base):
    """A programme day settled at the end of the patient's local day; one row per day."""

    __tablename__ = "program_days"
    __table_args__ = (UniqueConstraint("patient_id", "local_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"))
    local_date: Mapped[date]
    outcome: Mapped[DayOutcome] = mapped_column(str_enum(DayOutcome, 10))
    settled_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

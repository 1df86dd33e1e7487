"""Clinic-tested capacity per job demand, the return-to-work plan and transitional duties.

Readiness for work is read from these tests, never from the doses texted home: a test is
a therapist's measurement in the clinic, in the demand's own terms, with its method.
"""

from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, ForeignKey, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from companion.models.clinic import Therapist
from companion.models.demands import HeightRange, JobDemand
from messaging.db import Base, UTCDateTime, str_enum, utcnow


class CapacityFrequency(StrEnum):
    """How often a tested load was handled: once (peak), or at a DOT frequency (sustainable)."""

    ONE_OFF = "one_off"
    OCCASIONAL = "occasional"
    FREQUENT = "frequent"
    CONSTANT = "constant"


class CapacityPhase(StrEnum):
    BASELINE = "baseline"
    RETEST = "retest"
    DISCHARGE = "discharge"


class CapacityMethod(StrEnum):
    EPIC_LIFT = "epic_lift"  # EPIC-style progressive lift over set height ranges
    PILE = "pile"  # progressive isoinertial lifting evaluation
    TIMED_CARRY = "timed_carry"
    TASK_SIMULATION = "task_simulation"
    POSITIONAL_TOLERANCE = "positional_tolerance"


class StopReason(StrEnum):
    PSYCHOPHYSICAL = "psychophysical"  # the patient's own limit
    MECHANICS = "mechanics"  # observed loss of safe body mechanics
    HEART_RATE = "heart_rate"
    PAIN = "pain"
    COMPLETED = "completed"  # reached the job's demand without stopping


class Effort(StrEnum):
    CONSISTENT = "consistent"
    INCONSISTENT = "inconsistent"
    NOT_ASSESSED = "not_assessed"


class CapacityTest(Base):
    """One clinic test of one job demand: the safe capacity shown, how and why it stopped."""

    __tablename__ = "capacity_tests"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    demand_id: Mapped[int] = mapped_column(ForeignKey("job_demands.id"), index=True)
    phase: Mapped[CapacityPhase] = mapped_column(str_enum(CapacityPhase, 12))
    method: Mapped[CapacityMethod] = mapped_column(str_enum(CapacityMethod, 24))
    value: Mapped[Decimal] = mapped_column(Numeric(8, 1))
    unit: Mapped[str] = mapped_column(String(10))
    # How often the load was handled (None for a position held, timed in minutes).
    frequency: Mapped[CapacityFrequency | None] = mapped_column(str_enum(CapacityFrequency, 12))
    height_range: Mapped[HeightRange | None] = mapped_column(str_enum(HeightRange, 20))
    distance_ft: Mapped[int | None]  # a carry's distance
    stop_reason: Mapped[StopReason] = mapped_column(str_enum(StopReason, 16))
    effort: Mapped[Effort] = mapped_column(str_enum(Effort, 16))
    tested_on: Mapped[date]
    tester_id: Mapped[int] = mapped_column(ForeignKey("therapists.id"))
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    demand: Mapped[JobDemand] = relationship()
    tester: Mapped[Therapist] = relationship()


class ReturnToWorkPlan(Base):
    """What the team sets: the return-to-work date, and the physician's sign-off."""

    __tablename__ = "return_to_work_plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), unique=True)
    return_to_work_on: Mapped[date | None]  # set by the team, never projected
    # Hours a day, week by week from the return-to-work date (a graded return), e.g. [4, 6, 8].
    graded_hours: Mapped[list[float] | None] = mapped_column(JSON)
    physician_name: Mapped[str | None] = mapped_column(String(120))
    physician_signed_on: Mapped[date | None]
    # The restrictions as the physician signed them (the wording changes as tests come in).
    signed_restrictions: Mapped[list[str] | None] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    def graded_weeks(self) -> list[tuple[date, float]]:
        """(Monday-or-start of each week, hours a day) from the return-to-work date."""
        if self.return_to_work_on is None or not self.graded_hours:
            return []
        start = self.return_to_work_on
        return [(start + timedelta(weeks=n), h) for n, h in enumerate(self.graded_hours)]


class TransitionalDuty(Base):
    """A duty the employer offers, with its demands, matched against tested capacity.

    `demands` rows: {kind, height_range, posture, target, unit, frequency}.
    """

    __tablename__ = "transitional_duties"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    hours_per_day: Mapped[Decimal | None] = mapped_column(Numeric(4, 1))
    demands: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

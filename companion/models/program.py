"""Home programmes and their tasks, each with a dose and the job demand it trains."""

from datetime import date, datetime, time
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Numeric, String, Text, Time, and_
from sqlalchemy.orm import Mapped, mapped_column, relationship

from messaging.db import Base, UTCDateTime, str_enum, utcnow

if TYPE_CHECKING:
    from companion.models.demands import JobDemand
    from companion.models.patient import Patient

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class ProgramKind(StrEnum):
    WORK_HARDENING = "work_hardening"
    WORK_CONDITIONING = "work_conditioning"


def days_to_mask(days: list[str]) -> int:
    return sum(1 << WEEKDAYS.index(day) for day in set(days))


def mask_to_days(mask: int) -> list[str]:
    return [day for i, day in enumerate(WEEKDAYS) if mask & (1 << i)]


class Program(Base):
    """What the patient practises at home, on which weekdays, and when we text."""

    __tablename__ = "programs"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    kind: Mapped[ProgramKind] = mapped_column(str_enum(ProgramKind))
    # Bit 0 is Monday: one integer lets the planner filter weekdays in SQL.
    days_mask: Mapped[int]
    plan_time: Mapped[time] = mapped_column(Time, default=time(8, 0))
    reminder_time: Mapped[time] = mapped_column(Time, default=time(18, 0))
    start_date: Mapped[date]
    end_date: Mapped[date | None]
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    patient: Mapped["Patient"] = relationship(back_populates="programs")
    # The tasks in the programme now; a removed task stays in the table (and in
    # `all_tasks`) because readiness and past proposals still read the dose it had.
    tasks: Mapped[list["Task"]] = relationship(
        primaryjoin=lambda: and_(Program.id == Task.program_id, Task.removed_at.is_(None)),
        back_populates="program",
        order_by="Task.position",
        cascade="all, delete-orphan",
    )
    all_tasks: Mapped[list["Task"]] = relationship(order_by="Task.position", viewonly=True)

    @property
    def days(self) -> list[str]:
        return mask_to_days(self.days_mask)

    @days.setter
    def days(self, value: list[str]) -> None:
        self.days_mask = days_to_mask(value)

    def is_program_day(self, day: date) -> bool:
        in_range = self.start_date <= day and (self.end_date is None or day <= self.end_date)
        return in_range and bool(self.days_mask & (1 << day.weekday()))


class Task(Base):
    """One exercise with its dose; unused dose fields stay empty."""

    __tablename__ = "tasks"

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("programs.id"), index=True)
    job_demand_id: Mapped[int | None] = mapped_column(ForeignKey("job_demands.id"))
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(String(80))
    # What a Spanish-speaking patient reads; None: the English name (or instructions).
    name_es: Mapped[str | None] = mapped_column(String(80))
    instructions: Mapped[str | None] = mapped_column(Text)
    instructions_es: Mapped[str | None] = mapped_column(Text)
    sets: Mapped[int | None]
    reps: Mapped[int | None]
    load_lb: Mapped[Decimal | None] = mapped_column(Numeric(6, 1))
    duration_min: Mapped[int | None]
    distance_ft: Mapped[int | None]
    # When a therapist added it after enrolment (None: there from the programme's start),
    # and when they took it out of the programme (None: still in it).
    added_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    removed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    program: Mapped[Program] = relationship(back_populates="tasks")
    job_demand: Mapped["JobDemand | None"] = relationship()

    def name_in(self, language: str) -> str:
        """The name the patient reads: in Spanish when there is one, else in English."""
        return (self.name_es if language == "es" else None) or self.name

    def instructions_in(self, language: str) -> str | None:
        return (self.instructions_es if language == "es" else None) or self.instructions

    def describe(self, language: str = "en") -> str:
        return describe_task(
            self.name_in(language),
            self.sets,
            self.reps,
            self.load_lb,
            self.duration_min,
            self.distance_ft,
        )


def describe_task(
    name: str,
    sets: int | None,
    reps: int | None,
    load_lb: Decimal | None,
    duration_min: int | None,
    distance_ft: int | None,
) -> str:
    """A task as a patient reads it: 'Floor-to-waist lift 3x10 @ 20 lb', 'Carry 50 ft x4'."""
    parts = [name]
    if distance_ft:
        parts.append(f"{distance_ft} ft")
    if sets and reps:
        parts.append(f"{sets}x{reps}")
    elif reps:
        parts.append(f"x{reps}")
    if duration_min:
        parts.append(f"{duration_min} min")
    if load_lb is not None:
        parts.append(f"@ {Decimal(load_lb).normalize():f} lb")
    return " ".join(parts)

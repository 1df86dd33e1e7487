"""How a patient's doses progress, and what each task of a day's session did.

A patient progresses by one of two models, chosen at enrolment and changeable:

- pain-monitored (Silbernagel et al. 2007): the next dose is earned by sessions with pain
  within 0-5 that settle by the next morning; pain above 5 holds, a worse morning eases.
- graded activity (Lindström et al. 1992, Phys Ther 72:279; Staal et al. 2004, Spine
  29:E300): from a baseline tolerance, preset quotas rise on a fixed schedule whatever the
  pain within the patient's agreed ceiling; only a red flag or pain above that ceiling halts.
"""

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import CheckConstraint, ForeignKey, Index, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from companion.models.checkin import CheckIn
from messaging.db import Base, UTCDateTime, str_enum, utcnow


class ProgressionModel(StrEnum):
    PAIN_MONITORED = "pain_monitored"
    GRADED_ACTIVITY = "graded_activity"


class StepOrder(StrEnum):
    """Which task steps up when several have earned it on one day (only one may)."""

    LONGEST_AT_DOSE = "longest_at_dose"
    TASK_ORDER = "task_order"  # the therapist's order of the programme's tasks


# Graded activity's agreed pain ceiling when the therapist sets none: pain 8 is then
# within it (a high alert, not an urgent pause); the patient's own ceiling may be lower.
DEFAULT_PAIN_CEILING = 8
# How often a graded-activity quota rises when the therapist presets no other interval.
DEFAULT_QUOTA_DAYS = 7


class TaskReport(Base):
    """What the patient said of one task on a day ("did the lifts but not the ladder").

    Tied to the day's check-in, whose completion stays the day's summary (adherence reads
    that); progression reads these, so each task's proposal rests on its own sessions.
    """

    __tablename__ = "task_reports"
    __table_args__ = (
        CheckConstraint("pain BETWEEN 0 AND 10", name="pain_range"),
        CheckConstraint("fatigue BETWEEN 0 AND 10", name="fatigue_range"),
        CheckConstraint("effort BETWEEN 0 AND 10", name="effort_range"),
        Index("ix_task_reports_task_id_local_date", "task_id", "local_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    checkin_id: Mapped[int] = mapped_column(ForeignKey("checkins.id", ondelete="CASCADE"))
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"))
    local_date: Mapped[date]
    # "done", "partial" or "skipped" (the check-in's Completion values).
    completion: Mapped[str] = mapped_column(String(10))
    # What was actually done, when the patient said ("3x8 at 25").
    sets: Mapped[int | None]
    reps: Mapped[int | None]
    load_lb: Mapped[Decimal | None] = mapped_column(Numeric(6, 1))
    pain: Mapped[int | None]
    fatigue: Mapped[int | None]
    effort: Mapped[int | None]  # "how hard was it, 0-10", when the patient gave it per task
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    checkin: Mapped[CheckIn] = relationship()


def progression_model_column() -> Mapped[ProgressionModel]:
    return mapped_column(
        str_enum(ProgressionModel, 20),
        default=ProgressionModel.PAIN_MONITORED,
        server_default=ProgressionModel.PAIN_MONITORED.value,
    )


def step_order_column() -> Mapped[StepOrder]:
    return mapped_column(
        str_enum(StepOrder, 20),
        default=StepOrder.LONGEST_AT_DOSE,
        server_default=StepOrder.LONGEST_AT_DOSE.value,
    )

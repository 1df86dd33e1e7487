"""Progression proposals: a suggested change of a task's dose, waiting for the therapist."""

from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Numeric, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from companion.models.checkin import CheckIn
from companion.models.program import Task, describe_task
from messaging.db import Base, UTCDateTime, str_enum, utcnow

# Progression reads the check-ins that arrived since its last pass. The index belongs to
# CheckIn; it is declared here, beside its only reader, to keep this change in one module.
Index("ix_checkins_created_at", CheckIn.created_at)


class ProposalKind(StrEnum):
    ADVANCE = "advance"
    HOLD = "hold"
    EASE = "ease"


class ProposalStatus(StrEnum):
    """Where a proposal stands; only a pending (proposed) one can be decided.

    proposed ──approve (therapist)──▶ approved   the dose is applied, the patient is texted
        ├──────reject (therapist)───▶ rejected
        └──a different finding for the task, or its dose changed by hand──▶ superseded
    """

    PROPOSED = "proposed"
    APPROVED = "approved"
    REJECTED = "rejected"
    SUPERSEDED = "superseded"


class Proposal(Base):
    """The dose of a task as it stood and as proposed, with the evidence that led there."""

    __tablename__ = "proposals"
    __table_args__ = (
        # One pending proposal per task: the rule re-firing each tick adds nothing.
        Index(
            "uq_proposals_task_id_pending",
            "task_id",
            unique=True,
            postgresql_where=text("status = 'proposed'"),
            sqlite_where=text("status = 'proposed'"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    # A task removed from the programme takes its proposals with it; the audit log keeps decisions.
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"), index=True)
    kind: Mapped[ProposalKind] = mapped_column(str_enum(ProposalKind, 10))
    status: Mapped[ProposalStatus] = mapped_column(
        str_enum(ProposalStatus, 12), default=ProposalStatus.PROPOSED
    )
    current_reps: Mapped[int | None]
    current_load_lb: Mapped[Decimal | None] = mapped_column(Numeric(6, 1))
    current_duration_min: Mapped[int | None]
    proposed_reps: Mapped[int | None]
    proposed_load_lb: Mapped[Decimal | None] = mapped_column(Numeric(6, 1))
    proposed_duration_min: Mapped[int | None]
    # The rule that fired and the numbers it read (session dates, pain, fatigue, next morning).
    reason: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("therapists.id"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # When the approved change was queued to the patient (None: not texted).
    texted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    task: Mapped[Task] = relationship()

    @property
    def is_pending(self) -> bool:
        return self.status == ProposalStatus.PROPOSED

    @property
    def changes_dose(self) -> bool:
        current = (self.current_reps, self.current_load_lb, self.current_duration_min)
        return current != (self.proposed_reps, self.proposed_load_lb, self.proposed_duration_min)

    @property
    def current_dose(self) -> str:
        return self._describe(self.current_reps, self.current_load_lb, self.current_duration_min)

    @property
    def proposed_dose(self) -> str:
        return self._describe(self.proposed_reps, self.proposed_load_lb, self.proposed_duration_min)

    def proposed_dose_in(self, language: str) -> str:
        """The new dose as the patient reads it, task name in their language."""
        return self._describe(
            self.proposed_reps, self.proposed_load_lb, self.proposed_duration_min, language
        )

    def _describe(
        self, reps: int | None, load: Decimal | None, minutes: int | None, language: str = "en"
    ) -> str:
        task = self.task
        name = task.name_in(language)
        return describe_task(name, task.sets, reps, load, minutes, task.distance_ft)

    def approve(self, therapist_id: int, now: datetime) -> None:
        self._decide(ProposalStatus.APPROVED, therapist_id, now)

    def reject(self, therapist_id: int, now: datetime) -> None:
        self._decide(ProposalStatus.REJECTED, therapist_id, now)

    def supersede(self, now: datetime) -> None:
        """Withdrawn by the system (decided_by stays empty): the evidence or the dose moved on."""
        self._decide(ProposalStatus.SUPERSEDED, None, now)

    def _decide(self, status: ProposalStatus, therapist_id: int | None, now: datetime) -> None:
        if self.status == ProposalStatus.PROPOSED:
            self.status, self.decided_by_id, self.decided_at = status, therapist_id, now


class ProgressionMark(Base):
    """How far progression has read the check-ins (one row): each pass reads what came since.

    The database, not the scheduler process, remembers it, so a pass after an outage or
    a one-off `scheduler tick` catches up on everything that arrived in between.
    """

    __tablename__ = "progression_marks"

    id: Mapped[int] = mapped_column(primary_key=True)
    through: Mapped[datetime] = mapped_column(UTCDateTime())

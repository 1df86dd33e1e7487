"""Questionnaires answered by text, one item per text: the PSFS (function) and the FABQ
work subscale (yellow flags, companion.screening).

PSFS, the Patient-Specific Functional Scale (Stratford et al. 1995, Physiother Can
47:258-263; free to use): 3-5 activities the patient finds hard, each rated 0 (unable)
to 10 (as before the injury); the score is the average, its minimal detectable change
about 2 points.
"""

from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    ForeignKey,
    Numeric,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from messaging.db import Base, UTCDateTime, str_enum, utcnow


class Instrument(StrEnum):
    PSFS = "psfs"
    FABQ_WORK = "fabq_work"  # the yellow-flag screen (companion.screening)


class ResponseStatus(StrEnum):
    """in_progress ──every item answered──▶ completed"""

    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"


class QuestionnaireResponse(Base):
    """One sitting of an instrument (intake, week 2, ..., discharge), answered item by item
    over as many texts and days as it takes; the items are fixed when it starts."""

    __tablename__ = "questionnaire_responses"
    __table_args__ = (UniqueConstraint("patient_id", "instrument", "occasion"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    instrument: Mapped[Instrument] = mapped_column(str_enum(Instrument, 12))
    # "intake", "week_2", "week_4", ... or "discharge".
    occasion: Mapped[str] = mapped_column(String(20))
    items: Mapped[list[Any]] = mapped_column(JSON, default=list)
    status: Mapped[ResponseStatus] = mapped_column(
        str_enum(ResponseStatus, 12), default=ResponseStatus.IN_PROGRESS
    )
    score: Mapped[Decimal | None] = mapped_column(Numeric(4, 1))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    last_asked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    answers: Mapped[list["QuestionnaireAnswer"]] = relationship(
        back_populates="response", order_by="QuestionnaireAnswer.item"
    )

    def unanswered(self) -> list[int]:
        answered = {a.item for a in self.answers}
        return [i for i in range(len(self.items)) if i not in answered]


class QuestionnaireAnswer(Base):
    """One item's answer (0-10; the FABQ's 0-6), tied to the text that gave it."""

    __tablename__ = "questionnaire_answers"
    __table_args__ = (
        UniqueConstraint("response_id", "item"),
        CheckConstraint("value BETWEEN 0 AND 10", name="value_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(
        ForeignKey("questionnaire_responses.id", ondelete="CASCADE")
    )
    item: Mapped[int]
    value: Mapped[int]
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    answered_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    response: Mapped[QuestionnaireResponse] = relationship(back_populates="answers")

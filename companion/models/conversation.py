"""Where each patient's conversation stands: what we last asked, kept server-side."""

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from messaging.db import Base, UTCDateTime, utcnow

if TYPE_CHECKING:
    from companion.models.checkin import CheckIn


class Conversation(Base):
    """One row per patient; it expires at the end of the patient's local day.

    `expecting` is what our last text asked for: "pain", "fatigue", "effort", "skip_reason",
    a questionnaire item ("q:<response>:<item>") or
    None; `retries` counts how often the same question was asked again.

    A possible red flag asked back (`asked_at`, `asked`: its categories, the patient's words
    and text) outlives the day: it waits for YES or NO, or for the 30-minute escalation.
    """

    __tablename__ = "conversations"

    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), primary_key=True)
    local_date: Mapped[date]
    expecting: Mapped[str | None] = mapped_column(String(20))
    retries: Mapped[int] = mapped_column(default=0)
    checkin_id: Mapped[int | None] = mapped_column(ForeignKey("checkins.id"))
    asked_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), index=True)
    asked: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)

    # The check-in today's answers go into.
    checkin: Mapped["CheckIn | None"] = relationship()

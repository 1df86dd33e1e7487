"""Care-team notes: what the interdisciplinary team writes about a patient, signed and dated."""

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from companion.models.clinic import Role, Therapist
from messaging.db import Base, UTCDateTime, str_enum, utcnow


class CareNote(Base):
    """A note by one clinic user; the author's role is kept as it was when they wrote it."""

    __tablename__ = "care_notes"
    __table_args__ = (Index("ix_care_notes_patient_id_created_at", "patient_id", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"))
    author_id: Mapped[int] = mapped_column(ForeignKey("therapists.id"))
    author_role: Mapped[Role] = mapped_column(str_enum(Role, 30))
    body: Mapped[str] = mapped_column(Text)
    # Marked by the author for the next progress report to the employer or insurer.
    include_in_report: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    author: Mapped[Therapist] = relationship()

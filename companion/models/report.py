"""Weekly reports released to the case manager: which week, by whom, when, and to whom."""

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from companion.models.clinic import Therapist
from messaging.db import Base, UTCDateTime, utcnow


class ReportRelease(Base):
    """A therapist's sign-off of one patient's weekly report for the case manager.

    One row per patient and week (Monday, patient-local): a second click finds the
    first release instead of recording another. The recipient is copied as it was at
    release, so a later change of case manager does not rewrite who received it.
    """

    __tablename__ = "report_releases"
    __table_args__ = (UniqueConstraint("patient_id", "week_start"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"))
    week_start: Mapped[date] = mapped_column(Date)
    released_by_id: Mapped[int] = mapped_column(ForeignKey("therapists.id"))
    released_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    recipient_name: Mapped[str] = mapped_column(String(120))
    recipient_organisation: Mapped[str | None] = mapped_column(String(120))
    recipient_email: Mapped[str] = mapped_column(String(254))

    released_by: Mapped[Therapist] = relationship()

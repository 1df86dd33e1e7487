"""Job demand profiles: what the patient's job asks of the body, with targets to train toward."""

from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import ForeignKey, Numeric, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from messaging.db import Base, UTCDateTime, str_enum, utcnow


class StrengthLevel(StrEnum):
    """The Dictionary of Occupational Titles strength levels."""

    SEDENTARY = "sedentary"
    LIGHT = "light"
    MEDIUM = "medium"
    HEAVY = "heavy"
    VERY_HEAVY = "very_heavy"


class DemandFrequency(StrEnum):
    """DOT frequency: occasionally up to 1/3 of the day, frequently up to 2/3, constantly more."""

    OCCASIONAL = "occasional"
    FREQUENT = "frequent"
    CONSTANT = "constant"


class JobDemandProfile(Base):
    __tablename__ = "job_demand_profiles"
    __table_args__ = (UniqueConstraint("clinic_id", "job_title"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    clinic_id: Mapped[int] = mapped_column(ForeignKey("clinics.id"), index=True)
    job_title: Mapped[str] = mapped_column(String(120))
    industry: Mapped[str | None] = mapped_column(String(60))
    strength_level: Mapped[StrengthLevel] = mapped_column(str_enum(StrengthLevel))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    demands: Mapped[list["JobDemand"]] = relationship(
        back_populates="profile", order_by="JobDemand.id", cascade="all, delete-orphan"
    )


class JobDemand(Base):
    """A critical demand, e.g. floor-to-waist lift 50 lb occasionally, with its target."""

    __tablename__ = "job_demands"

    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("job_demand_profiles.id"), index=True)
    name: Mapped[str] = mapped_column(String(80))
    target: Mapped[Decimal] = mapped_column(Numeric(8, 1))
    unit: Mapped[str] = mapped_column(String(10))
    frequency: Mapped[DemandFrequency] = mapped_column(str_enum(DemandFrequency))

    profile: Mapped[JobDemandProfile] = relationship(back_populates="demands")

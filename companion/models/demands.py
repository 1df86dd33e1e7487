"""Job demand profiles: what the patient's job asks of the body, with targets to train toward."""

from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, ForeignKey, Numeric, String, UniqueConstraint
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


class DemandKind(StrEnum):
    """What the demand asks: handling a load (lift, carry, push, pull) or a position held."""

    LIFT = "lift"
    CARRY = "carry"
    PUSH = "push"
    PULL = "pull"
    POSITION = "position"

    @property
    def handles_material(self) -> bool:
        return self != DemandKind.POSITION


class HeightRange(StrEnum):
    FLOOR_TO_WAIST = "floor_to_waist"
    WAIST_TO_SHOULDER = "waist_to_shoulder"
    OVERHEAD = "overhead"


class Posture(StrEnum):
    """DOT positional and postural factors."""

    SIT = "sit"
    STAND = "stand"
    WALK = "walk"
    STOOP = "stoop"
    KNEEL = "kneel"
    CROUCH = "crouch"
    CLIMB_LADDER = "climb_ladder"
    CLIMB_STAIRS = "climb_stairs"
    REACH_OVERHEAD = "reach_overhead"


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
    """A demand of the job from its analysis, e.g. floor-to-waist lift 50 lb occasionally.

    `target` is in `unit`: the load (lift, carry) or initial force (push, pull), or for a
    position the time at a stretch (or the height climbed). Lifts per hour, when counted,
    set the frequency. `niosh` keeps a lift's geometry for the lifting equation.
    """

    __tablename__ = "job_demands"

    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("job_demand_profiles.id"), index=True)
    name: Mapped[str] = mapped_column(String(80))
    target: Mapped[Decimal] = mapped_column(Numeric(8, 1))
    unit: Mapped[str] = mapped_column(String(10))
    frequency: Mapped[DemandFrequency] = mapped_column(str_enum(DemandFrequency))
    kind: Mapped[DemandKind] = mapped_column(str_enum(DemandKind, 10), default=DemandKind.LIFT)
    height_range: Mapped[HeightRange | None] = mapped_column(str_enum(HeightRange, 20))
    posture: Mapped[Posture | None] = mapped_column(str_enum(Posture, 20))
    lifts_per_hour: Mapped[int | None]
    carry_distance_ft: Mapped[int | None]
    sustained_force_lb: Mapped[Decimal | None] = mapped_column(Numeric(6, 1))
    hours_per_day: Mapped[Decimal | None] = mapped_column(Numeric(4, 1))
    # A critical demand must be tested before any overall readiness figure is shown.
    critical: Mapped[bool] = mapped_column(default=True)
    # The lift's geometry: h/v at origin and destination (in), asymmetry (degrees),
    # lifts_per_min, duration, coupling (api.job_schemas.NioshSchema).
    niosh: Mapped[dict[str, Any] | None] = mapped_column(JSON)

    profile: Mapped[JobDemandProfile] = relationship(back_populates="demands")

"""Job demand profiles: written by the clinic, from its own analysis or an industry template.

The strength level is derived from the demands by the DOT table; a level typed in that
disagrees is refused, naming the demand that sets the level.
"""

from datetime import datetime
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import selectinload

from companion import audit
from companion.capacity.analysis import derived_level
from companion.extensions import db
from companion.models import (
    CapacityTest,
    DemandFrequency,
    DemandKind,
    HeightRange,
    JobDemand,
    JobDemandProfile,
    Posture,
    StrengthLevel,
    Task,
    Therapist,
)
from companion.programs.editing import ProgrammeError
from companion.programs.templates import TEMPLATES, demand_of

# What a demand analysis row sets on a demand, beside the optional figures below.
_ANALYSED = ("name", "target", "unit", "frequency", "kind", "height_range", "posture", "critical")
_OPTIONAL = ("lifts_per_hour", "carry_distance_ft", "sustained_force_lb", "hours_per_day", "niosh")


def clinic_profiles(therapist: Therapist) -> list[JobDemandProfile]:
    return list(
        db.session.scalars(
            select(JobDemandProfile)
            .options(selectinload(JobDemandProfile.demands))
            .where(JobDemandProfile.clinic_id == therapist.clinic_id)
            .order_by(JobDemandProfile.job_title)
        )
    )


def demand_from(row: dict[str, Any]) -> JobDemand:
    """A new (unsaved) demand from an analysis row (the API's or the form's)."""
    kind = DemandKind(row.get("kind") or DemandKind.LIFT)
    demand = JobDemand(
        name=row["name"], target=Decimal(str(row["target"])), unit=row["unit"],
        frequency=DemandFrequency(row["frequency"]), kind=kind,
        height_range=HeightRange(row["height_range"]) if row.get("height_range") else None,
        posture=Posture(row["posture"]) if row.get("posture") else None,
        critical=row.get("critical", True) is not False,
    )  # fmt: skip
    for name in _OPTIONAL:
        value = row.get(name)
        if value is not None and name in ("sustained_force_lb", "hours_per_day"):
            value = Decimal(str(value))
        setattr(demand, name, value)
    return demand


def check_level(stated: str | None, demands: list[JobDemand]) -> StrengthLevel:
    """The DOT level of the demands; raises ProgrammeError when a stated level disagrees."""
    derived = derived_level(demands)
    if stated and StrengthLevel(stated) != derived.level:
        level = derived.level.value.replace("_", " ")
        why = (
            f"{derived.because} makes this {level} work"
            if derived.because
            else (f"No demand goes above {level} work")
        )
        raise ProgrammeError(
            "strength_level", f"{why}, not {stated.replace('_', ' ')} (DOT strength levels)."
        )
    return derived.level


def create_profile(therapist: Therapist, data: dict[str, Any], now: datetime) -> JobDemandProfile:
    """A profile with the demands given, or the template's; raises ProgrammeError on a title
    the clinic already uses, or a stated strength level the demands contradict."""
    taken = db.session.scalar(
        select(JobDemandProfile.id).where(
            JobDemandProfile.clinic_id == therapist.clinic_id,
            JobDemandProfile.job_title == data["job_title"],
        )
    )
    if taken is not None:
        raise ProgrammeError("job_title", "The clinic already has a job profile with this title.")
    template = TEMPLATES.get(data.get("template") or "")
    if data.get("demands"):
        demands = [demand_from(row) for row in data["demands"]]
    else:
        demands = [demand_of(spec) for spec in (template.demands if template else ())]
    if not demands:
        raise ProgrammeError("demands", "This template lists no job demands: give them.")
    level = check_level(data.get("strength_level"), demands)
    profile = JobDemandProfile(
        clinic_id=therapist.clinic_id,
        job_title=data["job_title"],
        industry=data.get("industry") or (template.industry if template else None),
        strength_level=level,
        created_at=now,
        demands=demands,
    )
    db.session.add(profile)
    db.session.flush()
    audit.record(therapist, "job_profile.create", now, None, job_profile_id=profile.id)
    db.session.commit()
    return profile


def edit_profile(
    therapist: Therapist, profile: JobDemandProfile, data: dict[str, Any], now: datetime
) -> JobDemandProfile:
    """Correct a profile's title, level and demands: a row with an id changes that demand, a
    row without one adds a demand, a demand left out is removed (tasks that trained it keep
    their history and train nothing now). Raises ProgrammeError; nothing is written then."""
    taken = db.session.scalar(
        select(JobDemandProfile.id).where(
            JobDemandProfile.clinic_id == therapist.clinic_id,
            JobDemandProfile.job_title == data["job_title"],
            JobDemandProfile.id != profile.id,
        )
    )
    if taken is not None:
        raise ProgrammeError("job_title", "The clinic already has a job profile with this title.")
    if not data["demands"]:
        raise ProgrammeError("demands", "A job needs at least one demand.")
    current = {d.id: d for d in profile.demands}
    kept, added = [], []
    for row in data["demands"]:
        fresh, demand = demand_from(row), current.get(row.get("id") or 0)
        if demand is None:
            profile.demands.append(fresh)
            added.append(fresh)
            continue
        kept.append(demand.id)
        for name in (*_ANALYSED, *_OPTIONAL):
            if name != "niosh" or "niosh" in row:  # a row without the key keeps the geometry
                setattr(demand, name, getattr(fresh, name))
    removed = [i for i in current if i not in kept]
    tested = db.session.scalar(
        select(CapacityTest.demand_id).where(CapacityTest.demand_id.in_(removed)).limit(1)
    )
    if tested is not None:  # a clinic test is a record of the patient's: never dropped
        raise ProgrammeError(
            "demands",
            f"{current[tested].name} has clinic tests on record: correct it rather than remove it.",
        )
    if removed:
        db.session.execute(
            update(Task).where(Task.job_demand_id.in_(removed)).values(job_demand_id=None)
        )
        profile.demands = [d for d in profile.demands if d.id not in removed]
    profile.strength_level = check_level(data.get("strength_level"), profile.demands)
    profile.job_title, profile.industry = data["job_title"], data["industry"]
    db.session.flush()
    audit.record(
        therapist, "job_profile.edit", now, None, job_profile_id=profile.id,
        kept=kept, added=[d.id for d in added], removed=removed,
    )  # fmt: skip
    db.session.commit()
    return profile


def clinic_profile(therapist: Therapist, profile_id: int) -> JobDemandProfile | None:
    """The profile if it is the therapist's clinic's, else None (never another clinic's)."""
    return db.session.scalar(
        select(JobDemandProfile).where(
            JobDemandProfile.id == profile_id, JobDemandProfile.clinic_id == therapist.clinic_id
        )
    )


def preview_level(rows: list[dict[str, Any]]) -> dict[str, str | None]:
    """The level a half-typed analysis reaches (the form shows it as the therapist types)."""
    usable = [
        SimpleNamespace(
            name=r.get("name") or "demand", target=Decimal(str(r["target"])), unit=r["unit"],
            frequency=DemandFrequency(r["frequency"]), kind=DemandKind(r.get("kind") or "lift"),
            posture=Posture(r["posture"]) if r.get("posture") else None,
            lifts_per_hour=r.get("lifts_per_hour"), hours_per_day=r.get("hours_per_day"),
        )
        for r in rows
        if r.get("target") is not None
    ]  # fmt: skip
    derived = derived_level(usable)
    return {"level": derived.level.value, "because": derived.because}

"""Job demand profiles: written by the clinic, from its own analysis or an industry template."""

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import selectinload

from companion import audit
from companion.extensions import db
from companion.models import (
    DemandFrequency,
    JobDemand,
    JobDemandProfile,
    StrengthLevel,
    Task,
    Therapist,
)
from companion.programs.editing import ProgrammeError
from companion.programs.templates import TEMPLATES


def clinic_profiles(therapist: Therapist) -> list[JobDemandProfile]:
    return list(
        db.session.scalars(
            select(JobDemandProfile)
            .options(selectinload(JobDemandProfile.demands))
            .where(JobDemandProfile.clinic_id == therapist.clinic_id)
            .order_by(JobDemandProfile.job_title)
        )
    )


def create_profile(therapist: Therapist, data: dict[str, Any], now: datetime) -> JobDemandProfile:
    """A profile with the demands given, or the template's; raises ProgrammeError on a title
    the clinic already uses."""
    taken = db.session.scalar(
        select(JobDemandProfile.id).where(
            JobDemandProfile.clinic_id == therapist.clinic_id,
            JobDemandProfile.job_title == data["job_title"],
        )
    )
    if taken is not None:
        raise ProgrammeError("job_title", "The clinic already has a job profile with this title.")
    template = TEMPLATES.get(data["template"] or "")
    demands = data["demands"] or [
        {"name": d.name, "target": Decimal(d.target), "unit": d.unit, "frequency": d.frequency}
        for d in (template.demands if template else ())
    ]
    if not demands:
        raise ProgrammeError("demands", "This template lists no job demands: give them.")
    profile = JobDemandProfile(
        clinic_id=therapist.clinic_id,
        job_title=data["job_title"],
        industry=data["industry"] or (template.industry if template else None),
        strength_level=StrengthLevel(data["strength_level"]),
        created_at=now,
        demands=[
            JobDemand(
                name=d["name"], target=Decimal(str(d["target"])), unit=d["unit"],
                frequency=DemandFrequency(d["frequency"]),
            )
            for d in demands
        ],
    )  # fmt: skip
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
        demand = current.get(row.get("id") or 0)
        if demand is None:
            demand = JobDemand()
            profile.demands.append(demand)
            added.append(demand)
        else:
            kept.append(demand.id)
        demand.name, demand.target = row["name"], Decimal(str(row["target"]))
        demand.unit, demand.frequency = row["unit"], DemandFrequency(row["frequency"])
    removed = [i for i in current if i not in kept]
    if removed:
        db.session.execute(
            update(Task).where(Task.job_demand_id.in_(removed)).values(job_demand_id=None)
        )
        profile.demands = [d for d in profile.demands if d.id not in removed]
    profile.job_title, profile.industry = data["job_title"], data["industry"]
    profile.strength_level = StrengthLevel(data["strength_level"])
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

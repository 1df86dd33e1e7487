"""Job demand profiles: written by the clinic, from its own analysis or an industry template."""

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from companion import audit
from companion.extensions import db
from companion.models import DemandFrequency, JobDemand, JobDemandProfile, StrengthLevel, Therapist
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

"""Builders for progression tests: a patient whose one task trains one job demand."""

from datetime import UTC, date, datetime, time
from decimal import Decimal
from itertools import count
from typing import Any
from zoneinfo import ZoneInfo

from companion.extensions import db
from companion.models import (
    CheckIn,
    Completion,
    DemandFrequency,
    DemandKind,
    HeightRange,
    JobDemand,
    JobDemandProfile,
    Patient,
    Proposal,
    ProposalKind,
    ProposalStatus,
    StrengthLevel,
    Therapist,
    Trend,
)
from tests.builders import make_patient, make_therapist

_titles = count(1)
CHICAGO = ZoneInfo("America/Chicago")
MONDAY = date(2026, 11, 2)  # the builders' programme start


def at(day: date, hour: int = 9) -> datetime:
    """A moment of a Chicago day, in UTC, as the services take it."""
    return datetime.combine(day, time(hour), CHICAGO).astimezone(UTC)


def job_patient(
    therapist: Therapist | None = None,
    *,
    load: float | None = 20,
    reps: int | None = 10,
    minutes: int | None = None,
    target: float = 50,
    unit: str = "lb",
    **fields: Any,
) -> Patient:
    """A patient (work days Mon-Fri from MONDAY) whose one task trains one demand."""
    therapist = therapist or make_therapist()
    profile = JobDemandProfile(
        clinic_id=therapist.clinic_id,
        job_title=f"Order selector {next(_titles)}",
        industry="warehouse",
        strength_level=StrengthLevel.HEAVY,
        demands=[
            JobDemand(
                name="Floor-to-waist lift",
                target=Decimal(str(target)),
                unit=unit,
                frequency=DemandFrequency.OCCASIONAL,
                kind=DemandKind.LIFT if unit == "lb" else DemandKind.POSITION,
                height_range=HeightRange.FLOOR_TO_WAIST if unit == "lb" else None,
            )
        ],
    )
    db.session.add(profile)
    db.session.commit()
    patient = make_patient(therapist, job_profile_id=profile.id, **fields)
    task = patient.program.tasks[0]
    task.reps, task.duration_min = reps, minutes
    task.load_lb = None if load is None else Decimal(str(load))
    task.job_demand_id = profile.demands[0].id
    db.session.commit()
    return patient


def report(
    patient: Patient,
    day: date,
    completion: Completion | None = Completion.DONE,
    pain: int | None = 3,
    fatigue: int | None = 4,
    trend: Trend | None = None,
    hour: int = 19,
) -> CheckIn:
    """A check-in of `day`, arriving at `hour` that day."""
    checkin = CheckIn(
        patient_id=patient.id,
        local_date=day,
        completion=completion,
        pain=pain,
        fatigue=fatigue,
        trend=trend,
        created_at=at(day, hour),
    )
    db.session.add(checkin)
    db.session.commit()
    return checkin


def approved_change(patient: Patient, day: date, before: float, after: float) -> None:
    """An approved advance decided on `day` (Chicago), as the therapist's click leaves it."""
    task = patient.program.tasks[0]
    db.session.add(
        Proposal(
            patient_id=patient.id,
            task_id=task.id,
            kind=ProposalKind.ADVANCE,
            status=ProposalStatus.APPROVED,
            current_reps=task.reps,
            current_load_lb=Decimal(str(before)),
            proposed_reps=task.reps,
            proposed_load_lb=Decimal(str(after)),
            decided_by_id=patient.therapist_id,
            decided_at=at(day, 20),
        )
    )
    task.load_lb = Decimal(str(after))
    db.session.commit()

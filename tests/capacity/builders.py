"""Builders for capacity tests: a construction laborer enrolled from the template."""

from datetime import UTC, date, datetime, time
from decimal import Decimal
from zoneinfo import ZoneInfo

from companion.capacity.records import CapacityResult, record_test
from companion.capacity.units import CapacityFrequency
from companion.extensions import db
from companion.models import (
    CapacityMethod,
    CapacityPhase,
    CapacityTest,
    Effort,
    JobDemand,
    Patient,
    Program,
    StopReason,
)
from companion.programs.templates import TEMPLATES, build_profile, build_tasks
from tests.builders import make_patient

CHICAGO = ZoneInfo("America/Chicago")
START = date(2026, 11, 2)  # a Monday


def at(day: date, hour: int = 9) -> datetime:
    return datetime.combine(day, time(hour), CHICAGO).astimezone(UTC)


def laborer(**fields: object) -> Patient:
    """A construction laborer whose programme is the template's home tasks."""
    patient = make_patient(**fields)  # type: ignore[arg-type]
    template = TEMPLATES["construction"]
    profile = build_profile(template, patient.clinic_id)
    profile.job_title = f"Laborer {patient.id}"
    db.session.add(profile)
    db.session.flush()
    patient.job_profile_id = profile.id
    program: Program = patient.program  # type: ignore[assignment]
    program.tasks = build_tasks(template, profile)
    db.session.commit()
    return patient


def demand(patient: Patient, name: str) -> JobDemand:
    assert patient.job_profile is not None
    return next(d for d in patient.job_profile.demands if d.name == name)


def measured(
    patient: Patient,
    name: str,
    value: float,
    *,
    unit: str | None = None,
    frequency: CapacityFrequency | None = CapacityFrequency.OCCASIONAL,
    on: date = START,
    method: CapacityMethod = CapacityMethod.EPIC_LIFT,
    phase: CapacityPhase = CapacityPhase.BASELINE,
    distance_ft: int | None = None,
) -> CapacityTest:
    """Record a clinic test of the named demand, as the patient's therapist."""
    d = demand(patient, name)
    result = CapacityResult(
        demand_id=d.id, phase=phase, method=method, value=Decimal(str(value)),
        unit=unit or d.unit, frequency=frequency if d.kind.handles_material else None,
        stop_reason=StopReason.PSYCHOPHYSICAL, effort=Effort.CONSISTENT, tested_on=on,
        distance_ft=distance_ft,
    )  # fmt: skip
    return record_test(patient.therapist, patient, result, on, at(on))

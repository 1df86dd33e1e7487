"""Recording clinic capacity tests: one per demand per visit, in the demand's own terms."""

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from companion import audit
from companion.capacity.units import CapacityFrequency, comparable
from companion.extensions import db
from companion.models import (
    CapacityMethod,
    CapacityPhase,
    CapacityTest,
    Effort,
    HeightRange,
    JobDemand,
    Patient,
    StopReason,
    Therapist,
)


class CapacityError(ValueError):
    """A test or a dose that cannot be recorded as given; names the field. Nothing was written."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class CapacityResult:
    demand_id: int
    phase: CapacityPhase
    method: CapacityMethod
    value: Decimal
    unit: str
    frequency: CapacityFrequency | None
    stop_reason: StopReason
    effort: Effort
    tested_on: date
    height_range: HeightRange | None = None
    distance_ft: int | None = None
    note: str | None = None


def capacity_tests_of(patient: Patient) -> list[CapacityTest]:
    """The patient's capacity tests, oldest first (the caller has checked the clinic)."""
    return list(
        db.session.scalars(
            select(CapacityTest)
            .options(selectinload(CapacityTest.tester))
            .where(CapacityTest.patient_id == patient.id)
            .order_by(CapacityTest.tested_on, CapacityTest.id)
        )
    )


def _demand(patient: Patient, demand_id: int) -> JobDemand:
    profile = patient.job_profile
    demand = next((d for d in profile.demands if d.id == demand_id), None) if profile else None
    if demand is None:
        raise CapacityError("demand_id", "Pick one of the demands of the patient's job.")
    return demand


def record_test(
    therapist: Therapist, patient: Patient, result: CapacityResult, today: date, now: datetime
) -> CapacityTest:
    """Record a clinic test of one demand; the tester is the therapist who enters it."""
    demand = _demand(patient, result.demand_id)
    if not comparable(result.unit, demand.unit):
        raise CapacityError("unit", f"Give the result in {demand.unit}, as the job asks it.")
    if demand.kind.handles_material and result.frequency is None:
        raise CapacityError("frequency", "Say how often the load was handled in the test.")
    if result.tested_on > today:
        raise CapacityError("tested_on", "A test date cannot be in the future.")
    height = result.height_range or demand.height_range
    test = CapacityTest(
        patient_id=patient.id, demand_id=demand.id, phase=result.phase, method=result.method,
        value=result.value, unit=result.unit,
        frequency=result.frequency if demand.kind.handles_material else None,
        height_range=height if demand.kind.handles_material else None,
        distance_ft=result.distance_ft, stop_reason=result.stop_reason, effort=result.effort,
        tested_on=result.tested_on, tester_id=therapist.id,
        note=(result.note or "").strip() or None, created_at=now,
    )  # fmt: skip
    db.session.add(test)
    db.session.flush()
    audit.record(
        therapist, "capacity.test", now, patient.id, test_id=test.id, demand_id=demand.id,
        phase=result.phase.value, method=result.method.value,
    )  # fmt: skip
    db.session.commit()
    return test

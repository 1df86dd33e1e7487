"""Readiness for work from clinic-tested capacity: each demand against its latest test.

A demand meets the job when its latest test shows the demand's figure, in the same unit, at
the same height range, and at least as often as the job asks (Matheson: a one-off lift is
peak, not sustainable, capacity). Doses texted home never count here.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import select

from companion.capacity.analysis import describe, frequency_of
from companion.capacity.units import comparable, convert, frequency_meets
from companion.extensions import db
from companion.models import CapacityTest, JobDemand, Patient, ProgramKind


class Status(StrEnum):
    MEETS = "meets"
    NOT_YET = "not yet"
    NOT_TESTED = "not tested"


@dataclass(frozen=True)
class DemandCapacity:
    demand: JobDemand
    status: Status
    test: CapacityTest | None  # the latest test of this demand
    capacity: Decimal | None  # the test's figure in the demand's unit (None: not comparable)
    note: str
    history: list[CapacityTest]  # every test of the demand, oldest first

    @property
    def name(self) -> str:
        return self.demand.name


@dataclass(frozen=True)
class Capacity:
    kind: ProgramKind
    demands: list[DemandCapacity]
    met: int | None  # critical demands met; None while a figure is refused
    critical: int
    untested: list[str]  # critical demands without a test: they block any overall figure
    note: str

    @property
    def overall(self) -> float | None:
        """Share of the critical demands met, or None while one is untested."""
        return None if self.met is None or not self.critical else self.met / self.critical


def _figure(value: Decimal, unit: str) -> str:
    return f"{value.quantize(Decimal('0.1')).normalize():f} {unit}"


def assess(demand: JobDemand, history: list[CapacityTest]) -> DemandCapacity:
    """One demand against its latest test."""
    test = history[-1] if history else None

    def result(status: Status, capacity: Decimal | None, note: str) -> DemandCapacity:
        return DemandCapacity(demand, status, test, capacity, note, history)

    if test is None:
        return result(Status.NOT_TESTED, None, "not tested")
    if not comparable(test.unit, demand.unit):
        return result(Status.NOT_TESTED, None, f"tested in {test.unit}, asked in {demand.unit}")
    if demand.height_range and test.height_range and test.height_range != demand.height_range:
        return result(Status.NOT_TESTED, None, "tested at another height range")
    value = convert(test.value, test.unit, demand.unit)
    asked = frequency_of(demand)
    if demand.kind.handles_material and not (
        test.frequency and frequency_meets(test.frequency, asked)
    ):
        shown = test.frequency.value.replace("_", "-") if test.frequency else "once"
        note = f"{_figure(value, demand.unit)} {shown}; the job asks {describe(demand)}"
        return result(Status.NOT_YET, value, note)
    if demand.carry_distance_ft and (test.distance_ft or 0) < demand.carry_distance_ft:
        return result(Status.NOT_YET, value, f"carried {test.distance_ft or 0} ft of "
                      f"{demand.carry_distance_ft} ft")  # fmt: skip
    if value >= demand.target:
        return result(Status.MEETS, value, f"{_figure(value, demand.unit)}: meets")
    gap = Decimal(demand.target) - value
    return result(Status.NOT_YET, value, f"{_figure(gap, demand.unit)} short")


def capacity_of(patient: Patient, tests: Sequence[CapacityTest]) -> Capacity:
    """Every demand of the patient's job against its latest test, and the overall figure."""
    program = patient.program
    kind = program.kind if program else ProgramKind.WORK_HARDENING
    profile = patient.job_profile
    by_demand: dict[int, list[CapacityTest]] = {}
    for test in sorted(tests, key=lambda t: (t.tested_on, t.id)):
        by_demand.setdefault(test.demand_id, []).append(test)
    demands = [assess(d, by_demand.get(d.id, [])) for d in (profile.demands if profile else [])]
    critical = [d for d in demands if d.demand.critical]
    untested = [d.name.lower() for d in critical if d.status == Status.NOT_TESTED]
    if kind == ProgramKind.WORK_CONDITIONING:
        note = "Work conditioning: general strength and endurance; no job readiness figure."
        return Capacity(kind, demands, None, len(critical), untested, note)
    if profile is None or not demands:
        note = "Work hardening needs the job's demand analysis before any readiness figure."
        return Capacity(kind, demands, None, 0, [], note)
    if untested:
        note = f"No overall figure: not tested: {', '.join(untested)}."
        return Capacity(kind, demands, None, len(critical), untested, note)
    met = sum(1 for d in critical if d.status == Status.MEETS)
    note = f"{met} of {len(critical)} critical demands met in clinic tests."
    return Capacity(kind, demands, met, len(critical), [], note)


def latest_safe_load(demand: JobDemand, tests: Sequence[CapacityTest]) -> CapacityTest | None:
    """The latest test of a load-handling demand (its figure caps the home dose)."""
    if not demand.kind.handles_material:
        return None
    mine = [t for t in tests if t.demand_id == demand.id and t.unit in ("lb", "kg")]
    return max(mine, key=lambda t: (t.tested_on, t.id), default=None)


def capacities_of(patients: Sequence[Patient]) -> dict[int, Capacity]:
    """`capacity_of` each patient, with every test read in one query (the caseload)."""
    ids = [p.id for p in patients]
    tests: dict[int, list[CapacityTest]] = {}
    if ids:
        for test in db.session.scalars(
            select(CapacityTest).where(CapacityTest.patient_id.in_(ids))
        ):
            tests.setdefault(test.patient_id, []).append(test)
    return {p.id: capacity_of(p, tests.get(p.id, [])) for p in patients}

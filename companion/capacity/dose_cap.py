"""Home doses stay under a clinic-set share of the latest clinic-tested safe load.

The clinic's `home_dose_fraction` (default 80 %) of the latest test of the demand a task
trains is the most the patient is texted to handle at home, unsupervised.
"""

from decimal import ROUND_FLOOR, Decimal

from sqlalchemy import select

from companion.capacity.records import CapacityError
from companion.capacity.units import convert
from companion.extensions import db
from companion.models import CapacityTest, Clinic, Patient, Task


def home_limit(patient: Patient, task: Task) -> tuple[Decimal, CapacityTest] | None:
    """The most load (lb) the task may carry at home, and the test it comes from; None when
    the task trains no tested load-handling demand."""
    demand = task.job_demand
    if demand is None or not demand.kind.handles_material:
        return None
    test = db.session.scalar(
        select(CapacityTest)
        .where(
            CapacityTest.patient_id == patient.id,
            CapacityTest.demand_id == demand.id,
            CapacityTest.unit.in_(("lb", "kg")),
        )
        .order_by(CapacityTest.tested_on.desc(), CapacityTest.id.desc())
        .limit(1)
    )
    if test is None:
        return None
    clinic = db.session.get_one(Clinic, patient.clinic_id)
    return cap_of(convert(test.value, test.unit, "lb"), clinic.home_dose_fraction), test


def check_home_load(patient: Patient, task: Task, load_lb: Decimal | None) -> None:
    """Refuse a home load above the cap, with the reason; raises CapacityError("load_lb")."""
    if not load_lb:
        return
    found = home_limit(patient, task)
    if found is None:
        return
    limit, test = found
    if Decimal(load_lb) > limit:
        share = int(Decimal(db.session.get_one(Clinic, patient.clinic_id).home_dose_fraction) * 100)
        raise CapacityError(
            "load_lb",
            f"Above {share} % of the latest tested safe load ({test.value.normalize():f} "
            f"{test.unit}, {test.method.value.replace('_', ' ')} on {test.tested_on:%Y-%m-%d}): "
            f"at most {limit.normalize():f} lb at home.",
        )


def tested_loads(patient_ids: list[int]) -> dict[tuple[int, int], Decimal]:
    """The latest tested safe load (lb) per (patient, demand), for progression's bulk pass."""
    if not patient_ids:
        return {}
    latest: dict[tuple[int, int], Decimal] = {}
    for test in db.session.scalars(
        select(CapacityTest)
        .where(CapacityTest.patient_id.in_(patient_ids), CapacityTest.unit.in_(("lb", "kg")))
        .order_by(CapacityTest.tested_on, CapacityTest.id)
    ):
        latest[(test.patient_id, test.demand_id)] = convert(test.value, test.unit, "lb")
    return latest


def cap_of(tested_lb: Decimal, fraction: Decimal) -> Decimal:
    return (tested_lb * Decimal(fraction)).quantize(Decimal("0.1"), ROUND_FLOOR)

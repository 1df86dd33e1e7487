"""Readiness per demand from the latest clinic test, in the demand's unit and frequency."""

from datetime import timedelta

from companion.capacity.readiness import DemandCapacity, Status, capacity_of
from companion.capacity.records import capacity_tests_of
from companion.capacity.units import CapacityFrequency
from companion.extensions import db
from companion.models import CapacityMethod, Patient, ProgramKind
from tests.capacity.builders import START, laborer, measured


def grid(patient: Patient) -> dict[str, Status]:
    return {d.name: d.status for d in capacity_of(patient, capacity_tests_of(patient)).demands}


def row(patient: Patient, name: str) -> DemandCapacity:
    demands = capacity_of(patient, capacity_tests_of(patient)).demands
    return next(d for d in demands if d.name == name)


def test_every_demand_is_not_tested_until_the_clinic_tests_it(app: object) -> None:
    patient = laborer()

    capacity = capacity_of(patient, [])

    assert set(grid(patient).values()) == {Status.NOT_TESTED}
    assert capacity.overall is None
    assert "not tested: floor-to-waist lift, ladder climb, carry, overhead reach" in capacity.note


def test_a_load_tested_in_kilograms_meets_a_demand_in_pounds(app: object) -> None:
    patient = laborer()
    measured(patient, "Floor-to-waist lift", 46, unit="kg")  # 101.4 lb

    lift = row(patient, "Floor-to-waist lift")

    assert lift.status == Status.MEETS
    assert round(lift.capacity or 0) == 101


def test_a_one_off_lift_does_not_meet_an_occasional_demand(app: object) -> None:
    patient = laborer()
    measured(patient, "Floor-to-waist lift", 110, frequency=CapacityFrequency.ONE_OFF)

    lift = row(patient, "Floor-to-waist lift")

    assert lift.status == Status.NOT_YET
    assert lift.note == "110 lb one-off; the job asks Floor-to-waist lift 100 lb occasionally"


def test_an_occasional_carry_does_not_meet_a_frequent_carry(app: object) -> None:
    patient = laborer()
    measured(patient, "Carry", 70, method=CapacityMethod.TIMED_CARRY, distance_ft=100)

    assert grid(patient)["Carry"] == Status.NOT_YET
    week_later = START + timedelta(days=7)
    measured(patient, "Carry", 60, frequency=CapacityFrequency.FREQUENT,
           method=CapacityMethod.TIMED_CARRY, distance_ft=100, on=week_later)  # fmt: skip
    assert grid(patient)["Carry"] == Status.MEETS


def test_a_carry_short_of_the_jobs_distance_is_not_yet(app: object) -> None:
    patient = laborer()
    measured(patient, "Carry", 60, frequency=CapacityFrequency.FREQUENT,
           method=CapacityMethod.TIMED_CARRY, distance_ft=50)  # fmt: skip

    carry = row(patient, "Carry")

    assert carry.status == Status.NOT_YET and carry.note == "carried 50 ft of 100 ft"


def test_the_latest_test_counts_even_when_lower(app: object) -> None:
    patient = laborer()
    measured(patient, "Overhead reach", 12, method=CapacityMethod.POSITIONAL_TOLERANCE)
    measured(patient, "Overhead reach", 6, method=CapacityMethod.POSITIONAL_TOLERANCE,
           on=START + timedelta(days=14))  # fmt: skip

    assert grid(patient)["Overhead reach"] == Status.NOT_YET


def test_overall_counts_critical_demands_met_once_all_are_tested(app: object) -> None:
    patient = laborer()
    measured(patient, "Floor-to-waist lift", 100)
    measured(patient, "Carry", 40, frequency=CapacityFrequency.FREQUENT, distance_ft=100)
    measured(patient, "Ladder climb", 20, method=CapacityMethod.TASK_SIMULATION)
    measured(patient, "Overhead reach", 5, method=CapacityMethod.POSITIONAL_TOLERANCE)

    capacity = capacity_of(patient, capacity_tests_of(patient))

    assert (capacity.met, capacity.critical, capacity.overall) == (2, 4, 0.5)
    assert capacity.note == "2 of 4 critical demands met in clinic tests."


def test_work_conditioning_gives_no_job_readiness_figure(app: object) -> None:
    patient = laborer()
    patient.program.kind = ProgramKind.WORK_CONDITIONING  # type: ignore[union-attr]
    db.session.commit()
    measured(patient, "Floor-to-waist lift", 100)

    capacity = capacity_of(patient, capacity_tests_of(patient))

    assert capacity.overall is None and capacity.note.startswith("Work conditioning")


def test_work_hardening_without_a_job_profile_gives_no_figure(app: object) -> None:
    from tests.builders import make_patient

    capacity = capacity_of(make_patient(), [])

    assert capacity.overall is None
    assert capacity.note == (
        "Work hardening needs the job's demand analysis before any readiness figure."
    )

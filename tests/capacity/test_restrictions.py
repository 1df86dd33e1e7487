"""Restrictions in case managers' words, and transitional duties matched against capacity."""

from datetime import timedelta
from decimal import Decimal

from companion.capacity.duties import match_duty
from companion.capacity.readiness import capacity_of
from companion.capacity.records import capacity_tests_of
from companion.capacity.restrictions import restrictions
from companion.capacity.units import CapacityFrequency
from companion.extensions import db
from companion.models import CapacityMethod, Posture, TransitionalDuty
from tests.capacity.builders import START, demand, laborer, measured


def test_restrictions_read_as_case_managers_write_them(app: object) -> None:
    patient = laborer()
    standing = demand(patient, "Overhead reach")
    standing.posture, standing.name, standing.target = Posture.STAND, "Standing", Decimal(120)
    db.session.commit()
    measured(patient, "Floor-to-waist lift", 40)
    measured(patient, "Carry", 60, frequency=CapacityFrequency.FREQUENT, distance_ft=100,
             method=CapacityMethod.TIMED_CARRY)  # fmt: skip
    measured(patient, "Standing", 30, method=CapacityMethod.POSITIONAL_TOLERANCE)

    wording = restrictions(capacity_of(patient, capacity_tests_of(patient)))

    assert "; ".join(wording) == (
        "floor-to-waist lift up to 40 lb occasionally; no ladder climbing; "
        "stand up to 30 minutes at a time"
    )


def test_a_one_off_lift_is_restricted_to_single_lifts(app: object) -> None:
    patient = laborer()
    measured(patient, "Floor-to-waist lift", 110, frequency=CapacityFrequency.ONE_OFF)

    wording = restrictions(capacity_of(patient, capacity_tests_of(patient)))

    assert wording[0] == "floor-to-waist lift up to 110 lb as single lifts only"


def test_a_ladder_tested_short_of_the_job_is_limited_to_the_height_shown(app: object) -> None:
    patient = laborer()
    measured(patient, "Ladder climb", 8, method=CapacityMethod.TASK_SIMULATION)

    wording = restrictions(capacity_of(patient, capacity_tests_of(patient)))

    assert "climb ladders up to 8 ft" in wording


def duty(patient_id: int, *demands: dict[str, object]) -> TransitionalDuty:
    row = TransitionalDuty(patient_id=patient_id, name="Duty", demands=list(demands))
    db.session.add(row)
    db.session.commit()
    return row


def test_a_duty_within_tested_capacity_fits(app: object) -> None:
    patient = laborer()
    measured(patient, "Floor-to-waist lift", 40, on=START)
    sorting = duty(patient.id, {"kind": "lift", "height_range": "floor_to_waist", "target": 20,
                                "unit": "lb", "frequency": "occasional"})  # fmt: skip

    match = match_duty(sorting, capacity_of(patient, capacity_tests_of(patient)))

    assert match.fits and match.exceeds == []


def test_a_duty_needing_more_overhead_reach_than_tested_exceeds_by_how_much(app: object) -> None:
    patient = laborer()
    measured(patient, "Overhead reach", 5, method=CapacityMethod.POSITIONAL_TOLERANCE)
    drywall = duty(patient.id, {"kind": "position", "posture": "reach_overhead", "target": 20,
                                "unit": "min", "frequency": "frequent"})  # fmt: skip

    match = match_duty(drywall, capacity_of(patient, capacity_tests_of(patient)))

    assert not match.fits
    assert match.exceeds == ["reach overhead 20 min: exceeds tested 5 min by 15 min"]


def test_a_duty_in_kilograms_is_compared_in_pounds_and_at_its_frequency(app: object) -> None:
    patient = laborer()
    measured(patient, "Floor-to-waist lift", 50, on=START + timedelta(days=1))
    stocking = duty(patient.id, {"kind": "lift", "height_range": "floor_to_waist",
                                 "target": 20, "unit": "kg", "frequency": "frequent"})  # fmt: skip

    match = match_duty(stocking, capacity_of(patient, capacity_tests_of(patient)))

    assert match.exceeds == ["floor-to-waist lift 20 kg frequent: tested only occasional"]
    assert Decimal(20) * Decimal("2.20462") < 50  # the load alone would fit


def test_a_duty_needing_an_untested_demand_exceeds_it(app: object) -> None:
    patient = laborer()
    ladder = duty(patient.id, {"kind": "position", "posture": "climb_ladder", "target": 6,
                               "unit": "ft", "frequency": "occasional"})  # fmt: skip

    match = match_duty(ladder, capacity_of(patient, capacity_tests_of(patient)))

    assert match.exceeds == ["climb ladders 6 ft: not tested"]


def test_a_duty_longer_than_the_graded_plans_first_week_exceeds_it(app: object) -> None:
    from companion.capacity.plan import plan_of, set_return_to_work_date
    from tests.capacity.builders import at

    patient = laborer()
    measured(patient, "Floor-to-waist lift", 40)
    set_return_to_work_date(patient.therapist, patient, START + timedelta(days=28), at(START),
                            [4, 6, 8])  # fmt: skip
    sorting = duty(patient.id, {"kind": "lift", "height_range": "floor_to_waist", "target": 20,
                                "unit": "lb", "frequency": "occasional"})  # fmt: skip
    sorting.hours_per_day = Decimal(6)

    match = match_duty(sorting, capacity_of(patient, capacity_tests_of(patient)), plan_of(patient))

    assert match.exceeds == ["6 h a day: the graded plan starts at 4 h"]

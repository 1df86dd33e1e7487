"""Projections of target capacity from clinic tests over time, with a range, or refused."""

from datetime import date, timedelta

from companion.capacity.projection import outlook
from companion.capacity.readiness import capacity_of
from companion.capacity.records import capacity_tests_of
from companion.capacity.units import CapacityFrequency
from companion.models import CapacityMethod, CapacityPhase, Patient
from tests.capacity.builders import START, laborer, measured

TODAY = START + timedelta(days=21)


def all_but_the_lift_met(patient: Patient) -> None:
    measured(patient, "Carry", 60, frequency=CapacityFrequency.FREQUENT, distance_ft=100)
    measured(patient, "Ladder climb", 20, method=CapacityMethod.TASK_SIMULATION)
    measured(patient, "Overhead reach", 10, method=CapacityMethod.POSITIONAL_TOLERANCE)


def test_an_untested_critical_demand_refuses_any_projection(app: object) -> None:
    patient = laborer()
    measured(patient, "Floor-to-waist lift", 40)
    measured(patient, "Floor-to-waist lift", 60, on=START + timedelta(days=14))

    view = outlook(capacity_of(patient, capacity_tests_of(patient)), TODAY)

    assert (view.earliest, view.latest) == (None, None)
    assert view.note == "No projection: not tested: ladder climb, carry, overhead reach."


def test_two_tests_project_a_range_from_their_rate(app: object) -> None:
    patient = laborer()
    all_but_the_lift_met(patient)
    measured(patient, "Floor-to-waist lift", 40)
    measured(patient, "Floor-to-waist lift", 60, on=START + timedelta(days=14),
             phase=CapacityPhase.RETEST)  # fmt: skip

    view = outlook(capacity_of(patient, capacity_tests_of(patient)), TODAY)

    # 20 lb in 14 days; 40 lb to go: 28 days at that rate, 56 at half of it
    assert (view.earliest, view.latest) == (date(2026, 12, 14), date(2027, 1, 11))
    assert "the team sets the return-to-work date" in view.note


def test_one_test_gives_no_trend_to_project(app: object) -> None:
    patient = laborer()
    all_but_the_lift_met(patient)
    measured(patient, "Floor-to-waist lift", 40)

    view = outlook(capacity_of(patient, capacity_tests_of(patient)), TODAY)

    assert view.earliest is None
    assert view.note == "No overall projection yet: no trend for floor-to-waist lift."


def test_one_off_tests_do_not_project_an_occasional_demand(app: object) -> None:
    patient = laborer()
    all_but_the_lift_met(patient)
    measured(patient, "Floor-to-waist lift", 40, frequency=CapacityFrequency.ONE_OFF)
    measured(patient, "Floor-to-waist lift", 70, frequency=CapacityFrequency.ONE_OFF,
             on=START + timedelta(days=14))  # fmt: skip

    view = outlook(capacity_of(patient, capacity_tests_of(patient)), TODAY)

    assert view.earliest is None


def test_graded_hours_need_the_date_and_sensible_hours(app: object) -> None:
    import pytest

    from companion.capacity.plan import set_return_to_work_date
    from companion.capacity.records import CapacityError
    from tests.capacity.builders import at

    patient = laborer()

    with pytest.raises(CapacityError, match="Set the return-to-work date"):
        set_return_to_work_date(patient.therapist, patient, None, at(START), [4, 6])
    with pytest.raises(CapacityError, match="1 to 12 hours a day"):
        set_return_to_work_date(patient.therapist, patient, TODAY, at(START), [4, 16])
    plan = set_return_to_work_date(patient.therapist, patient, TODAY, at(START), [4, 8])
    assert plan.graded_weeks() == [(TODAY, 4), (TODAY + timedelta(weeks=1), 8)]

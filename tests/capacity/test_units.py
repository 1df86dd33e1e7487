"""Units and frequencies: a capacity meets a demand in the same unit and at the same frequency."""

from decimal import Decimal

import pytest

from companion.capacity.units import (
    CapacityFrequency,
    UnitMismatch,
    convert,
    frequency_meets,
    frequency_of_rate,
)
from companion.models import DemandFrequency


def test_kilograms_convert_to_pounds_and_back() -> None:
    assert round(convert(Decimal(20), "kg", "lb"), 1) == Decimal("44.1")
    assert round(convert(Decimal("44.0925"), "lb", "kg"), 2) == Decimal("20.00")


def test_hours_and_metres_convert() -> None:
    assert convert(Decimal("1.5"), "h", "min") == 90
    assert round(convert(Decimal(6), "m", "ft"), 1) == Decimal("19.7")


def test_a_load_is_never_compared_with_a_time() -> None:
    with pytest.raises(UnitMismatch):
        convert(Decimal(30), "lb", "min")


def test_a_one_off_lift_does_not_meet_an_occasional_demand() -> None:
    assert not frequency_meets(CapacityFrequency.ONE_OFF, DemandFrequency.OCCASIONAL)


def test_an_occasional_capacity_does_not_meet_a_frequent_demand() -> None:
    assert not frequency_meets(CapacityFrequency.OCCASIONAL, DemandFrequency.FREQUENT)


def test_a_frequent_capacity_meets_an_occasional_demand() -> None:
    assert frequency_meets(CapacityFrequency.FREQUENT, DemandFrequency.OCCASIONAL)
    assert frequency_meets(CapacityFrequency.CONSTANT, DemandFrequency.CONSTANT)


@pytest.mark.parametrize(
    ("per_hour", "frequency"),
    [(1, "occasional"), (12, "occasional"), (13, "frequent"), (60, "frequent"), (61, "constant")],
)
def test_counted_lifts_per_hour_give_a_dot_frequency(per_hour: int, frequency: str) -> None:
    assert frequency_of_rate(per_hour) == DemandFrequency(frequency)

"""Units and frequencies: a tested figure and a job demand compared in one unit and one frequency.

Matheson separates peak from sustainable capacity: a load lifted once is not a load lifted
frequently, so a capacity meets a demand only at the demand's frequency or a more frequent one.
"""

from decimal import Decimal

from companion.models.capacity import CapacityFrequency
from companion.models.demands import DemandFrequency

# Each unit as a multiple of its dimension's base unit (lb, ft, min).
_BASE: dict[str, tuple[str, Decimal]] = {
    "lb": ("force", Decimal(1)),
    "kg": ("force", Decimal("2.20462")),  # 1 kg = 2.20462 lb
    "ft": ("distance", Decimal(1)),
    "m": ("distance", Decimal("3.28084")),  # 1 m = 3.28084 ft
    "min": ("time", Decimal(1)),
    "h": ("time", Decimal(60)),
    "reps": ("count", Decimal(1)),
}
UNITS = tuple(_BASE)


class UnitMismatch(ValueError):
    """Two figures of different dimensions (a load and a time) cannot be compared."""


def convert(value: Decimal, unit: str, to: str) -> Decimal:
    """`value` in `unit` expressed in `to`; raises UnitMismatch across dimensions."""
    (dimension, factor), (target_dimension, target_factor) = _BASE[unit], _BASE[to]
    if dimension != target_dimension:
        raise UnitMismatch(f"{unit} is not comparable with {to}")
    return Decimal(value) * factor / target_factor


def comparable(unit: str, other: str) -> bool:
    return _BASE[unit][0] == _BASE[other][0]


_RANK = {
    CapacityFrequency.ONE_OFF: 0,
    CapacityFrequency.OCCASIONAL: 1,
    CapacityFrequency.FREQUENT: 2,
    CapacityFrequency.CONSTANT: 3,
}

# DOT defines frequency by share of the day (occasionally up to 1/3, frequently to 2/3), not
# by a count. Clinics converting a counted rate use about 12 an hour (100 a day) as the top of
# occasional and about 60 an hour (500 a day) as the top of frequent; this is that convention.
OCCASIONAL_MAX_PER_HOUR = 12
FREQUENT_MAX_PER_HOUR = 60


def frequency_of_rate(per_hour: int) -> DemandFrequency:
    """The DOT frequency of a counted rate of lifts (or other handling) per hour."""
    if per_hour <= OCCASIONAL_MAX_PER_HOUR:
        return DemandFrequency.OCCASIONAL
    if per_hour <= FREQUENT_MAX_PER_HOUR:
        return DemandFrequency.FREQUENT
    return DemandFrequency.CONSTANT


def frequency_meets(tested: CapacityFrequency, demanded: DemandFrequency) -> bool:
    """A capacity shown at least as often as the job asks: a one-off meets no DOT frequency."""
    return _RANK[tested] >= _RANK[CapacityFrequency(demanded.value)]

"""The DOT strength level a job's material-handling demands reach (a pure function).

Dictionary of Occupational Titles, 4th ed., Appendix C (physical demands), as tabled in
CLINICAL.md: sedentary up to 10 lb occasionally and negligible force frequently; light up to
20 lb occasionally, 10 lb frequently, negligible constantly (or standing and walking much of
the day); medium 20-50 / 10-25 / up to 10; heavy 50-100 / 25-50 / 10-20; very heavy over
100 / over 50 / over 20. The job's level is the highest that any of its demands reaches.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from companion.models.demands import DemandFrequency, StrengthLevel

ORDER = list(StrengthLevel)
# DOT gives "negligible" no figure; we read it as under 1 lb (a pen, a sheet of paper).
NEGLIGIBLE = Decimal(1)
# The upper bound (inclusive) of each level's force, per frequency; above the last: very heavy.
_BANDS: dict[DemandFrequency, list[tuple[Decimal, StrengthLevel]]] = {
    DemandFrequency.OCCASIONAL: [
        (Decimal(10), StrengthLevel.SEDENTARY),
        (Decimal(20), StrengthLevel.LIGHT),
        (Decimal(50), StrengthLevel.MEDIUM),
        (Decimal(100), StrengthLevel.HEAVY),
    ],
    DemandFrequency.FREQUENT: [
        (Decimal(10), StrengthLevel.LIGHT),
        (Decimal(25), StrengthLevel.MEDIUM),
        (Decimal(50), StrengthLevel.HEAVY),
    ],
    DemandFrequency.CONSTANT: [
        (Decimal(10), StrengthLevel.MEDIUM),
        (Decimal(20), StrengthLevel.HEAVY),
    ],
}
# Standing and walking more than about 2 hours of an 8-hour day is beyond sedentary work
# (SSA Social Security Ruling 83-10, reading the DOT definitions of sedentary and light).
SEDENTARY_ON_FEET_HOURS = Decimal(2)


@dataclass(frozen=True)
class Force:
    """A material-handling demand as the DOT reads it: a named force (lb) at a frequency."""

    name: str
    pounds: Decimal
    frequency: DemandFrequency


@dataclass(frozen=True)
class Derived:
    level: StrengthLevel
    because: str | None  # the demand that sets the level (None: nothing above sedentary)


def level_of(force: Decimal, frequency: DemandFrequency) -> StrengthLevel:
    """The strength level one force at one frequency reaches."""
    if force < NEGLIGIBLE:
        return StrengthLevel.SEDENTARY
    for upper, level in _BANDS[frequency]:
        if force <= upper:
            return level
    return StrengthLevel.VERY_HEAVY


def derive_level(forces: Iterable[Force], on_feet_hours: Decimal = Decimal(0)) -> Derived:
    """The highest level any demand reaches, and which demand reaches it first."""
    best = Derived(StrengthLevel.SEDENTARY, None)
    if on_feet_hours > SEDENTARY_ON_FEET_HOURS:
        best = Derived(StrengthLevel.LIGHT, f"standing and walking {on_feet_hours:f} h a day")
    for force in forces:
        level = level_of(force.pounds, force.frequency)
        if ORDER.index(level) > ORDER.index(best.level):
            best = Derived(level, force.name)
    return best

"""The DOT strength level, derived from the demands at each band edge (DOT 4th ed., App. C)."""

from decimal import Decimal

import pytest

from companion.capacity.dot import Force, derive_level, level_of
from companion.models import DemandFrequency, StrengthLevel

OCC, F, C = DemandFrequency.OCCASIONAL, DemandFrequency.FREQUENT, DemandFrequency.CONSTANT
S, L, M, H, VH = list(StrengthLevel)


@pytest.mark.parametrize(
    ("pounds", "frequency", "level"),
    [
        # occasionally: up to 10 sedentary, up to 20 light, 20-50 medium, 50-100 heavy, over 100
        ("0.5", OCC, S), ("10", OCC, S), ("10.1", OCC, L), ("20", OCC, L), ("20.1", OCC, M),
        ("50", OCC, M), ("50.1", OCC, H), ("100", OCC, H), ("100.1", OCC, VH),
        # frequently: negligible sedentary, up to 10 light, 10-25 medium, 25-50 heavy, over 50
        ("0.5", F, S), ("1", F, L), ("10", F, L), ("10.1", F, M), ("25", F, M),
        ("25.1", F, H), ("50", F, H), ("50.1", F, VH),
        # constantly: negligible light or less, up to 10 medium, 10-20 heavy, over 20
        ("0.5", C, S), ("1", C, M), ("10", C, M), ("10.1", C, H), ("20", C, H), ("20.1", C, VH),
    ],
)  # fmt: skip
def test_each_band_edge_gives_the_dot_level(
    pounds: str, frequency: DemandFrequency, level: StrengthLevel
) -> None:  # noqa: E501
    assert level_of(Decimal(pounds), frequency) == level


def test_job_level_is_the_highest_any_demand_reaches_and_names_it() -> None:
    derived = derive_level(
        [
            Force("Floor-to-waist lift 50 lb occasionally", Decimal(50), OCC),
            Force("Carry 40 lb frequently", Decimal(40), F),
        ]
    )

    assert derived.level == StrengthLevel.HEAVY
    assert derived.because == "Carry 40 lb frequently"


def test_standing_and_walking_most_of_the_day_is_at_least_light_work() -> None:
    derived = derive_level([Force("Lift 5 lb", Decimal(5), OCC)], on_feet_hours=Decimal(6))

    assert derived.level == StrengthLevel.LIGHT
    assert derived.because is not None and "standing and walking" in derived.because


def test_no_force_and_sitting_is_sedentary() -> None:
    assert derive_level([], on_feet_hours=Decimal(2)).level == StrengthLevel.SEDENTARY

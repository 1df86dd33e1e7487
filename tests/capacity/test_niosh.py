"""The revised NIOSH lifting equation against the Applications Manual (NIOSH 94-110).

Worked example: Example 4, "Package Inspection" (manual pp. 44-46, worksheet Figure 14,
p. 46). Origin: H 10 in (HM 1.0), V 22 in (VM .94), D 37 in (DM .87), A 0 (AM 1.0),
FM .88, coupling fair (CM .95 below 30 in) -> the worksheet's RWL 34.9 lb, 34.8 lb at full
precision. Destination: V 59 in (VM .78), H 20 in (HM .50), CM 1.0 at 59 in -> the
worksheet's 15.2 lb, 15.3 lb at full precision (the worksheet multiplies rounded
multipliers, p. 29). FM .88 is the Table 5 cell for 1 lift/min over 1-2 hours.

The manual's other worked examples (1-3, 5-7) are not tested: searched for on 2026-12-07 (the
code, pages and docs corpora: open-source implementations and their tests, copies of the
manual, course notes), none could be read with both its inputs and its printed RWL/LI (the
stored copies of the manual give only their opening pages), and figures from memory or from
third-party homework would test our code against guesses.
"""

import pytest

from companion.capacity import niosh
from companion.capacity.niosh import Coupling, Duration, Lift, Point

PACKAGE_INSPECTION = Lift(
    load_lb=15,
    origin=Point(h=10, v=22),
    destination=Point(h=20, v=59),
    lifts_per_min=1,
    duration=Duration.MODERATE,
    coupling=Coupling.FAIR,
    control_at_destination=True,
)


def test_example_4_multipliers_match_the_worksheet() -> None:
    d = PACKAGE_INSPECTION.destination.v - PACKAGE_INSPECTION.origin.v

    assert round(niosh.hm(10), 2) == 1.0
    assert round(niosh.vm(22), 2) == 0.94
    assert round(niosh.dm(d), 2) == 0.87
    assert round(niosh.vm(59), 2) == 0.78
    assert round(niosh.hm(20), 2) == 0.50
    assert niosh.cm(Coupling.FAIR, 22) == 0.95
    assert niosh.cm(Coupling.FAIR, 59) == 1.0
    assert niosh.fm(1, Duration.MODERATE, 22) == 0.88


def test_example_4_recommended_weight_limits_at_full_precision() -> None:
    result = niosh.assess(PACKAGE_INSPECTION)

    assert round(result.rwl_origin, 1) == 34.8
    assert result.rwl_destination is not None and round(result.rwl_destination, 1) == 15.3
    assert result.rwl == result.rwl_destination  # the lower end governs the task (p. 26)
    assert result.li is not None and round(result.li, 1) == 1.0


def test_without_control_at_the_destination_only_the_origin_is_assessed() -> None:
    lift = Lift(15, Point(10, 22), Point(20, 59), 1, Duration.MODERATE, Coupling.FAIR)

    result = niosh.assess(lift)

    assert result.rwl_destination is None
    assert round(result.rwl, 1) == 34.8


def test_ideal_lift_recommends_the_load_constant() -> None:
    ideal = Lift(51, Point(10, 30), Point(10, 40), 0.1, Duration.SHORT, Coupling.GOOD)

    result = niosh.assess(ideal)

    assert result.rwl == pytest.approx(51)  # every multiplier 1 (DM = .82 + 1.8/10)
    assert result.li == pytest.approx(1)


@pytest.mark.parametrize(
    ("lifts_per_min", "duration", "v", "fm"),
    [
        # Table 5 (p. 15) cells, including the V >= 30 in columns that run further
        (0.1, Duration.SHORT, 20, 1.00),  # under 0.2 lifts/min counts as 0.2 (p. 14)
        (4, Duration.LONG, 20, 0.45),
        (9, Duration.LONG, 20, 0.00),
        (9, Duration.LONG, 40, 0.15),
        (12, Duration.MODERATE, 40, 0.21),
        (15, Duration.SHORT, 40, 0.28),
        (16, Duration.SHORT, 40, 0.00),  # above 15 lifts/min: no recommended load
        (2.5, Duration.SHORT, 20, 0.895),  # interpolated between 2 and 3 (p. 7)
    ],
)
def test_frequency_multiplier_reads_table_5(
    lifts_per_min: float, duration: Duration, v: float, fm: float
) -> None:
    assert niosh.fm(lifts_per_min, duration, v) == pytest.approx(fm)


def test_coupling_multiplier_reads_table_7() -> None:
    assert [niosh.cm(c, 20) for c in Coupling] == [1.0, 0.95, 0.90]
    assert [niosh.cm(c, 30) for c in Coupling] == [1.0, 1.0, 0.90]


def test_out_of_range_geometry_recommends_no_load() -> None:
    assert niosh.hm(26) == 0 and niosh.vm(71) == 0 and niosh.dm(71) == 0 and niosh.am(136) == 0
    far = Lift(10, Point(30, 20), Point(30, 40), 1, Duration.SHORT, Coupling.GOOD)

    assert niosh.assess(far).li is None


def test_example_4_worksheet_figures_from_its_rounded_multipliers() -> None:
    """The worksheet (Figure 14, p. 46) multiplies the multipliers rounded to two places:
    its printed RWLs, 34.9 lb at the origin and 15.2 lb at the destination, come back exactly,
    and so do its lifting indices, 0.4 and 1.0 (LI = 15 lb / RWL)."""
    lift = PACKAGE_INSPECTION
    d = lift.destination.v - lift.origin.v
    fm = niosh.fm(lift.lifts_per_min, lift.duration, lift.origin.v)

    def worksheet_rwl(point: Point) -> float:
        factors = [niosh.hm(point.h), niosh.vm(point.v), niosh.dm(d), niosh.am(point.a), fm,
                   niosh.cm(lift.coupling, point.v)]  # fmt: skip
        product = niosh.LC
        for factor in factors:
            product *= round(factor, 2)
        return round(product, 1)

    origin, destination = worksheet_rwl(lift.origin), worksheet_rwl(lift.destination)

    assert (origin, destination) == (34.9, 15.2)
    assert (round(15 / origin, 1), round(15 / destination, 1)) == (0.4, 1.0)

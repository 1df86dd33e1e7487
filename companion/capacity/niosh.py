"""The revised NIOSH lifting equation (a pure module), in US units.

Waters TR, Putz-Anderson V, Garg A, Fine LJ (1993) Ergonomics 36(7):749-776, and the NIOSH
Applications Manual for the Revised NIOSH Lifting Equation, DHHS (NIOSH) Publication 94-110
(1994; revised 9/2021, which keeps the formulas, multipliers and limitations):

    RWL = LC x HM x VM x DM x AM x FM x CM        LI = load / RWL

HM, VM, DM and AM from their formulas (manual p. 7), FM from Table 5 (p. 15, interpolated
linearly between rows, p. 7), CM from Table 7 (p. 18). FM uses V at the origin (p. 15);
CM uses V at the point evaluated (Example 4, Figure 14, p. 46).
"""

from dataclasses import dataclass
from enum import StrEnum

LC = 51.0  # lb


class Coupling(StrEnum):
    GOOD = "good"
    FAIR = "fair"
    POOR = "poor"


class Duration(StrEnum):
    """Continuous lifting time (manual pp. 13-14): up to 1 h, 1-2 h, 2-8 h with usual breaks."""

    SHORT = "short"
    MODERATE = "moderate"
    LONG = "long"


# Table 5 (p. 15), laid out as the manual prints it: lifts/min, then FM for work lasting
# <= 1 h, > 1 but <= 2 h, > 2 but <= 8 h, each as (V < 30 in, V >= 30 in).
_FM_TABLE: list[tuple[float, tuple[float, float, float, float, float, float]]] = [
    (0.2, (1.00, 1.00, 0.95, 0.95, 0.85, 0.85)),
    (0.5, (0.97, 0.97, 0.92, 0.92, 0.81, 0.81)),
    (1, (0.94, 0.94, 0.88, 0.88, 0.75, 0.75)),
    (2, (0.91, 0.91, 0.84, 0.84, 0.65, 0.65)),
    (3, (0.88, 0.88, 0.79, 0.79, 0.55, 0.55)),
    (4, (0.84, 0.84, 0.72, 0.72, 0.45, 0.45)),
    (5, (0.80, 0.80, 0.60, 0.60, 0.35, 0.35)),
    (6, (0.75, 0.75, 0.50, 0.50, 0.27, 0.27)),
    (7, (0.70, 0.70, 0.42, 0.42, 0.22, 0.22)),
    (8, (0.60, 0.60, 0.35, 0.35, 0.18, 0.18)),
    (9, (0.52, 0.52, 0.30, 0.30, 0.00, 0.15)),
    (10, (0.45, 0.45, 0.26, 0.26, 0.00, 0.13)),
    (11, (0.41, 0.41, 0.00, 0.23, 0.00, 0.00)),
    (12, (0.37, 0.37, 0.00, 0.21, 0.00, 0.00)),
    (13, (0.00, 0.34, 0.00, 0.00, 0.00, 0.00)),
    (14, (0.00, 0.31, 0.00, 0.00, 0.00, 0.00)),
    (15, (0.00, 0.28, 0.00, 0.00, 0.00, 0.00)),
]
_FM_COLUMN = {Duration.SHORT: 0, Duration.MODERATE: 2, Duration.LONG: 4}
# Table 7 (p. 18): coupling -> (V < 30 in, V >= 30 in).
_CM = {Coupling.GOOD: (1.00, 1.00), Coupling.FAIR: (0.95, 1.00), Coupling.POOR: (0.90, 0.90)}


@dataclass(frozen=True)
class Point:
    """The hands at one end of the lift: H and V in inches, A in degrees."""

    h: float
    v: float
    a: float = 0.0


@dataclass(frozen=True)
class Lift:
    load_lb: float
    origin: Point
    destination: Point
    lifts_per_min: float
    duration: Duration
    coupling: Coupling
    control_at_destination: bool = False  # significant control: assess both ends (p. 21)


@dataclass(frozen=True)
class Result:
    rwl_origin: float
    rwl_destination: float | None
    rwl: float  # the lower of the two when the destination is assessed
    li: float | None  # None when the RWL is zero (no load is recommended)


def hm(h: float) -> float:
    """10/H; H under 10 in counts as 10, over 25 in gives 0 (p. 8)."""
    return 0.0 if h > 25 else 10 / max(h, 10)


def vm(v: float) -> float:
    """1 - 0.0075 |V - 30|; over 70 in gives 0 (p. 9)."""
    return 0.0 if v > 70 else 1 - 0.0075 * abs(v - 30)


def dm(d: float) -> float:
    """0.82 + 1.8/D; D under 10 in counts as 10, over 70 in gives 0 (pp. 10-11)."""
    return 0.0 if d > 70 else 0.82 + 1.8 / max(d, 10)


def am(a: float) -> float:
    """1 - 0.0032 A; over 135 degrees gives 0 (p. 12)."""
    return 0.0 if a > 135 else 1 - 0.0032 * a


def fm(lifts_per_min: float, duration: Duration, v_origin: float) -> float:
    """Table 5, linear between rows; under 0.2 lifts/min counts as 0.2, over 15 gives 0."""
    column = _FM_COLUMN[duration] + (0 if v_origin < 30 else 1)
    f = max(lifts_per_min, 0.2)
    if f > 15:
        return 0.0
    for (low, lows), (high, highs) in zip(_FM_TABLE, _FM_TABLE[1:], strict=False):
        if low <= f <= high:
            a, b = lows[column], highs[column]
            return a + (b - a) * (f - low) / (high - low)
    return _FM_TABLE[-1][1][column]


def cm(coupling: Coupling, v: float) -> float:
    return _CM[coupling][0 if v < 30 else 1]


def rwl_at(point: Point, lift: Lift) -> float:
    d = abs(lift.destination.v - lift.origin.v)
    return (
        LC
        * hm(point.h)
        * vm(point.v)
        * dm(d)
        * am(point.a)
        * fm(lift.lifts_per_min, lift.duration, lift.origin.v)
        * cm(lift.coupling, point.v)
    )


def assess(lift: Lift) -> Result:
    """The recommended weight limit and lifting index of a single-task lift."""
    origin = rwl_at(lift.origin, lift)
    destination = rwl_at(lift.destination, lift) if lift.control_at_destination else None
    rwl = origin if destination is None else min(origin, destination)
    li = None if rwl <= 0 else lift.load_lb / rwl
    return Result(origin, destination, rwl, li)

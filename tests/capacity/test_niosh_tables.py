"""Every cell of the Applications Manual's Table 5 (frequency multiplier) and Table 7
(coupling multiplier), read through companion.capacity.niosh.

Source: Waters TR, Putz-Anderson V, Garg A. Applications Manual for the Revised NIOSH
Lifting Equation. DHHS (NIOSH) Publication No. 94-110, 1994 (revised 9/2021, which keeps the
multipliers): Table 5, p. 15, and Table 7, p. 18; Waters et al. 1993, Ergonomics
36(7):749-776, Tables 5 and 7. The cells below are typed from the manual's layout (lifts/min
down, work duration across, each split V < 30 in | V >= 30 in; 75 cm in the metric edition),
independently of the module's own table, and were cross-checked cell by cell against two
independent open-source implementations of the same tables (a Python ergonomics toolkit and
a C++ NIOSH DLL, both found through the code search, both in the metric edition): all 108
FM cells and 6 CM cells agree. None of the manual's own pages could be read here, so the
page numbers are the manual's as the module cites them.
"""

import pytest

from companion.capacity import niosh
from companion.capacity.niosh import Coupling, Duration

# lifts/min: (<=1 h: V<30, V>=30), (>1 but <=2 h: V<30, V>=30), (>2 but <=8 h: V<30, V>=30)
TABLE_5 = [
    (0.2, 1.00, 1.00, 0.95, 0.95, 0.85, 0.85),
    (0.5, 0.97, 0.97, 0.92, 0.92, 0.81, 0.81),
    (1, 0.94, 0.94, 0.88, 0.88, 0.75, 0.75),
    (2, 0.91, 0.91, 0.84, 0.84, 0.65, 0.65),
    (3, 0.88, 0.88, 0.79, 0.79, 0.55, 0.55),
    (4, 0.84, 0.84, 0.72, 0.72, 0.45, 0.45),
    (5, 0.80, 0.80, 0.60, 0.60, 0.35, 0.35),
    (6, 0.75, 0.75, 0.50, 0.50, 0.27, 0.27),
    (7, 0.70, 0.70, 0.42, 0.42, 0.22, 0.22),
    (8, 0.60, 0.60, 0.35, 0.35, 0.18, 0.18),
    (9, 0.52, 0.52, 0.30, 0.30, 0.00, 0.15),
    (10, 0.45, 0.45, 0.26, 0.26, 0.00, 0.13),
    (11, 0.41, 0.41, 0.00, 0.23, 0.00, 0.00),
    (12, 0.37, 0.37, 0.00, 0.21, 0.00, 0.00),
    (13, 0.00, 0.34, 0.00, 0.00, 0.00, 0.00),
    (14, 0.00, 0.31, 0.00, 0.00, 0.00, 0.00),
    (15, 0.00, 0.28, 0.00, 0.00, 0.00, 0.00),
    (15.5, 0.00, 0.00, 0.00, 0.00, 0.00, 0.00),  # the manual's ">15" row
]
DURATIONS = (Duration.SHORT, Duration.MODERATE, Duration.LONG)
# A V just under 30 in, and exactly 30 in: the column edge (V >= 30 reads the right column).
LOW_V, HIGH_V = 29.9, 30.0

CELLS = [
    pytest.param(row[0], duration, v, row[1 + 2 * d + side],
                 id=f"F{row[0]}-{duration.value}-{'V<30' if side == 0 else 'V>=30'}")
    for row in TABLE_5
    for d, duration in enumerate(DURATIONS)
    for side, v in enumerate((LOW_V, HIGH_V))
]  # fmt: skip


def test_table_5_has_every_cell_of_the_manual() -> None:
    assert len(CELLS) == 18 * 6


@pytest.mark.parametrize(("lifts_per_min", "duration", "v", "expected"), CELLS)
def test_frequency_multiplier_matches_table_5_cell(
    lifts_per_min: float, duration: Duration, v: float, expected: float
) -> None:
    assert niosh.fm(lifts_per_min, duration, v) == pytest.approx(expected, abs=1e-9)


@pytest.mark.parametrize("duration", DURATIONS)
def test_lifting_less_than_once_in_five_minutes_reads_the_02_row(duration: Duration) -> None:
    """Table 5, footnote: for lifting less frequently than once per 5 minutes, F = .2."""
    row = TABLE_5[0]
    column = 1 + 2 * DURATIONS.index(duration)
    assert niosh.fm(0.05, duration, LOW_V) == row[column]
    assert niosh.fm(0.05, duration, HIGH_V) == row[column + 1]


# Table 7: coupling -> (V < 30 in, V >= 30 in)
TABLE_7 = {Coupling.GOOD: (1.00, 1.00), Coupling.FAIR: (0.95, 1.00), Coupling.POOR: (0.90, 0.90)}


@pytest.mark.parametrize(
    ("coupling", "v", "expected"),
    [
        pytest.param(c, v, TABLE_7[c][side], id=f"{c.value}-{'V<30' if side == 0 else 'V>=30'}")
        for c in Coupling
        for side, v in enumerate((LOW_V, HIGH_V))
    ],
)
def test_coupling_multiplier_matches_table_7_cell(
    coupling: Coupling, v: float, expected: float
) -> None:
    assert niosh.cm(coupling, v) == expected

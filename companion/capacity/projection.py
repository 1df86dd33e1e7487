"""Projected capacity: when each demand's tested figure may reach the job's, as a range.

Projected only from clinic tests over time, never from doses, and refused while a critical
demand is untested. The return-to-work date is never projected: the team sets it.
"""

import math
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from companion.capacity.analysis import frequency_of
from companion.capacity.readiness import Capacity, DemandCapacity, Status
from companion.capacity.units import comparable, convert, frequency_meets
from companion.models import CapacityTest, ProgramKind

# A date further out than this is no projection a team can plan with.
HORIZON = timedelta(days=365)
# One interval between two tests shows one rate and nothing of its spread: the slow end of
# the range assumes progress at half that rate.
SINGLE_INTERVAL_SLOWDOWN = Decimal(2)


@dataclass(frozen=True)
class Projection:
    name: str
    earliest: date | None
    latest: date | None
    note: str


@dataclass(frozen=True)
class Outlook:
    demands: list[Projection]
    earliest: date | None  # when every critical demand may be met, at the fastest rates seen
    latest: date | None  # ... at the slowest
    note: str


def _points(item: DemandCapacity) -> list[tuple[date, Decimal]]:
    """The tests comparable with the demand: same dimension, often enough, same height."""
    demand, points = item.demand, []
    for test in item.history:
        if not comparable(test.unit, demand.unit) or not _often_enough(test, item):
            continue
        if demand.height_range and test.height_range and test.height_range != demand.height_range:
            continue
        points.append((test.tested_on, convert(test.value, test.unit, demand.unit)))
    return points


def _often_enough(test: CapacityTest, item: DemandCapacity) -> bool:
    if not item.demand.kind.handles_material:
        return True
    return test.frequency is not None and frequency_meets(test.frequency, frequency_of(item.demand))


def project_demand(item: DemandCapacity, today: date) -> Projection:
    """The date range in which the tested figure may reach the demand, from its test trend."""
    if item.status == Status.MEETS and item.test is not None:
        return Projection(item.name, item.test.tested_on, item.test.tested_on, "met in test")
    if item.status == Status.NOT_TESTED:
        return Projection(item.name, None, None, "not tested")
    points = _points(item)
    if len(points) < 2:
        return Projection(item.name, None, None, "one comparable test: no trend yet")
    rates = [
        (b - a) / Decimal(max((d2 - d1).days, 1))
        for (d1, a), (d2, b) in zip(points, points[1:], strict=False)
    ]
    gains = [r for r in rates if r > 0]
    if not gains:
        return Projection(item.name, None, None, "no gain between tests")
    fast = max(gains)
    slow = min(gains) if len(rates) > 1 else fast / SINGLE_INTERVAL_SLOWDOWN
    last_day, last = points[-1]
    remaining = Decimal(item.demand.target) - last
    earliest = last_day + timedelta(days=math.ceil(remaining / fast))
    latest = last_day + timedelta(days=math.ceil(remaining / slow))
    if earliest - today > HORIZON:
        return Projection(item.name, None, None, "beyond a year at the rates tested")
    if latest - today > HORIZON:
        return Projection(item.name, earliest, None, "from the tests' rates; no upper bound")
    return Projection(item.name, earliest, latest, "from the clinic tests' rates of gain")


def outlook(capacity: Capacity, today: date) -> Outlook:
    """Per demand and overall, or why no figure is given."""
    projections = [project_demand(item, today) for item in capacity.demands]
    if capacity.kind == ProgramKind.WORK_CONDITIONING:
        return Outlook(projections, None, None, "Work conditioning: no job capacity projection.")
    if capacity.untested:
        note = f"No projection: not tested: {', '.join(capacity.untested)}."
        return Outlook(projections, None, None, note)
    critical = [
        p for p, item in zip(projections, capacity.demands, strict=True) if item.demand.critical
    ]
    if not critical:
        return Outlook(projections, None, None, "No job demands to project.")
    open_ended = [p.name.lower() for p in critical if p.earliest is None or p.latest is None]
    if open_ended:
        note = f"No overall projection yet: no trend for {', '.join(open_ended)}."
        return Outlook(projections, None, None, note)
    earliest = max(p.earliest for p in critical if p.earliest)
    latest = max(p.latest for p in critical if p.latest)
    note = "Target capacity projected from clinic tests; the team sets the return-to-work date."
    return Outlook(projections, earliest, latest, note)

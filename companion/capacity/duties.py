"""A transitional-duty offer matched against tested capacity: each duty fits or exceeds it,
naming the demand and by how much."""

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from companion.capacity.readiness import Capacity, DemandCapacity
from companion.capacity.restrictions import HEIGHT, VERB
from companion.capacity.units import CapacityFrequency, comparable, convert, frequency_meets
from companion.models import (
    DemandFrequency,
    DemandKind,
    HeightRange,
    Posture,
    ReturnToWorkPlan,
    TransitionalDuty,
)


@dataclass(frozen=True)
class DutyMatch:
    duty: TransitionalDuty
    exceeds: list[str]  # empty: the duty fits tested capacity

    @property
    def fits(self) -> bool:
        return not self.exceeds


def _label(row: dict[str, Any]) -> str:
    if row.get("posture"):
        return VERB[Posture(row["posture"])]
    if row.get("height_range"):
        return f"{HEIGHT[HeightRange(row['height_range'])]} lift"
    return str(row["kind"])


def _same_activity(row: dict[str, Any], item: DemandCapacity) -> bool:
    demand = item.demand
    if DemandKind(row["kind"]) != demand.kind:
        return False
    if demand.kind == DemandKind.POSITION:
        return row.get("posture") == (demand.posture.value if demand.posture else None)
    if demand.kind == DemandKind.LIFT:
        return row.get("height_range") == (
            demand.height_range.value if demand.height_range else None
        )  # noqa: E501
    return True


def _amount(value: Decimal) -> str:
    return f"{value.quantize(Decimal('0.1')).normalize():f}"


def exceeded(row: dict[str, Any], capacity: Capacity) -> str | None:
    """Why this demand of a duty exceeds tested capacity; None when capacity covers it."""
    label, target, unit = _label(row), Decimal(str(row["target"])), row["unit"]
    asked = f"{label} {_amount(target)} {unit}"
    item = next((i for i in capacity.demands if _same_activity(row, i)), None)
    if item is None or item.test is None or item.capacity is None:
        return f"{asked}: not tested"
    if not comparable(unit, item.demand.unit):
        return f"{asked}: tested in {item.demand.unit}"
    have = item.capacity
    want = convert(target, unit, item.demand.unit)
    if item.demand.kind.handles_material:
        often = DemandFrequency(row.get("frequency") or DemandFrequency.OCCASIONAL)
        tested = item.test.frequency or CapacityFrequency.ONE_OFF
        if not frequency_meets(tested, often):
            return f"{asked} {often.value}: tested only {tested.value.replace('_', '-')}"
    if want > have:
        short = _amount(want - have)
        return f"{asked}: exceeds tested {_amount(have)} {item.demand.unit} by {short} {item.demand.unit}"  # noqa: E501
    return None


def match_duty(
    duty: TransitionalDuty, capacity: Capacity, plan: ReturnToWorkPlan | None = None
) -> DutyMatch:
    """Each demand of the duty against capacity, and its hours against the graded plan's
    first week."""
    reasons = [why for row in duty.demands if (why := exceeded(row, capacity))]
    weeks = plan.graded_weeks() if plan else []
    if weeks and duty.hours_per_day and float(duty.hours_per_day) > weeks[0][1]:
        reasons.append(
            f"{_amount(Decimal(duty.hours_per_day))} h a day: the graded plan starts at "
            f"{weeks[0][1]:g} h"
        )
    return DutyMatch(duty, reasons)

"""Work restrictions from tested capacity, in the words case managers use.

"floor-to-waist lift up to 40 lb occasionally; no ladder climbing; stand up to 30 minutes
at a time": a demand met in the clinic carries no restriction; one tested short of the job
is limited to what the test showed; an untested one is not done at work.
"""

from decimal import Decimal

from companion.capacity.readiness import Capacity, DemandCapacity, Status
from companion.capacity.units import CapacityFrequency
from companion.models import DemandKind, HeightRange, Posture

HOW_OFTEN = {
    CapacityFrequency.ONE_OFF: "as single lifts only",
    CapacityFrequency.OCCASIONAL: "occasionally",
    CapacityFrequency.FREQUENT: "frequently",
    CapacityFrequency.CONSTANT: "constantly",
}
HEIGHT = {
    HeightRange.FLOOR_TO_WAIST: "floor-to-waist",
    HeightRange.WAIST_TO_SHOULDER: "waist-to-shoulder",
    HeightRange.OVERHEAD: "overhead",
}
VERB = {
    Posture.SIT: "sit", Posture.STAND: "stand", Posture.WALK: "walk", Posture.STOOP: "stoop",
    Posture.KNEEL: "kneel", Posture.CROUCH: "crouch", Posture.CLIMB_LADDER: "climb ladders",
    Posture.CLIMB_STAIRS: "climb stairs", Posture.REACH_OVERHEAD: "reach overhead",
}  # fmt: skip
NONE_OF = {
    Posture.SIT: "no prolonged sitting", Posture.STAND: "no prolonged standing",
    Posture.WALK: "no prolonged walking", Posture.STOOP: "no stooping",
    Posture.KNEEL: "no kneeling", Posture.CROUCH: "no crouching",
    Posture.CLIMB_LADDER: "no ladder climbing", Posture.CLIMB_STAIRS: "no stair climbing",
    Posture.REACH_OVERHEAD: "no overhead reaching",
}  # fmt: skip
UNIT_WORDS = {"min": "minutes", "h": "hours", "ft": "ft", "m": "m", "reps": "times"}


def _amount(value: Decimal) -> str:
    return f"{value.quantize(Decimal('0.1')).normalize():f}"


def _handling(item: DemandCapacity) -> str:
    demand = item.demand
    kind = demand.kind
    if kind == DemandKind.LIFT:
        height = HEIGHT.get(demand.height_range) if demand.height_range else None
        what = f"{height} lift" if height else "lift"
        none = f"no {height} lifting" if height else "no lifting"
    elif kind == DemandKind.CARRY:
        what, none = "carry", "no carrying"
    else:
        what, none = f"{kind.value} with a force of", f"no {kind.value}ing"
    if item.status == Status.NOT_TESTED or item.capacity is None or item.test is None:
        return none
    often = HOW_OFTEN[item.test.frequency] if item.test.frequency else "occasionally"
    text = f"{what} up to {_amount(item.capacity)} {demand.unit} {often}"
    if kind == DemandKind.CARRY and item.test.distance_ft:
        text += f", up to {item.test.distance_ft} ft"
    return text


def _position(item: DemandCapacity) -> str:
    posture = item.demand.posture
    if item.status == Status.NOT_TESTED or item.capacity is None:
        return NONE_OF[posture] if posture else f"no {item.name.lower()}"
    verb = VERB[posture] if posture else item.name.lower()
    unit = UNIT_WORDS.get(item.demand.unit, item.demand.unit)
    at_a_time = " at a time" if item.demand.unit in ("min", "h") else ""
    return f"{verb} up to {_amount(item.capacity)} {unit}{at_a_time}"


def restriction(item: DemandCapacity) -> str | None:
    """The restriction for one demand; None when the clinic test met the job's demand."""
    if item.status == Status.MEETS:
        return None
    return _handling(item) if item.demand.kind.handles_material else _position(item)


def restrictions(capacity: Capacity) -> list[str]:
    return [text for item in capacity.demands if (text := restriction(item))]

"""A job demand analysis read as the DOT and NIOSH read it: the derived strength level of a
profile's demands, and a lift's recommended weight limit from its geometry."""

from collections.abc import Iterable
from decimal import Decimal
from typing import Any, Protocol

from companion.capacity import niosh
from companion.capacity.dot import Derived, Force, derive_level
from companion.capacity.units import convert, frequency_of_rate
from companion.models.demands import DemandFrequency, DemandKind, Posture


class DemandLike(Protocol):
    """A JobDemand, or a template's or a form's row with the same fields."""

    name: str
    target: Decimal
    unit: str
    frequency: DemandFrequency
    kind: DemandKind
    posture: Posture | None
    lifts_per_hour: int | None
    hours_per_day: Decimal | None


ADVERB = {
    DemandFrequency.OCCASIONAL: "occasionally",
    DemandFrequency.FREQUENT: "frequently",
    DemandFrequency.CONSTANT: "constantly",
}


def describe(demand: DemandLike) -> str:
    """'Carry 40 lb frequently', as a case manager reads a demand."""
    amount = f"{Decimal(demand.target).normalize():f} {demand.unit}"
    return f"{demand.name} {amount} {ADVERB[frequency_of(demand)]}"


def frequency_of(demand: DemandLike) -> DemandFrequency:
    """The DOT frequency: from the counted lifts per hour when the analysis counted them."""
    if demand.lifts_per_hour is not None:
        return frequency_of_rate(demand.lifts_per_hour)
    return DemandFrequency(demand.frequency)


def derived_level(demands: Iterable[DemandLike]) -> Derived:
    """The DOT strength level the demands reach, and the demand that sets it."""
    demands = list(demands)
    forces = [
        Force(describe(d), convert(Decimal(d.target), d.unit, "lb"), frequency_of(d))
        for d in demands
        if DemandKind(d.kind).handles_material and d.unit in ("lb", "kg")
    ]
    on_feet = sum(
        (
            Decimal(d.hours_per_day)
            for d in demands
            if d.posture in (Posture.STAND, Posture.WALK) and d.hours_per_day
        ),
        Decimal(0),
    )
    return derive_level(forces, on_feet)


def lift_of(load_lb: Decimal, geometry: dict[str, Any]) -> niosh.Lift:
    """The lifting equation's inputs from a demand's stored geometry."""
    return niosh.Lift(
        load_lb=float(load_lb),
        origin=niosh.Point(float(geometry["h_origin"]), float(geometry["v_origin"]),
                           float(geometry.get("asymmetry") or 0)),
        destination=niosh.Point(float(geometry["h_destination"]),
                                float(geometry["v_destination"]),
                                float(geometry.get("asymmetry") or 0)),
        lifts_per_min=float(geometry["lifts_per_min"]),
        duration=niosh.Duration(geometry["duration"]),
        coupling=niosh.Coupling(geometry["coupling"]),
        control_at_destination=bool(geometry.get("control_at_destination", True)),
    )  # fmt: skip


def niosh_of(load: Decimal, unit: str, geometry: dict[str, Any] | None) -> niosh.Result | None:
    """RWL and LI of a lift demand whose geometry was entered; None without it."""
    if not geometry:
        return None
    return niosh.assess(lift_of(convert(load, unit, "lb"), geometry))

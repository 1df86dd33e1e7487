"""A lift demand's geometry on the job analysis form, for the revised NIOSH lifting equation.

The same inputs the API takes (api/job_schemas.NioshSchema): H and V at the origin and the
destination in inches, the asymmetry angle in degrees, lifts a minute, how long the lifting
lasts (Table 5's three durations) and the hand coupling (Table 7). Left blank, a demand has
no geometry; begun, every input is asked for by name.
"""

from decimal import Decimal
from typing import Any

from wtforms import BooleanField, DecimalField, Field, SelectChoice, SelectField
from wtforms.validators import NumberRange, Optional

from companion.capacity.niosh import Coupling, Duration
from companion.models import DemandKind

DURATIONS = [
    SelectChoice("", "—"),
    SelectChoice(Duration.SHORT.value, "up to 1 h"),
    SelectChoice(Duration.MODERATE.value, "1 to 2 h"),
    SelectChoice(Duration.LONG.value, "2 to 8 h"),
]
COUPLINGS = [SelectChoice("", "—")] + [SelectChoice(c.value, c.value) for c in Coupling]
# The inputs in the order the form shows them, and what a missing one is called.
NEEDED = {
    "h_origin": "H at the origin",
    "v_origin": "V at the origin",
    "h_destination": "H at the destination",
    "v_destination": "V at the destination",
    "lifts_per_min": "the lifts a minute",
    "duration": "how long the lifting lasts",
    "coupling": "the coupling",
}
GEOMETRY = (*NEEDED, "asymmetry", "control_at_destination")
COLUMNS = (
    "h_origin", "v_origin", "h_destination", "v_destination", "asymmetry", "lifts_per_min",
    "duration", "coupling", "control_at_destination",
)  # fmt: skip


def _number(label: str, high: int) -> DecimalField:
    return DecimalField(label, places=1, validators=[Optional(), NumberRange(0, high)])


class LiftGeometry:
    """Mixed into a demand row: the lift's geometry, checked only once any of it is given."""

    h_origin = _number("H origin, in", 80)
    v_origin = _number("V origin, in", 100)
    h_destination = _number("H destination, in", 80)
    v_destination = _number("V destination, in", 100)
    asymmetry = _number("Asymmetry, degrees", 180)
    lifts_per_min = _number("Lifts a minute", 60)
    duration = SelectField("Lifting lasts", choices=DURATIONS, default="")
    coupling = SelectField("Coupling", choices=COUPLINGS, default="")
    control_at_destination = BooleanField("Control at destination", default=True)

    def _field(self, name: str) -> Field:
        return getattr(self, name)

    def geometry_begun(self) -> bool:
        return any(self._field(n).data not in (None, "") for n in NEEDED) or bool(
            self._field("asymmetry").data
        )

    def check_geometry(self, kind: str, named: bool) -> bool:
        """Field-named errors for a begun geometry: every input, and on a lift only."""
        if not named or not self.geometry_begun():
            return True
        if kind != DemandKind.LIFT:
            self._field("h_origin").errors.append("The lifting equation is for a lift.")
            return False
        missing = [n for n in NEEDED if self._field(n).data in (None, "")]
        for name in missing:
            self._field(name).errors.append(f"Give {NEEDED[name]}.")
        return not missing

    def geometry(self) -> dict[str, Any] | None:
        """The geometry as a demand stores it (JSON), or None when none was given."""
        if not self.geometry_begun():
            return None
        data = {n: self._field(n).data for n in GEOMETRY}
        numbers = {k: float(v) for k, v in data.items() if isinstance(v, Decimal)}
        return data | numbers | {"asymmetry": float(data["asymmetry"] or 0)}

    def show_geometry(self, niosh: dict[str, Any] | None) -> None:
        """Fill the inputs from a demand's stored geometry (the edit form)."""
        for name in GEOMETRY:
            value = (niosh or {}).get(name)
            if name == "control_at_destination":
                self._field(name).data = True if niosh is None else bool(value)
            elif value is not None:
                self._field(name).data = value if isinstance(value, str) else Decimal(str(value))

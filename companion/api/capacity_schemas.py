"""Schemas of the capacity side of the API: clinic tests and the demands-vs-tested grid."""

from typing import Any

from marshmallow import Schema, fields, validate

from companion.api.schemas import Text, enum_values, items_schema
from companion.capacity.summary import METHOD_NAMES
from companion.capacity.units import UNITS, CapacityFrequency
from companion.models import CapacityMethod, CapacityPhase, Effort, HeightRange, StopReason


def _one_of(values: list[str]) -> fields.String:
    return fields.String(required=True, validate=validate.OneOf(values))


class CapacityTestSchema(Schema):
    id = fields.Integer(dump_only=True)
    demand_id = fields.Integer(required=True, strict=True)
    phase = _one_of(enum_values(CapacityPhase))
    method = _one_of(enum_values(CapacityMethod))
    # The result in the demand's own terms: a load or force, a time at a stretch, a height.
    value = fields.Float(required=True, validate=validate.Range(0, 100_000))
    unit = fields.String(required=True, validate=validate.OneOf(UNITS))
    frequency = fields.String(
        load_default=None, allow_none=True, validate=validate.OneOf(enum_values(CapacityFrequency))
    )
    height_range = fields.String(
        load_default=None, allow_none=True, validate=validate.OneOf(enum_values(HeightRange))
    )
    distance_ft = fields.Integer(
        load_default=None, allow_none=True, validate=validate.Range(1, 100_000)
    )
    stop_reason = _one_of(enum_values(StopReason))
    effort = _one_of(enum_values(Effort))
    tested_on = fields.Date(required=True)
    tester = fields.Function(lambda t: t.tester.name, dump_only=True)
    note = Text(load_default=None, allow_none=True, validate=validate.Length(max=2000))


class GridRowSchema(Schema):
    demand_id = fields.Function(lambda item: item.demand.id)
    name = fields.String()
    target = fields.Function(lambda item: float(item.demand.target))
    unit = fields.Function(lambda item: item.demand.unit)
    frequency = fields.Function(lambda item: item.demand.frequency.value)
    critical = fields.Function(lambda item: item.demand.critical)
    status = fields.Function(lambda item: item.status.value)
    note = fields.String()
    latest_test = fields.Method("_latest")

    def _latest(self, item: Any) -> dict[str, Any] | None:
        test = item.test
        if test is None:
            return None
        return {
            "value": float(test.value), "unit": test.unit,
            "frequency": test.frequency.value if test.frequency else None,
            "method": test.method.value, "method_name": METHOD_NAMES[test.method.value],
            "tested_on": test.tested_on.isoformat(), "phase": test.phase.value,
        }  # fmt: skip


class CapacitySchema(Schema):
    """The demands-vs-tested grid, the projection, restrictions and duty matches."""

    programme = fields.Function(lambda s: s.programme_words)
    demands = fields.Function(lambda s: GridRowSchema(many=True).dump(s.capacity.demands))
    met = fields.Function(lambda s: s.capacity.met)
    critical = fields.Function(lambda s: s.capacity.critical)
    untested = fields.Function(lambda s: s.capacity.untested)
    note = fields.Function(lambda s: s.capacity.note)
    projected_from = fields.Function(
        lambda s: s.outlook.earliest.isoformat() if s.outlook.earliest else None
    )
    projected_to = fields.Function(
        lambda s: s.outlook.latest.isoformat() if s.outlook.latest else None
    )
    projection_note = fields.Function(lambda s: s.outlook.note)
    return_to_work_date = fields.Function(
        lambda s: (
            s.plan.return_to_work_on.isoformat() if s.plan and s.plan.return_to_work_on else None
        )
    )
    restrictions = fields.Function(lambda s: s.restrictions)
    duties = fields.Function(
        lambda s: [{"name": m.duty.name, "fits": m.fits, "exceeds": m.exceeds} for m in s.duties]
    )


capacity_test_schema = CapacityTestSchema()
capacity_test_list_schema = items_schema(CapacityTestSchema)()
capacity_schema = CapacitySchema()

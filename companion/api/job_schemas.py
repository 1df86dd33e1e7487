"""Schemas of the job side of the API: demand profiles and the industry templates."""

from typing import Any

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from companion.api.schemas import Text, enum_values, items_schema
from companion.capacity.analysis import derived_level, niosh_of
from companion.capacity.niosh import Coupling, Duration
from companion.capacity.units import UNITS
from companion.models import (
    DemandFrequency,
    DemandKind,
    HeightRange,
    JobDemandProfile,
    Posture,
    ProgramKind,
    StrengthLevel,
)
from companion.programs.templates import TEMPLATES


def _inches(high: int) -> fields.Float:
    return fields.Float(required=True, validate=validate.Range(0, high))


class NioshSchema(Schema):
    """A lift's geometry for the revised NIOSH lifting equation (inches, degrees, lifts/min)."""

    h_origin = _inches(80)
    v_origin = _inches(100)
    h_destination = _inches(80)
    v_destination = _inches(100)
    asymmetry = fields.Float(load_default=0, validate=validate.Range(0, 180))
    lifts_per_min = fields.Float(required=True, validate=validate.Range(0, 60))
    duration = fields.String(required=True, validate=validate.OneOf(enum_values(Duration)))
    coupling = fields.String(required=True, validate=validate.OneOf(enum_values(Coupling)))
    control_at_destination = fields.Boolean(load_default=True)


class DemandSchema(Schema):
    id = fields.Integer(dump_only=True)
    name = Text(required=True, validate=validate.Length(1, 80))
    kind = fields.String(
        load_default=DemandKind.LIFT.value, validate=validate.OneOf(enum_values(DemandKind))
    )
    # Load or initial force (lift, carry, push, pull); time at a stretch or height for a position.
    target = fields.Float(required=True, validate=validate.Range(0, 100_000, min_inclusive=False))
    unit = fields.String(required=True, validate=validate.OneOf(UNITS))
    frequency = fields.String(required=True, validate=validate.OneOf(enum_values(DemandFrequency)))
    height_range = fields.String(
        load_default=None, allow_none=True, validate=validate.OneOf(enum_values(HeightRange))
    )
    posture = fields.String(
        load_default=None, allow_none=True, validate=validate.OneOf(enum_values(Posture))
    )
    lifts_per_hour = fields.Integer(
        load_default=None, allow_none=True, validate=validate.Range(0, 3600)
    )
    carry_distance_ft = fields.Integer(
        load_default=None, allow_none=True, validate=validate.Range(1, 100_000)
    )
    sustained_force_lb = fields.Float(
        load_default=None, allow_none=True, validate=validate.Range(0, 2000)
    )
    hours_per_day = fields.Float(load_default=None, allow_none=True, validate=validate.Range(0, 24))
    critical = fields.Boolean(load_default=True)
    niosh = fields.Nested(NioshSchema, load_default=None, allow_none=True)
    lifting_equation = fields.Method("_lifting_equation", dump_only=True)

    def _lifting_equation(self, demand: Any) -> dict[str, float | None] | None:
        niosh = getattr(demand, "niosh", None)
        result = niosh_of(demand.target, demand.unit, niosh) if niosh else None
        if result is None:
            return None
        li = None if result.li is None else round(result.li, 2)
        return {"rwl_lb": round(result.rwl, 1), "lifting_index": li}

    @validates_schema
    def kind_fits(self, data: dict[str, Any], **kwargs: Any) -> None:
        kind = data.get("kind")
        if kind == DemandKind.LIFT and not data.get("height_range"):
            raise ValidationError("A lift needs its height range.", "height_range")
        if kind == DemandKind.POSITION and not data.get("posture"):
            raise ValidationError("A positional demand needs its posture.", "posture")
        handles = kind != DemandKind.POSITION
        if handles != (data.get("unit") in ("lb", "kg")):
            message = "A load or force is in lb or kg." if handles else "Give a time or distance."
            raise ValidationError(message, "unit")


class JobProfileSchema(Schema):
    id = fields.Integer(dump_only=True)
    job_title = Text(required=True, validate=validate.Length(1, 120))
    industry = Text(load_default=None, allow_none=True, validate=validate.Length(1, 60))
    # Derived from the demands by the DOT table; one given that disagrees is refused.
    strength_level = fields.String(
        load_default=None, allow_none=True, validate=validate.OneOf(enum_values(StrengthLevel))
    )
    derived_strength_level = fields.Method("_derived", dump_only=True)
    # Start from an industry template's critical demands instead of listing them.
    template = fields.String(
        load_only=True, load_default=None, validate=validate.OneOf(sorted(TEMPLATES))
    )
    demands = fields.List(
        fields.Nested(DemandSchema), load_default=None, validate=validate.Length(1, 20)
    )

    def _derived(self, profile: JobDemandProfile) -> dict[str, str | None]:
        derived = derived_level(profile.demands)
        return {"level": derived.level.value, "because": derived.because}

    @validates_schema
    def demands_or_template(self, data: dict[str, Any], **kwargs: Any) -> None:
        if not data.get("demands") and not data.get("template"):
            raise ValidationError(
                "Give the job's demands, or a template to take them from.", "demands"
            )


class TemplateTaskSchema(Schema):
    name = fields.String()
    sets = fields.Integer(allow_none=True)
    reps = fields.Integer(allow_none=True)
    load_lb = fields.Float(allow_none=True)
    duration_min = fields.Integer(allow_none=True)
    distance_ft = fields.Integer(allow_none=True)
    trains = fields.String(allow_none=True)  # the demand it works toward
    instructions = fields.String(allow_none=True)
    clinic_only = fields.Boolean()  # needs clinic equipment: never texted as home work


class TemplateSchema(Schema):
    industry = fields.String()
    title = fields.String()
    job_title = fields.String()
    strength_level = fields.String(validate=validate.OneOf(enum_values(StrengthLevel)))
    kind = fields.String(validate=validate.OneOf(enum_values(ProgramKind)))
    demands = fields.List(fields.Nested(DemandSchema))  # no id: not a clinic's row yet
    tasks = fields.List(fields.Nested(TemplateTaskSchema))


class ApplyTemplateSchema(Schema):
    industry = fields.String(required=True, validate=validate.OneOf(sorted(TEMPLATES)))


job_profile_schema = JobProfileSchema()
job_profile_list_schema = items_schema(JobProfileSchema)()
template_list_schema = items_schema(TemplateSchema)()
apply_template_schema = ApplyTemplateSchema()

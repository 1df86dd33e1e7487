"""Schemas of the job side of the API: demand profiles and the industry templates."""

from typing import Any

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from companion.api.schemas import Text, enum_values, items_schema
from companion.models import DemandFrequency, ProgramKind, StrengthLevel
from companion.programs.dose import FIELD_BY_UNIT
from companion.programs.templates import TEMPLATES


class DemandSchema(Schema):
    id = fields.Integer(dump_only=True)
    name = Text(required=True, validate=validate.Length(1, 80))
    target = fields.Float(required=True, validate=validate.Range(0, 100_000, min_inclusive=False))
    # The units a home task can dose, so readiness can measure the demand.
    unit = fields.String(required=True, validate=validate.OneOf(sorted(FIELD_BY_UNIT)))
    frequency = fields.String(required=True, validate=validate.OneOf(enum_values(DemandFrequency)))


class JobProfileSchema(Schema):
    id = fields.Integer(dump_only=True)
    job_title = Text(required=True, validate=validate.Length(1, 120))
    industry = Text(load_default=None, allow_none=True, validate=validate.Length(1, 60))
    strength_level = fields.String(
        required=True, validate=validate.OneOf(enum_values(StrengthLevel))
    )
    # Start from an industry template's critical demands instead of listing them.
    template = fields.String(
        load_only=True, load_default=None, validate=validate.OneOf(sorted(TEMPLATES))
    )
    demands = fields.List(
        fields.Nested(DemandSchema), load_default=None, validate=validate.Length(1, 20)
    )

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

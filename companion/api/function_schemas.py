"""Schemas of a patient's progression model (and, later, their function measures)."""

from marshmallow import Schema, fields, validate

from companion.models import ProgressionModel, StepOrder


class ProgressionSettingsSchema(Schema):
    """How the patient's doses progress; the ceiling and interval are graded activity's."""

    model = fields.String(
        load_default=ProgressionModel.PAIN_MONITORED.value,
        validate=validate.OneOf([m.value for m in ProgressionModel]),
    )
    pain_ceiling = fields.Integer(
        load_default=None, allow_none=True, validate=validate.Range(1, 10)
    )
    quota_interval_days = fields.Integer(
        load_default=None, allow_none=True, validate=validate.Range(1, 28)
    )
    step_order = fields.String(
        load_default=StepOrder.LONGEST_AT_DOSE.value,
        validate=validate.OneOf([o.value for o in StepOrder]),
    )


progression_settings_schema = ProgressionSettingsSchema()

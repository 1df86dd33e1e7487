"""Schemas of a patient's progression model and function measures (PSFS)."""

from typing import Any

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

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

    @validates_schema
    def graded_activity_has_its_ceiling(self, data: dict[str, Any], **kwargs: Any) -> None:
        """Graded activity is not held back by pain within the ceiling the patient agreed to,
        so there is no graded activity without one: refused here as on the dashboard's form,
        never filled in with a default the patient did not agree to."""
        graded = data.get("model") == ProgressionModel.GRADED_ACTIVITY.value
        if graded and data.get("pain_ceiling") is None:
            raise ValidationError(
                "Graded activity needs the pain (1-10) the patient agreed to.", "pain_ceiling"
            )


progression_settings_schema = ProgressionSettingsSchema()


class AssessmentSchema(Schema):
    """One completed PSFS: each activity's rating (0 unable - 10 as before) and the average."""

    occasion = fields.String()
    completed_at = fields.AwareDateTime()
    ratings = fields.Dict(keys=fields.String(), values=fields.Integer())
    score = fields.Float()


PsfsListSchema = Schema.from_dict(
    {"items": fields.List(fields.Nested(AssessmentSchema)), "mdc": fields.Float()},
    name="PsfsList",
)
psfs_list_schema = PsfsListSchema()

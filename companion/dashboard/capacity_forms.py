"""Forms of the patient page's capacity section: a clinic test, a duty, the team's plan."""

from flask_wtf import FlaskForm
from wtforms import (
    DateField,
    DecimalField,
    Field,
    IntegerField,
    SelectChoice,
    SelectField,
    StringField,
    TextAreaField,
    ValidationError,
)
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional

from companion.capacity.units import UNITS, CapacityFrequency
from companion.dashboard.forms import Guarded
from companion.dashboard.job_forms import _labelled
from companion.models import (
    CapacityMethod,
    CapacityPhase,
    DemandFrequency,
    DemandKind,
    Effort,
    HeightRange,
    Posture,
    StopReason,
)


def _choices(values: list[str], blank: str | None = None) -> list[SelectChoice]:
    return _labelled(values, blank)


class CapacityTestForm(Guarded, FlaskForm):
    """One clinic test of one job demand, in the demand's terms."""

    demand_id = SelectField("Demand", coerce=int, validate_choice=False)
    phase = SelectField("Test", choices=_choices([p.value for p in CapacityPhase]))
    method = SelectField("Method", choices=_choices([m.value for m in CapacityMethod]))
    value = DecimalField("Result", places=1, validators=[InputRequired(), NumberRange(0, 100_000)])
    unit = SelectField("Unit", choices=[SelectChoice(u, u) for u in UNITS])
    frequency = SelectField(
        "How often handled",
        choices=_choices([f.value for f in CapacityFrequency], "— (a position held)"),
    )
    distance_ft = IntegerField("Carried ft", validators=[Optional(), NumberRange(1, 100_000)])
    stop_reason = SelectField("Stopped by", choices=_choices([s.value for s in StopReason]))
    effort = SelectField("Effort", choices=_choices([e.value for e in Effort]))
    tested_on = DateField("Date", validators=[InputRequired()])
    note = TextAreaField("Note", validators=[Optional(), Length(max=2000)])


class DutyForm(Guarded, FlaskForm):
    """A transitional duty the employer offers, with its main demand."""

    name = StringField("Duty", validators=[DataRequired(), Length(max=120)])
    hours_per_day = DecimalField(
        "Hours a day", places=1, validators=[Optional(), NumberRange(0, 24)]
    )
    kind = SelectField("Kind", choices=_choices([k.value for k in DemandKind]))
    height_range = SelectField(
        "Height range", choices=_choices([h.value for h in HeightRange], "—")
    )
    posture = SelectField("Posture", choices=_choices([p.value for p in Posture], "—"))
    target = DecimalField(
        "Load, force or time", places=1, validators=[InputRequired(), NumberRange(0.1, 100_000)]
    )
    unit = SelectField("Unit", choices=[SelectChoice(u, u) for u in UNITS])
    frequency = SelectField("How often", choices=_choices([f.value for f in DemandFrequency]))


class ReturnDateForm(Guarded, FlaskForm):
    return_to_work_on = DateField("Return-to-work date (set by the team)", validators=[Optional()])
    graded_hours = StringField(
        "Graded hours a day, week by week (e.g. 4, 6, 8)", validators=[Optional(), Length(max=80)]
    )

    def validate_graded_hours(self, field: Field) -> None:
        try:
            hours_list(field.data)
        except ValueError:
            raise ValidationError("Give hours a day as numbers, e.g. 4, 6, 8.") from None


def hours_list(text: str | None) -> list[float]:
    """'4, 6, 8' as [4.0, 6.0, 8.0]; raises ValueError on anything else."""
    parts = [part.strip() for part in (text or "").replace(";", ",").split(",")]
    hours = [float(part) for part in parts if part]
    if any(h != h or h in (float("inf"), float("-inf")) for h in hours):
        raise ValueError("not a number")
    return hours


class SignOffForm(Guarded, FlaskForm):
    physician_name = StringField("Physician", validators=[DataRequired(), Length(max=120)])
    physician_signed_on = DateField("Signed on", validators=[InputRequired()])

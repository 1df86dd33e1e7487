"""The job demand analysis form: material handling and positions, the DOT level derived."""

from typing import Any

from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    DecimalField,
    Field,
    FieldList,
    Form,
    FormField,
    IntegerField,
    SelectChoice,
    SelectField,
    StringField,
    ValidationError,
)
from wtforms.validators import DataRequired, Length, NumberRange, Optional
from wtforms.widgets import HiddenInput

from companion.capacity.units import UNITS
from companion.dashboard.forms import Guarded
from companion.dashboard.lift_geometry import LiftGeometry
from companion.models import DemandFrequency, DemandKind, HeightRange, Posture, StrengthLevel
from companion.programs.templates import TEMPLATES

DEMAND_ROWS = 6
FIELDS = (
    "name", "kind", "height_range", "posture", "target", "unit", "frequency", "lifts_per_hour",
    "carry_distance_ft", "sustained_force_lb", "hours_per_day", "critical",
)  # fmt: skip


def _labelled(values: list[str], blank: str | None = None) -> list[SelectChoice]:
    choices = [SelectChoice(v, v.replace("_", " ")) for v in values]
    return ([SelectChoice("", blank)] if blank is not None else []) + choices


def _optional_number(label: str, high: int) -> DecimalField:
    return DecimalField(label, places=1, validators=[Optional(), NumberRange(0, high)])


class DemandForm(Guarded, LiftGeometry, Form):
    """One demand of the job; a row without a name is left out (edited: removed). A lift may
    carry its geometry for the NIOSH lifting equation (lift_geometry)."""

    id = IntegerField(widget=HiddenInput(), validators=[Optional()])
    name = StringField("Demand", validators=[Optional(), Length(max=80)])
    kind = SelectField("Kind", choices=_labelled([k.value for k in DemandKind]))
    height_range = SelectField(
        "Height range", choices=_labelled([h.value for h in HeightRange], "—")
    )
    posture = SelectField("Posture", choices=_labelled([p.value for p in Posture], "—"))
    target = DecimalField(
        "Load, force or time", places=1, validators=[Optional(), NumberRange(0.1, 100_000)]
    )
    unit = SelectField("Unit", choices=list(UNITS))
    frequency = SelectField("How often", choices=_labelled([f.value for f in DemandFrequency]))
    lifts_per_hour = IntegerField("Per hour", validators=[Optional(), NumberRange(0, 3600)])
    carry_distance_ft = IntegerField("Carry ft", validators=[Optional(), NumberRange(1, 100_000)])
    sustained_force_lb = _optional_number("Sustained lb", 2000)
    hours_per_day = _optional_number("Hours a day", 24)
    critical = BooleanField("Critical", default=True)

    def validate(self, extra_validators: Any = None) -> bool:
        valid = super().validate(extra_validators)
        return self.check_geometry(self.kind.data, bool(self.name.data)) and valid

    def validate_name(self, field: Field) -> None:
        if not field.data:
            return
        if self.target.data is None:
            raise ValidationError("Give the target.")

    def validate_height_range(self, field: Field) -> None:
        if self.name.data and self.kind.data == DemandKind.LIFT and not field.data:
            raise ValidationError("A lift needs its height range.")

    def validate_posture(self, field: Field) -> None:
        if self.name.data and self.kind.data == DemandKind.POSITION and not field.data:
            raise ValidationError("A positional demand needs its posture.")

    def validate_unit(self, field: Field) -> None:
        handles = self.kind.data != DemandKind.POSITION
        if self.name.data and handles != (field.data in ("lb", "kg")):
            raise ValidationError("lb or kg" if handles else "A time or distance.")


class JobProfileForm(Guarded, FlaskForm):
    """A job demand analysis: the clinic's own, or an industry template's demands."""

    job_title = StringField("Job title", validators=[DataRequired(), Length(max=120)])
    industry = StringField("Industry", validators=[Optional(), Length(max=60)])
    strength_level = SelectField(
        "DOT strength level",
        choices=_labelled([s.value for s in StrengthLevel], "derive from the demands"),
    )
    template = SelectField(
        "Or take the demands of",
        choices=[SelectChoice("", "no template")]
        + [SelectChoice(t.industry, t.title) for t in TEMPLATES.values()],
    )
    demands = FieldList(FormField(DemandForm), min_entries=DEMAND_ROWS, max_entries=20)

    def validate_demands(self, field: Field) -> None:
        if not self.template.data and not any(row.form.name.data for row in field.entries):
            raise ValidationError("Give the job's demands, or a template to take them from.")


class JobEditForm(Guarded, FlaskForm):
    """A job demand analysis corrected: its title, level and demands."""

    job_title = StringField("Job title", validators=[DataRequired(), Length(max=120)])
    industry = StringField("Industry", validators=[Optional(), Length(max=60)])
    strength_level = SelectField(
        "DOT strength level",
        choices=_labelled([s.value for s in StrengthLevel], "derive from the demands"),
    )
    demands = FieldList(FormField(DemandForm), max_entries=20)

    def validate_demands(self, field: Field) -> None:
        if not any(row.form.name.data for row in field.entries):
            raise ValidationError("A job needs at least one demand.")


def demand_rows(form: JobProfileForm | JobEditForm) -> list[dict[str, Any]]:
    """The named rows as create_profile and edit_profile take them (empty choices as None)."""
    rows = []
    for row in form.demands:
        if row.form.name.data:
            data = {name: row.form[name].data for name in ("id", *FIELDS)}
            rows.append({k: (None if v == "" else v) for k, v in data.items()})
            rows[-1]["niosh"] = row.form.geometry()  # None: none given (edited: removed)
    return rows


def show_geometry(form: JobEditForm, demands: list[Any]) -> None:
    """The edit form's rows show each demand's stored lift geometry."""
    for row, demand in zip(form.demands, demands, strict=False):
        row.form.show_geometry(demand.niosh)

"""The enrol form: the patient, the programme and its task rows, consent, and the progression
model and PSFS activities (companion.dashboard.function_forms)."""

from datetime import time

from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    Field,
    FieldList,
    Form,
    FormField,
    IntegerField,
    SelectChoice,
    SelectField,
    StringField,
    TimeField,
    ValidationError,
)
from wtforms.validators import DataRequired, Length, NumberRange, Optional

from companion.dashboard.forms import (
    A_TIME,
    US_ZONES,
    Guarded,
    PatientIdentity,
    known_zone,
    weekday_boxes,
)
from companion.dashboard.function_forms import ProgressionSubform, PsfsFields
from companion.models import ConsentMethod, ProgramKind

TASK_ROWS = 6


class TaskForm(Guarded, Form):
    """One programme task row; a row without a name is left out."""

    name = StringField("Task", validators=[Optional(), Length(max=80)])
    # Asked when the patient reads Spanish; empty: the English name.
    name_es = StringField("Task in Spanish", validators=[Optional(), Length(max=80)])
    sets = IntegerField("Sets", validators=[Optional(), NumberRange(1, 20)])
    reps = IntegerField("Reps", validators=[Optional(), NumberRange(1, 200)])
    load_lb = IntegerField("Load (lb)", validators=[Optional(), NumberRange(0, 500)])
    duration_min = IntegerField("Minutes", validators=[Optional(), NumberRange(1, 480)])
    distance_ft = IntegerField("Feet", validators=[Optional(), NumberRange(1, 10_000)])
    job_demand_id = SelectField("Trains", coerce=int, validate_choice=False, default=0)

    def validate_name(self, field: Field) -> None:
        dose = (self.reps.data, self.duration_min.data, self.distance_ft.data)
        if field.data and not any(dose):
            raise ValidationError("Give reps, minutes or feet.")


class EnrolForm(PatientIdentity, PsfsFields, Guarded, FlaskForm):
    timezone = SelectField("Time zone", choices=US_ZONES, validators=[known_zone])
    job_profile_id = SelectField("Job", coerce=int, default=0)
    kind = SelectField(
        "Programme", choices=[SelectChoice(k.value, k.value.replace("_", " ")) for k in ProgramKind]
    )
    days = weekday_boxes("Days", ["mon", "tue", "wed", "thu", "fri"])
    plan_time = TimeField("Plan text at", default=time(8, 0), validators=[DataRequired(A_TIME)])
    reminder_time = TimeField("Reminder at", default=time(18, 0), validators=[DataRequired(A_TIME)])
    tasks = FieldList(FormField(TaskForm), min_entries=TASK_ROWS, max_entries=12)
    sms_consent = BooleanField(
        "The patient agreed to receive programme texts (msg & data rates may apply; STOP ends)",
        validators=[DataRequired(message="Texts need the patient's consent.")],
    )
    consent_method = SelectField(
        "Consent given",
        choices=[
            SelectChoice(ConsentMethod.VERBAL, "verbally"),
            SelectChoice(ConsentMethod.PAPER, "on paper"),
        ],
    )

    progression = FormField(ProgressionSubform)

    def validate_tasks(self, field: Field) -> None:
        if not any(row.form.name.data for row in field.entries):
            raise ValidationError("Give at least one task.")

"""Form pieces of progression and function: the progression model (on the enrol form and the
patient page) and the 3-5 PSFS activities chosen at enrolment.

No field here carries the browser's `required`: the pain ceiling is needed only in graded
activity and the PSFS activities may all be left blank, so the server decides and names the
field (a `required` on a conditional field would block every other enrolment).
"""

from typing import Any

from flask_wtf import FlaskForm
from wtforms import Field, FieldList, Form, IntegerField, SelectChoice, SelectField, StringField
from wtforms.validators import Length, NumberRange, Optional, StopValidation, ValidationError

from companion.dashboard.forms import Guarded
from companion.function import MAX_ACTIVITIES, MIN_ACTIVITIES, default_activities
from companion.models import JobDemandProfile, ProgressionModel, StepOrder

MODEL_LABELS = {
    ProgressionModel.PAIN_MONITORED: "Pain-monitored (pain up to 5)",
    ProgressionModel.GRADED_ACTIVITY: "Graded activity (quotas on schedule)",
}
ORDER_LABELS = {
    StepOrder.LONGEST_AT_DOSE: "The task longest at its dose",
    StepOrder.TASK_ORDER: "The programme's task order",
}
CEILING_NEEDED = "Agreed pain ceiling: graded activity needs the pain (1-10) the patient agreed to."
PSFS_COUNT = (
    f"PSFS activities: give {MIN_ACTIVITIES} to {MAX_ACTIVITIES}, or leave all blank for the "
    "job's critical demands."
)


def _ceiling(form: Any, field: Field) -> None:
    """Needed in graded activity only; a blank one is no error in pain-monitoring."""
    if field.raw_data and field.raw_data[0].strip():
        return  # typed: NumberRange (or the field's own "not a number") speaks
    field.errors[:] = []  # a blank number box posts "", which is no number but no error either
    if form.model.data == ProgressionModel.GRADED_ACTIVITY:
        raise StopValidation(CEILING_NEEDED)
    raise StopValidation()


class ProgressionFields:
    """How the patient's doses progress; in graded activity the task doses as enrolled are
    the baseline quotas, and the agreed pain ceiling is asked for."""

    model = SelectField(
        "Progression model",
        choices=[SelectChoice(m.value, label) for m, label in MODEL_LABELS.items()],
        default=ProgressionModel.PAIN_MONITORED.value,
    )
    pain_ceiling = IntegerField(
        "Agreed pain ceiling (graded activity)",
        validators=[_ceiling, NumberRange(1, 10, "Agreed pain ceiling: a whole number 1-10.")],
    )
    quota_interval_days = IntegerField(
        "Quota rises every (days)",
        validators=[Optional(), NumberRange(1, 28, "Quota interval: 1 to 28 days.")],
    )
    step_order = SelectField(
        "One step a day goes to",
        choices=[SelectChoice(o.value, label) for o, label in ORDER_LABELS.items()],
        default=StepOrder.LONGEST_AT_DOSE.value,
    )


class ProgressionForm(ProgressionFields, Guarded, FlaskForm):
    """The patient page's form to change the model."""


class ProgressionSubform(ProgressionFields, Guarded, Form):
    """The enrol form's progression part (no CSRF token of its own)."""


class PsfsFields:
    """The PSFS activities the patient will rate by text (companion.function)."""

    psfs_activities = FieldList(
        StringField("PSFS activity", validators=[Optional(), Length(max=80)]),
        min_entries=MAX_ACTIVITIES,
        max_entries=MAX_ACTIVITIES,
    )

    def validate_psfs_activities(self, field: Field) -> None:
        given = psfs_choice(field)
        if given is not None and not MIN_ACTIVITIES <= len(given) <= MAX_ACTIVITIES:
            raise ValidationError(PSFS_COUNT)


def psfs_choice(field: Any) -> list[str] | None:
    """The activities typed, in order; None when all are blank (the job's default then)."""
    given = [(entry.data or "").strip() for entry in field.entries]
    chosen = [activity for activity in given if activity]
    return chosen or None


def function_initial(profile: JobDemandProfile | None) -> dict[str, Any]:
    """The enrol form's starting values: pain-monitored, and the job's critical demands."""
    return {
        "progression": {"model": ProgressionModel.PAIN_MONITORED.value},
        "psfs_activities": default_activities(profile),
    }


def refill_psfs(field: Any, profile: JobDemandProfile | None) -> None:
    """On loading a template: blank activities take the chosen job's critical demands."""
    if psfs_choice(field) is not None:
        return
    activities = default_activities(profile)
    for n, entry in enumerate(field.entries):
        entry.data = activities[n] if n < len(activities) else ""


def enrolment_function(form: Any) -> dict[str, Any]:
    """The progression settings and PSFS activities of a validated enrol form, as
    `enroll_patient` takes them."""
    return {
        "progression": form.progression.data,
        "psfs_activities": psfs_choice(form.psfs_activities),
    }

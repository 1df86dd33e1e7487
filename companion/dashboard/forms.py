"""The dashboard's forms (Flask-WTF, so each carries its CSRF token)."""

import uuid
from typing import Any
from zoneinfo import available_timezones

from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    DecimalField,
    Field,
    Form,
    HiddenField,
    IntegerField,
    PasswordField,
    SelectChoice,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
    TimeField,
    ValidationError,
    widgets,
)
from wtforms.fields.core import UnboundField
from wtforms.form import BaseForm
from wtforms.meta import DefaultMeta
from wtforms.validators import (
    DataRequired,
    EqualTo,
    InputRequired,
    Length,
    NumberRange,
    Optional,
    Regexp,
    StopValidation,
)

from companion.hostile import value_problem
from companion.models import (
    DischargeOutcome,
    Language,
    Role,
)
from companion.models.program import WEEKDAYS
from companion.phones import EXPECTED, PhoneError, to_e164

US_ZONES = [
    "America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
    "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu",
]  # fmt: skip
_ZONES = available_timezones()
A_TIME = "Give a time such as 08:00."


def storable(form: Any, field: Field) -> None:
    """Every field's first check: a value no column can hold (companion.hostile) is that
    field's error, and no later check, query or insert ever sees it."""
    if problem := value_problem(field.data):
        raise StopValidation(problem)


class Guarded:
    """Mixed into every dashboard form, so that a NUL, a control character, an unpaired
    surrogate, a number beyond the integer column or a decimal NaN in any field is a form
    error naming it, never a 500 from the database."""

    class Meta(DefaultMeta):
        def bind_field(self, form: BaseForm, unbound_field: UnboundField, options: Any) -> Field:
            field = super().bind_field(form, unbound_field, options)
            field.validators = [storable, *field.validators]
            return field


class LoginForm(Guarded, FlaskForm):
    email = StringField("Email", validators=[DataRequired(), Length(max=254)])
    password = PasswordField("Password", validators=[DataRequired(), Length(max=200)])


class PasswordForm(Guarded, FlaskForm):
    current = PasswordField("Current password", validators=[DataRequired()])
    new = PasswordField("New password", validators=[DataRequired(), Length(min=10, max=200)])
    confirm = PasswordField(
        "New password again", validators=[EqualTo("new", message="The two entries differ.")]
    )


class NoteForm(Guarded, FlaskForm):
    body = TextAreaField("Note", validators=[DataRequired(), Length(max=4000)])
    include_in_report = BooleanField("Include in next report")


class DischargeForm(Guarded, FlaskForm):
    outcome = SelectField(
        "Outcome",
        choices=[SelectChoice("", "Choose where the programme left them")]
        + [SelectChoice(o.value, o.label) for o in DischargeOutcome],
        validators=[DataRequired(message="Choose the outcome.")],
    )


def attach_error(form: Form, name: str, message: str) -> None:
    """Show a refusal from the domain at the field it names (or atop the form)."""
    field = form._fields.get(name)
    (field.errors if field is not None else form.form_errors).append(message)


def e164(form: Any, field: Field) -> None:
    """Accept any common format; store E.164 (US numbers need no country code)."""
    try:
        field.data = to_e164(field.data or "")
    except PhoneError as exc:
        raise ValidationError(str(exc)) from exc


def known_zone(form: Any, field: Field) -> None:
    if field.data not in _ZONES:
        raise ValidationError("Pick a time zone from the list, such as America/Chicago.")


def some_day(form: Any, field: Field) -> None:
    """At least one day, checked here: InputRequired would put `required` on every checkbox,
    and the browser would then refuse anything but all seven days."""
    if not field.data:
        raise StopValidation("Pick at least one day.")


def weekday_boxes(label: str, default: list[str] | None = None) -> SelectMultipleField:
    return SelectMultipleField(
        label,
        default=default,
        choices=[SelectChoice(d, d.title()) for d in WEEKDAYS],
        widget=widgets.ListWidget(prefix_label=False),
        option_widget=widgets.CheckboxInput(),
        validators=[some_day],
    )


class PatientIdentity:
    """The fields that name and reach a patient, the same at enrolment and when corrected."""

    first_name = StringField(
        "First name", validators=[DataRequired("Give the patient's first name."), Length(max=60)]
    )
    last_initial = StringField(
        "Last initial", validators=[Optional(), Length(max=1, message="One letter, or none.")]
    )
    phone = StringField("Mobile phone", validators=[DataRequired(f"Give {EXPECTED}."), e164])
    language = SelectField(
        "Texts in",
        choices=[SelectChoice(Language.EN, "English"), SelectChoice(Language.ES, "Spanish")],
    )


class PatientForm(PatientIdentity, Guarded, FlaskForm):
    """The patient's details, corrected after enrolment (choices filled by the view)."""

    timezone = SelectField("Time zone", validate_choice=False, validators=[known_zone])
    job_profile_id = SelectField("Job", coerce=int, validate_choice=False, default=0)
    therapist_id = SelectField("Treated by", coerce=int, validate_choice=False)


class ScheduleForm(Guarded, FlaskForm):
    """The programme's days and text times, edited after enrolment."""

    days = weekday_boxes("Days")
    plan_time = TimeField("Plan text at", validators=[DataRequired()])
    reminder_time = TimeField("Reminder at", validators=[DataRequired()])


class DoseForm(Guarded, FlaskForm):
    """One task's name, dose and instructions."""

    name = StringField(
        "Task name", validators=[DataRequired("Give the task a name."), Length(max=80)]
    )
    sets = IntegerField("Sets", validators=[Optional(), NumberRange(1, 20)])
    reps = IntegerField("Reps", validators=[Optional(), NumberRange(1, 200)])
    load_lb = DecimalField("Load (lb)", places=1, validators=[Optional(), NumberRange(0, 500)])
    duration_min = IntegerField("Minutes", validators=[Optional(), NumberRange(1, 480)])
    distance_ft = IntegerField("Feet", validators=[Optional(), NumberRange(1, 10_000)])
    instructions = TextAreaField("Instructions", validators=[Optional(), Length(max=300)])
    # Shown for a Spanish-speaking patient; absent from the post, they stay as they were.
    name_es = StringField("Name in Spanish", validators=[Optional(), Length(max=80)])
    instructions_es = TextAreaField(
        "Instructions in Spanish", validators=[Optional(), Length(max=300)]
    )


class CustomTaskForm(DoseForm):
    """A task of the therapist's own, not in the template library."""

    job_demand_id = SelectField("Trains", coerce=int, validate_choice=False, default=0)


class AddTaskForm(Guarded, FlaskForm):
    task = SelectField("Add a task", validate_choice=False)


class TemplateForm(Guarded, FlaskForm):
    industry = SelectField("Replace all tasks with the template for", validate_choice=False)


def _labelled(values: list[str]) -> list[SelectChoice]:
    return [SelectChoice(v, v.replace("_", " ")) for v in values]


def _score(label: str, low: int = 1, high: int = 10) -> IntegerField:
    return IntegerField(label, validators=[InputRequired(), NumberRange(low, high)])


class ThresholdsForm(Guarded, FlaskForm):
    """The clinic's alert thresholds (monitoring.rules.Thresholds); adherence in percent."""

    urgent_pain = _score("Urgent: pain reported at or above")
    session_pain = _score("High: pain after a session above", 1, 9)
    baseline_rise = _score("High: pain above the patient's baseline by", 1, 5)
    high_fatigue = _score("Watch: fatigue two reports running at or above")
    silent_watch = _score("Watch: programme days without a reply", 1, 14)
    silent_high = _score("High: programme days without a reply", 2, 21)
    adherence_floor = IntegerField(
        "Watch: 7-day adherence below (%)", validators=[InputRequired(), NumberRange(0, 100)]
    )

    def validate_urgent_pain(self, field: Field) -> None:
        if field.data is not None and self.session_pain.data is not None:
            if field.data <= self.session_pain.data:
                raise ValidationError("Make it above the session pain limit.")

    def validate_silent_high(self, field: Field) -> None:
        if field.data is not None and self.silent_watch.data is not None:
            if field.data <= self.silent_watch.data:
                raise ValidationError("Make it more days than the watch.")


def _optional_e164(form: Any, field: Field) -> None:
    if field.data:
        e164(form, field)


class MemberForm(Guarded, FlaskForm):
    """A new clinic user; the password is theirs to change once signed in."""

    name = StringField("Name", validators=[DataRequired(), Length(max=120)])
    email = StringField(
        "Email",
        validators=[
            DataRequired(),
            Length(max=254),
            Regexp(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", message="Not an email address."),
        ],
    )
    role = SelectField("Role", choices=_labelled([r.value for r in Role]))
    phone = StringField("Mobile for urgent alerts", validators=[Optional(), _optional_e164])
    password = PasswordField("First password", validators=[DataRequired(), Length(min=10, max=200)])


class MobileForm(Guarded, FlaskForm):
    """A clinic user's own mobile for urgent-alert texts; blank clears it."""

    phone = StringField("Mobile for urgent alerts", validators=[Optional(), _optional_e164])


class LetGoForm(Guarded, FlaskForm):
    successor = SelectField("Their patients go to", coerce=int, validate_choice=False, default=0)


MAX_CHARS = 480  # three SMS segments of plain letters, near enough; the segment count decides
HINT = "First name only; no diagnosis, employer or claim details."
EXPIRED = "This form is out of date: reload the page and send again."


def new_token() -> str:
    return uuid.uuid4().hex


class TextForm(Guarded, FlaskForm):
    body = TextAreaField(
        "Text to the patient",
        validators=[
            InputRequired("Write the text to send."),
            Length(max=MAX_CHARS, message=f"At most {MAX_CHARS} characters."),
        ],
    )
    resolve = BooleanField("Resolve the question")
    alert_id = IntegerField(validators=[Optional()])
    # One per page load: sending the same form twice queues one text.
    token = HiddenField(
        default=new_token,
        validators=[
            InputRequired(EXPIRED),
            Regexp(r"^[0-9a-f]{32}$", message=EXPIRED),
        ],
    )

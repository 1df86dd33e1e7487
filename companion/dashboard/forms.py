"""The dashboard's forms (Flask-WTF, so each carries its CSRF token)."""

import uuid
from datetime import time
from typing import Any
from zoneinfo import available_timezones

import phonenumbers
from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    DecimalField,
    Field,
    FieldList,
    Form,
    FormField,
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
from wtforms.validators import (
    DataRequired,
    EqualTo,
    InputRequired,
    Length,
    NumberRange,
    Optional,
    Regexp,
)

from companion.models import (
    ConsentMethod,
    DischargeOutcome,
    Language,
    ProgramKind,
    Role,
)
from companion.models.program import WEEKDAYS

US_ZONES = [
    "America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
    "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu",
]  # fmt: skip
_ZONES = available_timezones()
TASK_ROWS = 6


class LoginForm(FlaskForm):
    email = StringField("Email", validators=[DataRequired(), Length(max=254)])
    password = PasswordField("Password", validators=[DataRequired(), Length(max=200)])


class PasswordForm(FlaskForm):
    current = PasswordField("Current password", validators=[DataRequired()])
    new = PasswordField("New password", validators=[DataRequired(), Length(min=10, max=200)])
    confirm = PasswordField(
        "New password again", validators=[EqualTo("new", message="The two entries differ.")]
    )


class NoteForm(FlaskForm):
    body = TextAreaField("Note", validators=[DataRequired(), Length(max=4000)])
    include_in_report = BooleanField("Include in next report")


class DischargeForm(FlaskForm):
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
        number = phonenumbers.parse(field.data or "", "US")
    except phonenumbers.NumberParseException as exc:
        raise ValidationError("Not a phone number.") from exc
    if not phonenumbers.is_valid_number(number):
        raise ValidationError("Not a valid phone number.")
    field.data = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def known_zone(form: Any, field: Field) -> None:
    if field.data not in _ZONES:
        raise ValidationError("Not a known IANA time zone.")


class TaskForm(Form):
    """One programme task row; a row without a name is left out."""

    name = StringField("Task", validators=[Optional(), Length(max=80)])
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


def _weekdays(label: str, default: list[str] | None = None) -> SelectMultipleField:
    return SelectMultipleField(
        label,
        default=default,
        choices=[SelectChoice(d, d.title()) for d in WEEKDAYS],
        widget=widgets.ListWidget(prefix_label=False),
        option_widget=widgets.CheckboxInput(),
        validators=[InputRequired(message="Pick at least one day.")],
    )


class EnrolForm(FlaskForm):
    first_name = StringField("First name", validators=[DataRequired(), Length(max=60)])
    last_initial = StringField("Last initial", validators=[Optional(), Length(max=1)])
    phone = StringField("Mobile phone", validators=[DataRequired(), e164])
    timezone = SelectField("Time zone", choices=US_ZONES, validators=[known_zone])
    language = SelectField(
        "Texts in",
        choices=[SelectChoice(Language.EN, "English"), SelectChoice(Language.ES, "Spanish")],
    )
    job_profile_id = SelectField("Job", coerce=int, default=0)
    kind = SelectField(
        "Programme", choices=[SelectChoice(k.value, k.value.replace("_", " ")) for k in ProgramKind]
    )
    days = _weekdays("Days", ["mon", "tue", "wed", "thu", "fri"])
    plan_time = TimeField("Plan text at", default=time(8, 0), validators=[DataRequired()])
    reminder_time = TimeField("Reminder at", default=time(18, 0), validators=[DataRequired()])
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

    def validate_tasks(self, field: Field) -> None:
        if not any(row.form.name.data for row in field.entries):
            raise ValidationError("Give at least one task.")


class ScheduleForm(FlaskForm):
    """The programme's days and text times, edited after enrolment."""

    days = _weekdays("Days")
    plan_time = TimeField("Plan text at", validators=[DataRequired()])
    reminder_time = TimeField("Reminder at", validators=[DataRequired()])


class DoseForm(FlaskForm):
    """One task's dose and instructions."""

    sets = IntegerField("Sets", validators=[Optional(), NumberRange(1, 20)])
    reps = IntegerField("Reps", validators=[Optional(), NumberRange(1, 200)])
    load_lb = DecimalField("Load (lb)", places=1, validators=[Optional(), NumberRange(0, 500)])
    duration_min = IntegerField("Minutes", validators=[Optional(), NumberRange(1, 480)])
    instructions = TextAreaField("Instructions", validators=[Optional(), Length(max=300)])


class AddTaskForm(FlaskForm):
    task = SelectField("Add a task", validate_choice=False)


class TemplateForm(FlaskForm):
    industry = SelectField("Replace all tasks with the template for", validate_choice=False)


def _labelled(values: list[str]) -> list[SelectChoice]:
    return [SelectChoice(v, v.replace("_", " ")) for v in values]


def _score(label: str, low: int = 1, high: int = 10) -> IntegerField:
    return IntegerField(label, validators=[InputRequired(), NumberRange(low, high)])


class ThresholdsForm(FlaskForm):
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


class MemberForm(FlaskForm):
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


class LetGoForm(FlaskForm):
    successor = SelectField("Their patients go to", coerce=int, validate_choice=False, default=0)


MAX_CHARS = 480  # three SMS segments of plain letters, near enough; the segment count decides
HINT = "First name only; no diagnosis, employer or claim details."
EXPIRED = "This form is out of date: reload the page and send again."


def new_token() -> str:
    return uuid.uuid4().hex


class TextForm(FlaskForm):
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

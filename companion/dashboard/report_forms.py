"""The forms of the weekly report workflow: the patient's case manager, and a release."""

from datetime import date
from typing import Any

from flask_wtf import FlaskForm
from wtforms import DateField, SelectMultipleField, StringField
from wtforms.validators import InputRequired, Length, Regexp

from companion.dashboard.forms import Guarded


def _stripped(value: str | None) -> str | None:
    return value.strip() if isinstance(value, str) else value


class CaseManagerForm(Guarded, FlaskForm):
    """The employer's or insurer's case manager; all blank means none on file."""

    name = StringField("Name", filters=[_stripped], validators=[Length(max=120)])
    organisation = StringField("Organisation", filters=[_stripped], validators=[Length(max=120)])
    email = StringField(
        "Email",
        filters=[_stripped],
        validators=[
            Length(max=254),
            Regexp(r"^([^@\s]+@[^@\s]+\.[^@\s]+)?$", message="Not an email address."),
        ],
    )

    claim_number = StringField(
        "Claim or referral number",
        filters=[_stripped],
        validators=[
            Length(max=40, message="At most 40 characters."),
            Regexp(
                r"^[A-Za-z0-9 ./#-]*$",
                message="Letters, digits, spaces and . / # - only, such as WC-2026-004417.",
            ),
        ],
    )

    def validate(self, extra_validators: Any = None) -> bool:
        """Each field's own rules, then: anyone on file needs a name and an address."""
        valid = super().validate(extra_validators)
        if self.name.data or self.organisation.data or self.email.data:
            if not self.name.data:
                self.name.errors.append("Give the case manager's name.")
                valid = False
            if not self.email.data and not self.email.errors:
                self.email.errors.append("Give an email address: the report goes there.")
                valid = False
        return valid


class ReleaseSeveralForm(Guarded, FlaskForm):
    """Several due reports ticked on the Reports page, each 'patient id:week's Monday'."""

    picked = SelectMultipleField("Reports to release", choices=[])

    def pairs(self) -> list[tuple[int, date]]:
        return [
            (int(p), date.fromisoformat(w)) for p, w in (v.split(":") for v in self.picked.data)
        ]


class ReleaseForm(Guarded, FlaskForm):
    """Which week's report the therapist releases (its Monday)."""

    week = DateField("Week of", validators=[InputRequired()])

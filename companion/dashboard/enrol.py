"""Enrolling a patient from the dashboard, with consent capture and industry templates."""

from typing import Any

from flask import redirect, render_template, request, url_for

from companion.dashboard import bp
from companion.dashboard.enrolment import enrol_from_form, enrolment_form
from companion.patients import EnrolmentError
from companion.programs.templates import TEMPLATES
from companion.security import current_therapist
from messaging.db import utcnow

LOAD = "load_template"  # the name of the button that asks for a template's tasks


def render_form(form: Any, template: str, status: int = 200) -> Any:
    return render_template(
        "dashboard/enrol.html", form=form, template=template, templates=TEMPLATES.values()
    ), status


@bp.get("/patients/new")
def new_patient() -> Any:
    """Show the enrolment form, its tasks taken from an industry's programme template."""
    return render_form(*enrolment_form(current_therapist(), request.args))


@bp.post("/patients/new")
def create_patient() -> Any:
    """Enrol a patient; their consent to texts is required and recorded.

    "Load template" posts here too (the patient's details stay out of the URL and the logs):
    it shows the form again with the template's tasks and everything else as typed.
    """
    therapist = current_therapist()
    load = LOAD in request.form
    form, template = enrolment_form(therapist, request.form, load)
    if load:
        return render_form(form, template)
    if form.validate():
        try:
            patient = enrol_from_form(therapist, form, utcnow())
        except EnrolmentError as exc:
            form.phone.errors = list(exc.errors.get("phone", ["Check the details."]))
        else:
            return redirect(url_for("dashboard.show_patient", patient_id=patient.id))
    return render_form(form, template, 422)

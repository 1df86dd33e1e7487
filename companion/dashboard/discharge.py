"""Discharging a patient from the patient page (the treating team's therapists only)."""

from typing import Any

from flask import abort, flash, redirect, render_template, url_for

from companion.dashboard import bp
from companion.dashboard.forms import DischargeForm, NoteForm, attach_error
from companion.dashboard.record import patient_record
from companion.discharge import DischargeError, discharge
from companion.extensions import db
from companion.models import DischargeOutcome
from companion.patients import patient_for
from companion.security import current_therapist
from messaging.db import utcnow


@bp.post("/patients/<id:patient_id>/discharge")
def discharge_patient(patient_id: int) -> Any:
    """End the programme with its outcome; a refusal is shown at the form, nothing changed."""
    therapist, now = current_therapist(), utcnow()
    patient = patient_for(therapist, patient_id)
    if patient is None:
        abort(404)
    form = DischargeForm()
    if form.validate():
        try:
            outcome = DischargeOutcome(form.outcome.data)
            discharge(therapist, patient, outcome, now)
        except DischargeError as error:
            db.session.rollback()
            attach_error(form, "outcome", str(error))
        else:
            flash(f"{patient.display_name} is discharged: {outcome.label}.")
            return redirect(url_for("dashboard.show_patient", patient_id=patient_id))
    record = patient_record(therapist, patient_id, now)
    page = render_template(
        "dashboard/patient.html", record=record, note_form=NoteForm(), discharge_form=form
    )
    return page, 422

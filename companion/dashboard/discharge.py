"""Discharging a patient from the patient page (the treating team's therapists only)."""

from typing import Any

from flask import abort, flash, redirect, url_for

from companion.dashboard import bp
from companion.dashboard.forms import DischargeForm, attach_error
from companion.dashboard.patients import patient_page
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
    return patient_page(patient_id, discharge=form, status=422)

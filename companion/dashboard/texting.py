"""Texting the patient from their page: the form, and the view that queues the text."""

from typing import Any

from flask import abort, flash, redirect, url_for

from companion.dashboard import bp
from companion.dashboard.forms import TextForm, attach_error
from companion.dashboard.patients import patient_page
from companion.models import Patient
from companion.patients import patient_for
from companion.security import current_therapist
from companion.therapist_texts import Queued, Refused, local_clock, text_patient
from messaging.db import utcnow


def sent_note(patient: Patient, queued: Queued) -> str:
    """What the therapist is told once the text is in the outbox."""
    if queued.again:
        return "That text was already sent; it was not sent again."
    segments = f"{queued.segments} SMS segment{'s' if queued.segments != 1 else ''}"
    if queued.goes_at is not None:
        clock = local_clock(queued.goes_at, patient)
        return f"Text queued ({segments}): quiet hours, it goes at {clock} the patient's time."
    return f"Text sent to {patient.first_name} ({segments})."


@bp.post("/patients/<id:patient_id>/texts")
def post_text(patient_id: int) -> Any:
    """Text the patient through the outbox, and resolve the question it answers if asked."""
    therapist, form = current_therapist(), TextForm()
    patient = patient_for(therapist, patient_id)
    if patient is None:
        abort(404)
    if not form.validate():
        return patient_page(patient_id, text_form=form, status=422)
    alert_id = form.alert_id.data if form.resolve.data else None
    try:
        body, token = form.body.data, form.token.data
        queued = text_patient(therapist, patient, body, token, alert_id, utcnow())
    except Refused as refused:
        attach_error(form, refused.field, refused.reason)
        return patient_page(patient_id, text_form=form, status=422)
    flash(sent_note(patient, queued))
    return redirect(url_for("dashboard.show_patient", patient_id=patient_id) + "#texts")

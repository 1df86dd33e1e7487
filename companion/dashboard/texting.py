"""Texting the patient from their page: the form, and the view that queues the text."""

import uuid
from typing import Any

from flask import abort, flash, redirect, render_template, url_for
from flask_wtf import FlaskForm
from wtforms import BooleanField, HiddenField, IntegerField, TextAreaField
from wtforms.validators import InputRequired, Length, Optional, Regexp

from companion.dashboard import bp
from companion.dashboard.forms import NoteForm, attach_error
from companion.dashboard.record import patient_record
from companion.models import Patient
from companion.patients import patient_for
from companion.security import current_therapist
from companion.therapist_texts import (
    Queued,
    Refused,
    goes_at,
    local_clock,
    open_questions,
    text_patient,
)
from messaging.db import utcnow
from messaging.segments import gsm_safe, segment_count

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


def patient_page(patient_id: int, text_form: TextForm, status: int = 200) -> Any:
    """The patient page with this text form (fresh, or with its errors)."""
    now = utcnow()
    record = patient_record(current_therapist(), patient_id, now)
    if record is None:
        abort(404)
    quiet_until = goes_at(record.patient, now)
    draft = text_form.body.data
    page = render_template(
        "dashboard/patient.html",
        record=record,
        note_form=NoteForm(),
        text_form=text_form,
        hint=HINT,
        draft_segments=segment_count(gsm_safe(draft.strip())) if draft else None,
        questions=open_questions(record.patient.id),
        quiet_until=local_clock(quiet_until, record.patient) if quiet_until else None,
    )
    return page, status


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
        return patient_page(patient_id, form, 422)
    alert_id = form.alert_id.data if form.resolve.data else None
    try:
        body, token = form.body.data, form.token.data
        queued = text_patient(therapist, patient, body, token, alert_id, utcnow())
    except Refused as refused:
        attach_error(form, refused.field, refused.reason)
        return patient_page(patient_id, form, 422)
    flash(sent_note(patient, queued))
    return redirect(url_for("dashboard.show_patient", patient_id=patient_id) + "#texts")

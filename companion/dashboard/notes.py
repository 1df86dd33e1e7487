"""Care-team notes on the patient page: who wrote what, in which role, and when."""

from datetime import datetime
from typing import Any

from flask import abort, redirect, url_for

from companion import audit
from companion.dashboard import bp
from companion.dashboard.forms import NoteForm
from companion.dashboard.patients import patient_page
from companion.extensions import db
from companion.models import CareNote, Patient, Therapist
from companion.patients import patient_for
from companion.security import current_therapist
from messaging.db import utcnow


def add_note(
    therapist: Therapist, patient: Patient, body: str, include_in_report: bool, now: datetime
) -> CareNote:
    """Add a note signed by its author, with the role they hold as they write it."""
    note = CareNote(
        patient_id=patient.id,
        author_id=therapist.id,
        author_role=therapist.role,
        body=body.strip(),
        include_in_report=include_in_report,
        created_at=now,
    )
    db.session.add(note)
    db.session.flush()
    audit.record(therapist, "note.create", now, patient.id, note_id=note.id)
    db.session.commit()
    return note


@bp.post("/patients/<id:patient_id>/notes")
def post_note(patient_id: int) -> Any:
    """Add a care-team note to the patient."""
    therapist, form = current_therapist(), NoteForm()
    patient = patient_for(therapist, patient_id)
    if patient is None:
        abort(404)
    if not form.validate():
        return patient_page(patient_id, note_form=form, status=422)
    add_note(therapist, patient, form.body.data, form.include_in_report.data, utcnow())
    return redirect(url_for("dashboard.show_patient", patient_id=patient_id) + "#notes")

"""The patient page: trends, adherence, thread, programme, job demands; pause, resume, report,
and the case manager who receives the weekly report. Texting the patient lives in texting.py,
discharge in discharge.py; all render the page through patient_page."""

from typing import Any

from flask import Response, abort, flash, redirect, render_template, url_for

from companion.dashboard import bp
from companion.dashboard.forms import HINT, DischargeForm, NoteForm, TextForm
from companion.dashboard.record import patient_record, report_pdf, set_texts_paused
from companion.dashboard.report_forms import CaseManagerForm
from companion.patients import patient_for, set_case_manager
from companion.security import current_therapist
from companion.therapist_texts import goes_at, local_clock, open_questions
from messaging.db import utcnow
from messaging.segments import gsm_safe, segment_count


def patient_page(
    patient_id: int,
    *,
    case_manager: CaseManagerForm | None = None,
    discharge: DischargeForm | None = None,
    text_form: TextForm | None = None,
    note_form: NoteForm | None = None,
    status: int = 200,
) -> Any:
    """The patient page, with a form that failed still holding what was typed."""
    now = utcnow()
    record = patient_record(current_therapist(), patient_id, now)
    if record is None:
        abort(404)
    p = record.patient
    text_form = text_form or TextForm(formdata=None)  # never another form's "body"
    draft, quiet_until = text_form.body.data, goes_at(p, now)
    case_manager = case_manager or CaseManagerForm(
        formdata=None,
        data={
            "name": p.case_manager_name,
            "organisation": p.case_manager_organisation,
            "email": p.case_manager_email,
            "claim_number": p.claim_number,
        },
    )
    return render_template(
        "dashboard/patient.html", record=record, case_manager=case_manager,
        note_form=note_form or NoteForm(formdata=None),
        discharge_form=discharge or DischargeForm(formdata=None),
        text_form=text_form, hint=HINT,
        draft_segments=segment_count(gsm_safe(draft.strip())) if draft else None,
        questions=open_questions(p.id),
        quiet_until=local_clock(quiet_until, p) if quiet_until else None,
    ), status  # fmt: skip


@bp.get("/patients/<id:patient_id>")
def show_patient(patient_id: int) -> Any:
    """Show one patient of the clinic."""
    return patient_page(patient_id)


@bp.post("/patients/<id:patient_id>/case-manager")
def save_case_manager(patient_id: int) -> Any:
    """Set the case manager who receives the weekly report, or clear them (all blank)."""
    therapist, form = current_therapist(), CaseManagerForm()
    patient = patient_for(therapist, patient_id)
    if patient is None:
        abort(404)
    if not form.validate():
        return patient_page(patient_id, case_manager=form, status=422)
    name, organisation, email = form.name.data, form.organisation.data, form.email.data
    claim = form.claim_number.data
    set_case_manager(therapist, patient, name, organisation, email, utcnow(), claim)
    flash("Case manager saved.")
    return redirect(url_for("dashboard.show_patient", patient_id=patient_id) + "#case-manager")


@bp.post("/patients/<id:patient_id>/pause")
def pause(patient_id: int) -> Any:
    """Pause the patient's programme texts."""
    if set_texts_paused(current_therapist(), patient_id, True, utcnow()) is None:
        abort(404)
    return redirect(url_for("dashboard.show_patient", patient_id=patient_id))


@bp.post("/patients/<id:patient_id>/resume")
def resume(patient_id: int) -> Any:
    """Resume the patient's programme texts."""
    if set_texts_paused(current_therapist(), patient_id, False, utcnow()) is None:
        abort(404)
    return redirect(url_for("dashboard.show_patient", patient_id=patient_id))


@bp.get("/patients/<id:patient_id>/report.pdf")
def download_report(patient_id: int) -> Any:
    """Download the progress report as a PDF (the export is audited)."""
    pdf = report_pdf(current_therapist(), patient_id, utcnow())
    if pdf is None:
        abort(404)
    disposition = f'attachment; filename="progress-report-{patient_id}.pdf"'
    return Response(pdf, mimetype="application/pdf", headers={"Content-Disposition": disposition})

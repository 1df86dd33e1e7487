"""The patient page: trends, adherence, thread, programme, job demands; pause, resume, report.

Texting the patient lives in texting.py."""

from typing import Any

from flask import Response, abort, redirect, url_for

from companion.dashboard import bp
from companion.dashboard.record import report_pdf, set_texts_paused
from companion.dashboard.texting import TextForm, patient_page
from companion.security import current_therapist
from messaging.db import utcnow


@bp.get("/patients/<id:patient_id>")
def show_patient(patient_id: int) -> Any:
    """Show one patient of the clinic."""
    return patient_page(patient_id, TextForm())


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

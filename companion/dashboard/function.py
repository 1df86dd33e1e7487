"""The patient page's function parts: the progression model (changed by a therapist) and
each task's own history; the PSFS trend."""

from typing import Any

from flask import abort, flash, redirect, url_for

from companion.conversation.task_reports import task_history as reports_of_task
from companion.dashboard import bp
from companion.dashboard.function_forms import MODEL_LABELS, ProgressionForm
from companion.dashboard.patients import patient_page
from companion.function import (
    Assessment,
    SittingExists,
    psfs_activities,
    psfs_trend,
    request_discharge_psfs,
)
from companion.models import Patient, TaskReport
from companion.patients import patient_for
from companion.programs.models_of_progression import set_progression_model
from companion.security import current_therapist
from messaging.db import utcnow


@bp.app_template_global()
def progression_form(patient: Patient) -> ProgressionForm:
    """The form as it stands for the patient, for the page's programme section."""
    return ProgressionForm(formdata=None, data=patient.progression_settings)


@bp.app_template_global()
def task_history(task_id: int) -> list[TaskReport]:
    """A task's own reports, newest first, for the task's line on the patient page."""
    return reports_of_task(task_id)


@bp.app_template_global()
def psfs_asked(patient: Patient) -> list[str]:
    """The activities the patient's next PSFS asks about (chosen, else the job's default)."""
    return psfs_activities(patient)


@bp.app_template_global()
def psfs_assessments(patient_id: int) -> list[Assessment]:
    """The patient's completed PSFS assessments, oldest first, for the function card."""
    return psfs_trend(patient_id)


@bp.post("/patients/<id:patient_id>/progression-model")
def save_progression_model(patient_id: int) -> Any:
    """Change how the patient's doses progress (therapists only; audited)."""
    therapist, form = current_therapist(), ProgressionForm()
    patient = patient_for(therapist, patient_id)
    if patient is None:
        abort(404)
    if not therapist.prescribes:
        abort(403)
    if not form.validate():
        for errors in form.errors.values():
            for error in errors:
                flash(str(error))
        return patient_page(patient_id, status=422)
    if set_progression_model(therapist, patient, form.data, utcnow()):
        flash(f"Progression model: {MODEL_LABELS[patient.progression_model]}.")
    return redirect(url_for("dashboard.show_patient", patient_id=patient_id) + "#programme")


@bp.post("/patients/<id:patient_id>/psfs/discharge")
def ask_discharge_psfs(patient_id: int) -> Any:
    """Ask the patient the discharge PSFS by text (therapists only; audited)."""
    therapist = current_therapist()
    patient = patient_for(therapist, patient_id)
    if patient is None:
        abort(404)
    if not therapist.prescribes:
        abort(403)
    try:
        request_discharge_psfs(therapist, patient, utcnow())
    except SittingExists as exc:
        flash(str(exc))
        return patient_page(patient_id, status=409)
    flash("The discharge PSFS will be texted from the patient's next afternoon.")
    return redirect(url_for("dashboard.show_patient", patient_id=patient_id) + "#function")

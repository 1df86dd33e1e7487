"""Correcting a patient's details after enrolment: name, phone, time zone, language, job and
treating therapist (the case manager has its own form on the patient page)."""

from typing import Any

from flask import abort, flash, redirect, render_template, url_for
from wtforms import SelectChoice

from companion.dashboard import bp
from companion.dashboard.forms import US_ZONES, PatientForm, attach_error
from companion.models import Language, Patient
from companion.patient_details import PatientDetails, PatientError, details_of, edit_patient
from companion.patients import patient_for, view_patient
from companion.phones import readable
from companion.programs.profiles import clinic_profiles
from companion.security import current_therapist
from companion.team import members
from messaging.db import utcnow


def _choices(form: PatientForm, patient: Patient) -> PatientForm:
    """The clinic's job profiles and active therapists, and the patient's own zone."""
    user = current_therapist()
    zones = US_ZONES if patient.timezone in US_ZONES else [patient.timezone, *US_ZONES]
    form.timezone.choices = list(zones)
    form.job_profile_id.choices = [SelectChoice("0", "No job profile")] + [
        SelectChoice(str(p.id), p.job_title) for p in clinic_profiles(user)
    ]
    form.therapist_id.choices = [
        SelectChoice(str(m.id), m.name)
        for m, _ in members(user)
        if (m.is_active and m.prescribes) or m.id == patient.therapist_id
    ]
    return form


def _page(patient: Patient, form: PatientForm, status: int = 200) -> Any:
    return render_template("dashboard/patient_details.html", patient=patient, form=form), status


@bp.get("/patients/<id:patient_id>/details")
def edit_details(patient_id: int) -> Any:
    """Show the patient's details for correcting."""
    patient = view_patient(current_therapist(), patient_id, utcnow(), "details")
    if patient is None:
        abort(404)
    data = {
        **details_of(patient).__dict__,
        "phone": readable(patient.phone),
        "job_profile_id": patient.job_profile_id or 0,
    }
    return _page(patient, _choices(PatientForm(formdata=None, data=data), patient))


@bp.post("/patients/<id:patient_id>/details")
def save_details(patient_id: int) -> Any:
    """Correct the patient's details; a new phone or language holds from the next text."""
    user = current_therapist()
    patient = patient_for(user, patient_id)
    if patient is None:
        abort(404)
    form = _choices(PatientForm(), patient)
    if form.validate():
        details = PatientDetails(
            first_name=form.first_name.data or "", last_initial=form.last_initial.data,
            phone=form.phone.data or "", timezone=form.timezone.data or "",
            language=Language(form.language.data), job_profile_id=form.job_profile_id.data or None,
            therapist_id=form.therapist_id.data or 0,
        )  # fmt: skip
        try:
            changed = edit_patient(user, patient, details, utcnow())
        except PatientError as error:
            attach_error(form, error.field, str(error))
        else:
            flash("Details saved." if changed else "Nothing changed.")
            return redirect(url_for("dashboard.show_patient", patient_id=patient_id))
    return _page(patient, form, 422)

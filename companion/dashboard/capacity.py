"""The patient page's capacity section: record a clinic test, a transitional duty, the
team's return-to-work date and the physician's sign-off of the restrictions."""

from typing import Any
from zoneinfo import ZoneInfo

from flask import abort, flash, g, redirect, url_for
from flask_wtf import FlaskForm
from wtforms import SelectChoice

from companion.capacity.plan import add_duty, record_sign_off, set_return_to_work_date
from companion.capacity.records import CapacityError, CapacityResult, record_test
from companion.capacity.summary import METHOD_NAMES, summarise
from companion.capacity.units import CapacityFrequency
from companion.dashboard import bp
from companion.dashboard.capacity_forms import (
    CapacityTestForm,
    DutyForm,
    ReturnDateForm,
    SignOffForm,
    hours_list,
)
from companion.dashboard.forms import attach_error
from companion.dashboard.patients import patient_page
from companion.models import (
    CapacityMethod,
    CapacityPhase,
    Effort,
    Patient,
    StopReason,
)
from companion.patients import patient_for
from companion.security import current_therapist
from messaging.db import utcnow

FORMS = {
    "test": CapacityTestForm, "duty": DutyForm, "date": ReturnDateForm, "sign_off": SignOffForm,
}  # fmt: skip


@bp.app_template_global("capacity_forms")
def capacity_forms(patient: Patient) -> dict[str, FlaskForm]:
    """Fresh forms for the capacity section, or the one that just failed, with its errors."""
    failed: dict[str, FlaskForm] = g.get("capacity_failed", {})
    forms = {name: failed.get(name) or cls(formdata=None) for name, cls in FORMS.items()}
    test = forms["test"]
    assert isinstance(test, CapacityTestForm)
    demands = patient.job_profile.demands if patient.job_profile else []
    test.demand_id.choices = [SelectChoice(d.id, d.name) for d in demands]
    return forms


@bp.app_template_filter("method_name")
def method_name(method: str) -> str:
    """A test method as reports name it: 'EPIC-style progressive lift'."""
    return METHOD_NAMES.get(str(method), str(method))


def _patient(patient_id: int) -> Patient:
    patient = patient_for(current_therapist(), patient_id)
    if patient is None:
        abort(404)
    if not current_therapist().prescribes:
        abort(403)
    return patient


def _failed(patient_id: int, name: str, form: FlaskForm) -> Any:
    g.capacity_failed = {name: form}
    return patient_page(patient_id, status=422)


def _back(patient_id: int) -> Any:
    return redirect(url_for("dashboard.show_patient", patient_id=patient_id) + "#capacity")


@bp.post("/patients/<id:patient_id>/capacity-tests")
def post_capacity_test(patient_id: int) -> Any:
    """Record a clinic test of one job demand."""
    patient, form = _patient(patient_id), CapacityTestForm()
    if not form.validate():
        return _failed(patient_id, "test", form)
    result = CapacityResult(
        demand_id=form.demand_id.data, phase=CapacityPhase(form.phase.data),
        method=CapacityMethod(form.method.data), value=form.value.data, unit=form.unit.data,
        frequency=CapacityFrequency(form.frequency.data) if form.frequency.data else None,
        stop_reason=StopReason(form.stop_reason.data), effort=Effort(form.effort.data),
        tested_on=form.tested_on.data, distance_ft=form.distance_ft.data, note=form.note.data,
    )  # fmt: skip
    now = utcnow()
    today = now.astimezone(ZoneInfo(patient.timezone)).date()
    try:
        record_test(current_therapist(), patient, result, today, now)
    except CapacityError as error:
        attach_error(form, error.field, str(error))
        return _failed(patient_id, "test", form)
    flash("Capacity test recorded.")
    return _back(patient_id)


@bp.post("/patients/<id:patient_id>/duties")
def post_duty(patient_id: int) -> Any:
    """Add a duty of the employer's transitional-duty offer."""
    patient, form = _patient(patient_id), DutyForm()
    if not form.validate():
        return _failed(patient_id, "duty", form)
    row = {
        "kind": form.kind.data, "height_range": form.height_range.data or None,
        "posture": form.posture.data or None, "target": float(form.target.data),
        "unit": form.unit.data, "frequency": form.frequency.data,
    }  # fmt: skip
    add_duty(current_therapist(), patient, form.name.data, form.hours_per_day.data, [row], utcnow())
    flash("Transitional duty added.")
    return _back(patient_id)


@bp.post("/patients/<id:patient_id>/return-to-work-date")
def post_return_date(patient_id: int) -> Any:
    """Set the return-to-work date the team agreed (blank clears it)."""
    patient, form = _patient(patient_id), ReturnDateForm()
    if not form.validate():
        return _failed(patient_id, "date", form)
    try:
        set_return_to_work_date(
            current_therapist(), patient, form.return_to_work_on.data, utcnow(),
            hours_list(form.graded_hours.data),
        )  # fmt: skip
    except CapacityError as error:
        attach_error(form, error.field, str(error))
        return _failed(patient_id, "date", form)
    flash("Return-to-work date saved.")
    return _back(patient_id)


@bp.post("/patients/<id:patient_id>/sign-off")
def post_sign_off(patient_id: int) -> Any:
    """Record the physician's sign-off of the restrictions as they stand."""
    patient, form = _patient(patient_id), SignOffForm()
    if not form.validate():
        return _failed(patient_id, "sign_off", form)
    now = utcnow()
    summary = summarise(patient, now)
    try:
        record_sign_off(
            current_therapist(), patient, form.physician_name.data,
            form.physician_signed_on.data, summary.restrictions, summary.as_of, now,
        )  # fmt: skip
    except CapacityError as error:
        attach_error(form, error.field, str(error))
        return _failed(patient_id, "sign_off", form)
    flash("Physician's sign-off recorded.")
    return _back(patient_id)

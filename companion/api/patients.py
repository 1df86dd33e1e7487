"""Patient endpoints: enrol, list, read, and each patient's messages, check-ins and adherence."""

import json
from dataclasses import replace
from typing import Any

from flask import Response, abort, request
from sqlalchemy import select

from companion.api import bp
from companion.api.auth import current_therapist
from companion.api.errors import envelope
from companion.api.schemas import (
    adherence_schema,
    checkin_list_schema,
    discharge_schema,
    message_list_schema,
    patient_create_schema,
    patient_list_schema,
    patient_schema,
    patient_update_schema,
    period_query_schema,
    readiness_schema,
)
from companion.discharge import DischargeError, discharge
from companion.extensions import db
from companion.models import CheckIn, DischargeOutcome, Language, Message, Patient
from companion.patient_details import PatientError, details_of, edit_patient
from companion.patients import (
    EnrolmentError,
    enroll_patient,
    list_patients,
    patient_for,
    view_patient,
)
from companion.programs.readiness import readiness
from companion.progress import adherence, checkins_between
from companion.reports.fhir import patient_bundle
from companion.reports.pdf import period_report
from messaging.db import utcnow


def json_body() -> dict[str, Any]:
    """The request's JSON object, or a 400 naming what is wrong."""
    try:
        data = request.get_json(silent=True)
    except RecursionError:  # the parser's own guard, not a ValueError, so silent lets it through
        abort(400, "The JSON is nested too deeply.")
    if not isinstance(data, dict):
        abort(400, "The body must be a JSON object.")
    return data


def readable_patient(patient_id: int, what: str) -> Patient:
    patient = view_patient(current_therapist(), patient_id, utcnow(), what)
    if patient is None:
        abort(404, "No such patient.")
    return patient


@bp.post("/patients")
def create_patient() -> Any:
    """Enrol a patient with their programme and SMS consent."""
    data = patient_create_schema.load(json_body())
    try:
        patient = enroll_patient(current_therapist(), data, utcnow())
    except EnrolmentError as exc:
        return envelope(exc.errors, 422)
    return patient_schema.dump(patient), 201


@bp.get("/patients")
def get_patients() -> Any:
    """List the patients of the caller's clinic."""
    return patient_list_schema.dump({"items": list_patients(current_therapist(), utcnow())})


@bp.get("/patients/<id:patient_id>")
def get_patient(patient_id: int) -> Any:
    """Show one patient with their current programme."""
    return patient_schema.dump(readable_patient(patient_id, "profile"))


@bp.patch("/patients/<id:patient_id>")
def update_patient(patient_id: int) -> Any:
    """Correct a patient's details; a new phone or language holds from the next text."""
    therapist = current_therapist()
    data = patient_update_schema.load(json_body())
    patient = patient_for(therapist, patient_id)
    if patient is None:
        abort(404, "No such patient.")
    if "language" in data:
        data["language"] = Language(data["language"])
    try:
        edit_patient(therapist, patient, replace(details_of(patient), **data), utcnow())
    except PatientError as error:
        return envelope({error.field: [str(error)]}, 422)
    return patient_schema.dump(patient)


@bp.get("/patients/<id:patient_id>/messages")
def get_messages(patient_id: int) -> Any:
    """List the patient's text messages, newest first."""
    patient = readable_patient(patient_id, "messages")
    rows = db.session.scalars(
        select(Message).where(Message.patient_id == patient.id).order_by(Message.id.desc())
    )
    return message_list_schema.dump({"items": list(rows)})


@bp.get("/patients/<id:patient_id>/checkins")
def get_checkins(patient_id: int) -> Any:
    """List the patient's check-ins, newest first."""
    patient = readable_patient(patient_id, "checkins")
    rows = db.session.scalars(
        select(CheckIn).where(CheckIn.patient_id == patient.id).order_by(CheckIn.id.desc())
    )
    return checkin_list_schema.dump({"items": list(rows)})


@bp.get("/patients/<id:patient_id>/adherence")
def get_adherence(patient_id: int) -> Any:
    """Adherence over a period (default: the programme so far)."""
    query = period_query_schema.load(request.args)
    patient = readable_patient(patient_id, "adherence")
    return adherence_schema.dump(adherence(patient, utcnow(), query["start"], query["end"]))


@bp.get("/patients/<id:patient_id>/readiness")
def get_readiness(patient_id: int) -> Any:
    """Return-to-work readiness per job demand, with projected dates."""
    patient = readable_patient(patient_id, "readiness")
    return readiness_schema.dump(readiness(patient, utcnow()))


@bp.get("/patients/<id:patient_id>/report.pdf")
def get_report(patient_id: int) -> Any:
    """Download the patient's progress report as a PDF."""
    query = period_query_schema.load(request.args)
    patient = readable_patient(patient_id, "report")
    pdf = period_report(patient, utcnow(), query["start"], query["end"])
    return Response(
        pdf,
        mimetype="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="report-{patient.id}.pdf"'},
    )


@bp.get("/patients/<id:patient_id>/fhir")
def get_fhir(patient_id: int) -> Any:
    """Export the patient's reported data as a FHIR R4 Bundle."""
    patient = readable_patient(patient_id, "fhir")
    period = adherence(patient, utcnow())
    bundle = patient_bundle(patient, checkins_between(patient, period.start, period.end))
    return Response(json.dumps(bundle), mimetype="application/fhir+json")


@bp.post("/patients/<id:patient_id>/discharge")
def post_discharge(patient_id: int) -> Any:
    """End the patient's programme with its outcome (therapists only)."""
    therapist = current_therapist()
    patient = patient_for(therapist, patient_id)
    if patient is None:
        abort(404, "No such patient.")
    data = discharge_schema.load(json_body())
    try:
        discharge(therapist, patient, DischargeOutcome(data["outcome"]), utcnow())
    except DischargeError as error:
        db.session.rollback()
        return envelope({"outcome": [str(error)]}, 422)
    return patient_schema.dump(patient)

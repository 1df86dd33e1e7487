"""Function endpoints: a patient's progression model (read, changed), PSFS trend and the
discharge PSFS."""

from typing import Any

from flask import abort

from companion.api import bp
from companion.api.auth import current_therapist
from companion.api.errors import envelope
from companion.api.function_schemas import progression_settings_schema, psfs_list_schema
from companion.api.patients import json_body, readable_patient
from companion.function import SittingExists, psfs_trend, request_discharge_psfs
from companion.programs.models_of_progression import set_progression_model
from messaging.db import utcnow


@bp.get("/patients/<id:patient_id>/progression-model")
def get_progression_model(patient_id: int) -> Any:
    """Show how the patient's doses progress."""
    patient = readable_patient(patient_id, "progression_model")
    return progression_settings_schema.dump(patient.progression_settings)


@bp.put("/patients/<id:patient_id>/progression-model")
def put_progression_model(patient_id: int) -> Any:
    """Change how the patient's doses progress (therapists only; audited)."""
    spec = progression_settings_schema.load(json_body())
    therapist = current_therapist()
    patient = readable_patient(patient_id, "progression_model")
    if not therapist.prescribes:
        abort(403, "Only a therapist changes how doses progress.")
    set_progression_model(therapist, patient, spec, utcnow())
    return progression_settings_schema.dump(patient.progression_settings)


@bp.get("/patients/<id:patient_id>/psfs")
def get_psfs(patient_id: int) -> Any:
    """List the patient's completed PSFS assessments with the minimal detectable change."""
    patient = readable_patient(patient_id, "psfs")
    return psfs_list_schema.dump({"items": psfs_trend(patient.id), "mdc": 2.0})


@bp.post("/patients/<id:patient_id>/psfs/discharge")
def post_discharge_psfs(patient_id: int) -> Any:
    """Ask the patient the discharge PSFS by text (therapists only; audited)."""
    therapist = current_therapist()
    if not therapist.prescribes:
        abort(403, "Only a therapist asks for the discharge assessment.")
    patient = readable_patient(patient_id, "psfs")
    try:
        sitting = request_discharge_psfs(therapist, patient, utcnow())
    except SittingExists as exc:
        return envelope({"occasion": [str(exc)]}, 409)
    return {"id": sitting, "occasion": "discharge"}, 201

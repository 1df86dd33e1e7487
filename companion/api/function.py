"""Function endpoints: a patient's progression model, read and changed."""

from typing import Any

from flask import abort

from companion.api import bp
from companion.api.auth import current_therapist
from companion.api.function_schemas import progression_settings_schema
from companion.api.patients import json_body, readable_patient
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

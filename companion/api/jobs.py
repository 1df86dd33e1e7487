"""The job side: the clinic's job demand profiles, the industry templates, and starting a
patient's programme over from one."""

from typing import Any

from companion.api import bp
from companion.api.auth import current_therapist
from companion.api.errors import envelope
from companion.api.job_schemas import (
    apply_template_schema,
    job_profile_list_schema,
    job_profile_schema,
    template_list_schema,
)
from companion.api.patients import json_body, readable_patient
from companion.api.schemas import patient_schema
from companion.programs.editing import ProgrammeError, apply_template
from companion.programs.profiles import clinic_profiles, create_profile
from companion.programs.templates import TEMPLATES
from messaging.db import utcnow


def _unprocessable(error: ProgrammeError) -> Any:
    return envelope({error.field: [str(error)]}, 422)


@bp.get("/templates")
def get_templates() -> Any:
    """The industry templates: a job's critical demands and the tasks that train them."""
    return template_list_schema.dump({"items": list(TEMPLATES.values())})


@bp.get("/job-profiles")
def get_job_profiles() -> Any:
    """The clinic's job demand profiles."""
    return job_profile_list_schema.dump({"items": clinic_profiles(current_therapist())})


@bp.post("/job-profiles")
def post_job_profile() -> Any:
    """Describe a job: its DOT strength level and critical demands, or a template's."""
    data = job_profile_schema.load(json_body())
    try:
        profile = create_profile(current_therapist(), data, utcnow())
    except ProgrammeError as error:
        return _unprocessable(error)
    return job_profile_schema.dump(profile), 201


@bp.post("/patients/<id:patient_id>/programme/template")
def post_programme_template(patient_id: int) -> Any:
    """Start the programme over from an industry template, linked to the patient's job."""
    patient = readable_patient(patient_id, "programme")
    data = apply_template_schema.load(json_body())
    try:
        apply_template(current_therapist(), patient, data["industry"], utcnow())
    except ProgrammeError as error:
        return _unprocessable(error)
    return patient_schema.dump(patient)

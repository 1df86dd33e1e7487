"""The OpenAPI 3 document of the JSON API, generated from the marshmallow schemas."""

from functools import cache
from typing import Any

from apispec import APISpec
from apispec.ext.marshmallow import MarshmallowPlugin
from marshmallow import Schema, fields

from companion.api import bp, capacity_schemas, function_schemas, job_schemas, schemas
from companion.urls import MAX_ID

ErrorSchema = Schema.from_dict(
    {"errors": fields.Dict(keys=fields.String(), values=fields.Raw())}, name="Errors"
)

_ID = {"type": "integer", "minimum": 1, "maximum": MAX_ID}
_PATIENT_ID = {"name": "patient_id", "in": "path", "required": True, "schema": _ID}
_ALERT_ID = {"name": "alert_id", "in": "path", "required": True, "schema": _ID}
_PROPOSAL_ID = {"name": "proposal_id", "in": "path", "required": True, "schema": _ID}

# (path, method, summary, path params, query schema, request schema, status, response)
OPERATIONS: list[tuple[str, str, str, list[dict[str, Any]], Any, Any, int, Any]] = [
    (
        "/templates",
        "get",
        "The industry templates: critical demands and the tasks that train them",
        [],
        None,
        None,
        200,
        job_schemas.template_list_schema,
    ),
    (
        "/job-profiles",
        "get",
        "List the clinic's job demand profiles",
        [],
        None,
        None,
        200,
        job_schemas.job_profile_list_schema,
    ),
    (
        "/job-profiles",
        "post",
        "Describe a job: DOT strength level and critical demands, or a template's",
        [],
        None,
        job_schemas.JobProfileSchema,
        201,
        job_schemas.JobProfileSchema,
    ),
    (
        "/patients/{patient_id}/programme/template",
        "post",
        "Start a patient's programme over from an industry template (therapists only)",
        [_PATIENT_ID],
        None,
        job_schemas.ApplyTemplateSchema,
        200,
        schemas.PatientSchema,
    ),
    (
        "/patients/{patient_id}/discharge",
        "post",
        "End a patient's programme with its outcome; texts stop but for a farewell (therapists "
        "only; refused while an urgent alert is open)",
        [_PATIENT_ID],
        None,
        schemas.DischargeSchema,
        200,
        schemas.PatientSchema,
    ),
    (
        "/patients",
        "post",
        "Enrol a patient",
        [],
        None,
        schemas.PatientCreateSchema,
        201,
        schemas.PatientSchema,
    ),
    (
        "/patients",
        "get",
        "List the clinic's patients",
        [],
        None,
        None,
        200,
        schemas.patient_list_schema,
    ),
    (
        "/patients/{patient_id}",
        "get",
        "Show a patient",
        [_PATIENT_ID],
        None,
        None,
        200,
        schemas.PatientSchema,
    ),
    (
        "/patients/{patient_id}",
        "patch",
        "Correct a patient's details (any of the fields); a new phone or language holds from "
        "the next text",
        [_PATIENT_ID],
        None,
        schemas.PatientUpdateSchema,
        200,
        schemas.PatientSchema,
    ),
    (
        "/patients/{patient_id}/messages",
        "get",
        "List a patient's texts",
        [_PATIENT_ID],
        None,
        None,
        200,
        schemas.message_list_schema,
    ),
    (
        "/patients/{patient_id}/checkins",
        "get",
        "List a patient's check-ins",
        [_PATIENT_ID],
        None,
        None,
        200,
        schemas.checkin_list_schema,
    ),
    (
        "/patients/{patient_id}/adherence",
        "get",
        "A patient's adherence",
        [_PATIENT_ID],
        schemas.PeriodQuerySchema,
        None,
        200,
        schemas.AdherenceSchema,
    ),
    (
        "/patients/{patient_id}/readiness",
        "get",
        "Home training per job demand: doses done, not tested capacity",
        [_PATIENT_ID],
        None,
        None,
        200,
        schemas.ReadinessSchema,
    ),
    (
        "/patients/{patient_id}/capacity",
        "get",
        "The job's demands against the latest clinic tests; projection, restrictions, duties",
        [_PATIENT_ID],
        None,
        None,
        200,
        capacity_schemas.CapacitySchema,
    ),
    (
        "/patients/{patient_id}/capacity-tests",
        "get",
        "List a patient's clinic capacity tests",
        [_PATIENT_ID],
        None,
        None,
        200,
        capacity_schemas.capacity_test_list_schema,
    ),
    (
        "/patients/{patient_id}/capacity-tests",
        "post",
        "Record a clinic capacity test of one job demand",
        [_PATIENT_ID],
        None,
        capacity_schemas.CapacityTestSchema,
        201,
        capacity_schemas.CapacityTestSchema,
    ),
    (
        "/patients/{patient_id}/report.pdf",
        "get",
        "Progress report (PDF) over a period; default the programme so far",
        [_PATIENT_ID],
        schemas.PeriodQuerySchema,
        None,
        200,
        "application/pdf",
    ),
    (
        "/patients/{patient_id}/fhir",
        "get",
        "FHIR R4 Bundle of the patient's data",
        [_PATIENT_ID],
        None,
        None,
        200,
        "application/fhir+json",
    ),
    (
        "/alerts",
        "get",
        "List the clinic's alerts",
        [],
        schemas.AlertQuerySchema,
        None,
        200,
        schemas.alert_list_schema,
    ),
    (
        "/alerts/{alert_id}/acknowledge",
        "post",
        "Acknowledge an alert",
        [_ALERT_ID],
        None,
        None,
        200,
        schemas.AlertSchema,
    ),
    (
        "/alerts/{alert_id}/resolve",
        "post",
        "Resolve an alert",
        [_ALERT_ID],
        None,
        None,
        200,
        schemas.AlertSchema,
    ),
    (
        "/patients/{patient_id}/progressions",
        "get",
        "List a patient's progression proposals",
        [_PATIENT_ID],
        None,
        None,
        200,
        schemas.proposal_list_schema,
    ),
    (
        "/patients/{patient_id}/progression-model",
        "get",
        "How the patient's doses progress: pain-monitored or graded activity",
        [_PATIENT_ID],
        None,
        None,
        200,
        function_schemas.ProgressionSettingsSchema,
    ),
    (
        "/patients/{patient_id}/progression-model",
        "put",
        "Change how the patient's doses progress (therapists only; audited; graded activity "
        "needs the pain_ceiling the patient agreed to)",
        [_PATIENT_ID],
        None,
        function_schemas.ProgressionSettingsSchema,
        200,
        function_schemas.ProgressionSettingsSchema,
    ),
    (
        "/patients/{patient_id}/psfs",
        "get",
        "The patient's PSFS assessments (0-10 per activity, the average; MDC 2 points)",
        [_PATIENT_ID],
        None,
        None,
        200,
        function_schemas.psfs_list_schema,
    ),
    (
        "/patients/{patient_id}/psfs/discharge",
        "post",
        "Ask the patient the discharge PSFS by text (therapists only; audited)",
        [_PATIENT_ID],
        None,
        None,
        201,
        "application/json",
    ),
    (
        "/progressions/{proposal_id}/approve",
        "post",
        "Approve a proposal: apply the dose and text the patient (409 while an urgent alert"
        " is unresolved, unless despite_urgent=true)",
        [_PROPOSAL_ID],
        schemas.ApproveQuerySchema,
        None,
        200,
        schemas.ProposalSchema,
    ),
    (
        "/progressions/{proposal_id}/reject",
        "post",
        "Reject a proposal: keep the dose",
        [_PROPOSAL_ID],
        None,
        None,
        200,
        schemas.ProposalSchema,
    ),
]


# Operations that answer 409 when the thing was done before.
CONFLICTS = {
    ("/patients/{patient_id}/psfs/discharge", "post"): "The discharge PSFS was asked for before",
}


def _response(status: int, body: Any) -> dict[str, Any]:
    if isinstance(body, str):
        media = {
            body: {
                "schema": {"type": "object"}
                if "json" in body
                else {"type": "string", "format": "binary"}
            }
        }
        return {"description": "OK", "content": media}
    return {"description": "OK", "content": {"application/json": {"schema": body}}}


def _operation(
    summary: str, params: list[dict[str, Any]], query: Any, request: Any, status: int, body: Any
) -> dict[str, Any]:
    error = {"content": {"application/json": {"schema": "Errors"}}}
    operation: dict[str, Any] = {
        "summary": summary,
        "parameters": params + ([{"in": "query", "schema": query}] if query else []),
        "responses": {
            str(status): _response(status, body),
            "401": {"description": "Missing or invalid token", **error},
            "422": {"description": "Invalid input", **error},
        },
    }
    if params:
        operation["responses"]["404"] = {"description": "Not found in your clinic", **error}
    if request:
        operation["requestBody"] = {
            "required": True,
            "content": {"application/json": {"schema": request}},
        }
        operation["responses"]["400"] = {"description": "Body is not a JSON object", **error}
    return operation


@cache
def build_spec() -> dict[str, Any]:
    spec = APISpec(
        title="Companion API",
        version="1.0.0",
        openapi_version="3.0.3",
        plugins=[MarshmallowPlugin()],
        info={
            "description": "Work-hardening home programme companion: patients, check-ins, alerts."
        },
        servers=[{"url": "/api/v1"}],
        security=[{"bearer": []}],
    )
    spec.components.security_scheme("bearer", {"type": "http", "scheme": "bearer"})
    spec.components.schema("Errors", schema=ErrorSchema)
    paths: dict[str, dict[str, Any]] = {}
    for path, method, summary, params, query, request, status, body in OPERATIONS:
        paths.setdefault(path, {})[method] = _operation(
            summary, params, query, request, status, body
        )
        if (path, method) in CONFLICTS:
            error = {"content": {"application/json": {"schema": "Errors"}}}
            paths[path][method]["responses"]["409"] = {
                "description": CONFLICTS[(path, method)],
                **error,
            }
    for path, operations in paths.items():
        spec.path(path=path, operations=operations)
    return spec.to_dict()


@bp.get("/openapi.json")
def openapi_document() -> dict[str, Any]:
    """Serve the OpenAPI document (no token needed: it holds no data)."""
    return build_spec()

"""Bearer-token authentication: every API route but the OpenAPI document needs a token."""

from flask import abort, g, request

from companion.api import bp
from companion.models import Therapist
from companion.tokens import TokenRefused, therapist_for_token
from messaging.db import utcnow

PUBLIC_ENDPOINTS = {"api.openapi_document"}
# What changes the patient's programme: the therapist's call, not the wider care team's.
PRESCRIBING_ENDPOINTS = {
    "api.create_patient",
    "api.post_approve",
    "api.post_reject",
    "api.post_programme_template",
    "api.post_discharge",
}


@bp.before_request
def require_token() -> None:
    """Resolve the bearer token to an active therapist, or answer 401 (unknown, revoked or
    expired)."""
    if request.endpoint in PUBLIC_ENDPOINTS:
        return
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        abort(401, "A bearer token is required.")
    try:
        therapist = therapist_for_token(token.strip(), utcnow())
    except TokenRefused as refused:
        abort(401, str(refused))
    if request.endpoint in PRESCRIBING_ENDPOINTS and not therapist.prescribes:
        abort(403, "Only a therapist can change a patient's programme.")
    g.therapist = therapist


def current_therapist() -> Therapist:
    therapist: Therapist = g.therapist
    return therapist

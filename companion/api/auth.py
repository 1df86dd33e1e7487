"""Bearer-token authentication: every API route but the OpenAPI document needs a token."""

from flask import abort, g, request
from sqlalchemy import select

from companion.api import bp
from companion.extensions import db
from companion.models import ApiToken, Therapist
from companion.models.clinic import hash_token

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
    """Resolve the bearer token to an active therapist, or answer 401."""
    if request.endpoint in PUBLIC_ENDPOINTS:
        return
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        abort(401, "A bearer token is required.")
    therapist = db.session.scalar(
        select(Therapist)
        .join(ApiToken, ApiToken.therapist_id == Therapist.id)
        .where(
            ApiToken.token_hash == hash_token(token.strip()),
            ApiToken.revoked_at.is_(None),
            Therapist.is_active.is_(True),
        )
    )
    if therapist is None:
        abort(401, "The token is not valid.")
    if request.endpoint in PRESCRIBING_ENDPOINTS and not therapist.prescribes:
        abort(403, "Only a therapist can change a patient's programme.")
    g.therapist = therapist


def current_therapist() -> Therapist:
    therapist: Therapist = g.therapist
    return therapist

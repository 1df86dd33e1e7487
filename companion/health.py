"""The health check load balancers and `make run` poll."""

from flask import Blueprint, current_app
from sqlalchemy import text

from companion.extensions import db

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz() -> tuple[dict[str, object], int]:
    """Answer 200 when the database answers, and say what is not configured."""
    try:
        db.session.execute(text("SELECT 1"))
    except Exception:  # any failure to reach the database is "unhealthy"
        db.session.rollback()
        return {"status": "unavailable", "database": "unreachable"}, 503
    warnings = []
    if (
        current_app.config["VALIDATE_TWILIO_SIGNATURE"]
        and not current_app.config["TWILIO_AUTH_TOKEN"]
    ):
        warnings.append("TWILIO_AUTH_TOKEN is not set: every SMS webhook is refused (403)")
    return {"status": "ok", "database": "ok", "warnings": warnings}, 200

"""Alert endpoints: the clinic's alert inbox, acknowledging and resolving an alert."""

from typing import Any

from flask import abort, request
from sqlalchemy import select

from companion.alerts import acknowledge_alert, resolve_alert
from companion.api import bp
from companion.api.auth import current_therapist
from companion.api.schemas import alert_list_schema, alert_query_schema, alert_schema
from companion.extensions import db
from companion.models import Alert, Patient
from messaging.db import utcnow


@bp.get("/alerts")
def get_alerts() -> Any:
    """List the clinic's alerts, newest first, optionally by status."""
    query = alert_query_schema.load(request.args)
    statement = (
        select(Alert)
        .join(Patient, Patient.id == Alert.patient_id)
        .where(Patient.clinic_id == current_therapist().clinic_id)
        .order_by(Alert.id.desc())
    )
    if query["status"]:
        statement = statement.where(Alert.status == query["status"])
    return alert_list_schema.dump({"items": list(db.session.scalars(statement))})


@bp.post("/alerts/<id:alert_id>/acknowledge")
def post_acknowledge(alert_id: int) -> Any:
    """Acknowledge an alert: the therapist has seen it and is acting."""
    alert = acknowledge_alert(current_therapist(), alert_id, utcnow())
    if alert is None:
        abort(404, "No such alert.")
    return alert_schema.dump(alert)


@bp.post("/alerts/<id:alert_id>/resolve")
def post_resolve(alert_id: int) -> Any:
    """Resolve an alert: the therapist has dealt with it."""
    alert = resolve_alert(current_therapist(), alert_id, utcnow())
    if alert is None:
        abort(404, "No such alert.")
    return alert_schema.dump(alert)

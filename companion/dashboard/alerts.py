"""The alert inbox: evidence, acknowledge, resolve, filter by severity."""

from typing import Any

from flask import abort, redirect, render_template, request, url_for

from companion.alerts import acknowledge_alert, resolve_alert
from companion.dashboard import bp
from companion.dashboard.auth import safe_path
from companion.dashboard.inbox import alert_inbox
from companion.models import Severity
from companion.security import current_therapist
from messaging.db import utcnow


@bp.get("/alerts")
def show_alerts() -> Any:
    """List the clinic's unresolved alerts (or resolved ones), optionally of one severity."""
    severity = request.args.get("severity")
    if severity not in {None, *Severity}:
        abort(400)
    resolved = request.args.get("status") == "resolved"
    items = alert_inbox(
        current_therapist(), Severity(severity) if severity else None, resolved, utcnow()
    )
    return render_template(
        "dashboard/alerts.html",
        items=items,
        severity=severity,
        resolved=resolved,
        severities=list(Severity),
    )


@bp.post("/alerts/<id:alert_id>/acknowledge")
def acknowledge(alert_id: int) -> Any:
    """Acknowledge an alert: seen, and being acted on."""
    if acknowledge_alert(current_therapist(), alert_id, utcnow()) is None:
        abort(404)
    return redirect(safe_path(request.form.get("back"), url_for("dashboard.show_alerts")))


@bp.post("/alerts/<id:alert_id>/resolve")
def resolve(alert_id: int) -> Any:
    """Resolve an alert: dealt with."""
    if resolve_alert(current_therapist(), alert_id, utcnow()) is None:
        abort(404)
    return redirect(safe_path(request.form.get("back"), url_for("dashboard.show_alerts")))

"""The caseload page: who needs the therapist today, and why."""

from typing import Any

from flask import render_template

from companion.dashboard import bp
from companion.dashboard.triage import SPARK_DAYS, caseload
from companion.discharge import clinic_outcomes
from companion.security import current_therapist
from messaging.db import utcnow


@bp.get("/")
def show_caseload() -> Any:
    """List every patient of the clinic, most urgent first."""
    therapist, now = current_therapist(), utcnow()
    rows = caseload(therapist, now)
    outcomes = clinic_outcomes(therapist.clinic_id, now)
    return render_template(
        "dashboard/caseload.html", rows=rows, window=SPARK_DAYS, outcomes=outcomes
    )

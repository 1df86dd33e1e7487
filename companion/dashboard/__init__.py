"""The therapist dashboard: server-rendered pages for triage, alerts, patients and enrolment."""

from flask import Blueprint

bp = Blueprint("dashboard", __name__)

from companion.dashboard import (  # noqa: E402,F401  (routes register on bp)
    alerts,
    auth,
    capacity,
    caseload,
    discharge,
    enrol,
    filters,
    function,
    jobs,
    notes,
    patient_details,
    patients,
    programme,
    proposals,
    reports,
    settings,
    team,
    texting,
)

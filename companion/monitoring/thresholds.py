"""Alert thresholds: the app's (ALERT_THRESHOLDS over the defaults), and a clinic's own."""

from dataclasses import asdict
from datetime import datetime
from typing import Any

from flask import current_app

from companion import audit
from companion.extensions import db
from companion.models import Clinic, Therapist
from companion.monitoring.rules import CLINIC_SET, Thresholds


def app_thresholds() -> Thresholds:
    return Thresholds(**current_app.config.get("ALERT_THRESHOLDS", {}))


def thresholds(clinic: Clinic | None = None) -> Thresholds:
    """The app's thresholds, with the clinic's own where it set them."""
    own = {k: v for k, v in (clinic.alert_thresholds if clinic else {}).items() if k in CLINIC_SET}
    return Thresholds(**asdict(app_thresholds()) | own)


def set_clinic_thresholds(therapist: Therapist, values: dict[str, Any], now: datetime) -> None:
    """Keep the values that differ from the app's as the clinic's own; the rest follow the app."""
    clinic = therapist.clinic
    defaults = asdict(app_thresholds())
    own = {k: values[k] for k in CLINIC_SET if values[k] != defaults[k]}
    before = clinic.alert_thresholds
    clinic.alert_thresholds = own
    audit.record(therapist, "clinic.alert_thresholds", now, None, before=before, after=own)
    db.session.commit()

"""The clinic's alert thresholds: what raises an alert for its patients."""

from dataclasses import asdict
from typing import Any

from flask import flash, redirect, render_template, url_for

from companion.dashboard import bp
from companion.dashboard.forms import ThresholdsForm
from companion.monitoring.rules import CLINIC_SET
from companion.monitoring.thresholds import app_thresholds, set_clinic_thresholds, thresholds
from companion.security import current_therapist
from messaging.db import utcnow

PERCENT = "adherence_floor"  # a share in the rules, a percentage in the form


def _page(form: ThresholdsForm, status: int = 200) -> Any:
    defaults = asdict(app_thresholds())
    defaults[PERCENT] = round(defaults[PERCENT] * 100)
    return render_template("dashboard/thresholds.html", form=form, defaults=defaults), status


@bp.get("/settings/alerts")
def show_thresholds() -> Any:
    """The thresholds in force for the clinic's patients, the app's defaults beside them."""
    clinic = current_therapist().clinic
    values = {k: v for k, v in asdict(thresholds(clinic)).items() if k in CLINIC_SET}
    values[PERCENT] = round(values[PERCENT] * 100)
    return _page(ThresholdsForm(formdata=None, data=values))


@bp.post("/settings/alerts")
def save_thresholds() -> Any:
    """Set the clinic's thresholds; the next check-in or settled day is judged by them."""
    form = ThresholdsForm()
    if not form.validate():
        return _page(form, 422)
    values = {k: form.data[k] for k in CLINIC_SET}
    values[PERCENT] = form.data[PERCENT] / 100
    set_clinic_thresholds(current_therapist(), values, utcnow())
    flash("Alert thresholds saved.")
    return redirect(url_for("dashboard.show_thresholds"))

"""The Reports page: each patient's weekly report, previewed, and released to the case manager."""

from datetime import date
from typing import Any

from flask import Response, abort, flash, redirect, render_template, request, url_for

from companion.dashboard import bp
from companion.dashboard.report_forms import ReleaseForm, ReleaseSeveralForm
from companion.models import Patient
from companion.patients import patient_for
from companion.reports.weekly import (
    WEEKS_LISTED,
    ReleaseError,
    WeekRow,
    is_reportable_week,
    last_completed_week,
    release_report,
    release_reports,
    report_weeks,
    week_pdf,
)
from companion.security import current_therapist
from messaging.db import utcnow


def _clinic_patient(patient_id: int) -> Patient:
    patient = patient_for(current_therapist(), patient_id)
    if patient is None:
        abort(404)
    return patient


@bp.get("/reports")
def show_reports() -> Any:
    """List the clinic's weekly reports of the last few weeks: due, or released by whom."""
    therapist = current_therapist()
    rows = report_weeks(therapist, utcnow())
    return render_template(
        "dashboard/reports.html", rows=rows, clinic=therapist.clinic, weeks=WEEKS_LISTED
    )


@bp.get("/patients/<id:patient_id>/weekly-report.pdf")
def download_weekly_report(patient_id: int) -> Any:
    """The PDF of one completed week (default the last); `inline=1` previews it in the browser."""
    patient, now = _clinic_patient(patient_id), utcnow()
    asked = request.args.get("week")
    try:
        week = date.fromisoformat(asked) if asked else last_completed_week(patient, now)
    except ValueError:
        abort(400)
    if not is_reportable_week(patient, week, now):
        abort(404)
    pdf = week_pdf(current_therapist(), patient, week, now)
    how = "inline" if request.args.get("inline") else "attachment"
    name = f"weekly-report-{patient_id}-{week.isoformat()}.pdf"
    disposition = f'{how}; filename="{name}"'
    return Response(pdf, mimetype="application/pdf", headers={"Content-Disposition": disposition})


@bp.post("/patients/<id:patient_id>/weekly-report/release")
def release_weekly_report(patient_id: int) -> Any:
    """Mark the week's report released to the case manager (a therapist's sign-off)."""
    patient, form = _clinic_patient(patient_id), ReleaseForm()
    if not form.validate():
        flash("Say which week to release.")
    else:
        try:
            release = release_report(current_therapist(), patient, form.week.data, utcnow())
        except ReleaseError as error:
            flash(f"{patient.display_name}: {error}")
        else:
            week = f"{release.week_start:%b} {release.week_start.day}"
            flash(f"Released {patient.display_name}'s report for the week of {week}.")
    return redirect(url_for("dashboard.show_reports"))


def releasable(rows: list[WeekRow]) -> list[tuple[str, str]]:
    """The due reports that can go (a case manager on file), as the form's choices."""
    return [
        (f"{row.patient.id}:{row.week_start.isoformat()}", row.patient.display_name)
        for row in rows
        if row.due and row.patient.has_case_manager
    ]


@bp.post("/reports/release")
def release_weekly_reports() -> Any:
    """Mark several weeks' reports released to their case managers at once."""
    therapist, now, form = current_therapist(), utcnow(), ReleaseSeveralForm()
    form.picked.choices = releasable(report_weeks(therapist, now))
    if not form.validate() or not form.picked.data:
        flash("Tick the reports to release (only due reports with a case manager can go).")
        return redirect(url_for("dashboard.show_reports"))
    try:
        released = release_reports(therapist, form.pairs(), now)
    except ReleaseError as error:
        flash(str(error))
    else:
        flash(f"Released {len(released)} report{'s' if len(released) != 1 else ''}.")
    return redirect(url_for("dashboard.show_reports"))

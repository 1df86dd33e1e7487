"""The clinic's job demand profiles: read them, and describe a job from an analysis or template."""

from typing import Any

from flask import abort, flash, jsonify, redirect, render_template, request, url_for

from companion.capacity.analysis import derived_level, niosh_of
from companion.capacity.niosh import Result
from companion.dashboard import bp
from companion.dashboard.forms import attach_error
from companion.dashboard.job_forms import JobEditForm, JobProfileForm, demand_rows, show_geometry
from companion.extensions import db
from companion.models import DemandKind, JobDemand, JobDemandProfile
from companion.programs.editing import ProgrammeError
from companion.programs.profiles import (
    clinic_profile,
    clinic_profiles,
    create_profile,
    edit_profile,
    preview_level,
)
from companion.security import current_therapist
from messaging.db import utcnow


def lifting_equation(demand: JobDemand) -> str:
    """A lift's recommended weight limit and lifting index, as the job and its form show them
    ("" without geometry)."""
    return _lifting_text(niosh_of(demand.target, demand.unit, demand.niosh))


def _lifting_text(result: Result | None) -> str:
    if result is None:
        return ""
    li = "—" if result.li is None else f"{result.li:.2f}"
    return f"NIOSH RWL {result.rwl:.1f} lb, LI {li}"


def _typed_lifts(form: JobProfileForm) -> dict[str, str]:
    """Each typed row's RWL and LI once its lift and geometry are complete and valid."""
    lifts = {}
    for i, row in enumerate(form.demands):
        demand, geometry = row.form, row.form.geometry()
        complete = demand.name.data and demand.kind.data == DemandKind.LIFT
        if complete and geometry and demand.target.data and not demand.errors:
            lifts[str(i)] = _lifting_text(niosh_of(demand.target.data, demand.unit.data, geometry))
    return lifts


def _page(form: JobProfileForm, status: int = 200) -> Any:
    profiles = clinic_profiles(current_therapist())
    levels = {p.id: derived_level(p.demands) for p in profiles}
    return render_template(
        "dashboard/jobs.html", profiles=profiles, levels=levels, lifting=lifting_equation,
        form=form,
    ), status  # fmt: skip


def profile_data(form: JobProfileForm) -> dict[str, Any]:
    """What create_profile takes, from the form: the named demand rows, or none."""
    return {
        "job_title": form.job_title.data,
        "industry": form.industry.data or None,
        "strength_level": form.strength_level.data or None,
        "template": form.template.data or None,
        "demands": demand_rows(form) or None,
    }


@bp.get("/jobs")
def show_jobs() -> Any:
    """The clinic's job profiles, and the form for a new one."""
    return _page(JobProfileForm(formdata=None))


@bp.post("/jobs")
def create_job() -> Any:
    """Save a job demand profile; patients enrolled for the job train toward its targets."""
    form = JobProfileForm()
    if form.validate():
        try:
            profile = create_profile(current_therapist(), profile_data(form), utcnow())
        except ProgrammeError as error:
            db.session.rollback()
            attach_error(form, error.field, str(error))
        else:
            flash(f"Job profile saved: {profile.job_title}.")
            return redirect(url_for("dashboard.show_jobs"))
    return _page(form, 422)


@bp.get("/jobs/level")
def preview_job_level() -> Any:
    """The DOT level the demands typed so far reach, and each complete lift's RWL and LI
    (the form shows them as the therapist types)."""
    form = JobProfileForm(formdata=request.args, meta={"csrf": False})
    form.validate()  # only to parse; rows with errors are left out below
    rows = [r for r in demand_rows(form) if r["target"] is not None and r["unit"]]
    lifts = _typed_lifts(form)
    try:
        return jsonify(preview_level(rows) | {"lifts": lifts})
    except (ValueError, KeyError):
        return jsonify({"level": None, "because": None, "lifts": lifts})


SPARE_ROWS = 2  # blank rows for new demands on the edit form


def _edit_page(profile: JobDemandProfile, form: JobEditForm, status: int = 200) -> Any:
    saved = [lifting_equation(d) for d in profile.demands]
    return render_template(
        "dashboard/job_edit.html", profile=profile, form=form, saved=saved
    ), status


def _own_profile(profile_id: int) -> JobDemandProfile:
    profile = clinic_profile(current_therapist(), profile_id)
    if profile is None:
        abort(404)
    return profile


@bp.get("/jobs/<id:profile_id>/edit")
def edit_job(profile_id: int) -> Any:
    """Show a job profile for correcting, with spare rows for new demands."""
    profile = _own_profile(profile_id)
    form = JobEditForm(formdata=None, obj=profile)
    show_geometry(form, profile.demands)
    for _ in range(SPARE_ROWS):
        form.demands.append_entry()
    return _edit_page(profile, form)


@bp.post("/jobs/<id:profile_id>")
def save_job(profile_id: int) -> Any:
    """Correct a job profile; a demand left blank is removed."""
    profile, form = _own_profile(profile_id), JobEditForm()
    if form.validate():
        data = {
            "job_title": form.job_title.data,
            "industry": form.industry.data or None,
            "strength_level": form.strength_level.data or None,
            "demands": demand_rows(form),
        }
        try:
            edit_profile(current_therapist(), profile, data, utcnow())
        except ProgrammeError as error:
            db.session.rollback()
            attach_error(form, error.field, str(error))
        else:
            flash(f"Job profile saved: {profile.job_title}.")
            return redirect(url_for("dashboard.show_jobs") + f"#job-{profile.id}")
    return _edit_page(profile, form, 422)

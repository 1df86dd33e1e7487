"""Signing in and out, changing the password, and the sign-in every other page requires."""

import unicodedata
from typing import Any
from urllib.parse import unquote, urlsplit

from flask import abort, flash, redirect, render_template, request, session, url_for
from flask_login import current_user, login_user, logout_user

from companion.dashboard import bp
from companion.dashboard.forms import LoginForm, PasswordForm
from companion.security import (
    Throttled,
    change_password,
    current_therapist,
    current_token,
    login_manager,
    sign_in,
    sign_out,
)
from messaging.db import utcnow

PUBLIC_ENDPOINTS = {"dashboard.login", "dashboard.post_login"}
# What changes the patient's programme: the therapist's call, not the wider care team's.
PRESCRIBING_ENDPOINTS = {
    "dashboard.new_patient",
    "dashboard.create_patient",
    "dashboard.edit_programme",
    "dashboard.save_schedule",
    "dashboard.save_task",
    "dashboard.drop_task",
    "dashboard.append_task",
    "dashboard.append_custom_task",
    "dashboard.use_template",
    "dashboard.approve",
    "dashboard.reject",
    "dashboard.resume",
    "dashboard.discharge_patient",
    "dashboard.save_thresholds",
}
# A report leaves the clinic for the employer or insurer under a therapist's sign-off.
SIGN_OFF_ENDPOINTS = {"dashboard.release_weekly_report", "dashboard.release_weekly_reports"}
# Speaking to the patient for the clinic: the care team that treats them (Therapist.texts_patients).
TEXTING_ENDPOINTS = {"dashboard.post_text"}
FAILED = "Email or password is incorrect."
THROTTLED = "Too many sign-in attempts. Wait a few minutes and try again."


@bp.before_request
def require_sign_in() -> Any:
    """Every dashboard page but the sign-in form needs a live session."""
    if request.endpoint in PUBLIC_ENDPOINTS:
        return None
    if not current_user.is_authenticated:
        return login_manager.unauthorized()
    if request.endpoint in PRESCRIBING_ENDPOINTS and not current_therapist().prescribes:
        abort(403)
    if request.endpoint in SIGN_OFF_ENDPOINTS and not current_therapist().signs_off:
        abort(403)
    if request.endpoint in TEXTING_ENDPOINTS and not current_therapist().texts_patients:
        abort(403)
    return None


@bp.app_context_processor
def role_in_templates() -> dict[str, bool]:
    """What the signed-in user may do, so buttons show or not: `prescribes` (change
    programmes), `signs_off` (release reports), `texts_patients` (text a patient)."""
    signed_in = current_user.is_authenticated
    return {
        "prescribes": signed_in and current_therapist().prescribes,
        "signs_off": signed_in and current_therapist().signs_off,
        "texts_patients": signed_in and current_therapist().texts_patients,
    }


def _is_plain(text: str) -> bool:
    """No whitespace, no control or invisible format character, no backslash: browsers drop or
    rewrite those, so that a slash, a tab and a slash, or a slash and a backslash, reach
    another host."""
    return not any(ch.isspace() or ch == "\\" or unicodedata.category(ch)[0] == "C" for ch in text)


def _is_local_path(text: str) -> bool:
    try:
        parts = urlsplit(text)
    except ValueError:  # a malformed host, "//[x": not a path of ours either way
        return False
    single_slash = text.startswith("/") and not text.startswith("//")
    return _is_plain(text) and not parts.scheme and not parts.netloc and single_slash


def safe_path(target: str | None, default: str) -> str:
    """`target` if it is a path on this site (never an open redirect), else `default`.

    Checked as sent and once percent-decoded: no scheme, no host, one leading slash.
    """
    if target and _is_local_path(target) and _is_local_path(unquote(target)):
        return target
    return default


@bp.get("/login")
def login() -> Any:
    """Show the sign-in form."""
    return render_template("dashboard/login.html", form=LoginForm())


@bp.post("/login")
def post_login() -> Any:
    """Sign in; unknown email and wrong password get the very same answer."""
    form = LoginForm()
    if not form.validate():
        return render_template("dashboard/login.html", form=form, error=FAILED), 200
    try:
        user = sign_in(form.email.data, form.password.data, request.remote_addr or "-", utcnow())
    except Throttled:
        return render_template("dashboard/login.html", form=form, error=THROTTLED), 429
    if user is None:
        return render_template("dashboard/login.html", form=form, error=FAILED), 200
    session.clear()  # a fresh session: no fixation of a cookie planted before sign-in
    session.permanent = True
    login_user(user)
    return redirect(safe_path(request.args.get("next"), url_for("dashboard.show_caseload")))


@bp.post("/logout")
def logout() -> Any:
    """End the session in the database as well as in the browser."""
    sign_out(current_token(), utcnow())
    logout_user()
    session.clear()
    return redirect(url_for("dashboard.login"))


@bp.get("/password")
def password() -> Any:
    """Show the password change form."""
    return render_template("dashboard/password.html", form=PasswordForm())


@bp.post("/password")
def post_password() -> Any:
    """Change the password; the therapist's other sessions end."""
    form = PasswordForm()
    if form.validate() and change_password(
        current_therapist(), current_token(), form.current.data, form.new.data, utcnow()
    ):
        flash("Password changed. Other sessions were signed out.")
        return redirect(url_for("dashboard.show_caseload"))
    if not form.errors:
        form.current.errors = ["The current password is not right."]
    return render_template("dashboard/password.html", form=form), 422

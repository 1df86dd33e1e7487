"""Dashboard security: database-backed sign-in sessions and throttling, CSRF, response headers."""

import secrets
from datetime import datetime, timedelta

from flask import Flask, Response, current_app, g, request
from flask_login import LoginManager, UserMixin, current_user
from flask_wtf.csrf import CSRFProtect
from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import joinedload

from companion import audit
from companion.extensions import db
from companion.models import LoginAttempt, LoginSession, Therapist
from companion.models.clinic import hash_token, verify_dummy_password
from companion.tokens import end_tokens
from messaging.db import utcnow

IDLE_TIMEOUT = timedelta(minutes=30)
# last_seen_at is written at most this often, so reading a page is not a write every time.
TOUCH_EVERY = timedelta(minutes=1)
THROTTLE_WINDOW = timedelta(minutes=5)
THROTTLE_LIMIT = 10
# Twilio signs its webhooks; it cannot carry our CSRF token. Nothing else is exempt.
CSRF_EXEMPT = frozenset({"sms.inbound", "sms.delivery_status"})
STATE_CHANGING = frozenset({"POST", "PUT", "PATCH", "DELETE"})
CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)

login_manager = LoginManager()
csrf = CSRFProtect()


class Throttled(Exception):
    """Too many failed sign-ins for this email or from this address in the window."""


class SignedIn(UserMixin):
    """The Flask-Login user: a therapist seen through one live sign-in session."""

    def __init__(self, therapist: Therapist, token: str):
        self.therapist, self.token = therapist, token

    def get_id(self) -> str:
        return self.token


def current_therapist() -> Therapist:
    therapist: Therapist = current_user.therapist
    return therapist


def current_token() -> str:
    token: str = current_user.token
    return token


def is_throttled(email: str, ip: str, now: datetime) -> bool:
    since = now - THROTTLE_WINDOW
    counts = db.session.execute(
        select(
            func.count().filter(LoginAttempt.email == email),
            func.count().filter(LoginAttempt.ip == ip),
        ).where(LoginAttempt.at > since, or_(LoginAttempt.email == email, LoginAttempt.ip == ip))
    ).one()
    return max(counts) >= THROTTLE_LIMIT


def sign_in(email: str, password: str, ip: str, now: datetime) -> SignedIn | None:
    """A new session for the right password, else None; unknown and wrong look the same."""
    email = email.strip().lower()
    if is_throttled(email, ip, now):
        raise Throttled(email)
    therapist = db.session.scalar(select(Therapist).where(Therapist.email == email))
    if therapist is None:
        verify_dummy_password(password)
    elif therapist.check_password(password) and therapist.is_active:
        token = secrets.token_urlsafe(32)
        db.session.add(
            LoginSession(
                therapist_id=therapist.id,
                token_hash=hash_token(token),
                created_at=now,
                last_seen_at=now,
            )
        )
        audit.record(therapist, "auth.login", now)
        db.session.commit()
        return SignedIn(therapist, token)
    db.session.add(LoginAttempt(email=email, ip=ip, at=now))
    db.session.execute(delete(LoginAttempt).where(LoginAttempt.at < now - timedelta(days=1)))
    db.session.commit()
    return None


def load_session(token: str, now: datetime) -> SignedIn | None:
    """The live session behind a cookie's token; ended, idle or unknown sessions give None."""
    row = db.session.scalar(
        select(LoginSession)
        .options(joinedload(LoginSession.therapist))
        .where(LoginSession.token_hash == hash_token(token))
    )
    if row is None or row.ended_at is not None or not row.therapist.is_active:
        return None
    if now - row.last_seen_at > IDLE_TIMEOUT:
        row.end(now)
        db.session.commit()
        return None
    if now - row.last_seen_at > TOUCH_EVERY:
        row.last_seen_at = now
        db.session.commit()
    return SignedIn(row.therapist, token)


def sign_out(token: str, now: datetime) -> None:
    """End the session server-side, so its cookie is worthless even if it was copied."""
    row = db.session.scalar(
        select(LoginSession).where(LoginSession.token_hash == hash_token(token))
    )
    if row is not None:
        row.end(now)
        audit.record(row.therapist, "auth.logout", now)
        db.session.commit()


def change_password(
    therapist: Therapist, token: str, current: str, new: str, now: datetime
) -> bool:
    """Set a new password if the current one is right; every other session of theirs and every
    API token end."""
    if not therapist.check_password(current):
        return False
    therapist.set_password(new)
    db.session.execute(
        update(LoginSession)
        .where(
            LoginSession.therapist_id == therapist.id,
            LoginSession.ended_at.is_(None),
            LoginSession.token_hash != hash_token(token),
        )
        .values(ended_at=now)
    )
    end_tokens(therapist, now)  # a script holding a token of the old password's era stops too
    audit.record(therapist, "auth.password_change", now)
    db.session.commit()
    return True


def _forget_request_caches() -> None:
    """Load the user and CSRF token afresh each request, even in a shared app context (tests)."""
    g.pop("_login_user", None)
    g.pop(current_app.config.get("WTF_CSRF_FIELD_NAME", "csrf_token"), None)


def _check_csrf() -> None:
    """Every state-changing request carries a CSRF token, but Twilio's and bearer API calls."""
    if request.method not in STATE_CHANGING or request.routing_exception is not None:
        return
    if request.endpoint in CSRF_EXEMPT:
        return
    bearer = request.headers.get("Authorization", "").lower().startswith("bearer ")
    if request.blueprint == "api" and bearer:
        return  # the API authenticates by header and never reads cookies
    csrf.protect()


def _security_headers(response: Response) -> Response:
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("Referrer-Policy", "no-referrer")
    if request.endpoint != "static":
        response.headers["Cache-Control"] = "no-store"
    return response


def init_app(app: Flask) -> None:
    """CSRF checked by our own hook, Flask-Login on database sessions, headers on every answer."""
    app.config["WTF_CSRF_CHECK_DEFAULT"] = False
    app.permanent_session_lifetime = min(app.permanent_session_lifetime, IDLE_TIMEOUT)
    csrf.init_app(app)
    login_manager.init_app(app)
    login_manager.login_view = "dashboard.login"
    login_manager.login_message = "Please sign in."
    login_manager.user_loader(lambda token: load_session(token, utcnow()))
    app.before_request(_forget_request_caches)
    app.before_request(_check_csrf)
    app.after_request(_security_headers)

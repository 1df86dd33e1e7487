"""Signing in: argon2id hashes, cookie flags, idle timeout, logout that sticks, throttling."""

import re
from datetime import timedelta
from urllib.parse import quote, unquote

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select, update

from companion import config, create_app, security
from companion.extensions import db
from companion.models import Alert, LoginAttempt, LoginSession, Severity, Therapist
from messaging.db import utcnow
from tests.builders import make_patient, make_therapist
from tests.conftest import base_config
from tests.dashboard.conftest import PASSWORD, TOKEN, csrf_token, post_form, sign_in


def attempt(client: FlaskClient, email: str, password: str) -> object:
    return client.post(
        "/login", data={"email": email, "password": password, "csrf_token": csrf_token(client)}
    )


def test_passwords_are_stored_as_argon2id_hashes(therapist: Therapist) -> None:
    assert therapist.password_hash.startswith("$argon2id$")
    assert PASSWORD not in therapist.password_hash


def test_pages_need_a_signed_in_session(client: FlaskClient) -> None:
    response = client.get("/")

    assert response.status_code == 302
    assert response.headers["Location"].startswith("/login")


def test_session_cookie_is_secure_httponly_and_lax_in_production(
    database_url: str, therapist: Therapist, tmp_path: object
) -> None:
    settings = config.settings_from_env(
        {"COMPANION_ENV": "production", "SECRET_KEY": "s" * 64, "DATABASE_URL": database_url},
        str(tmp_path),
    )
    production = create_app(settings)
    client = production.test_client()
    page = client.get("/login", base_url="https://localhost").get_data(as_text=True)
    token = TOKEN.search(page)
    assert token
    response = client.post(
        "/login",
        data={"email": therapist.email, "password": PASSWORD, "csrf_token": token.group(1)},
        base_url="https://localhost",
        headers={"Referer": "https://localhost/login"},
    )

    cookie = response.headers["Set-Cookie"]
    assert response.status_code == 302
    assert "Secure" in cookie and "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert production.permanent_session_lifetime <= timedelta(minutes=30)
    with production.app_context():
        db.session.remove()
        db.engine.dispose()


def test_an_idle_session_ends_after_30_minutes(signed_in: FlaskClient) -> None:
    db.session.execute(update(LoginSession).values(last_seen_at=utcnow() - timedelta(minutes=29)))
    db.session.commit()
    assert signed_in.get("/").status_code == 200

    db.session.execute(update(LoginSession).values(last_seen_at=utcnow() - timedelta(minutes=31)))
    db.session.commit()
    response = signed_in.get("/")

    assert response.status_code == 302 and response.headers["Location"].startswith("/login")
    assert db.session.scalar(select(LoginSession.ended_at)) is not None


def test_a_cookie_replayed_after_logout_is_rejected(app: Flask, signed_in: FlaskClient) -> None:
    cookie = signed_in.get_cookie("session")
    assert cookie is not None
    captured = cookie.value

    assert post_form(signed_in, "/logout").status_code == 302
    replay = app.test_client().get("/", headers={"Cookie": f"session={captured}"})

    assert replay.status_code == 302 and replay.headers["Location"].startswith("/login")
    assert db.session.scalar(select(LoginSession.ended_at)) is not None


def test_unknown_user_and_wrong_password_get_the_same_answer(
    client: FlaskClient, therapist: Therapist
) -> None:
    def normalised(email: str) -> tuple[int, str]:
        response = attempt(client, email, "not-the-password")
        body = response.get_data(as_text=True).replace(email, "EMAIL")
        return response.status_code, re.sub(r'value="[^"]*"', 'value=""', body)

    wrong_password = normalised(therapist.email)
    unknown_user = normalised("nobody-here@example.org")

    assert wrong_password == unknown_user
    assert "Email or password is incorrect." in unknown_user[1]


def test_ten_failures_in_five_minutes_throttle_on_every_worker(
    app: Flask, database_url: str, therapist: Therapist
) -> None:
    other_worker = create_app(base_config(database_url))
    first, second = app.test_client(), other_worker.test_client()
    for client in (first, second) * 5:
        assert attempt(client, therapist.email, "wrong").status_code == 200

    # Even the right password is refused now, by either worker: the count is in the database.
    assert attempt(first, therapist.email, PASSWORD).status_code == 429
    assert attempt(second, therapist.email, PASSWORD).status_code == 429
    assert db.session.scalar(select(func.count()).select_from(LoginAttempt)) == 10
    with other_worker.app_context():
        db.session.remove()
        db.engine.dispose()


def test_ten_failures_from_one_address_throttle_that_address(
    app: Flask, therapist: Therapist
) -> None:
    attacker = app.test_client()
    attacker.environ_base["REMOTE_ADDR"] = "203.0.113.9"
    for n in range(10):
        attempt(attacker, f"guess{n}@example.org", "wrong")

    assert attempt(attacker, therapist.email, PASSWORD).status_code == 429
    elsewhere = app.test_client()
    elsewhere.environ_base["REMOTE_ADDR"] = "198.51.100.7"
    assert attempt(elsewhere, therapist.email, PASSWORD).status_code == 302


def test_behind_a_trusted_proxy_each_client_is_throttled_by_its_own_address(
    database_url: str, therapist: Therapist
) -> None:
    behind_proxy = create_app({**base_config(database_url), "TRUSTED_PROXIES": 1})
    attacker, colleague = behind_proxy.test_client(), behind_proxy.test_client()
    for client, address in ((attacker, "203.0.113.9"), (colleague, "198.51.100.7")):
        client.environ_base["REMOTE_ADDR"] = "10.0.0.2"  # every request comes via the proxy
        client.environ_base["HTTP_X_FORWARDED_FOR"] = address
    for n in range(10):
        attempt(attacker, f"guess{n}@example.org", "wrong")

    assert attempt(attacker, therapist.email, PASSWORD).status_code == 429
    assert attempt(colleague, therapist.email, PASSWORD).status_code == 302
    with behind_proxy.app_context():
        db.session.remove()
        db.engine.dispose()


def test_without_trusted_proxies_a_forged_forwarded_address_does_not_escape_the_throttle(
    app: Flask, therapist: Therapist
) -> None:
    attacker = app.test_client()
    attacker.environ_base["REMOTE_ADDR"] = "203.0.113.9"
    for n in range(10):
        attacker.environ_base["HTTP_X_FORWARDED_FOR"] = f"192.0.2.{n}"
        attempt(attacker, f"guess{n}@example.org", "wrong")

    assert attempt(attacker, therapist.email, PASSWORD).status_code == 429


def test_failures_older_than_five_minutes_do_not_count(therapist: Therapist) -> None:
    now = utcnow()
    for _ in range(10):
        db.session.add(LoginAttempt(email=therapist.email, ip="-", at=now - timedelta(minutes=6)))
    db.session.commit()

    assert security.sign_in(therapist.email, PASSWORD, "-", now) is not None


def test_changing_the_password_ends_the_other_sessions(
    app: Flask, therapist: Therapist, signed_in: FlaskClient
) -> None:
    laptop = sign_in(app.test_client(), therapist.email)

    response = post_form(
        signed_in,
        "/password",
        current=PASSWORD,
        new="a-new-long-password",
        confirm="a-new-long-password",
    )

    assert response.status_code == 302
    assert signed_in.get("/").status_code == 200
    assert laptop.get("/").status_code == 302
    sign_in(app.test_client(), therapist.email, "a-new-long-password")


def test_an_inactive_therapist_cannot_sign_in(client: FlaskClient) -> None:
    therapist = make_therapist(password=PASSWORD, is_active=False)

    assert attempt(client, therapist.email, PASSWORD).status_code == 200


# Each `next` as it travels in the query string of the sign-in form's action.
OFF_SITE_NEXT = [
    "/%09/evil.example",  # a tab between the slashes: browsers drop it, "//evil.example"
    "/%0d%0a/evil.example",  # CR LF: a header split, or once dropped another host
    "/%0a/evil.example",
    "//evil.example",
    "%2F%2Fevil.example",  # "//" percent-encoded once
    "/%252F%252Fevil.example",  # and twice
    "/%5Cevil.example",  # "/\evil.example": browsers read the backslash as a slash
    "%5C%5Cevil.example",
    "/%255Cevil.example",
    "https://evil.example/",
    "https:evil.example",
    "javascript:alert(1)",
    "evil.example",
    "%20//evil.example",
    "/%E2%80%8B/evil.example",  # a zero-width space between the slashes
    "//[evil",  # not even a valid URL
]


@pytest.mark.parametrize("target", OFF_SITE_NEXT)
def test_sign_in_never_redirects_off_the_site(
    client: FlaskClient, therapist: Therapist, target: str
) -> None:
    response = client.post(
        f"/login?next={target}",
        data={"email": therapist.email, "password": PASSWORD, "csrf_token": csrf_token(client)},
    )

    assert response.status_code == 302
    assert response.headers["Location"] == "/"


@pytest.mark.parametrize("target", ["/alerts?severity=urgent", "/patients/7", "/team"])
def test_sign_in_returns_to_the_page_asked_for_on_the_site(
    client: FlaskClient, therapist: Therapist, target: str
) -> None:
    response = client.post(
        f"/login?next={quote(target)}",
        data={"email": therapist.email, "password": PASSWORD, "csrf_token": csrf_token(client)},
    )

    assert response.status_code == 302
    assert response.headers["Location"] == target


def test_acting_on_an_alert_never_goes_back_off_the_site(
    client: FlaskClient, therapist: Therapist
) -> None:
    patient = make_patient(therapist)
    alert = Alert(patient_id=patient.id, kind="silence", severity=Severity.WATCH, evidence={})
    db.session.add(alert)
    db.session.commit()
    sign_in(client, therapist.email)

    went = {
        (action, target): post_form(client, f"/alerts/{alert.id}/{action}", back=target)
        for action in ("acknowledge", "resolve")
        for target in [unquote(t) for t in OFF_SITE_NEXT]
    }

    assert {key: (r.status_code, r.headers["Location"]) for key, r in went.items()} == {
        key: (302, "/alerts") for key in went
    }

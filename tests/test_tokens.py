"""API tokens: they expire, can be revoked, end with a password change, and note their use."""

from datetime import timedelta

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select, update

from companion.extensions import db
from companion.models import ApiToken, Therapist
from companion.models.clinic import TOKEN_LIFETIME
from messaging.db import utcnow
from tests.builders import make_therapist, make_token
from tests.dashboard.conftest import PASSWORD, post_form, sign_in


def call(client: FlaskClient, token: str) -> int:
    return client.get("/api/v1/patients", headers={"Authorization": f"Bearer {token}"}).status_code


def cli(app: Flask, *args: str) -> tuple[int, str]:
    result = app.test_cli_runner().invoke(args=["companion", *args])
    return result.exit_code, result.output


def token_row(therapist: Therapist) -> ApiToken:
    db.session.expire_all()
    return db.session.scalars(select(ApiToken).where(ApiToken.therapist_id == therapist.id)).one()


def test_a_new_token_expires_in_90_days(app: Flask) -> None:
    therapist = make_therapist()
    before = utcnow()

    code, output = cli(app, "create-token", "--email", therapist.email)

    assert code == 0 and len(output.strip()) >= 40
    row = token_row(therapist)
    assert TOKEN_LIFETIME == timedelta(days=90)
    assert before + TOKEN_LIFETIME <= row.expires_at <= utcnow() + TOKEN_LIFETIME


def test_an_expired_token_is_refused_with_401(client: FlaskClient) -> None:
    therapist = make_therapist()
    token = make_token(therapist)
    assert call(client, token) == 200

    db.session.execute(update(ApiToken).values(expires_at=utcnow() - timedelta(seconds=1)))
    db.session.commit()
    response = client.get("/api/v1/patients", headers={"Authorization": f"Bearer {token}"})

    assert response.status_code == 401
    assert response.get_json() == {
        "errors": {"_schema": ["The token has expired: ask for a new one."]}
    }


def test_revoke_token_ends_every_token_of_that_user_and_no_one_elses(
    app: Flask, client: FlaskClient
) -> None:
    therapist, colleague = make_therapist(), make_therapist()
    first, second, theirs = make_token(therapist), make_token(therapist), make_token(colleague)

    code, output = cli(app, "revoke-token", "--email", therapist.email.upper())

    assert code == 0 and output.strip() == "2 tokens revoked"
    assert (call(client, first), call(client, second), call(client, theirs)) == (401, 401, 200)


def test_revoke_token_for_an_unknown_email_fails_and_revokes_nothing(
    app: Flask, client: FlaskClient
) -> None:
    token = make_token(make_therapist())

    code, output = cli(app, "revoke-token", "--email", "nobody@example.org")

    assert code != 0 and "no user with email nobody@example.org" in output
    assert call(client, token) == 200


def test_changing_the_password_revokes_the_users_api_tokens(
    app: Flask, client: FlaskClient
) -> None:
    therapist = make_therapist(password=PASSWORD)
    token, theirs = make_token(therapist), make_token(make_therapist())
    sign_in(client, therapist.email)

    response = post_form(
        client, "/password", current=PASSWORD, new="a-new-long-password",
        confirm="a-new-long-password",
    )  # fmt: skip

    assert response.status_code == 302  # type: ignore[attr-defined]
    api = app.test_client()
    assert (call(api, token), call(api, theirs)) == (401, 200)


def test_a_wrong_current_password_leaves_the_tokens_working(
    app: Flask, client: FlaskClient
) -> None:
    therapist = make_therapist(password=PASSWORD)
    token = make_token(therapist)
    sign_in(client, therapist.email)

    response = post_form(
        client, "/password", current="not-the-password", new="a-new-long-password",
        confirm="a-new-long-password",
    )  # fmt: skip

    assert response.status_code == 422  # type: ignore[attr-defined]
    assert call(app.test_client(), token) == 200


def test_last_used_at_is_written_at_most_once_a_minute(client: FlaskClient) -> None:
    therapist = make_therapist()
    token = make_token(therapist)
    assert token_row(therapist).last_used_at is None

    call(client, token)
    first = token_row(therapist).last_used_at
    assert first is not None and utcnow() - first < timedelta(seconds=30)

    recent = utcnow() - timedelta(seconds=50)
    db.session.execute(update(ApiToken).values(last_used_at=recent))
    db.session.commit()
    call(client, token)
    assert token_row(therapist).last_used_at == recent

    stale = utcnow() - timedelta(seconds=61)
    db.session.execute(update(ApiToken).values(last_used_at=stale))
    db.session.commit()
    call(client, token)
    latest = token_row(therapist).last_used_at
    assert latest is not None and latest > stale + timedelta(seconds=60)

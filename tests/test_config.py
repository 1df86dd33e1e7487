"""Configuration from the environment: safe defaults and refusals."""

from datetime import UTC, datetime

import pytest

from companion import create_app
from companion.config import ConfigError, database_url, settings_from_env
from companion.extensions import db
from messaging.db import utcnow

TWILIO = {
    "SMS_BACKEND": "twilio",
    "TWILIO_ACCOUNT_SID": "AC123",
    "TWILIO_AUTH_TOKEN": "token",
    "TWILIO_FROM_NUMBER": "+13125550100",
}


def test_production_refuses_to_start_without_a_secret_key() -> None:
    with pytest.raises(ConfigError, match="SECRET_KEY"):
        settings_from_env({"COMPANION_ENV": "production"}, "/tmp/instance")


def test_development_gets_a_random_secret_key_per_run() -> None:
    first = settings_from_env({}, "/tmp/instance")["SECRET_KEY"]
    second = settings_from_env({}, "/tmp/instance")["SECRET_KEY"]

    assert len(first) == 64 and first != second


def test_the_default_database_is_sqlite_in_the_instance_folder() -> None:
    assert settings_from_env({}, "/srv/instance")["SQLALCHEMY_DATABASE_URI"] == (
        "sqlite:////srv/instance/companion.db"
    )


@pytest.mark.parametrize(
    "raw", ["postgres://u@h/db", "postgresql://u@h/db", "postgresql+psycopg://u@h/db"]
)
def test_postgres_urls_use_the_psycopg_driver(raw: str) -> None:
    assert database_url(raw, "/x") == "postgresql+psycopg://u@h/db"


def test_twilio_backend_refuses_to_run_without_signature_validation() -> None:
    with pytest.raises(ConfigError, match="VALIDATE_TWILIO_SIGNATURE"):
        settings_from_env({**TWILIO, "VALIDATE_TWILIO_SIGNATURE": "false"}, "/x")


def test_twilio_backend_names_every_missing_credential() -> None:
    with pytest.raises(ConfigError, match="TWILIO_AUTH_TOKEN.*TWILIO_MESSAGING_SERVICE_SID"):
        settings_from_env({"SMS_BACKEND": "twilio", "TWILIO_ACCOUNT_SID": "AC1"}, "/x")


def test_twilio_in_production_refuses_to_start_without_a_public_base_url() -> None:
    production = {**TWILIO, "COMPANION_ENV": "production", "SECRET_KEY": "s" * 64}

    with pytest.raises(ConfigError, match="PUBLIC_BASE_URL"):
        settings_from_env(production, "/x")
    with pytest.raises(ConfigError, match="PUBLIC_BASE_URL"):
        create_app({**settings_from_env({**production, "PUBLIC_BASE_URL": "x"}, "/x"),
                    "PUBLIC_BASE_URL": None})  # fmt: skip


def test_twilio_in_production_starts_with_a_public_base_url() -> None:
    env = {**TWILIO, "COMPANION_ENV": "production", "SECRET_KEY": "s" * 64,
           "PUBLIC_BASE_URL": "https://companion.example.org/"}  # fmt: skip

    assert settings_from_env(env, "/x")["PUBLIC_BASE_URL"] == "https://companion.example.org"


def test_twilio_in_development_may_sign_against_the_requests_own_url() -> None:
    assert settings_from_env(TWILIO, "/x")["PUBLIC_BASE_URL"] is None


def test_an_unknown_sms_backend_is_refused() -> None:
    with pytest.raises(ConfigError, match="SMS_BACKEND"):
        settings_from_env({"SMS_BACKEND": "carrier-pigeon"}, "/x")


def test_production_session_cookies_are_secure() -> None:
    settings = settings_from_env({"COMPANION_ENV": "production", "SECRET_KEY": "k" * 32}, "/x")

    assert settings["SESSION_COOKIE_SECURE"] is True
    assert settings["SESSION_COOKIE_HTTPONLY"] is True
    assert settings["SESSION_COOKIE_SAMESITE"] == "Lax"


def test_the_app_clock_drives_every_now_when_set(database_url: str) -> None:
    moment = datetime(2027, 3, 14, 7, 0, tzinfo=UTC)
    app = create_app({"SQLALCHEMY_DATABASE_URI": database_url, "CLOCK": lambda: moment})
    with app.app_context():
        assert utcnow() == moment
        db.session.remove()
        db.engine.dispose()
    assert utcnow() != moment


def test_trusted_proxies_is_a_count_and_none_by_default() -> None:
    assert settings_from_env({}, "/x")["TRUSTED_PROXIES"] == 0
    assert settings_from_env({"TRUSTED_PROXIES": "2"}, "/x")["TRUSTED_PROXIES"] == 2
    with pytest.raises(ConfigError, match="TRUSTED_PROXIES"):
        settings_from_env({"TRUSTED_PROXIES": "yes"}, "/x")

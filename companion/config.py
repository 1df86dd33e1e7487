"""Configuration from the environment; every variable is read here and documented once."""

import os
import secrets
from collections.abc import Mapping
from typing import Any


class ConfigError(RuntimeError):
    """The environment does not describe a safe, runnable app."""


def _flag(value: str | None, default: bool) -> bool:
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _count(value: str | None, name: str) -> int:
    if value is None or value.strip() == "":
        return 0
    if not value.strip().isdigit():
        raise ConfigError(f"{name} must be a whole number (the proxies in front of the app)")
    return int(value)


def database_url(raw: str | None, instance_path: str) -> str:
    """The SQLAlchemy URL; bare postgres URLs get the psycopg 3 driver."""
    if not raw:
        return f"sqlite:///{os.path.join(instance_path, 'companion.db')}"
    for prefix in ("postgres://", "postgresql://"):
        if raw.startswith(prefix):
            return "postgresql+psycopg://" + raw[len(prefix) :]
    return raw


def settings_from_env(env: Mapping[str, str], instance_path: str) -> dict[str, Any]:
    """Flask settings from environment variables (see the README's configuration table)."""
    production = env.get("COMPANION_ENV", "development") == "production"
    secret_key = env.get("SECRET_KEY")
    if production and not secret_key:
        raise ConfigError("SECRET_KEY must be set when COMPANION_ENV=production")
    settings: dict[str, Any] = {
        "PRODUCTION": production,
        # A random key per run in development: sessions end with the process, as they should.
        "SECRET_KEY": secret_key or secrets.token_hex(32),
        "SQLALCHEMY_DATABASE_URI": database_url(env.get("DATABASE_URL"), instance_path),
        "SMS_BACKEND": env.get("SMS_BACKEND", "console"),
        "TWILIO_ACCOUNT_SID": env.get("TWILIO_ACCOUNT_SID"),
        "TWILIO_AUTH_TOKEN": env.get("TWILIO_AUTH_TOKEN"),
        "TWILIO_MESSAGING_SERVICE_SID": env.get("TWILIO_MESSAGING_SERVICE_SID"),
        "TWILIO_FROM_NUMBER": env.get("TWILIO_FROM_NUMBER"),
        "TWILIO_API_BASE_URL": env.get("TWILIO_API_BASE_URL"),
        "TWILIO_HTTP_TIMEOUT": float(env.get("TWILIO_HTTP_TIMEOUT", "10")),
        "DISPATCH_SENDERS": int(env.get("DISPATCH_SENDERS", "4")),
        "PUBLIC_BASE_URL": (env.get("PUBLIC_BASE_URL") or "").rstrip("/") or None,
        "TRUSTED_PROXIES": _count(env.get("TRUSTED_PROXIES"), "TRUSTED_PROXIES"),
        "VALIDATE_TWILIO_SIGNATURE": _flag(env.get("VALIDATE_TWILIO_SIGNATURE"), True),
        # Every route refuses a larger body with 413 before parsing it.
        "MAX_CONTENT_LENGTH": 64 * 1024,
        # Database errors name no phone number or message body in the log.
        "SQLALCHEMY_ENGINE_OPTIONS": {"hide_parameters": True},
        # PostgreSQL: a stuck database answers 5xx within seconds, far inside Twilio's 15 s.
        # The long-running processes (scheduler, dispatcher) turn them off for themselves.
        "DATABASE_STATEMENT_TIMEOUT": float(env.get("DATABASE_STATEMENT_TIMEOUT", "5")),
        "DATABASE_LOCK_TIMEOUT": float(env.get("DATABASE_LOCK_TIMEOUT", "3")),
        "DATABASE_IDLE_TRANSACTION_TIMEOUT": float(
            env.get("DATABASE_IDLE_TRANSACTION_TIMEOUT", "30")
        ),
        "SESSION_COOKIE_SECURE": production,
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
    }
    check_settings(settings)
    return settings


def check_settings(settings: Mapping[str, Any]) -> None:
    """Refuse combinations that would run unsafely rather than fail later."""
    if settings["SMS_BACKEND"] not in {"console", "twilio"}:
        raise ConfigError("SMS_BACKEND must be 'console' or 'twilio'")
    if settings["SMS_BACKEND"] == "twilio":
        if not settings["VALIDATE_TWILIO_SIGNATURE"]:
            raise ConfigError("VALIDATE_TWILIO_SIGNATURE cannot be false with SMS_BACKEND=twilio")
        missing = [
            name for name in ("TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN") if not settings.get(name)
        ]
        if not (settings.get("TWILIO_MESSAGING_SERVICE_SID") or settings.get("TWILIO_FROM_NUMBER")):
            missing.append("TWILIO_MESSAGING_SERVICE_SID or TWILIO_FROM_NUMBER")
        if missing:
            raise ConfigError(f"SMS_BACKEND=twilio needs {', '.join(missing)}")
        # Twilio signs the URL it calls; without this the URL we check it against would be
        # built from the request's Host header, which whoever sends the request chooses.
        if settings.get("PRODUCTION") and not settings.get("PUBLIC_BASE_URL"):
            raise ConfigError(
                "PUBLIC_BASE_URL must be set (the https URL Twilio calls) when SMS_BACKEND=twilio "
                "and COMPANION_ENV=production"
            )


def load(instance_path: str) -> dict[str, Any]:
    return settings_from_env(os.environ, instance_path)

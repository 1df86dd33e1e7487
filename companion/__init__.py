"""Companion: the Flask application factory."""

import os
from typing import Any

from flask import Flask
from werkzeug.middleware.proxy_fix import ProxyFix

import messaging
from companion import cli, config, health, models, security  # noqa: F401  (models: every table)
from companion.api import bp as api_bp
from companion.api import errors
from companion.dashboard import bp as dashboard_bp
from companion.extensions import db, migrate
from companion.sms import CompanionHooks
from companion.urls import IdConverter

MIGRATIONS = os.path.join(os.path.dirname(os.path.dirname(__file__)), "migrations")


def create_app(overrides: dict[str, Any] | None = None) -> Flask:
    """Build the app: config, extensions, blueprints, error handlers, CLI. No I/O here."""
    app = Flask(__name__, instance_relative_config=True)
    os.makedirs(app.instance_path, exist_ok=True)
    app.config.from_mapping(config.load(app.instance_path))
    if overrides:
        app.config.update(overrides)
        config.check_settings(app.config)

    app.url_map.converters["id"] = IdConverter
    if proxies := app.config.get("TRUSTED_PROXIES", 0):
        # The client's address (sign-in throttling) and scheme come from the proxies we
        # trust; without them X-Forwarded-* is ignored, so nobody can choose their address.
        app.wsgi_app = ProxyFix(  # type: ignore[method-assign]
            app.wsgi_app, x_for=proxies, x_proto=proxies, x_host=proxies
        )

    # extensions
    db.init_app(app)
    migrate.init_app(app, db, directory=MIGRATIONS)
    security.init_app(app)

    # blueprints (the SMS webhooks answer through companion's hooks)
    app.register_blueprint(health.bp)
    app.register_blueprint(api_bp, url_prefix="/api/v1")
    app.register_blueprint(dashboard_bp)
    messaging.init_app(app, CompanionHooks())

    # error handlers
    errors.register(app)

    # CLI
    cli.register(app)
    return app

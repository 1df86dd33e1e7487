"""Companion: the Flask application factory."""

import os
from typing import Any

from flask import Flask

import messaging
from companion import cli, config, health, models  # noqa: F401  (models: every table on the metadata)
from companion.api import bp as api_bp
from companion.api import errors
from companion.extensions import db, migrate
from companion.sms import CompanionHooks

MIGRATIONS = os.path.join(os.path.dirname(os.path.dirname(__file__)), "migrations")


def create_app(overrides: dict[str, Any] | None = None) -> Flask:
    """Build the app: config, extensions, blueprints, error handlers, CLI. No I/O here."""
    app = Flask(__name__, instance_relative_config=True)
    os.makedirs(app.instance_path, exist_ok=True)
    app.config.from_mapping(config.load(app.instance_path))
    if overrides:
        app.config.update(overrides)
        config.check_settings(app.config)

    # extensions
    db.init_app(app)
    migrate.init_app(app, db, directory=MIGRATIONS)

    # blueprints (the SMS webhooks answer through companion's hooks)
    app.register_blueprint(health.bp)
    app.register_blueprint(api_bp, url_prefix="/api/v1")
    messaging.init_app(app, CompanionHooks())

    # error handlers
    errors.register(app)

    # CLI
    cli.register(app)
    return app

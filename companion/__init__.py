"""Companion: the Flask application factory."""

import os
from typing import Any

from flask import Flask

from companion import config


def create_app(overrides: dict[str, Any] | None = None) -> Flask:
    """Build the app: config, extensions, blueprints, error handlers, CLI. No I/O here."""
    app = Flask(__name__, instance_relative_config=True)
    os.makedirs(app.instance_path, exist_ok=True)
    app.config.from_mapping(config.load(app.instance_path))
    if overrides:
        app.config.update(overrides)
        config.check_settings(app.config)

    # extensions
    from companion.extensions import db, migrate

    db.init_app(app)
    migrate.init_app(app, db, directory=os.path.join(os.path.dirname(__file__), "..", "migrations"))
    # blueprints
    from companion import (
        health,
        models,  # noqa: F401  (registers every table on the metadata)
    )
    from companion.api import bp as api_bp

    app.register_blueprint(health.bp)
    app.register_blueprint(api_bp, url_prefix="/api/v1")

    # error handlers
    from companion.api import errors

    errors.register(app)

    # CLI
    from companion import cli

    cli.register(app)
    return app

"""Flask extensions, one line each, initialised in create_app."""

from flask_migrate import Migrate

from messaging.db import db

migrate = Migrate(render_as_batch=True, compare_type=True)

__all__ = ["db", "migrate"]

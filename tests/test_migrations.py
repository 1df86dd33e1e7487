"""The migrations build exactly the schema the models describe, on every backend."""

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask import Flask
from flask_migrate import upgrade
from sqlalchemy import select, text

from companion import create_app
from companion.extensions import db
from companion.models import ApiToken
from companion.models.clinic import TOKEN_LIFETIME, hash_token
from messaging.db import utcnow
from tests.conftest import base_config


def test_migrated_schema_matches_the_models(app: Flask) -> None:
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, db.metadata)

    assert differences == []


def test_tokens_from_before_expiry_keep_working_for_90_days_from_the_upgrade(
    tmp_path: Path,
) -> None:
    app = create_app(base_config(f"sqlite:///{tmp_path / 'old.db'}"))
    with app.app_context():
        upgrade(revision="d5a8e31f7c20")
        db.session.execute(text(
            "INSERT INTO clinics (id, name, timezone, quiet_start, quiet_end, alert_thresholds, "
            "created_at) VALUES (1, 'C', 'America/Chicago', '21:00:00', '08:00:00', '{}', "
            "'2026-01-01 00:00:00')"
        ))  # fmt: skip
        db.session.execute(text(
            "INSERT INTO therapists (id, clinic_id, email, name, role, password_hash, is_active, "
            "created_at) VALUES (1, 1, 't@example.org', 'T', 'therapist', 'x', 1, "
            "'2026-01-01 00:00:00')"
        ))  # fmt: skip
        db.session.execute(text(
            "INSERT INTO api_tokens (therapist_id, token_hash, created_at) "
            "VALUES (1, :hash, '2026-01-01 00:00:00')"
        ), {"hash": hash_token("an-old-token")})  # fmt: skip
        db.session.commit()
        before = utcnow()

        upgrade()

        token = db.session.scalars(select(ApiToken)).one()
        assert before + TOKEN_LIFETIME <= token.expires_at <= utcnow() + TOKEN_LIFETIME
        assert token.token_hash == hash_token("an-old-token") and token.revoked_at is None
        db.session.remove()
        db.engine.dispose()

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


def test_task_names_per_language_carry_existing_tasks_over(tmp_path: Path) -> None:
    from flask_migrate import upgrade

    from companion import create_app
    from tests.conftest import base_config

    app = create_app(base_config(f"sqlite:///{tmp_path / 'old.db'}"))
    with app.app_context():
        upgrade(revision="d5a8e31f7c20")  # the schema before tasks had a Spanish name
        with db.engine.connect() as connection:
            # Only the tasks matter here: the rows they belong to are not the subject.
            connection.execute(text("PRAGMA foreign_keys=OFF"))
            for id_, name, instructions in [
                (1, "Sled push", None),
                (
                    2,
                    "Floor-to-waist lift",
                    "Bend at hips and knees, keep the load close, no twisting.",
                ),
                (3, "Tire change", "Kneel on a pad."),
            ]:
                connection.execute(
                    text("INSERT INTO tasks (id, program_id, position, name, instructions) "
                         "VALUES (:id, 1, :id, :name, :instructions)"),
                    {"id": id_, "name": name, "instructions": instructions},
                )  # fmt: skip
            connection.commit()

        upgrade()

        with db.engine.connect() as connection:
            rows = connection.execute(
                text("SELECT name_es, instructions, instructions_es FROM tasks ORDER BY id")
            ).all()
        db.engine.dispose()
    assert rows[0][0] == "Empujar el trineo" and rows[0][1] and rows[0][2]
    assert rows[1] == (
        "Levantamiento del piso a la cintura",
        "Bend at hips and knees, keep the load close, no twisting.",
        "Dobla cadera y rodillas, la carga pegada al cuerpo, sin torcerte.",
    )
    assert rows[2] == (None, "Kneel on a pad.", None)  # no template knows it: English stays

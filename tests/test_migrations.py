"""The migrations build exactly the schema the models describe, on every backend."""

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask import Flask
from sqlalchemy import text

from companion.extensions import db


def test_migrated_schema_matches_the_models(app: Flask) -> None:
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, db.metadata)

    assert differences == []


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

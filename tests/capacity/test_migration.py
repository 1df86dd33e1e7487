"""The job demand analysis migration carries existing profiles over, inventing no test."""

from pathlib import Path

from flask_migrate import upgrade
from sqlalchemy import text

from companion import create_app
from companion.extensions import db
from tests.conftest import base_config

BEFORE = "d5a8e31f7c20"


def test_existing_demands_are_classified_and_none_reads_as_tested(tmp_path: Path) -> None:
    app = create_app(base_config(f"sqlite:///{tmp_path / 'old.db'}"))
    with app.app_context():
        upgrade(revision=BEFORE)
        with db.engine.begin() as c:
            c.execute(text(
                "INSERT INTO clinics (id, name, timezone, quiet_start, quiet_end, "
                "alert_thresholds, created_at) VALUES (1, 'Old clinic', 'America/Chicago', "
                "'21:00:00', '08:00:00', '{}', '2026-01-01 00:00:00')"
            ))  # fmt: skip
            c.execute(text(
                "INSERT INTO job_demand_profiles (id, clinic_id, job_title, strength_level, "
                "created_at) VALUES (1, 1, 'Roofer', 'heavy', '2026-01-01 00:00:00')"
            ))  # fmt: skip
            for name, unit in [("Floor-to-waist lift", "lb"), ("Carry", "lb"),
                               ("Push pallet jack", "lb"), ("Ladder climb", "ft"),
                               ("Standing tolerance", "min")]:  # fmt: skip
                c.execute(
                    text(
                        "INSERT INTO job_demands (profile_id, name, target, unit, frequency) "
                        "VALUES (1, :name, 40, :unit, 'occasional')"
                    ),
                    {"name": name, "unit": unit},
                )

        upgrade()

        with db.engine.connect() as c:
            rows = c.execute(
                text("SELECT name, kind, height_range, posture, critical FROM job_demands")
            ).all()
            tests = c.execute(text("SELECT count(*) FROM capacity_tests")).scalar()
            level = c.execute(text("SELECT strength_level FROM job_demand_profiles")).scalar()
        db.engine.dispose()

    assert [tuple(r) for r in rows] == [
        ("Floor-to-waist lift", "lift", "floor_to_waist", None, 1),
        ("Carry", "carry", None, None, 1),
        ("Push pallet jack", "push", None, None, 1),
        ("Ladder climb", "position", None, "climb_ladder", 1),
        ("Standing tolerance", "position", None, "stand", 1),
    ]
    assert tests == 0  # nothing the home programme did is relabelled as a clinic test
    assert level == "heavy"  # the recorded level stays; the page shows the derived one beside it

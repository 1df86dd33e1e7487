"""The command line: therapists, tokens and demo data."""

from datetime import UTC, date, datetime

from flask import Flask
from sqlalchemy import func, select

from companion.extensions import db
from companion.models import ApiToken, CheckIn, Clinic, Patient, Program, Role, Therapist
from companion.models.clinic import hash_token


def run(app: Flask, *args: str) -> str:
    result = app.test_cli_runner().invoke(args=list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_create_therapist_creates_the_clinic_and_prints_the_id(app: Flask) -> None:
    output = run(
        app,
        "companion",
        "create-therapist",
        "--email",
        "Pat@Example.org",
        "--name",
        "Pat Lee",
        "--clinic",
        "North Clinic",
        "--password",
        "long-enough-pw",
    )

    therapist = db.session.get(Therapist, int(output))
    assert therapist is not None and therapist.email == "pat@example.org"
    assert therapist.clinic.name == "North Clinic"
    assert therapist.check_password("long-enough-pw")
    assert "long-enough-pw" not in therapist.password_hash


def test_create_therapist_gives_a_care_team_role_when_asked_and_therapist_by_default(
    app: Flask,
) -> None:
    common = ["companion", "create-therapist", "--clinic", "C", "--password", "long-enough-pw"]
    default = run(app, *common, "--email", "t@example.org", "--name", "T")
    counsellor = run(
        app, *common, "--email", "v@example.org", "--name", "V", "--role", "vocational_counsellor"
    )

    assert db.session.get(Therapist, int(default)).role == Role.THERAPIST
    assert db.session.get(Therapist, int(counsellor)).role == Role.VOCATIONAL_COUNSELLOR


def test_create_therapist_refuses_a_duplicate_email(app: Flask) -> None:
    args = [
        "companion",
        "create-therapist",
        "--email",
        "a@example.org",
        "--name",
        "A",
        "--clinic",
        "C",
        "--password",
        "long-enough-pw",
    ]
    run(app, *args)

    result = app.test_cli_runner().invoke(args=args)

    assert result.exit_code != 0 and "already exists" in result.output


def test_create_token_prints_a_token_stored_only_as_its_hash(app: Flask) -> None:
    run(
        app,
        "companion",
        "create-therapist",
        "--email",
        "t@example.org",
        "--name",
        "T",
        "--clinic",
        "C",
        "--password",
        "long-enough-pw",
    )

    token = run(app, "companion", "create-token", "--email", "t@example.org").strip()

    [row] = db.session.scalars(select(ApiToken)).all()
    assert row.token_hash == hash_token(token) and token not in row.token_hash


def test_demo_twice_duplicates_nothing(app: Flask) -> None:
    def counts() -> tuple[int, ...]:
        return tuple(
            db.session.scalar(select(func.count()).select_from(m)) or 0
            for m in (Clinic, Therapist, Patient, CheckIn)
        )

    run(app, "companion", "demo", "--patients", "30")
    first = counts()
    run(app, "companion", "demo", "--patients", "30")

    assert counts() == first
    assert first[2] == 6 + 30


def test_demo_days_are_the_patients_own_days(app: Flask) -> None:
    # Tuesday 02:00 in UTC is Monday evening in Chicago and Monday afternoon in Honolulu.
    app.config["CLOCK"] = lambda: datetime(2026, 11, 24, 2, 0, tzinfo=UTC)

    run(app, "companion", "demo", "--patients", "7")

    def starts(zone: str) -> set[date]:
        query = select(Program.start_date).join(Patient).where(Patient.timezone == zone)
        return set(db.session.scalars(query))

    latest = db.session.scalar(
        select(func.max(CheckIn.local_date)).join(Patient).where(Patient.first_name == "Ana")
    )
    assert latest is not None and latest < date(2026, 11, 23)  # no report yet for Monday
    assert starts("America/Chicago") == {date(2026, 11, 2), date(2026, 11, 23)}
    assert starts("Pacific/Honolulu") == {date(2026, 11, 23)}


def test_demo_therapist_can_log_in_with_the_documented_password(app: Flask) -> None:
    run(app, "companion", "demo")

    therapist = db.session.scalar(select(Therapist).where(Therapist.email == "demo@example.org"))
    assert therapist is not None and therapist.check_password("demo-password")


def test_demo_if_empty_leaves_an_existing_database_alone(app: Flask) -> None:
    run(
        app,
        "companion",
        "create-therapist",
        "--email",
        "t@example.org",
        "--name",
        "T",
        "--clinic",
        "C",
        "--password",
        "long-enough-pw",
    )

    output = run(app, "companion", "demo", "--if-empty")

    assert "not loaded" in output
    assert db.session.scalar(select(func.count()).select_from(Patient)) == 0

"""`flask --app wsgi companion …`: therapists, API tokens and demo data."""

import click
from flask import Flask
from flask.cli import AppGroup
from sqlalchemy import select

from companion.conversation.cli import group as chatbot_group
from companion.demo import load_demo, load_synthetic
from companion.extensions import db
from companion.models import Clinic, Patient, Role, Therapist
from companion.phones import PhoneError, to_e164
from companion.tokens import issue_token, revoke_tokens
from messaging.db import utcnow

group = AppGroup("companion", help="Clinics, therapists, API tokens and demo data.")


@group.command("create-therapist")
@click.option("--email", required=True)
@click.option("--name", required=True)
@click.option("--clinic", "clinic_name", required=True, help="Created if new.")
@click.option("--password", required=True)
@click.option(
    "--role",
    type=click.Choice([r.value for r in Role]),
    default=Role.THERAPIST.value,
    show_default=True,
    help="Only a therapist changes programmes; the others read, note and triage.",
)
@click.option("--phone", help="Their own mobile, which urgent alerts text (any common format).")
def create_therapist(
    email: str, name: str, clinic_name: str, password: str, role: str, phone: str | None
) -> None:
    """Create a clinic user (and their clinic if new); print the user's id."""
    email = email.strip().lower()
    if db.session.scalar(select(Therapist.id).where(Therapist.email == email)):
        raise click.ClickException(f"a therapist with email {email} already exists")
    if len(password) < 10:
        raise click.ClickException("the password must have at least 10 characters")
    try:
        mobile = to_e164(phone) if phone else None
    except PhoneError as exc:
        raise click.BadParameter(str(exc), param_hint="--phone") from exc
    if mobile and db.session.scalar(select(Patient.id).where(Patient.phone == mobile)):
        raise click.BadParameter("a patient is enrolled with this number", param_hint="--phone")
    clinic = db.session.scalar(select(Clinic).where(Clinic.name == clinic_name))
    if clinic is None:
        clinic = Clinic(name=clinic_name)
    therapist = Therapist(clinic=clinic, email=email, name=name, role=Role(role), phone=mobile)
    therapist.set_password(password)
    db.session.add(therapist)
    db.session.commit()
    click.echo(therapist.id)


@group.command("create-token")
@click.option("--email", required=True)
def create_token(email: str) -> None:
    """Print a new API token for the therapist; shown once, stored hashed, expiring in 90 days."""
    therapist = db.session.scalar(select(Therapist).where(Therapist.email == email.strip().lower()))
    if therapist is None:
        raise click.ClickException(f"no therapist with email {email}")
    click.echo(issue_token(therapist, utcnow()))


@group.command("revoke-token")
@click.option("--email", required=True)
def revoke_token(email: str) -> None:
    """Revoke every API token of the user at once (a lost laptop, a leaked script)."""
    therapist = db.session.scalar(select(Therapist).where(Therapist.email == email.strip().lower()))
    if therapist is None:
        raise click.ClickException(f"no user with email {email}")
    click.echo(f"{revoke_tokens(therapist, utcnow())} tokens revoked")


@group.command("demo")
@click.option(
    "--patients",
    "count",
    type=click.IntRange(min=0),
    default=0,
    help="Also load this many synthetic patients (load tests).",
)
@click.option("--if-empty", is_flag=True, help="Do nothing when any clinic exists already.")
def demo(count: int, if_empty: bool) -> None:
    """Load the demo clinic (therapist demo@example.org / demo-password); safe to run twice."""
    if if_empty and db.session.scalar(select(Clinic.id).limit(1)):
        click.echo("the database has data already; demo not loaded")
        return
    now = utcnow()
    therapist = load_demo(now)
    click.echo(f"demo clinic ready: log in as {therapist.email}")
    if count:
        added = load_synthetic(count, now)
        click.echo(f"synthetic patients: {added} added, {count} in all")


def register(app: Flask) -> None:
    app.cli.add_command(group)
    app.cli.add_command(chatbot_group)

"""`flask --app wsgi scheduler …`: the scheduler process, and one deterministic tick."""

import json
import logging
from datetime import UTC, datetime

import click
from flask import Flask, current_app
from flask.cli import AppGroup

from scheduler import jobs, runner

group = AppGroup("scheduler", help="The periodic jobs: plan, remind, dispatch.")


@group.command("run")
@click.option("--poll", default=5.0, show_default=True, help="Standby poll interval (seconds).")
def run(poll: float) -> None:
    """Run the scheduler; a second one waits as a standby until the first stops."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    runner.run(current_app._get_current_object(), poll)  # type: ignore[attr-defined]


@group.command("tick")
@click.option("--now", "now_text", required=True, help="ISO 8601, e.g. 2026-03-08T14:00:00Z")
def tick(now_text: str) -> None:
    """Run once everything due at that instant, then exit."""
    try:
        now = datetime.fromisoformat(now_text.replace("Z", "+00:00"))
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--now") from exc
    if now.tzinfo is None:
        raise click.BadParameter("give a time zone, e.g. 2026-03-08T14:00:00Z", param_hint="--now")
    now = now.astimezone(UTC)
    # That instant is the clock for everything the tick does, the transport's validity
    # period included, so a tick for a past instant runs as it would have then.
    config = current_app.config
    previous = config.get("CLOCK")
    config["CLOCK"] = lambda: now
    try:
        click.echo(json.dumps(jobs.tick(now), sort_keys=True))
    finally:
        config["CLOCK"] = previous


def register(app: Flask) -> None:
    app.cli.add_command(group)

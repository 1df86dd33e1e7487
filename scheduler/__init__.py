"""The scheduler process: APScheduler with a fixed set of periodic jobs and a leader lock."""

from flask import Flask


def register_cli(app: Flask) -> None:
    """Add the `scheduler` commands and the chat's clock commands (/next, /at, /tick); the
    scheduler itself starts only from its own command."""
    from scheduler import play
    from scheduler.cli import register

    register(app)
    play.register(app)

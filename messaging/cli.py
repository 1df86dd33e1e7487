"""`flask --app wsgi messaging …`: extra dispatchers, each also a conversation worker."""

import threading

import click
from flask import current_app
from flask.cli import AppGroup

from messaging.db import without_database_timeouts
from messaging.dispatch import SENDERS
from messaging.transports import transport_from_config
from messaging.worker import converse_and_dispatch, serve

group = AppGroup("messaging", help="The SMS outbox and the conversation worker.")


def status_callback_url() -> str | None:
    base = current_app.config.get("PUBLIC_BASE_URL")
    return f"{base}/sms/status" if base else None


def echo(counts: dict[str, int]) -> None:
    click.echo(" ".join(f"{k}={v}" for k, v in sorted(counts.items())))


@group.command("dispatch")
@click.option(
    "--once", is_flag=True, help="One pass: converse what was received, send what is due."
)
@click.option("--interval", default=2.0, show_default=True, help="Seconds between idle passes.")
def dispatch(once: bool, interval: float) -> None:
    """Converse received texts and send due outbox messages; any number may run at once."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    transport = transport_from_config(app.config)
    senders = app.config.get("DISPATCH_SENDERS", SENDERS)
    if once:
        if counts := converse_and_dispatch(transport, status_callback_url(), senders):
            echo(counts)
        return
    without_database_timeouts(app)
    stop = threading.Event()
    try:
        serve(app, transport, status_callback_url, senders, interval, stop, echo)
    except KeyboardInterrupt:
        stop.set()

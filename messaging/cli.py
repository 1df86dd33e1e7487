"""`flask --app wsgi messaging …`: extra outbox dispatchers."""

import time

import click
from flask import current_app
from flask.cli import AppGroup

from messaging.db import utcnow
from messaging.dispatch import SENDERS, dispatch_due
from messaging.transports import transport_from_config

group = AppGroup("messaging", help="The SMS outbox.")


def status_callback_url() -> str | None:
    base = current_app.config.get("PUBLIC_BASE_URL")
    return f"{base}/sms/status" if base else None


@group.command("dispatch")
@click.option("--once", is_flag=True, help="One pass over what is due, then exit.")
@click.option("--interval", default=2.0, show_default=True, help="Seconds between passes.")
def dispatch(once: bool, interval: float) -> None:
    """Send due outbox messages; any number of dispatchers may run beside each other."""
    transport = transport_from_config(current_app.config)
    while True:
        senders = current_app.config.get("DISPATCH_SENDERS", SENDERS)
        report = dispatch_due(transport, utcnow(), status_callback_url(), senders=senders)
        if report.counts:
            click.echo(" ".join(f"{k}={v}" for k, v in sorted(report.counts.items())))
        if once:
            return
        time.sleep(interval)

"""The long-running scheduler: APScheduler with a fixed set of jobs, run by the leader only."""

import logging
import os
import threading
from collections.abc import Callable
from datetime import datetime
from typing import Any

from apscheduler.schedulers.blocking import BlockingScheduler
from flask import Flask

from messaging.db import utcnow, without_database_timeouts
from messaging.dispatch import SENDERS
from messaging.worker import serve
from scheduler import jobs
from scheduler.leader import leadership

log = logging.getLogger(__name__)

TICK_SECONDS = 60
DISPATCH_SECONDS = 5
CATCH_UP_SECONDS = 180


def _in_app(app: Flask, job: Callable[[datetime], dict[str, int]]) -> Callable[[], None]:
    def run() -> None:
        with app.app_context():
            counts = {k: v for k, v in job(utcnow()).items() if v}
            if counts:
                log.info("%s: %s", job.__name__, counts)

    return run


def build_scheduler(app: Flask) -> BlockingScheduler:
    """The fixed jobs; a late run is coalesced into one, never run twice at once."""
    defaults: dict[str, Any] = {"coalesce": True, "max_instances": 1}
    scheduler = BlockingScheduler(timezone="UTC", job_defaults=defaults)
    # The plan tick may run up to a minute late (a slow tick, a GC pause); beyond that the
    # next tick catches up, because each tick plans everything that is due, not only "now".
    scheduler.add_job(
        _in_app(app, jobs.plan_tick),
        "interval",
        seconds=TICK_SECONDS,
        id="plan_tick",
        misfire_grace_time=TICK_SECONDS,
    )
    # Twilio retries a webhook only on a failed connection: what an outage kept from us is
    # caught up from Twilio's own log.
    scheduler.add_job(
        _in_app(app, jobs.catch_up_inbound),
        "interval",
        seconds=CATCH_UP_SECONDS,
        id="catch_up_inbound",
        misfire_grace_time=CATCH_UP_SECONDS,
    )
    return scheduler


def start_worker(app: Flask, stop: threading.Event) -> threading.Thread:
    """The conversation worker and dispatcher beside the jobs: it wakes at each stored text."""

    def report(counts: dict[str, int]) -> None:
        log.info("dispatch: %s", {k: v for k, v in counts.items() if v})

    with app.app_context():
        transport = jobs.transport()
    thread = threading.Thread(
        target=serve,
        args=(app, transport, jobs.callback_url),
        kwargs={
            "senders": app.config.get("DISPATCH_SENDERS", SENDERS),
            "interval": DISPATCH_SECONDS,
            "stop": stop,
            "report": report,
        },
        name="dispatcher",
        daemon=True,
    )
    thread.start()
    return thread


def run(app: Flask, poll_seconds: float = 5.0) -> None:
    """Wait to become the active scheduler, then run the jobs until stopped."""
    url = app.config["SQLALCHEMY_DATABASE_URI"]
    # On SQLite the lock file sits beside the database: one scheduler per database.
    database = url.removeprefix("sqlite:///") if url.startswith("sqlite:///") else "memory"
    lock_path = os.path.join(app.instance_path, os.path.basename(database) + ".scheduler.lock")
    if url.startswith("sqlite:///"):
        lock_path = database + ".scheduler.lock"
    log.info("scheduler waiting for leadership")
    with leadership(url, lock_path, poll_seconds):
        log.info("scheduler active (pid %s)", os.getpid())
        without_database_timeouts(app)
        _in_app(app, jobs.catch_up_inbound)()  # catch up at once after a restart or a takeover
        _in_app(app, jobs.tick)()
        stop = threading.Event()
        start_worker(app, stop)
        try:
            build_scheduler(app).start()
        finally:
            stop.set()

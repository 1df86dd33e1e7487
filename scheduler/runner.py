"""The long-running scheduler: APScheduler with a fixed set of jobs, run by the leader only."""

import logging
import os
from collections.abc import Callable
from datetime import datetime
from typing import Any

from apscheduler.schedulers.blocking import BlockingScheduler
from flask import Flask

from messaging.db import utcnow
from scheduler import jobs
from scheduler.leader import leadership

log = logging.getLogger(__name__)

TICK_SECONDS = 60
DISPATCH_SECONDS = 5


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
    scheduler.add_job(
        _in_app(app, jobs.dispatch),
        "interval",
        seconds=DISPATCH_SECONDS,
        id="dispatch",
        misfire_grace_time=DISPATCH_SECONDS,
    )
    return scheduler


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
        _in_app(app, jobs.tick)()  # catch up at once after a restart or a takeover
        build_scheduler(app).start()

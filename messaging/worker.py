"""The dispatcher's loop: converse what was received, send what is due, wait for the next text.

It wakes within a fraction of a second of a stored text: on PostgreSQL a LISTEN on the
channel the webhook notifies, on SQLite a short poll of the received texts. It sends at once
after conversing (the replies), and otherwise every `interval` seconds for the outbox's
scheduled texts.
"""

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from flask import Flask

from messaging.converse import converse_due, waiting
from messaging.db import db, utcnow
from messaging.dispatch import dispatch_due
from messaging.hooks import hooks
from messaging.inbound import CHANNEL
from messaging.transports import Transport

log = logging.getLogger(__name__)

POLL_SECONDS = 0.1  # SQLite: how often the idle worker looks for a received text
RETRY_SECONDS = 1.0  # after the database failed under the loop
GATHER_SECONDS = 0.02  # PostgreSQL: after a text's notification, for the texts right behind it
PASS_SECONDS = 0.1  # and a woken worker starts a pass at most this often: a reply waits that
# much more at worst, and under a steady stream each pass converses a batch, not a text
SETTLE_SECONDS = 5.0  # how often the loop looks for sends in doubt (messaging/reconcile.py):
# a row is in doubt only after 30 s (ambiguous) or 2 minutes (a dead claim)


def converse_and_dispatch(
    transport: Transport, callback_url: str | None, senders: int
) -> dict[str, int]:
    """One pass: converse every received text that may be conversed, then send what is due."""
    counts = converse_due(utcnow())
    return {**counts, **dispatch_due(transport, utcnow(), callback_url, senders=senders).counts}


class Listener:
    """A PostgreSQL connection LISTENing to the inbound channel, or None on SQLite."""

    def __init__(self) -> None:
        self.connection: Any = None
        self._raw: Any = None

    def wait(self, seconds: float, stop: threading.Event, not_before: float = 0.0) -> None:
        """Return at the next stored text, when `stop` is set, or after `seconds`; at a text,
        not before the monotonic time `not_before`."""
        deadline = time.monotonic() + seconds
        if db.engine.dialect.name != "postgresql":
            while not stop.is_set() and time.monotonic() < deadline:
                if waiting(utcnow()):
                    # As on PostgreSQL, a pass at most every PASS_SECONDS: each batch holds
                    # SQLite's one writer, the webhooks' too, for its claim, reads and commit,
                    # and back-to-back passes of a text or two each held it nearly always.
                    stop.wait(max(0.0, not_before - time.monotonic()))
                    return
                time.sleep(POLL_SECONDS)
            return
        if self.connection is None:
            self._raw = db.engine.raw_connection()
            self.connection = self._raw.driver_connection
            self.connection.autocommit = True
            self.connection.execute(f"LISTEN {CHANNEL}")
            return  # a text stored before the LISTEN is found by the next pass
        while not stop.is_set() and (left := deadline - time.monotonic()) > 0:
            if any(True for _ in self.connection.notifies(timeout=min(left, 1.0), stop_after=1)):
                # Texts come in runs (100 a second under load): let the run gather, so
                # that one pass (a claim, the batch's reads and writes, a dispatch) serves
                # many, rather than a pass for every text in every worker.
                stop.wait(max(GATHER_SECONDS, not_before - time.monotonic()))
                for _ in self.connection.notifies(timeout=0):
                    pass
                return

    def close(self) -> None:
        if self.connection is not None:
            self._raw.invalidate()
            self.connection = None


def serve(
    app: Flask,
    transport: Transport,
    callback_url: Callable[[], str | None],
    senders: int,
    interval: float,
    stop: threading.Event,
    report: Callable[[dict[str, int]], None] = lambda counts: None,
) -> None:
    """Pass after pass until `stop` is set; a database failure is logged and waited out."""
    with app.app_context():
        hooks().warm_up()
    report({"ready": 1})
    listener = Listener()
    dispatched = -interval  # when the last dispatch pass ran (time.monotonic)
    settled = -SETTLE_SECONDS  # when the last one looked for sends in doubt
    # One pool of senders for the loop's life, not one started and joined at every pass.
    pool = ThreadPoolExecutor(senders) if senders > 1 else None
    while not stop.is_set():
        with app.app_context():
            try:
                started = time.monotonic()
                counts = converse_due(utcnow())
                # Replies go at once. Without any, a woken worker leaves the outbox to its
                # interval: every worker wakes at every text, and only one converses it.
                if counts or time.monotonic() - dispatched >= interval:
                    dispatched = time.monotonic()
                    settle = dispatched - settled >= SETTLE_SECONDS
                    settled = dispatched if settle else settled
                    sent = dispatch_due(
                        transport,
                        utcnow(),
                        callback_url(),
                        senders=senders,
                        pool=pool,
                        settle_doubtful=settle,
                    )
                    counts = {**counts, **sent.counts}
                if counts:
                    report(counts)
                idle = max(0.0, dispatched + interval - time.monotonic())
                listener.wait(idle, stop, not_before=started + PASS_SECONDS)
            except Exception as exc:  # the database went away, most likely: wait it out
                log.error("dispatcher pass failed: %s", type(exc).__name__)
                db.session.rollback()
                listener.close()
                stop.wait(RETRY_SECONDS)
            finally:
                db.session.remove()
    if pool is not None:
        pool.shutdown()
    with app.app_context():
        listener.close()

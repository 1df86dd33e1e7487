"""Benchmark: the inbound pipeline end to end, web and conversation worker together.

The app under gunicorn (2 sync workers) and one `flask messaging dispatch` process (the
conversation worker and dispatcher, console transport) on the same machine and database:

- *End to end*: wrk at 16 connections for BENCH_WEBHOOK_SECONDS, then until every text is
  conversed and its replies handed to the transport. The rate is texts over that whole time,
  against the one-insert baseline's webhook rate of the same run (bench/webhook_bench.py).
- *Steady*: 100 texts a second for BENCH_STEADY_SECONDS (60), each reply's delay from its
  text's arrival (`created_at`) to its hand-over to the transport (`sent_at`, the clock of the
  dispatcher pass that sent it), p50 and p95.

Run alone with `python -m bench.pipeline_bench`.
"""

import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import requests
from sqlalchemy import func, select

from bench.common import (
    BIN,
    ROOT,
    Check,
    Section,
    backends,
    gunicorn,
    prepared,
    server_env,
    stop,
    table,
)
from bench.webhook_bench import (
    CONNECTIONS,
    INBOUND,
    PATIENTS,
    SECONDS,
    load,
    patient_phones,
    presigned,
    replies,
    signed_posts,
)
from companion.extensions import db
from messaging.db import utcnow
from messaging.models import Direction, Message, MessageStatus

STEADY_SECONDS = float(os.environ.get("BENCH_STEADY_SECONDS", "60"))
STEADY_RATE = 100
MIN_E2E_RATIO, MAX_P95_S = 0.42, 2.0
# Conversation workers beside the web: SQLite has one writer. PostgreSQL's could share the
# texts by SKIP LOCKED, but on these two cores a second one cost more CPU a text (a pass, its
# claim and its wake-ups each) than it brought: 41 % end to end with one, 33 % with two.
DISPATCHERS = {"sqlite": 1, "postgresql": 1}
DRAIN_TIMEOUT = 300.0
READY_TIMEOUT = 120.0


@contextmanager
def dispatcher(env: dict[str, str], log: Path) -> Iterator[None]:
    """One `messaging dispatch` process: the conversation worker and the outbox's sender.

    Yields once it is ready ("ready=1": the conversation loaded), so that the measured time is
    the pipeline's, not a process starting (seconds of imports and regex compiling).
    """
    command = [str(BIN / "flask"), "--app", "wsgi", "messaging", "dispatch", "--interval", "1"]
    with open(log, "w") as out:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=out)
    try:
        deadline = time.monotonic() + READY_TIMEOUT
        while "ready=1" not in log.read_text():
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the dispatcher did not start: {log.read_text()[-2000:]}")
            time.sleep(0.2)
        yield
    finally:
        stop(process)


def waiting() -> int:
    """Texts not yet conversed, and replies not yet handed to the transport."""
    unconversed = select(func.count()).where(Message.status == MessageStatus.RECEIVED)
    unsent = select(func.count()).where(
        Message.is_reply.is_(True),
        Message.status.in_([MessageStatus.QUEUED, MessageStatus.SENDING]),
    )
    found = (db.session.scalar(unconversed) or 0) + (db.session.scalar(unsent) or 0)
    db.session.rollback()
    return found


def drained(started: float) -> float:
    """Seconds from `started` until nothing waits (polled every 0.2 s)."""
    deadline = time.monotonic() + DRAIN_TIMEOUT
    while waiting():
        if time.monotonic() > deadline:
            raise RuntimeError("the worker did not catch up within the drain timeout")
        time.sleep(0.2)
    return time.monotonic() - started


def texts_in() -> int:
    query = select(func.count()).where(Message.direction == Direction.INBOUND)
    return db.session.scalar(query) or 0


def end_to_end(base: str, folder: Path, phones: list[str]) -> dict[str, Any]:
    # Signed before the clock starts: signing some 80,000 posts took this process seconds of
    # the two cores inside the measured time, the first of them with no text yet to converse.
    signed = presigned(phones, replies())
    before = texts_in()
    started = time.monotonic()
    figures = load(base, phones, replies(), folder, signed)
    seconds = drained(started)
    texts = texts_in() - before
    return {"texts": texts, "seconds": seconds, "rate": texts / seconds, "wrk": figures}


def steady(base: str, phones: list[str]) -> dict[str, Any]:
    """STEADY_RATE texts a second from four posting threads; each reply's delay."""
    posts = signed_posts(phones, replies(), int(STEADY_RATE * STEADY_SECONDS), offset=900_000)
    first = db.session.scalar(select(func.max(Message.id))) or 0
    db.session.rollback()
    started = time.monotonic()
    failures: list[int] = []

    def post(lane: int) -> None:
        with requests.Session() as session:
            for n in range(lane, len(posts), 4):
                delay = started + n / STEADY_RATE - time.monotonic()
                if delay > 0:
                    time.sleep(delay)
                signature, form = posts[n].rstrip("\n").split("\t")
                headers = {"X-Twilio-Signature": signature, "Content-Type": FORM}
                answer = session.post(base + INBOUND, data=form, headers=headers, timeout=30)
                if answer.status_code != 200:
                    failures.append(answer.status_code)

    threads = [threading.Thread(target=post, args=(lane,)) for lane in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    drained(started)
    arrived = dict(
        db.session.execute(
            select(Message.id, Message.created_at).where(
                Message.id > first, Message.direction == Direction.INBOUND
            )
        ).all()
    )
    sent = db.session.execute(
        select(Message.dedupe_key, Message.sent_at).where(
            Message.id > first, Message.dedupe_key.like("reply:%:0")
        )
    ).all()
    db.session.rollback()
    pairs = [(arrived[int(key.split(":")[1])], at) for key, at in sent if key]
    delays = sorted((at - came).total_seconds() for came, at in pairs if at)
    return {
        "posted": len(posts),
        "refused": len(failures),
        "replies": len(delays),
        "p50_s": statistics.median(delays),
        "p95_s": delays[int(0.95 * (len(delays) - 1))],
        "rate": len(posts) / (time.monotonic() - started),
    }


FORM = "application/x-www-form-urlencoded"


def measure(backend: str) -> dict[str, Any]:
    results: dict[str, Any] = {}
    with prepared(backend, PATIENTS, utcnow()) as (app, url), tempfile.TemporaryDirectory() as tmp:
        phones = patient_phones()
        db.engine.dispose()
        env = server_env(url)
        folder = Path(tmp)
        with gunicorn("wsgi:app", env, folder / "app.log") as (base, _), ExitStack() as workers:
            for n in range(DISPATCHERS[backend]):
                workers.enter_context(dispatcher(env, folder / f"dispatch{n}.log"))
            results["end_to_end"] = end_to_end(base, folder, phones)
            results["steady"] = steady(base, phones)
    return results


def measure_all() -> dict[str, dict[str, Any]]:
    return {backend: measure(backend) for backend in backends()}


def section(results: dict[str, dict[str, Any]], webhook: dict[str, Any]) -> Section:
    rows, checks = [], []
    for backend, r in results.items():
        e2e, still = r["end_to_end"], r["steady"]
        baseline = webhook.get(backend, {}).get("baseline", {}).get("rate")
        ratio = e2e["rate"] / baseline if baseline else None
        rows.append(
            [
                backend,
                f"{e2e['texts']:,}",
                f"{e2e['seconds']:.1f}",
                f"{e2e['rate']:.0f}",
                f"{baseline:.0f}" if baseline else "—",
                f"{ratio:.0%}" if ratio is not None else "—",
                f"{still['rate']:.0f}",
                f"{still['p50_s']:.2f}",
                f"{still['p95_s']:.2f}",
                f"{still['replies']:,}/{still['posted']:,}",
            ]
        )
        if ratio is not None:
            target = f"end to end ≥ {MIN_E2E_RATIO:.0%} of the baseline's rate ({backend})"
            checks.append(Check(target, f"{ratio:.0%}", ratio >= MIN_E2E_RATIO))
        target = f"reply handed over ≤ {MAX_P95_S:g} s p95 at {STEADY_RATE} texts/s ({backend})"
        met = still["p95_s"] <= MAX_P95_S and not still["refused"]
        checks.append(Check(target, f"{still['p95_s']:.2f} s", met))
    header = [
        "backend",
        "texts",
        "seconds to the last reply",
        "end-to-end texts/s",
        "baseline req/s",
        "ratio",
        "steady texts/s",
        "reply p50 s",
        "reply p95 s",
        "replies/texts",
    ]
    workers = ", ".join(f"{n} on {backend}" for backend, n in DISPATCHERS.items())
    how = (
        "The app under gunicorn (2 sync workers) and `messaging dispatch` processes (the "
        f"conversation workers and senders, console transport: {workers}) on the same two cores "
        "and database. "
        f"End to end: wrk at {CONNECTIONS} connections for {SECONDS:g} s, then until every text "
        "is conversed and its replies handed to the transport; texts over that whole time "
        "(the warm-up's included; the posts signed before the clock starts), against the "
        "one-insert baseline's webhook rate of this run. Steady: "
        f"{STEADY_RATE} texts a second for {STEADY_SECONDS:g} s; each reply's delay from its "
        "text's arrival to the dispatcher pass that handed it to the transport. A text that "
        "needs no reply (a courtesy) has none."
    )
    return Section("Inbound pipeline end to end", how, table(header, rows), checks)


def main() -> int:
    from bench import webhook_bench

    webhook = webhook_bench.measure_all()
    print(webhook_bench.section(webhook).markdown(), flush=True)
    print(section(measure_all(), webhook).markdown())
    return 0


if __name__ == "__main__":
    sys.exit(main())

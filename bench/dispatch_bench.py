"""Benchmark: outbox dispatch with the real Twilio SDK against the local fake Twilio API
(`python -m messaging.fake_twilio`, a process of its own), with 1 dispatcher and, on PostgreSQL
where dispatchers claim with SKIP LOCKED, 4 dispatchers (threads, each with its own app context
and transport, each posting up to SENDERS texts at once); against the same sends as bare SDK
calls from a thread pool as large as all the dispatchers' senders together.

The outbox is one planning tick's texts for BENCH_DISPATCH_MESSAGES synthetic patients. Each
of BENCH_DISPATCH_ROUNDS rounds sends it both ways back to back, and the median round counts:
a few seconds of other work on the machine during one side's only run swung the ratio by 20
points either way, while within a round both sides see about the same load. Run alone with
`python -m bench.dispatch_bench`.
"""

import os
import queue
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any

import requests
from flask import Flask
from sqlalchemy import select, update
from twilio.rest import Client

from bench.common import (
    PUBLIC_BASE_URL,
    ROOT,
    Check,
    Section,
    backends,
    coming_monday_evening,
    prepared,
    profile_top,
    stop,
    table,
    timed,
)
from companion.extensions import db
from companion.planning import plan_due
from messaging.dispatch import SENDERS, dispatch_due
from messaging.fake_twilio import DEFAULT_ACCOUNT_SID, DEFAULT_AUTH_TOKEN
from messaging.models import Message, MessageStatus
from messaging.transports import BaseUrlHttpClient, TwilioTransport

MESSAGES = int(os.environ.get("BENCH_DISPATCH_MESSAGES", "2000"))
ROUNDS = int(os.environ.get("BENCH_DISPATCH_ROUNDS", "5"))
NOW = coming_monday_evening()
SENDER = "+15005550006"
CALLBACK = f"{PUBLIC_BASE_URL}/sms/status"
MIN_RATIO = 0.80


@contextmanager
def fake_twilio() -> Iterator[str]:
    """The fake Twilio API in a process of its own on an ephemeral port; yields its URL."""
    command = [sys.executable, "-u", "-m", "messaging.fake_twilio", "--port", "0"]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        banner = process.stdout.readline()  # "Fake Twilio on http://127.0.0.1:N; set …"
        if not banner.startswith("Fake Twilio on "):
            raise RuntimeError(f"the fake Twilio API did not start: {banner!r}")
        yield banner.split()[3].rstrip(";")
    finally:
        stop(process)


def transport(url: str) -> TwilioTransport:
    return TwilioTransport(
        DEFAULT_ACCOUNT_SID,
        DEFAULT_AUTH_TOKEN,
        from_number=SENDER,
        api_base_url=url,
        clock=lambda: NOW,
    )


def raw_sdk_calls(url: str, outbox: list[tuple[str, str]], threads: int) -> float:
    """Seconds for the same texts as `client.messages.create` calls from a thread pool.

    Each thread's client is made before the clock starts, as the dispatchers' transports are.
    """
    clients: queue.SimpleQueue[Client] = queue.SimpleQueue()
    for _ in range(threads):
        http = BaseUrlHttpClient(timeout=10, api_base_url=url)
        clients.put(Client(DEFAULT_ACCOUNT_SID, DEFAULT_AUTH_TOKEN, http_client=http))
    local = threading.local()

    def send(text: tuple[str, str]) -> None:
        if not hasattr(local, "client"):
            local.client = clients.get()
        local.client.messages.create(
            to=text[0], body=text[1], from_=SENDER, status_callback=CALLBACK, validity_period=3600
        )

    with ThreadPoolExecutor(threads) as pool:
        return timed(lambda: list(pool.map(send, outbox)))


def dispatchers(app: Flask, url: str, count: int) -> tuple[float, Counter[str]]:
    """Seconds for `count` concurrent dispatchers to empty the outbox, and their outcomes."""
    ready = threading.Barrier(count + 1, timeout=60)

    def dispatcher() -> dict[str, int]:
        with app.app_context():
            sender = transport(url)
            ready.wait()
            try:
                return dispatch_due(sender, NOW, CALLBACK).counts
            finally:
                sender.close()

    with ThreadPoolExecutor(count) as pool:
        runs = [pool.submit(dispatcher) for _ in range(count)]
        ready.wait()
        seconds = timed(lambda: [run.result() for run in runs])
    return seconds, sum((Counter(run.result()) for run in runs), Counter())


def requeue() -> None:
    """Put every sent text back in the outbox, as if never sent."""
    db.session.execute(
        update(Message)
        .where(Message.status == MessageStatus.SENT)
        .values(status=MessageStatus.QUEUED, provider_sid=None, sent_at=None, attempts=0)
    )
    db.session.commit()


def reset(url: str) -> None:
    """Have the fake forget every call and message, so each round starts alike."""
    requests.post(f"{url}/_fake/reset", timeout=10).raise_for_status()


def baseline_round(url: str, outbox: list[tuple[str, str]], count: int) -> float:
    seconds = raw_sdk_calls(url, outbox, count * SENDERS)
    reset(url)
    return seconds


def dispatch_round(app: Flask, url: str, outbox: list[tuple[str, str]], count: int) -> float:
    seconds, outcomes = dispatchers(app, url, count)
    if outcomes != Counter(sent=len(outbox)):
        raise RuntimeError(f"expected {len(outbox)} texts sent, got {dict(outcomes)}")
    requeue()
    reset(url)
    return seconds


def measure(backend: str, count: int) -> dict[str, Any]:
    """One fresh outbox and one fake; ROUNDS rounds of baseline and dispatchers back to back.

    The two swap places every round, so neither always runs in the other's wake. The median
    round counts: an outlying round, the cold first one included, is left out.
    """
    with prepared(backend, MESSAGES, NOW, demo=False) as (app, _), fake_twilio() as url:
        plan_due(NOW)
        texts = db.session.execute(select(Message.phone, Message.body))
        outbox = [(phone, body) for phone, body in texts]
        db.session.close()  # the dispatchers' sessions are their own
        rounds: list[tuple[float, float]] = []
        for n in range(ROUNDS):
            if n % 2:
                run = dispatch_round(app, url, outbox, count)
                rounds.append((baseline_round(url, outbox, count), run))
            else:
                raw = baseline_round(url, outbox, count)
                rounds.append((raw, dispatch_round(app, url, outbox, count)))
        raw, run = sorted(rounds, key=lambda r: r[0] / r[1])[len(rounds) // 2]
        result: dict[str, Any] = {"texts": len(outbox), "rate": len(outbox) / run}
        result["raw"] = len(outbox) / raw
        result["ratio"] = raw / run
        result["rounds"] = [baseline / dispatch for baseline, dispatch in rounds]
        if result["ratio"] < MIN_RATIO:  # each round left the outbox queued again
            result["profile"] = profile_top(lambda: dispatch_due(transport(url), NOW, CALLBACK))
        return result


def section(results: dict[tuple[str, int], dict[str, Any]]) -> Section:
    rows, checks = [], []
    for (backend, count), r in results.items():
        figures = [f"{r['texts']:,}", f"{r['rate']:.0f}", f"{r['raw']:.0f}", f"{r['ratio']:.0%}"]
        rounds = " ".join(f"{ratio:.0%}" for ratio in r["rounds"])
        rows.append([backend, str(count), *figures, rounds])
        target = f"dispatch ≥ {MIN_RATIO:.0%} of raw SDK calls ({backend}, {count})"
        met = r["ratio"] >= MIN_RATIO
        checks.append(Check(target, f"{r['ratio']:.0%}", met, r.get("profile")))
    header = ["backend", "dispatchers", "texts", "dispatch texts/s", "raw SDK texts/s", "ratio"]
    header.append("each round's ratio")
    how = (
        "One planning tick's texts dispatched by `dispatch_due` (claim, re-check consent, "
        "opt-out, budget and quiet hours, send through TwilioTransport, record) with the real "
        "Twilio SDK against the fake Twilio API in its own process. Baseline: the same texts "
        "as `client.messages.create` calls from a thread pool as large as all the "
        f"dispatchers' senders together ({SENDERS} per dispatcher: each dispatcher posts up to "
        f"{SENDERS} texts at once), same SDK and HTTP client, same fake. The two run back to "
        f"back on the same outbox in each of {ROUNDS} rounds, swapping places every round; "
        "the median round's figures count."
    )
    return Section("Outbox dispatch", how, table(header, rows), checks)


def measure_all() -> dict[tuple[str, int], dict[str, Any]]:
    runs = [(b, n) for b in backends() for n in ([1, 4] if b == "postgresql" else [1])]
    return {(backend, count): measure(backend, count) for backend, count in runs}


def main() -> int:
    print(section(measure_all()).markdown())
    return 0


if __name__ == "__main__":
    sys.exit(main())

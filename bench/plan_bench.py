"""Benchmark: one planning tick for N patients against a bulk insert of N outbox rows.

Both run in the same process on the same database, so the figure that matters is the
ratio; absolute times depend on the machine. Run with `make bench`.
"""

import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import partial
from typing import Any, cast

from flask_migrate import upgrade
from sqlalchemy import Table, create_engine, delete, insert, text

from companion import create_app
from companion.demo import load_synthetic
from companion.extensions import db
from companion.models import Message
from companion.planning import plan_due

# A Monday at 20:00 UTC: every synthetic zone (Honolulu to New York) is inside 08:00-21:00.
NOW = datetime(2026, 11, 23, 20, 0, tzinfo=UTC)


@contextmanager
def database(backend: str) -> Iterator[str]:
    if backend == "sqlite":
        with tempfile.TemporaryDirectory() as folder:
            yield f"sqlite:///{folder}/bench.db"
        return
    base = os.environ["BENCH_DATABASE_URL"]
    schema = f"bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def timed(action: Callable[[], Any]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def baseline_rows(count: int) -> list[dict[str, Any]]:
    body = "Hi Synth, today: 1) Floor-to-waist lift 3x10 @ 20 lb 2) Step-ups 3x12. Reply DONE."
    return [
        {
            "direction": "outbound",
            "status": "queued",
            "patient_id": None,
            "phone": "+12015550000",
            "body": body,
            "purpose": "plan",
            "dedupe_key": f"baseline:{n}",
            "segments": 1,
            "attempts": 0,
            "is_reply": False,
            "next_attempt_at": NOW,
            "valid_until": NOW,
            "created_at": NOW,
            "updated_at": NOW,
        }
        for n in range(count)
    ]


def bulk_insert(rows: list[dict[str, Any]]) -> None:
    """The baseline: the same number of outbox rows in one bulk statement."""
    db.session.execute(insert(cast(Table, Message.__table__)), rows)
    db.session.commit()


def clear_messages() -> None:
    db.session.execute(delete(Message))
    db.session.commit()


def measure(backend: str, count: int, repeats: int) -> dict[str, float]:
    """Median seconds of a planning tick and of the bulk-insert baseline, for `count` patients."""
    with database(backend) as url:
        app = create_app({"SQLALCHEMY_DATABASE_URI": url, "TWILIO_AUTH_TOKEN": "bench"})
        with app.app_context():
            upgrade()
            load_synthetic(count, NOW)
            plans, inserts = [], []
            for _ in range(repeats):
                plans.append(timed(lambda: plan_due(NOW)))
                clear_messages()
                inserts.append(timed(partial(bulk_insert, baseline_rows(count))))
                clear_messages()
            db.engine.dispose()
    return {"plan": statistics.median(plans), "insert": statistics.median(inserts)}


def main() -> int:
    backends = ["sqlite"] + (["postgresql"] if os.environ.get("BENCH_DATABASE_URL") else [])
    sizes = [int(n) for n in os.environ.get("BENCH_SIZES", "1000,100000").split(",")]
    lines = [
        "| backend | patients | planning tick (s) | bulk insert (s) | ratio |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    results: dict[tuple[str, int], dict[str, float]] = {}
    for backend in backends:
        for count in sizes:
            result = measure(backend, count, repeats=3 if count <= 10_000 else 1)
            results[backend, count] = result
            ratio = result["plan"] / result["insert"]
            lines.append(
                f"| {backend} | {count:,} | {result['plan']:.3f} | "
                f"{result['insert']:.3f} | {ratio:.2f}x |"
            )
            print(lines[-1], flush=True)
    if len(sizes) >= 2:
        small, large = min(sizes), max(sizes)
        for backend in backends:
            growth = results[backend, large]["plan"] / results[backend, small]["plan"]
            lines.append(
                f"\n{backend}: planning {large:,} / {small:,} patients = {growth:.1f}x "
                f"time for {large // small}x patients"
            )
            print(lines[-1])
    with open(os.path.join(os.path.dirname(__file__), "plan_results.md"), "w") as out:
        out.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

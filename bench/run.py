"""`make bench`: run every benchmark and write bench/RESULTS.md.

Each figure stands beside a baseline measured in the same run on the same machine; the ratio
is what carries from one machine to another. PostgreSQL runs join when BENCH_DATABASE_URL is
set. Sizes: BENCH_SIZES (planning), BENCH_WEBHOOK_SECONDS, BENCH_WEBHOOK_PATIENTS,
BENCH_DISPATCH_MESSAGES, BENCH_CASELOAD_REQUESTS, BENCH_SCHEDULER_PATIENTS.
"""

import os
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import (
    caseload_bench,
    dispatch_bench,
    memory_bench,
    pipeline_bench,
    plan_bench,
    reader_bench,
    webhook_bench,
)
from bench.common import Check, Section, backends, machine, prepared, profile_top, table
from companion.planning import plan_due

RESULTS = Path(__file__).with_name("RESULTS.md")
PLAN_MAX_RATIO = 3.0
INTRO = (
    "Written by `make bench` (bench/run.py). Every figure stands beside a baseline measured in "
    "the same run on the same machine: the ratio is what carries over; absolute times depend "
    "on the machine and on what else it was running."
)


def planning() -> Section:
    """plan_bench's measurements, with the target on its largest size."""
    sizes = sorted(int(n) for n in os.environ.get("BENCH_SIZES", "1000,100000").split(","))
    rows, checks = [], []
    for backend in backends():
        for count in sizes:
            r = plan_bench.measure(backend, count, repeats=3 if count <= 10_000 else 1)
            ratio = r["plan"] / r["insert"]
            rows.append(
                [backend, f"{count:,}", f"{r['plan']:.3f}", f"{r['insert']:.3f}", f"{ratio:.2f}×"]
            )
        met = ratio <= PLAN_MAX_RATIO
        target = (
            f"planning {sizes[-1]:,} patients ≤ {PLAN_MAX_RATIO:g}× the bulk insert ({backend})"
        )
        profile = None if met else profile_planning(backend, sizes[-1])
        checks.append(Check(target, f"{ratio:.2f}×", met, profile))
    header = ["backend", "patients", "planning tick s", "bulk insert s", "ratio"]
    how = (
        "One planning tick (`plan_due`) for N synthetic patients against one bulk insert of N "
        "outbox rows into the same table (bench/plan_bench.py), median of 3 below 10,000 "
        "patients, else one run."
    )
    return Section("Planning tick", how, table(header, rows), checks)


def profile_planning(backend: str, count: int) -> str:
    with prepared(backend, count, plan_bench.NOW, demo=False):
        return profile_top(lambda: plan_due(plan_bench.NOW))


def guarded(title: str, build: Callable[[], Section]) -> Section:
    started = time.monotonic()
    try:
        result = build()
    except Exception:  # one broken benchmark must not cost the others' figures
        trace = ["```", traceback.format_exc().strip(), "```"]
        result = Section(title, "The benchmark failed:", trace, failed=True)
    print(f"{title}: {time.monotonic() - started:.0f} s", flush=True)
    return result


def document(sections: list[Section]) -> str:
    checks = [c for s in sections for c in s.checks]
    lines = ["# Benchmark results", "", INTRO, ""]
    lines += table(["machine", ""], [[k, v] for k, v in machine().items()])
    lines += ["", "## Targets", ""]
    lines += table(
        ["target", "figure", "verdict"],
        [[c.target, c.figure, "met" if c.met else "**missed**"] for c in checks],
    )
    return "\n".join(lines) + "\n\n" + "\n".join(s.markdown() for s in sections)


def main() -> int:
    webhook: dict[str, Any] = {}  # the memory benchmark reads the web workers' peaks from it

    def webhooks() -> Section:
        webhook.update(webhook_bench.measure_all())
        return webhook_bench.section(webhook)

    sections = [
        guarded("Planning tick", planning),
        guarded("Inbound webhook", webhooks),
        guarded(
            "Inbound pipeline end to end",
            lambda: pipeline_bench.section(pipeline_bench.measure_all(), webhook),
        ),
        guarded("Outbox dispatch", lambda: dispatch_bench.section(dispatch_bench.measure_all())),
        guarded("Caseload page", lambda: caseload_bench.section(caseload_bench.measure_all())),
        guarded("Peak memory", lambda: memory_bench.section(memory_bench.measure_all(webhook))),
        guarded("Reply reader", lambda: reader_bench.section(reader_bench.measure_all())),
    ]
    RESULTS.write_text(document(sections), encoding="utf-8")
    print(f"wrote {RESULTS}")
    return 1 if any(section.failed for section in sections) else 0


if __name__ == "__main__":
    sys.exit(main())

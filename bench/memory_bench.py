"""Benchmark: peak memory (RSS). A gunicorn web worker after the webhook load, against the
bare Flask baseline's worker after the same load (VmHWM from /proc, measured by webhook_bench);
and `flask --app wsgi scheduler tick` on 10,000 patients (plan, then send through the console
transport), against the same command-line app that only loads (`flask --app wsgi routes`),
each process's own peak from the kernel's accounting (wait4, via bench/peak_rss.py).

Run alone with `python -m bench.memory_bench` (it then runs the webhook load itself, on
SQLite); BENCH_SCHEDULER_PATIENTS sets the tick's patients.
"""

import json
import os
import subprocess
import sys
import tempfile
import tracemalloc
from collections import Counter
from pathlib import Path
from typing import Any

from bench import webhook_bench
from bench.common import (
    BIN,
    ROOT,
    SHORTENED,
    Check,
    Section,
    app_config,
    backends,
    coming_monday_evening,
    prepared,
    server_env,
    table,
)
from companion import create_app
from companion.extensions import db
from messaging.db import utcnow

SCHEDULER_PATIENTS = int(os.environ.get("BENCH_SCHEDULER_PATIENTS", "10000"))
MAX_WORKER_MIB = 150e6 / 2**20  # the target is 150 MB; figures are in MiB
NOW = coming_monday_evening()
FLASK = [str(BIN / "flask"), "--app", "wsgi"]


def peak_rss_of(command: list[str], env: dict[str, str]) -> tuple[float, str]:
    """Run `command` to its end: its own peak RSS in MiB and the last line it printed."""
    with tempfile.TemporaryDirectory() as folder:
        peak, out = Path(folder) / "peak", Path(folder) / "out"
        launcher = [sys.executable, "-m", "bench.peak_rss", str(peak), *command]
        with open(out, "w") as stdout:
            run = subprocess.run(launcher, cwd=ROOT, env=env, stdout=stdout, stderr=subprocess.PIPE)
        if run.returncode:
            raise RuntimeError(f"{' '.join(command[1:])} failed: {run.stderr[-2000:]!r}")
        lines = out.read_text().strip().splitlines()
        return int(peak.read_text()) / 1024, lines[-1] if lines else ""


def scheduler(backend: str) -> dict[str, Any]:
    """The tick's peak beside the idle command's, on a fresh database of synthetic patients."""
    with prepared(backend, SCHEDULER_PATIENTS, NOW, demo=False) as (_, url):
        db.engine.dispose()
        env = server_env(url)
        idle, _ = peak_rss_of([*FLASK, "routes"], env)
        tick, counts = peak_rss_of([*FLASK, "scheduler", "tick", "--now", NOW.isoformat()], env)
    return {"tick": tick, "idle": idle, "counts": json.loads(counts)}


def package_of(filename: str) -> str:
    for prefix in SHORTENED:
        if filename.startswith(prefix):
            return filename[len(prefix) :].split("/")[0].removesuffix(".py")
    return filename


def allocations() -> str:
    """Where a fresh process holds memory after loading the app and answering 300 inbound
    posts, by package (tracemalloc; RSS adds the interpreter and C extensions' own memory)."""
    with prepared("sqlite", 200, utcnow()) as (_, url):
        db.engine.dispose()
        command = [sys.executable, "-X", "tracemalloc=30", "-m", "bench.memory_bench", url]
        run = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True)
    return run.stdout.strip()


def report_allocations(url: str) -> None:
    """The child of allocations(): traced since interpreter start, so imports count."""
    app = create_app(app_config(url))
    with app.app_context():
        webhook_bench.post_inbound(app, webhook_bench.patient_phones(), 300)
    by_package: Counter[str] = Counter()
    for trace in tracemalloc.take_snapshot().traces:
        # Loading a module allocates inside importlib: charge the code that imported it.
        frames = [f for f in reversed(trace.traceback) if not f.filename.startswith("<")]
        by_package[package_of((frames or list(trace.traceback))[0].filename)] += trace.size
    total = sum(by_package.values())
    print(f"traced Python allocations: {total / 2**20:.1f} MiB; largest by package:")
    for package, size in by_package.most_common(15):
        print(f"  {size / 2**20:7.1f} MiB  {package}")


def measure_all(webhook: dict[str, dict[str, Any]] | None = None) -> dict[str, Any]:
    """Worker peaks from the webhook run given (or a fresh one on SQLite), and the tick's."""
    if webhook is None:
        webhook = {"sqlite": webhook_bench.measure("sqlite")}
    workers = {
        b: (r["app"]["worker_rss_mb"], r["baseline"]["worker_rss_mb"]) for b, r in webhook.items()
    }
    results = {"workers": workers, "scheduler": {b: scheduler(b) for b in backends()}}
    if any(app > MAX_WORKER_MIB for app, _ in workers.values()):
        results["profile"] = allocations()
    return results


def section(results: dict[str, Any]) -> Section:
    rows, checks = [], []
    for backend, (app, baseline) in results["workers"].items():
        rows.append(
            [f"web worker ({backend})", f"{app:.0f}", f"{baseline:.0f}", f"{app / baseline:.1f}×"]
        )
        checks.append(
            Check(
                f"web worker RSS ≤ 150 MB = {MAX_WORKER_MIB:.0f} MiB ({backend})",
                f"{app:.0f} MiB",
                app <= MAX_WORKER_MIB,
                results.get("profile"),
            )
        )
    for backend, r in results["scheduler"].items():
        planned, sent = r["counts"].get("planned", 0), r["counts"].get("sent", 0)
        what = f"scheduler tick: {planned:,} planned, {sent:,} sent ({backend})"
        rows.append([what, f"{r['tick']:.0f}", f"{r['idle']:.0f}", f"{r['tick'] / r['idle']:.1f}×"])
    header = ["process", "peak RSS MiB", "baseline MiB", "ratio"]
    how = (
        "Web worker: the larger peak RSS (VmHWM) of the two gunicorn workers at the end of the "
        "webhook load; baseline: the bare Flask app's worker after the same load. Scheduler: "
        f"`flask --app wsgi scheduler tick` for {SCHEDULER_PATIENTS:,} synthetic patients "
        "(settle, plan and send every text through the console transport); baseline: "
        "`flask --app wsgi routes`, the same app loaded and doing nothing. No target is set "
        "for the scheduler; its figure is for watching."
    )
    return Section("Peak memory", how, table(header, rows), checks)


def main() -> int:
    if len(sys.argv) > 1:  # the child process of allocations()
        report_allocations(sys.argv[1])
    else:
        print(section(measure_all()).markdown())
    return 0


if __name__ == "__main__":
    sys.exit(main())

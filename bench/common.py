"""What the benchmarks share: a prepared database, gunicorn on loopback, peak memory from /proc,
profiles, the machine, and the Section each benchmark reports for RESULTS.md."""

import cProfile
import io
import os
import pstats
import signal
import socket
import statistics
import subprocess
import sys
import sysconfig
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import requests
from flask import Flask
from flask_migrate import upgrade

from bench.plan_bench import database
from companion import create_app
from companion.demo import load_demo, load_synthetic
from companion.extensions import db

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
TOKEN = "bench-auth-token-0123456789abcdef"
# The external URL Twilio signs behind a proxy; nothing is ever sent to it.
PUBLIC_BASE_URL = "https://sms.bench.example"
# Where the project's own code lives, for profiles; the SDKs' and libraries' paths are shortened.
OUR_CODE = rf"^{ROOT}/(companion|messaging|scheduler|bench)/"
SHORTENED = [*(sysconfig.get_paths()[k] + "/" for k in ("purelib", "stdlib")), f"{ROOT}/"]
# Settings of ours that must not leak in from the caller's environment.
OWN_SETTINGS = ("DATABASE_URL", "TWILIO_", "SMS_BACKEND", "PUBLIC_BASE_URL", "COMPANION_ENV")


def backends() -> list[str]:
    return ["sqlite"] + (["postgresql"] if os.environ.get("BENCH_DATABASE_URL") else [])


def coming_monday_evening() -> datetime:
    """20:00 UTC next Monday: every synthetic zone (Honolulu to New York) is inside its sending
    window, and validity periods counted from the real clock have not run out."""
    today = datetime.now(UTC).date()
    monday = today + timedelta(days=7 - today.weekday())
    return datetime(monday.year, monday.month, monday.day, 20, tzinfo=UTC)


def app_config(url: str) -> dict[str, Any]:
    return {
        "SQLALCHEMY_DATABASE_URI": url,
        "SECRET_KEY": "bench-secret",
        "SMS_BACKEND": "console",
        "TWILIO_AUTH_TOKEN": TOKEN,
        "PUBLIC_BASE_URL": PUBLIC_BASE_URL,
        "VALIDATE_TWILIO_SIGNATURE": True,
        # The harness holds its session across loads of minutes; the servers keep the default.
        "DATABASE_IDLE_TRANSACTION_TIMEOUT": 0,
    }


def server_env(url: str) -> dict[str, str]:
    """The environment of a process serving `url` the way app_config describes."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(OWN_SETTINGS)}
    return env | {
        "DATABASE_URL": url,
        "SECRET_KEY": "bench-secret",
        "SMS_BACKEND": "console",
        "TWILIO_AUTH_TOKEN": TOKEN,
        "PUBLIC_BASE_URL": PUBLIC_BASE_URL,
    }


@contextmanager
def prepared(
    backend: str, patients: int, now: datetime, *, demo: bool = True
) -> Iterator[tuple[Flask, str]]:
    """A fresh migrated database with the demo clinic and `patients` synthetic patients.

    Yields the app, inside its app context, and the database URL for other processes.
    """
    with database(backend) as url:
        app = create_app(app_config(url))
        with app.app_context():
            upgrade()
            if demo:
                load_demo(now)
            load_synthetic(patients, now)
            try:
                yield app, url
            finally:
                db.session.remove()
                db.engine.dispose()


def wait_until_answered(url: str, process: subprocess.Popen[Any], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while process.poll() is None and time.monotonic() < deadline:
        try:
            if requests.get(url, timeout=2).status_code == 200:
                return
        except requests.RequestException:  # not listening yet, or the app is still loading
            pass
        time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer (exit code {process.poll()})")


def stop(process: subprocess.Popen[Any]) -> None:
    """SIGTERM, then SIGKILL if it lingers; always reaped."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def gunicorn(target: str, env: dict[str, str], log: Path) -> Iterator[tuple[str, int]]:
    """`gunicorn -w 2 -k sync TARGET` on an ephemeral loopback port; yields (base URL, pid)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(2048)
    base = f"http://127.0.0.1:{listener.getsockname()[1]}"
    fd = listener.fileno()
    # The same settings for the app and the baseline: two sync workers, no preload.
    options = ["-w", "2", "-k", "sync", "--bind", f"fd://{fd}", "--error-logfile", str(log)]
    command = [str(BIN / "gunicorn"), *options, target]
    process = subprocess.Popen(command, cwd=ROOT, env=env, pass_fds=[fd], stderr=subprocess.DEVNULL)
    listener.close()
    try:
        try:
            wait_until_answered(f"{base}/healthz", process)
        except RuntimeError as exc:
            tail = log.read_text()[-2000:] if log.exists() else ""
            raise RuntimeError(f"gunicorn {target} did not start: {exc}\n{tail}") from exc
        yield base, process.pid
    finally:
        stop(process)


def children(pid: int) -> list[int]:
    """The processes whose parent is `pid` (gunicorn's workers)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except (FileNotFoundError, ProcessLookupError):  # the process has just ended
            continue
        # The command name may hold spaces; the fields after its closing parenthesis do not.
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.append(int(entry.name))
    return found


def peak_rss_mb(pid: int) -> float:
    """The process's peak resident set size so far (VmHWM), in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmHWM for process {pid}")


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=100)[94]


def profile_top(action: Callable[[], object], limit: int = 20) -> str:
    """cProfile of one call of `action`: our own functions by cumulative time, then every
    function by its own time (where the time actually goes: SQL round trips, hashing, ...)."""
    profiler = cProfile.Profile()
    profiler.runcall(action)
    ours, everything = io.StringIO(), io.StringIO()
    pstats.Stats(profiler, stream=ours).sort_stats("cumulative").print_stats(OUR_CODE, limit)
    pstats.Stats(profiler, stream=everything).sort_stats("tottime").print_stats(limit)
    text = f"Our code, by cumulative time:\n{ours.getvalue()}\nAll code, by own time:\n"
    text += everything.getvalue()
    for prefix in SHORTENED:
        text = text.replace(prefix, "")
    return text.strip()


def machine() -> dict[str, str]:
    """CPU model, cores, memory, Python, date and the git commit the figures belong to."""
    cpuinfo = Path("/proc/cpuinfo").read_text().splitlines()
    models = [line.split(":", 1)[1].strip() for line in cpuinfo if line.startswith("model name")]
    memory = next(ln for ln in Path("/proc/meminfo").read_text().splitlines() if "MemTotal" in ln)

    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout

    dirty = " (with uncommitted changes)" if git("status", "--porcelain").strip() else ""
    return {
        "CPU": models[0] if models else "?",
        "cores": str(os.cpu_count()),
        "memory": f"{int(memory.split()[1]) / 1024**2:.1f} GiB",
        "Python": sys.version.split()[0],
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": (git("rev-parse", "--short", "HEAD").strip() or "?") + dirty,
    }


def table(header: list[str], rows: list[list[str]]) -> list[str]:
    """A markdown table; columns after the first are right-aligned figures."""
    lines = ["| " + " | ".join(header) + " |", "| --- |" + " ---: |" * (len(header) - 1)]
    return lines + ["| " + " | ".join(row) + " |" for row in rows]


@dataclass
class Check:
    """One stated target against the figure of this run; `profile` says why a miss happened."""

    target: str
    figure: str
    met: bool
    profile: str | None = None


@dataclass
class Section:
    title: str
    how: str
    table: list[str]
    checks: list[Check] = field(default_factory=list)
    failed: bool = False

    def markdown(self) -> str:
        lines = [f"## {self.title}", "", self.how, "", *self.table, ""]
        for check in self.checks:
            verdict = "met" if check.met else "**missed**"
            lines.append(f"- {verdict}: {check.target}: {check.figure}")
        for check in self.checks:
            if check.profile:
                lines += [
                    "",
                    f"Profile of the missed target ({check.target}):",
                    "",
                    "```",
                    check.profile,
                    "```",
                ]
        return "\n".join(lines) + "\n"

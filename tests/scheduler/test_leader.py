"""Exactly one active scheduler, whatever else runs; a standby takes over when it dies."""

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


class Proc:
    """A child process whose output goes to a file we can poll."""

    def __init__(self, args: list[str], env: dict[str, str], log: Path) -> None:
        self.log = log
        self._out = open(log, "wb")  # noqa: SIM115  (closed in stop)
        self.popen = subprocess.Popen(
            args,
            cwd=ROOT,
            env=env,
            stdout=self._out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def kill(self) -> None:
        if self.popen.poll() is None:
            os.killpg(self.popen.pid, signal.SIGKILL)
        self.popen.wait()

    def stop(self) -> None:
        self.kill()
        self._out.close()


def wait_for(condition: object, timeout: float) -> float:
    """Seconds until `condition()` held; fails after `timeout`."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if condition():  # type: ignore[operator]
            return time.monotonic() - started
        time.sleep(0.2)
    raise AssertionError(f"not within {timeout}s")


@pytest.fixture
def env(database_url: str, tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "DATABASE_URL": database_url,
        "SMS_BACKEND": "console",
        "TWILIO_AUTH_TOKEN": "t",
        "FLASK_APP": "wsgi",
        "PYTHONUNBUFFERED": "1",
    }


@pytest.fixture
def procs(tmp_path: Path) -> Iterator[list[Proc]]:
    started: list[Proc] = []
    yield started
    for proc in started:
        proc.stop()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def active(proc: Proc) -> bool:
    return "scheduler active" in proc.output()


def test_one_scheduler_is_active_beside_gunicorn_and_a_standby_takes_over(
    env: dict[str, str], procs: list[Proc], tmp_path: Path, app: object
) -> None:
    web = Proc(
        [str(BIN / "gunicorn"), "-w", "4", "-b", f"127.0.0.1:{free_port()}", "wsgi:app"],
        env,
        tmp_path / "web.log",
    )
    procs.append(web)
    schedulers = [
        Proc(
            [str(BIN / "flask"), "scheduler", "run", "--poll", "0.5"],
            env,
            tmp_path / f"scheduler{n}.log",
        )
        for n in range(2)
    ]
    procs.extend(schedulers)

    wait_for(lambda: any(active(s) for s in schedulers), 30)
    time.sleep(2)  # give the standby every chance to (wrongly) start too
    assert sum(active(s) for s in schedulers) == 1
    assert "scheduler" not in web.output()
    leader = next(s for s in schedulers if active(s))
    standby = next(s for s in schedulers if s is not leader)

    leader.kill()
    takeover = wait_for(lambda: active(standby), 30)

    assert takeover < 30

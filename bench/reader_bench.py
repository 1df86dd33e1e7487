"""Benchmark: the reply reader's cost per reply and the conversing process's memory.

Every labelled reply (tests/data) is read once by `interpret`, each timed on its own after a
warm-up that loads the model: median and p99 per reply, beside the compliance-keyword check
every inbound text already runs. Memory: a fresh process that loads the app and reads every
reply, its own peak RSS beside the same process that only loads the app (bench/peak_rss.py).

Run alone with `python -m bench.reader_bench`.
"""

import json
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

from bench.common import ROOT, Check, Section, app_config, table
from companion.conversation.interpret import interpret
from messaging.keywords import compliance_keyword

CORPORA = [ROOT / "tests" / "data" / f"replies_{n}.jsonl" for n in ("dev", "more", "blind")]
MAX_P99_MS = 20.0  # a reply is read inside the conversation's transaction


def replies() -> list[dict[str, Any]]:
    return [
        json.loads(line)
        for path in CORPORA
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def timings(read: Callable[[dict[str, Any]], object], rows: list[dict[str, Any]]) -> list[float]:
    """CPU milliseconds per reply, each call timed on its own (CPU time, not wall time: on a
    shared machine a reply's wall time mostly measures who else held the core)."""
    found = []
    for row in rows:
        started = time.process_time()
        read(row)
        found.append((time.process_time() - started) * 1000)
    return found


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def cost() -> dict[str, Any]:
    rows = replies()
    started = time.perf_counter()
    interpret("warm up: load the model", None, "en")
    first = (time.perf_counter() - started) * 1000
    reader = timings(lambda r: interpret(r["text"], r.get("expecting"), r.get("lang", "en")), rows)
    keyword = timings(lambda r: compliance_keyword(r["text"]), rows)
    return {"replies": len(rows), "first_ms": first, "reader": reader, "keyword": keyword}


def memory() -> dict[str, float]:
    from bench.memory_bench import peak_rss_of

    command = [sys.executable, "-m", "bench.reader_bench"]
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)}
    idle, _ = peak_rss_of([*command, "--load-only"], env)
    reading, _ = peak_rss_of([*command, "--read-all"], env)
    return {"idle": idle, "reading": reading}


def measure_all() -> dict[str, Any]:
    return {"cost": cost(), "memory": memory()}


def section(results: dict[str, Any]) -> Section:
    c, m = results["cost"], results["memory"]
    reader, keyword = c["reader"], c["keyword"]
    rows = [
        [
            "interpret (the reader)",
            f"{statistics.median(reader):.2f}",
            f"{percentile(reader, 0.99):.2f}",
            f"{max(reader):.1f}",
        ],
        [
            "compliance_keyword (baseline)",
            f"{statistics.median(keyword):.3f}",
            f"{percentile(keyword, 0.99):.3f}",
            f"{max(keyword):.1f}",
        ],
    ]
    lines = table(["per reply", "median ms", "p99 ms", "max ms"], rows)
    lines += [
        "",
        *table(
            ["process", "peak RSS MiB", "baseline MiB", "ratio"],
            [
                [
                    f"app + reading {c['replies']:,} replies",
                    f"{m['reading']:.0f}",
                    f"{m['idle']:.0f}",
                    f"{m['reading'] / m['idle']:.2f}×",
                ]
            ],
        ),
    ]
    how = (
        f"Each of the {c['replies']:,} labelled replies read once by `interpret`, its CPU time "
        f"alone, after a first call that loads the model ({c['first_ms']:.0f} ms); baseline: the "
        "compliance-keyword check every inbound text runs. Memory: a fresh process that loads "
        "the app and reads every reply (what the conversing process holds for reading), beside "
        "the same process that only loads the app; each its own peak RSS."
    )
    p99 = percentile(reader, 0.99)
    checks = [
        Check(f"reader p99 per reply ≤ {MAX_P99_MS:g} ms", f"{p99:.2f} ms", p99 <= MAX_P99_MS)
    ]
    return Section("Reply reader", how, lines, checks)


def child(read_all: bool) -> None:
    """The measured process: the app loaded, and with --read-all every reply read."""
    from companion import create_app

    create_app(app_config("sqlite://"))
    if read_all:
        for row in replies():
            interpret(row["text"], row.get("expecting"), row.get("lang", "en"))
    print("ok")


def main() -> int:
    if "--load-only" in sys.argv or "--read-all" in sys.argv:
        child("--read-all" in sys.argv)
    else:
        print(section(measure_all()).markdown())
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""How the interpreter reads a batch of replies it was never tuned on.

`python -m bench.reading FILE.jsonl [-v]`: intent, scores, trend, red-flag signs caught
(certain or possible), signs graded certain (the rest are asked about first, a delay),
look-alikes graded certain and look-alikes asked about (possible),
over lines shaped like tests/data/replies_dev.jsonl; `-v` lists every miss. A line is judged
only on the keys its expectation carries (some carry red flags alone). A look-alike is a
line whose expectation has no red flag (its "kind" may say "lookalike", "flag" or "ordinary").

`python -m bench.reading --cross-validate`: the same figures over every blind batch of
tests/data/replies_blind.jsonl, each read by a model trained without it (leave one batch
out), with the model's threshold chosen on the other batches only (bench/redflag_model.py),
then the held-out model alone per threshold and what a certainty gate would do
(bench/redflag_gate.py). The rules themselves were tuned on every batch: only the model is
held out.
"""

import json
import sys
from collections.abc import Callable, Iterable
from typing import Any

from companion.conversation.interpret import interpret

Reader = Callable[[dict[str, Any]], dict[str, Any]]


def read_row(row: dict[str, Any]) -> dict[str, Any]:
    """The shipped reader's contract line for a corpus row."""
    return interpret(row["text"], row.get("expecting"), row.get("lang", "en")).as_contract()


def misreadings(row: dict[str, Any], got: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """What the reader read differently from the line's expectation: (expected, read).

    A sign counts as caught when it is certain or possible; a look-alike is wrong when any
    sign is certain, and "asked" (not wrong) when a sign is only possible.
    """
    expected = row["expect"]
    found: dict[str, tuple[Any, Any]] = {
        k: (v, got[k]) for k, v in expected.items() if k != "red_flags" and got[k] != v
    }
    if "red_flags" in expected:
        seen = set(got["red_flags"]) | set(got["possible_flags"])
        if set(expected["red_flags"]) - seen or (not expected["red_flags"] and got["red_flags"]):
            found["red_flags"] = (sorted(expected["red_flags"]), sorted(got["red_flags"]))
    return found


class Tally:
    """The figures of one run: counts of right over judged."""

    def __init__(self) -> None:
        self.right: dict[str, int] = {}
        self.judged: dict[str, int] = {}
        self.misses: list[tuple[dict[str, Any], dict[str, Any], dict[str, Any]]] = []

    def count(self, key: str, right: bool) -> None:
        self.judged[key] = self.judged.get(key, 0) + 1
        self.right[key] = self.right.get(key, 0) + right

    def add(self, row: dict[str, Any], got: dict[str, Any]) -> None:
        expected, missed = row["expect"], misreadings(row, got)
        if missed:
            self.misses.append((row, got, missed))
        if "intent" in expected:
            self.count("intent", "intent" not in missed)
        if "pain" in expected or "fatigue" in expected:
            self.count("scores", "pain" not in missed and "fatigue" not in missed)
        if "trend" in expected:
            self.count("trend", "trend" not in missed)
        if "red_flags" not in expected:
            return
        seen = set(got["red_flags"]) | set(got["possible_flags"])
        for category in expected["red_flags"]:
            self.count("caught", category in seen)
            self.count("signs certain", category in got["red_flags"])
        if not expected["red_flags"]:
            self.count("look-alikes certain", bool(got["red_flags"]))
            self.count("look-alikes asked", bool(got["possible_flags"] and not got["red_flags"]))

    def share(self, key: str) -> str:
        judged = self.judged.get(key, 0)
        percent = f" ({100 * self.right.get(key, 0) / judged:.1f} %)" if judged else ""
        return f"{key} {self.right.get(key, 0)}/{judged}{percent}"

    def line(self) -> str:
        keys = ["intent", "scores", "trend", "caught", "signs certain"]
        keys += ["look-alikes certain", "look-alikes asked"]
        return ", ".join(self.share(k) for k in keys if k in self.judged)


def tally(rows: Iterable[dict[str, Any]], reader: Reader = read_row) -> Tally:
    result = Tally()
    for row in rows:
        result.add(row, reader(row))
    return result


def load(path: str) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def report(name: str, result: Tally, verbose: bool) -> None:
    print(f"{name}: {result.line()}")
    for row, got, missed in result.misses if verbose else ():
        asked = f" (possible {got['possible_flags']})" if got["possible_flags"] else ""
        print(f"- {row['text']!r} expecting={row.get('expecting')}: {missed}{asked}")


def main(args: list[str]) -> int:
    verbose = "-v" in args
    if "--cross-validate" in args:
        from bench.redflag_gate import report as report_model
        from bench.redflag_model import cross_validated_reader, out_of_batch

        rows, reader = cross_validated_reader()
        report("leave one blind batch out", tally(rows, reader), verbose)
        report_model(rows, out_of_batch(rows))
        return 0
    path = next(a for a in args if not a.startswith("-"))
    report(path, tally(load(path)), verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

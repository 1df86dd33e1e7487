"""How the interpreter reads a batch of replies it was never tuned on.

`python -m bench.reading FILE.jsonl [-v]`: intent, scores, trend, red-flag recall and lines
falsely flagged, over lines shaped like tests/data/replies_dev.jsonl; `-v` lists every miss.
A line is judged only on the keys its expectation carries (some carry red flags alone).
"""

import json
import sys
from typing import Any

from companion.conversation.interpret import interpret


def misreadings(row: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """What the interpreter read differently from the line's expectation: (expected, read)."""
    got: dict[str, Any] = interpret(
        row["text"], row.get("expecting"), row.get("lang", "en")
    ).as_contract()
    expected = row["expect"]
    found: dict[str, tuple[Any, Any]] = {
        k: (v, got[k]) for k, v in expected.items() if k != "red_flags" and got[k] != v
    }
    if "red_flags" in expected and set(expected["red_flags"]) != set(got["red_flags"]):
        found["red_flags"] = (sorted(expected["red_flags"]), sorted(got["red_flags"]))
    return found


def _share(missed: list[tuple[dict[str, Any], dict[str, Any]]], keys: tuple[str, ...]) -> str:
    judged = [m for row, m in missed if any(k in row["expect"] for k in keys)]
    right = sum(1 for m in judged if not any(k in m for k in keys))
    return f"{right}/{len(judged)}"


def main(path: str, verbose: bool) -> int:
    with open(path, encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines if line.strip()]
    missed = [(row, misreadings(row)) for row in rows]
    flagged = [(row, m) for row, m in missed if "red_flags" in row["expect"]]
    flags = sum(len(row["expect"]["red_flags"]) for row, _ in flagged)
    found = flags - sum(
        len(set(m["red_flags"][0]) - set(m["red_flags"][1])) for _, m in flagged if "red_flags" in m
    )
    clean = [m for row, m in flagged if not row["expect"]["red_flags"]]
    false = sum(1 for m in clean if "red_flags" in m)
    has_trend = any("trend" in row["expect"] for row in rows)
    trend = f", trend {_share(missed, ('trend',))}" if has_trend else ""
    scores = _share(missed, ("pain", "fatigue"))
    print(
        f"{path}: intent {_share(missed, ('intent',))}, scores {scores}{trend}"
        f", red-flag recall {found}/{flags}, false-flag lines {false}/{len(clean)}"
    )
    for row, m in missed:
        if verbose and m:
            print(f"- {row['text']!r} expecting={row.get('expecting')}: {m}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], "-v" in sys.argv))

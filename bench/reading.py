"""How the interpreter reads a batch of replies it was never tuned on.

`python -m bench.reading FILE.jsonl [-v]`: intent, scores, red-flag recall and lines falsely
flagged, over lines shaped like tests/data/replies_dev.jsonl; `-v` lists every miss.
"""

import json
import sys
from typing import Any

from companion.conversation.interpret import interpret


def misreadings(row: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """What the interpreter read differently from the line's expectation: (expected, read)."""
    reading = interpret(row["text"], row.get("expecting"), row.get("lang", "en"))
    expected = row["expect"]
    read = {"intent": reading.intent, "pain": reading.pain, "fatigue": reading.fatigue}
    found: dict[str, tuple[Any, Any]] = {
        k: (expected[k], v) for k, v in read.items() if expected[k] != v
    }
    if set(expected["red_flags"]) != set(reading.red_flags):
        found["red_flags"] = (sorted(expected["red_flags"]), sorted(reading.red_flags))
    return found


def main(path: str, verbose: bool) -> int:
    with open(path, encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines if line.strip()]
    missed = [(row, misreadings(row)) for row in rows]
    flags = sum(len(row["expect"]["red_flags"]) for row in rows)
    found = flags - sum(
        len(set(m["red_flags"][0]) - set(m["red_flags"][1])) for _, m in missed if "red_flags" in m
    )
    clean = [(row, m) for row, m in missed if not row["expect"]["red_flags"]]
    false = sum(1 for _, m in clean if "red_flags" in m)
    intent = sum(1 for _, m in missed if "intent" not in m)
    scores = sum(1 for _, m in missed if "pain" not in m and "fatigue" not in m)
    print(
        f"{path}: intent {intent}/{len(rows)}, scores {scores}/{len(rows)}, "
        f"red-flag recall {found}/{flags}, false-flag lines {false}/{len(clean)}"
    )
    for row, m in missed:
        if verbose and m:
            print(f"- {row['text']!r} expecting={row.get('expecting')}: {m}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], "-v" in sys.argv))

"""What the reader reads of every corpus line, saved: a refactor proves it changed nothing.

`python -m bench.reader_snapshot save OUT.json` reads every line of tests/data/*.jsonl and
tests/data/pending/*.jsonl (its contract line and the words quoted as evidence);
`python -m bench.reader_snapshot diff BEFORE.json AFTER.json` lists every line read
differently, then the count of contract differences and of evidence-only differences.
"""

import json
import sys
from pathlib import Path
from typing import Any

from companion.conversation.interpret import interpret

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def snapshot() -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for path in sorted([*DATA.glob("*.jsonl"), *DATA.glob("pending/*.jsonl")]):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                key = json.dumps([row["text"], row.get("expecting"), row.get("lang", "en")])
                reading = interpret(row["text"], row.get("expecting"), row.get("lang", "en"))
                found[key] = {"out": reading.as_contract(), "evidence": reading.evidence}
    return found


def diff(before: dict[str, dict[str, Any]], after: dict[str, dict[str, Any]]) -> str:
    lines, contract, evidence = [], 0, 0
    for key in sorted(before.keys() & after.keys()):
        old, new = before[key], after[key]
        if old["out"] != new["out"]:
            contract += 1
            changed = {k: (v, new["out"][k]) for k, v in old["out"].items() if new["out"][k] != v}
            lines.append(f"{json.loads(key)[0]!r}: {changed}")
        elif old["evidence"] != new["evidence"]:
            evidence += 1
            lines.append(f"{json.loads(key)[0]!r}: evidence {old['evidence']} -> {new['evidence']}")
    unmatched = len(before.keys() ^ after.keys())
    lines.append(
        f"contract differences {contract}, evidence-only {evidence}, lines in one only {unmatched}"
    )
    return "\n".join(lines)


if __name__ == "__main__":
    if sys.argv[1:2] == ["save"]:
        Path(sys.argv[2]).write_text(json.dumps(snapshot(), ensure_ascii=False), encoding="utf-8")
    else:
        before, after = (json.loads(Path(p).read_text(encoding="utf-8")) for p in sys.argv[2:4])
        print(diff(before, after))

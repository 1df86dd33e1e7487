"""What the statistical reader would add or take away, judged with the model held out.

Two questions, each answered leaving one blind batch out at a time (the model that reads a
batch never saw it; bench/redflag_model.py's out-of-batch probabilities):

- The model alone, per threshold: how many signs it catches (per category) and how many
  look-alikes it would ask about. The rules are not in this table: they were tuned on
  every batch, so what they catch of these batches says nothing of a new one.
- A certainty gate: a sign the rules grade certain becomes possible (asked about first)
  when the held-out model gives its category a probability under tau; mental health never
  (a possible mood sign still sends the crisis line). It is judged on the rules as they
  are (tuned on every batch) and on the rules as they read batches 19 and 20 fresh, before
  those were learnt (bench/data/fresh_rules.jsonl: the rules alone, model off, at the
  commits named in each line, where those batches were measured).

The gate is not shipped: the numbers and the reason are in bench/REDFLAG_MODEL.md.
"""

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from bench.redflag_model import CATEGORIES, rules_reading

FRESH_RULES = Path(__file__).with_name("data") / "fresh_rules.jsonl"
THRESHOLDS = (0.05, 0.1, 0.15, 0.2, 0.3, 0.5, 0.7)
TAUS = (0.01, 0.02, 0.05, 0.1, 0.2)
NEVER_DOUBTED = "mental_health"
Row = dict[str, Any]
Probabilities = dict[str, float]


def doubted(probability: Probabilities, categories: Iterable[str], tau: float) -> set[str]:
    """The rule-certain categories the gate would make possible: below tau, never mood."""
    return {c for c in categories if c != NEVER_DOUBTED and probability[c] < tau}


def model_alone(rows: list[Row], probabilities: list[Probabilities], threshold: float) -> str:
    """Signs the model alone catches at this threshold, per category, and look-alikes asked."""
    caught: Counter[str] = Counter()
    signs: Counter[str] = Counter()
    look_alikes = asked = 0
    for row, p in zip(rows, probabilities, strict=True):
        expected = set(row["expect"]["red_flags"])
        seen = {c for c, v in p.items() if v >= threshold}
        signs.update(expected)
        caught.update(expected & seen)
        look_alikes += not expected
        asked += not expected and bool(seen)
    total, found = sum(signs.values()), sum(caught.values())
    each = ", ".join(f"{c} {caught[c]}/{signs[c]}" for c in CATEGORIES if signs[c])
    return (
        f"threshold {threshold}: signs {found}/{total} ({100 * found / max(total, 1):.1f} %) "
        f"[{each}]; look-alikes asked {asked}/{look_alikes} "
        f"({100 * asked / max(look_alikes, 1):.1f} %)"
    )


def gate(items: list[tuple[Row, set[str], Probabilities]], tau: float) -> str:
    """What the gate does at tau to signs graded certain: (row, its certain categories, p)."""
    true_certain = demoted = look_alikes = cleared = 0
    for row, certain, p in items:
        expected = set(row["expect"]["red_flags"])
        lost = doubted(p, certain, tau)
        true_certain += len(expected & certain)
        demoted += len(expected & lost)
        if not expected and certain:
            look_alikes += 1
            cleared += not certain - lost
    return (
        f"tau {tau}: true certain signs made possible {demoted}/{true_certain} "
        f"({100 * demoted / max(true_certain, 1):.1f} %); look-alikes no longer certain "
        f"{cleared}/{look_alikes}"
    )


def fresh_rules() -> dict[tuple[int, str], set[str]]:
    """The rules' certain signs on batches 19 and 20 as read before those were learnt."""
    lines = FRESH_RULES.read_text(encoding="utf-8").splitlines()
    return {
        (line["batch"], line["text"]): set(line["red_flags"])
        for line in map(json.loads, lines)
        if line
    }


def report(rows: list[Row], probabilities: list[Probabilities]) -> None:
    print("the model alone, held out (leave one blind batch out):")
    for threshold in THRESHOLDS:
        print(f"  {model_alone(rows, probabilities, threshold)}")
    today = [
        (r, set(rules_reading(r)["red_flags"]), p) for r, p in zip(rows, probabilities, strict=True)
    ]
    fresh = fresh_rules()
    then = [
        (r, fresh[(r["batch"], r["text"])], p)
        for r, p in zip(rows, probabilities, strict=True)
        if (r["batch"], r["text"]) in fresh
    ]
    for name, items in (("today's rules", today), ("batches 19-20 read fresh", then)):
        print(f"certainty gate (not shipped), held-out model, {name}:")
        for tau in TAUS:
            print(f"  {gate(items, tau)}")

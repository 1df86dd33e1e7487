"""Build and measure the red-flag model (companion/conversation/redflag_model.py).

`python -m bench.redflag_model build` trains on the labelled corpora in tests/data plus
the hand-written phrasings in bench/data, and writes the shipped weights. Deterministic:
the same data gives the same file.

`python -m bench.redflag_model evaluate [HELD_OUT.jsonl ...]` measures, leaving out one
blind batch (1-10) at a time, then a fifth of the other corpora at a time, how many no-flag
lines the model would flag, and rules alone against rules or model at the threshold; then,
trained on everything, rules alone against rules or model on each held-out file. Held-out
files are for measuring only: never for choosing rules, phrasings or the threshold.

Needs scikit-learn (requirements-dev.txt); the app itself does not.
"""

import gzip
import hashlib
import json
import sys
import tempfile
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any
from unittest.mock import patch

from companion.conversation import redflag_model, redflags
from companion.conversation.interpret import interpret
from companion.conversation.lexicon import fold
from companion.conversation.redflags import unsaid_blanked

ROOT = Path(__file__).resolve().parent.parent
CORPORA = [
    ROOT / "tests" / "data" / name
    for name in ("replies_dev.jsonl", "replies_more.jsonl", "replies_blind.jsonl")
]
PHRASINGS = ROOT / "bench" / "data" / "redflag_phrasings.jsonl"
CATEGORIES = [
    "neuro",
    "cauda_equina",
    "cardiac_resp",
    "fall_injury",
    "swelling_infection",
    "severe_pain",
    "mental_health",
]
C = 16.0  # little regularisation: the features are many, the corpus small and clean
WEIGHTS = {False: 1.0, True: 4.0}  # a miss costs more than a false alarm
# the lowest threshold at which, one blind batch left out at a time, the model alone flags
# at most 0.25 % of the no-flag lines (2 of 1,202)
THRESHOLD = 0.7
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)
# Not below 0.3. Leaving one batch out, the least cost sits at 0.1 (bench/REDFLAG_MODEL.md),
# but the blind batches hold few of the bare score reports that make most real traffic, and at
# 0.1 "dolor 4" and "pain 6" are marked as possible severe pain (0.10-0.19) and "what was #4
# again?" as a possible mood sign: each would be asked about, or answered with the crisis line.
GRID = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95)


def load(path: Path) -> list[dict[str, Any]]:
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def training_rows() -> list[dict[str, Any]]:
    return [row for path in CORPORA for row in load(path)] + load(PHRASINGS)


@cache
def _blanked(text: str) -> str:
    return unsaid_blanked(fold(text))


def fit(rows: list[dict[str, Any]]) -> tuple[Any, list[Any]]:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = TfidfVectorizer(analyzer=redflag_model.features, sublinear_tf=True, min_df=2)
    x = vectorizer.fit_transform([_blanked(row["text"]) for row in rows])
    models = []
    for category in CATEGORIES:
        y = [category in row["expect"]["red_flags"] for row in rows]
        models.append(LogisticRegression(C=C, class_weight=WEIGHTS, max_iter=5000).fit(x, y))
    return vectorizer, models


def predict(fitted: tuple[Any, list[Any]], rows: list[dict[str, Any]]) -> list[dict[str, float]]:
    vectorizer, models = fitted
    x = vectorizer.transform([_blanked(row["text"]) for row in rows])
    columns = [model.predict_proba(x)[:, 1] for model in models]
    return [dict(zip(CATEGORIES, values, strict=True)) for values in zip(*columns, strict=True)]


def out_of_batch(rows: list[dict[str, Any]]) -> list[dict[str, float]]:
    """Each blind row's probabilities from a model trained without its batch (kept in a
    temporary file for the same data and rules, since seventeen fits take minutes)."""
    package = Path(redflags.__file__).parent
    sources = [
        *CORPORA,
        PHRASINGS,
        *sorted(package.glob("*.py")),
        *sorted(package.glob("data/signs/*")),
    ]
    key = hashlib.sha256(b"".join(p.read_bytes() for p in sources)).hexdigest()[:16]
    cached = Path(tempfile.gettempdir()) / f"companion-out-of-batch-{key}.json"
    if cached.exists():
        return list(json.loads(cached.read_text()))
    found = _out_of_batch(rows)
    cached.write_text(json.dumps(found))
    return found


def _out_of_batch(rows: list[dict[str, Any]]) -> list[dict[str, float]]:
    corpora = [row for path in CORPORA for row in load(path)]
    found: dict[int, dict[str, float]] = {}
    for batch in sorted({row["batch"] for row in rows}):
        left_out = [row for row in rows if row["batch"] == batch]
        kept = [row for row in corpora if row.get("batch") != batch] + load(PHRASINGS)
        print(f"batch {batch}: training without it", file=sys.stderr)
        for row, p in zip(left_out, predict(fit(kept), left_out), strict=True):
            found[id(row)] = p
    return [found[id(row)] for row in rows]


def rules_reading(row: dict[str, Any]) -> dict[str, Any]:
    return _rules_reading(row["text"], row.get("expecting"), row.get("lang", "en"))


@cache
def _rules_reading(text: str, expecting: str | None, lang: str) -> dict[str, Any]:
    with patch.object(redflags, "likely_flags", lambda blanked: set()):
        return interpret(text, expecting, lang).as_contract()


# A category with a threshold of its own, chosen on its signs alone: a possible mood sign
# sends the crisis line and a high alert, so the model's false alarms there cost the most.
OWN = "mental_health"
Thresholds = tuple[float, float]  # every other category's, and OWN's


def cost(
    rows: list[dict[str, Any]],
    probabilities: list[dict[str, float]],
    t: float,
    category: str | None = None,
) -> float:
    """The model judged alone: a sign it misses costs as much as ten look-alikes it would
    have asked about (for one category: its signs missed, and the lines without its sign it
    would mark). (The rules were tuned on every blind batch, so what they read of these
    batches says nothing of what the model adds on a new one.)"""
    missed = asked = 0
    for row, p in zip(rows, probabilities, strict=True):
        expected = set(row["expect"]["red_flags"])
        if category is not None:
            p, expected = {category: p[category]}, expected & {category}
        seen = {c for c, v in p.items() if v >= t}
        missed += len(expected - seen)
        asked += not expected and bool(seen)
    return 10 * missed + asked


def choose_threshold(
    rows: list[dict[str, Any]], probabilities: list[dict[str, float]], category: str | None = None
) -> float:
    """The threshold of least cost on these rows (the highest, on a tie)."""
    return min(reversed(GRID), key=lambda t: cost(rows, probabilities, t, category))


def choose_thresholds(
    rows: list[dict[str, Any]], probabilities: list[dict[str, float]]
) -> Thresholds:
    return choose_threshold(rows, probabilities), choose_threshold(rows, probabilities, OWN)


def seen(p: dict[str, float], thresholds: Thresholds) -> set[str]:
    """The categories the model marks at these thresholds."""
    return {c for c, v in p.items() if v >= (thresholds[1] if c == OWN else thresholds[0])}


def cross_validated_reader(
    rows: list[dict[str, Any]] | None = None, probabilities: list[dict[str, float]] | None = None
) -> tuple[list[dict[str, Any]], Callable[[dict[str, Any]], Any]]:
    """Every blind row, and a reader that reads each with a model that never saw its batch,
    at a threshold chosen on the other batches' out-of-batch probabilities."""
    if rows is None or probabilities is None:
        rows = [row for row in load(CORPORA[2]) if row.get("batch")]
        probabilities = out_of_batch(rows)
    by_row = {id(row): p for row, p in zip(rows, probabilities, strict=True)}
    thresholds: dict[int, Thresholds] = {}
    for batch in sorted({row["batch"] for row in rows}):
        others = [(r, p) for r, p in zip(rows, probabilities, strict=True) if r["batch"] != batch]
        thresholds[batch] = choose_thresholds([r for r, _ in others], [p for _, p in others])
        print(f"batch {batch}: thresholds {thresholds[batch]}", file=sys.stderr)

    def reader(row: dict[str, Any]) -> dict[str, Any]:
        p, t = by_row[id(row)], thresholds[row["batch"]]
        with patch.object(redflags, "likely_flags", lambda blanked: seen(p, t)):
            return interpret(row["text"], row.get("expecting"), row.get("lang", "en")).as_contract()

    return rows, reader


def build() -> None:
    """Choose the threshold leaving one blind batch out at a time (and print what the whole
    reader reads that way, as `bench.reading --cross-validate` does), then train on all."""
    from bench.reading import report, tally

    rows = [row for row in load(CORPORA[2]) if row.get("batch")]
    probabilities = out_of_batch(rows)
    _, reader = cross_validated_reader(rows, probabilities)
    report("leave one blind batch out", tally(rows, reader), verbose=False)
    threshold, own = choose_thresholds(rows, probabilities)
    vectorizer, models = fit(training_rows())
    features = vectorizer.get_feature_names_out().tolist()
    weights = [round(float(m.coef_[0][row]), 5) for row in range(len(features)) for m in models]
    artifact = {
        "categories": CATEGORIES,
        "threshold": threshold,
        "thresholds": {OWN: own},
        "intercepts": [round(float(m.intercept_[0]), 5) for m in models],
        "features": features,
        "idf": [round(float(v), 5) for v in vectorizer.idf_],
        "weights": weights,
    }
    data = json.dumps(artifact, separators=(",", ":")).encode()
    redflag_model.ARTIFACT.parent.mkdir(exist_ok=True)
    with (
        open(redflag_model.ARTIFACT, "wb") as raw,
        gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as stream,
    ):
        stream.write(data)
    print(
        f"{len(features)} features, thresholds {threshold}, {OWN} {own} -> {redflag_model.ARTIFACT}"
    )


def tally(
    rows: list[dict[str, Any]], probabilities: list[dict[str, float]], threshold: float
) -> str:
    flags = found = rules_found = negatives = rules_false = false = 0
    for row, p in zip(rows, probabilities, strict=True):
        expected = set(row["expect"]["red_flags"])
        with patch.object(redflags, "likely_flags", lambda blanked: set()):
            rules = set(interpret(row["text"], row["expecting"], row["lang"]).red_flags)
        both = rules | {c for c, v in p.items() if v >= threshold}
        flags += len(expected)
        rules_found += len(expected & rules)
        found += len(expected & both)
        if not expected:
            negatives += 1
            rules_false += bool(rules)
            false += bool(both)
    return (
        f"recall rules {rules_found}/{flags}, rules or model {found}/{flags}; "
        f"false-flag lines rules {rules_false}/{negatives}, rules or model {false}/{negatives}"
    )


def evaluate(held_out: list[Path]) -> None:
    corpora = [row for path in CORPORA for row in load(path)]
    blind = [row for row in corpora if row.get("batch")]
    probabilities: list[dict[str, float]] = []
    rows: list[dict[str, Any]] = []
    for batch in range(1, 11):
        left_out = [row for row in blind if row["batch"] == batch]
        kept = [row for row in corpora if row.get("batch") != batch] + load(PHRASINGS)
        probabilities += predict(fit(kept), left_out)
        rows += left_out
    # the other corpora were written with the rules: five folds of them, every fifth line
    other = [row for row in corpora if not row.get("batch")]
    for fold_number in range(5):
        left_out = other[fold_number::5]
        kept = [row for row in corpora if row not in left_out] + load(PHRASINGS)
        probabilities += predict(fit(kept), left_out)
        rows += left_out
    negatives = [
        p for row, p in zip(rows, probabilities, strict=True) if not row["expect"]["red_flags"]
    ]
    for threshold in THRESHOLDS:
        flagged = sum(max(p.values()) >= threshold for p in negatives)
        print(
            f"cross-validated, threshold {threshold}: model alone flags {flagged}/{len(negatives)}"
        )
    print(f"cross-validated, threshold {THRESHOLD}: {tally(rows, probabilities, THRESHOLD)}")
    fitted = fit(training_rows())
    for path in held_out:
        rows = load(path)
        print(
            f"{path.name}, threshold {THRESHOLD}: {tally(rows, predict(fitted, rows), THRESHOLD)}"
        )


if __name__ == "__main__":
    if sys.argv[1:2] == ["build"]:
        build()
    else:
        evaluate([Path(arg) for arg in sys.argv[2:]])

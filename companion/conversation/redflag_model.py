"""A statistical second reader of red flags, for phrasings the rules have never seen.

Why: each new batch of patient texts written blind (by someone who never saw the rules)
was caught only 60-67 % by the rules, however well they were tuned on earlier batches.
A linear classifier per category (logistic regression over TF-IDF of character 2-5-grams
and word 1-2-grams, trained with every look-alike as a negative) generalises across
wordings the rules cannot list. It reads every reply with the signs the rules judged
denied or uncertain blanked out, and what it sees joins the rules' reading as *possible*
unless the rules found it certain: the model alone never raises an urgent alert, it makes
the conversation ask the patient.

The threshold is chosen by `python -m bench.redflag_model build`, leaving one blind batch
out at a time (a missed sign costs ten look-alikes asked about); mental health has its own,
chosen the same way on its signs alone, since a possible mood sign sends the crisis line
and raises a high alert (a harmless text marked so costs more than a question). Both are
stored with the
weights in data/redflag_model.json.gz, built deterministically; scoring is plain Python,
loaded at first use (~0.4 s, a few MiB), well under a millisecond a reply.
"""

import gzip
import json
import math
import re
from array import array
from collections import Counter
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

ARTIFACT = Path(__file__).with_name("data") / "redflag_model.json.gz"

# Negators are plain words, so a set says it: "not" negates, "nothing" too, "note" never.
_NEGATORS = frozenset(
    """no not never without dont doesnt didnt isnt arent wasnt werent havent hasnt cant
    couldnt nothing anymore sin ni nunca tampoco""".split()
)
_NEGATED_WORDS = 3
_WORD = re.compile(r"\w+")


def _marked_words(text: str) -> list[str]:
    """The reply's words, those after a negator marked "neg_"."""
    words: list[str] = []
    left = 0
    for word in _WORD.findall(text):
        words.append("neg_" + word if left else word)
        left = _NEGATED_WORDS if word in _NEGATORS else max(left - 1, 0)
    return words


def _char_grams(word: str) -> list[str]:
    padded = f" {word} "
    return [
        padded[i : i + n]
        for n in range(2, min(len(padded), 5) + 1)
        for i in range(len(padded) - n + 1)
    ]


def features(text: str) -> list[str]:
    """The n-grams of a folded, blanked reply, repeats kept; words after a negator marked "neg_"."""
    words = _marked_words(text)
    grams = [f"w:{word}" for word in words]
    grams += [f"w:{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    for word in words:
        grams += _char_grams(word)
    return grams


class _Model(NamedTuple):
    categories: list[str]
    threshold: float
    intercepts: list[float]
    rows: dict[str, int]
    idf: array
    weights: array  # row per feature, one column per category
    thresholds: dict[str, float]  # a category's own threshold, where it has one


@cache
def _model() -> _Model:
    with gzip.open(ARTIFACT, "rt", encoding="utf-8") as stream:
        raw = json.load(stream)
    return _Model(
        raw["categories"],
        raw["threshold"],
        raw["intercepts"],
        {feature: row for row, feature in enumerate(raw["features"])},
        array("d", raw["idf"]),
        array("d", raw["weights"]),
        raw.get("thresholds", {}),
    )


class _Word(NamedTuple):
    row: int | None  # the word's own feature
    grams: tuple[int, ...]  # its character n-grams the model knows, in order, repeats kept


@lru_cache(maxsize=8192)  # words recur from reply to reply; the shipped model's rows
def _known_word(word: str) -> _Word:
    rows = _model().rows
    return _Word(rows.get(f"w:{word}"), tuple(rows[g] for g in _char_grams(word) if g in rows))


def _known_rows(blanked: str, rows: dict[str, int]) -> list[int]:
    """The rows of `features(blanked)` the model knows, in the same order, repeats kept.

    Unknown n-grams weigh nothing, and dropping them first leaves the known ones counted
    in the same order, so the sums below add the same numbers in the same order.
    """
    words = _marked_words(blanked)
    known = [_known_word(word) for word in words]
    found = [word.row for word in known if word.row is not None]
    pairs = (f"w:{a} {b}" for a, b in zip(words, words[1:], strict=False))
    found += [rows[pair] for pair in pairs if pair in rows]
    for word in known:
        found += word.grams
    return found


def probabilities(blanked: str) -> dict[str, float]:
    """The model's probability of each category for a folded reply, denied signs blanked."""
    model = _model()
    width = len(model.categories)
    values = [
        (row, (1.0 if n == 1 else 1 + math.log(n)) * model.idf[row])
        for row, n in Counter(_known_rows(blanked, model.rows)).items()
    ]
    norm = math.sqrt(sum(value * value for _, value in values)) or 1.0
    logits = list(model.intercepts)
    for row, value in values:
        weights = model.weights[row * width : (row + 1) * width]
        logits = [
            logit + weight * value / norm for logit, weight in zip(logits, weights, strict=True)
        ]
    return {
        c: 1 / (1 + math.exp(-logit)) for c, logit in zip(model.categories, logits, strict=True)
    }


def likely_flags(blanked: str) -> set[str]:
    """The categories the model sees at its cross-validated thresholds."""
    model = _model()
    return {
        category
        for category, p in probabilities(blanked).items()
        if p >= model.thresholds.get(category, model.threshold)
    }

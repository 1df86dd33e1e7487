"""Pain, fatigue and effort scores (0-10), read from a folded reply.

Effort ("how hard was it", conversation.effort) is bound only to its own label ("effort 6")
or to its question (`expecting="effort"`), where our anchors' words count too ("casi nada")."""

import math
import re
from dataclasses import dataclass, field

from companion.conversation.score_cues import (
    CLAUSE_END,
    cue_beside,
    cue_later_in_clause,
    unlabelled,
)
from companion.conversation.score_numbers import UNIT_AFTER, VALUE, value_of
from companion.conversation.score_zeros import LEADING_NONE, said_zero
from companion.conversation.words import EFFORT, FATIGUE, FATIGUE_LIKE, NOT_A_NOUN

# (a task named by its number is no score: "se me dobló la rodilla en el 3")
_LEFT_CLAIM = re.compile(
    r"(?:\b(?:x|set|rep|day|dia|week|semana|round|no|number|exercise|ejercicio|at|by|until|before|"
    r"after|from|since|desde|hasta|antes|despues|las|la|lift|lifted|lifting|carry|carried|did|hice|"
    r"completed|finished|took|take|walked|ran|hold|held|en\s+el)|[#$@]|\d:)\s*$"
)
_NEXT_WORD = re.compile(r"^\s*([a-z]+)")
# "only did 2 of the 4": the whole a count is taken from, never a score
_OF_A_WHOLE = re.compile(r"\b\d+\s+(?:of|out\s+of|de)\s+(?:the|my|los|las|mis)\s+$")
# "en los pies, los dos", "the two of them": both, never a score
_BOTH = re.compile(r"\b(?:los|las|the|ambos|ambas)\s+$")
_OTHER_SCALE = re.compile(rf"\b(?:{FATIGUE}|{FATIGUE_LIKE}|{EFFORT})\b")
# "the workout was 10/10": a rating of a thing, not of the body
_A_THING_RATED = re.compile(r"\b(?:was|is|were|fue|es|estuvo|it|that|this)\s+(?:a\s+)?$")
# "broke my leg in 08", "desde el 09": a year in two digits with its zero, never a score
_A_YEAR = re.compile(r"\b(?:in|since|back\s+in|around|en|desde|del|de)\s+(?:el\s+)?'?$")
_SENTENCE_END = re.compile(r"[.!?;\n](?!\d)")
# A number in a clause about another day is that day's, not today's score
_ANOTHER_DAY = re.compile(
    r"\b(?:yesterday|ayer|last\s+night|anoche|antier)\b(?![^,.!?;]*\b(?:today|hoy)\b)"
)


def _clause_start(text: str, at: int) -> int:
    return max((m.end() for m in CLAUSE_END.finditer(text, 0, at)), default=0)


@dataclass
class Scores:
    """Every number the reply gives each scale; `bare` holds the ones nothing labelled."""

    scales: dict[str, list[float]] = field(
        default_factory=lambda: {"pain": [], "fatigue": [], "effort": []}
    )
    bare: list[tuple[float, frozenset[str]]] = field(default_factory=list)  # and scales before

    def best(self, scale: str) -> tuple[int | None, bool]:
        """The cautious (highest) 0-10 whole number on a scale, and whether one was out of range."""
        values = self.scales[scale]
        valid = [math.ceil(v) for v in values if 0 <= v <= 10]
        return (max(valid) if valid else None), len(valid) < len(values)


# "on a scale of 1-10", "en una escala del 1 al 10": the scale named, not a score on it.
_SCALE_NAMED = re.compile(
    r"\b(?:on\s+)?(?:a\s+)?scale\s+(?:of|from)\s+[01]\s*(?:-|to)\s*10\b"
    r"|\b(?:en\s+)?(?:una\s+)?escala\s+(?:del?|de\s+la)\s+[01]\s+(?:al?|-)\s*10\b"
)


def read_scores(text: str, expecting: str | None) -> Scores:
    """Bind each number to pain, fatigue or something else (sets, pounds, times)."""
    text = _SCALE_NAMED.sub(lambda m: " " * len(m.group()), text)
    scores = Scores()
    used_cues: set[int] = set()
    last: tuple[str, int] | None = None  # the label and end of the last bound number
    ends = [0] + [m.end() for m in _SENTENCE_END.finditer(text)]
    for match in VALUE.finditer(text):
        value = value_of(match)
        left = text[max(0, match.start() - 80) : match.start()]
        right = text[match.end() : match.end() + 60]
        if math.isnan(value) or UNIT_AFTER.search(right):
            continue
        if re.fullmatch(r"0\d", match.group()) and _A_YEAR.search(left):
            continue
        if _OF_A_WHOLE.search(left) or _BOTH.search(left):
            continue
        label = cue_beside(left, right, match.start() - len(left), match.end(), used_cues)
        if label is None:
            following = _NEXT_WORD.search(right)
            if _LEFT_CLAIM.search(left) or (following and following.group(1) not in NOT_A_NOUN):
                continue  # "at 5", "from 3", "2 advil": a time, a past value, a quantity
            if _ANOTHER_DAY.search(text, _clause_start(text, match.start()), match.start()):
                continue  # "3. yesterday was a 6 tho": another day's number is not today's
            if expecting is None:
                rated = match.group("of10") is not None
                label = unlabelled(text, match.span(), last, used_cues, ends, rated=rated)
            if label is None and expecting is None and match.group("of10") is not None:
                label = cue_later_in_clause(text, match.end(), used_cues)
            # "10/10 couldnt get out of bed", "done 4/10": a rating out of 10 that no word
            # names, with no other scale in the reply, is the check-in's first scale, pain
            if (
                label is None
                and expecting is None
                and match.group("of10") is not None
                and not _OTHER_SCALE.search(text)
                and not _A_THING_RATED.search(left)
                and not re.match(r"\s*(?:would|recommend|highly|stars?)\b", right)
            ):
                label = "pain"
        if label is None:
            scores.bare.append((value, frozenset(s for s, v in scores.scales.items() if v)))
            continue
        _bind(scores, label, value)
        last = (label, match.end())
    _add_zeros(scores, text, expecting)
    _place_bare_numbers(scores, expecting)
    if expecting in scores.scales and not scores.scales[expecting] and LEADING_NONE.search(text):
        scores.scales[expecting].append(0)
    if expecting == "effort" and not scores.scales["effort"]:
        scores.scales["effort"] += _effort_in_words(text)
    return scores


# Our effort question's anchors (0 = no effort at all, 10 = all you had) and the plainest
# words for them, most specific first: "casi nada" before "nada". No word for the middle:
# "half", "la mitad" say how much of the session was done (a completion), not how hard.
_EFFORT_WORDS = [
    (1, r"casi\s+nada|casi\s+ningun\s+esfuerzo|apenas|almost\s+nothing|barely|hardly\s+any"),
    (0, r"nada|ningun\s+esfuerzo|sin\s+esfuerzo|no\s+effort|nothing|none|para\s+nada"),
    (10, r"all\s+i\s+had|everything\s+i\s+had|todo\s+lo\s+que|al\s+maximo|max(?:imo)?"),
]


def _effort_in_words(text: str) -> list[float]:
    """The anchor a reply to the effort question names in words, if any (as [value])."""
    for value, words in _EFFORT_WORDS:
        if re.search(rf"\b(?:{words})\b", text):
            return [value]
    return []


def _bind(scores: Scores, label: str, value: float) -> None:
    scale = "pain" if label == "body" else label
    if scale in scores.scales:  # "other" labels (sets, energy) claim a number for nothing
        scores.scales[scale].append(value)


def _add_zeros(scores: Scores, text: str, expecting: str | None) -> None:
    for scale in ("pain", "fatigue"):
        if said_zero(text, scale, expecting):
            scores.scales[scale].append(0)


def _place_bare_numbers(scores: Scores, expecting: str | None) -> None:
    # Asked for pain: "4" is pain and "4 and 6" pain then fatigue; a bare number after
    # a labelled pain ("pain 3, 6") is the fatigue. Asked for fatigue: only the first
    # bare number counts. Unasked, a bare number is noise.
    placed: set[str] = set()
    for value, before in scores.bare:
        if expecting in scores.scales and expecting not in placed | before:
            scale: str | None = expecting
        elif expecting == "pain" and "fatigue" not in placed and not scores.scales["fatigue"]:
            scale = "fatigue"
        else:
            scale = None
        if scale is not None:
            scores.scales[scale].append(value)
            placed.add(scale)

"""Pain, fatigue and effort scores (0-10), read from a folded reply.

Effort ("how hard was it", conversation.effort) is bound only to its own label ("effort 6")
or to its question (`expecting="effort"`), where our anchors' words count too ("casi nada")."""

import math
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from text_to_num import text2num

from companion.conversation.score_zeros import LEADING_NONE, said_zero
from companion.conversation.words import (
    BODY_PART,
    EFFORT,
    FATIGUE,
    FATIGUE_LIKE,
    FILLERS,
    NOT_A_NOUN,
    OTHER_MEASURES,
    PAIN,
    PAIN_LIKE,
    UNITS,
)

# Articles, not numbers; and English "once" is not Spanish eleven.
_ARTICLES = frozenset({"un", "una"})
_NOT_THE_NUMBER_ONE = re.compile(
    r"\b(?:no|the|this|that|which|each|every|any|some|last|first|next|other|another|only|same|new"
    r"|hard|easy|tough|big|little|good|bad|right|left|wrong)\s+$"
)
# "one more day", "one of these days": a count of things, not a score.
_ONE_OF_THINGS = re.compile(r"\s+(?:more|of|day|time|thing|way|bit|at\s+a\s+time|by\s+one)\b")
# "le ponen a uno la anestesia", "uno no sabe": Spanish "uno" as the pronoun "one".
_UNO_THE_PRONOUN_BEFORE = re.compile(r"\ba\s+$")
_UNO_THE_PRONOUN_AFTER = re.compile(
    r"\s+(?:la|el|los|las|le|les|lo|se|no|nunca|ya|siempre|tiene|puede|sabe|debe|anda|quisiera)\b"
)


@lru_cache(maxsize=4096)
def _number_word(word: str, language: str) -> int | None:
    try:
        return int(text2num(word, language))
    except Exception:  # text2num raises ValueError, and its binding may raise others
        return None


def _is_plural_number(word: str, languages: tuple[str, str]) -> bool:
    stems = (word[:-1], word[:-2]) if word.endswith("s") else ()
    return any(_number_word(stem, lang) is not None for stem in stems for lang in languages)


def spell_out_numbers(text: str, language: str) -> str:
    """Number words as digits ("like a five" -> "like a 5"), in both languages."""
    languages = (language, "es" if language == "en" else "en")

    def replace(match: re.Match[str]) -> str:
        word = match.group()
        if len(word) < 2 or word in _ARTICLES or (word == "once" and language == "en"):
            return word
        if word == "one" and (
            _NOT_THE_NUMBER_ONE.search(text, 0, match.start())
            or _ONE_OF_THINGS.match(text, match.end())
        ):
            return word
        if word == "uno" and (
            _UNO_THE_PRONOUN_BEFORE.search(text, 0, match.start())
            or _UNO_THE_PRONOUN_AFTER.match(text, match.end())
        ):
            return word
        values = [_number_word(word, lang) for lang in languages]
        value = next((v for v in values if v is not None), None)
        if value is None or _is_plural_number(word, languages):
            return word  # "which ones", "unos cuantos": plurals count nothing here
        return str(value)

    spelt = re.sub(r"[a-z]+", replace, text)
    # "p2", "5pm", "2x10": letters and digits apart, so labels and units are words.
    return re.sub(r"(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])", " ", spelt)


NUMBER = r"(?:\d{1,7}(?:[.,]\d+)?|[.,]\d+)"
_VALUE = re.compile(
    rf"""(?:between|btwn|entre)\s+(?P<lo>{NUMBER})\s*(?:and|y|&|-)\s*(?P<hi>{NUMBER})
    |(?P<of10>{NUMBER})\s*(?:/|out\s+of|outta|sobre|de)\s*10\b(?![.,]?\d)
    |(?P<a>{NUMBER})\s*(?:-|–|—|~|(?:to|or)\s+an?(?=\s)|to|or|o|a|,?\s*(?:or\s+)?(?:maybe|possibly|tal\s+vez|quizas?))
        \s*(?P<b>{NUMBER})(?:\s*(?:/|out\s+of)\s*10\b)?
    |(?P<frac>{NUMBER})\s*/\s*(?P<den>{NUMBER})
    |(?P<neg>(?:^|(?<=[\s=:(]))-)?(?P<n>{NUMBER})(?P<half>\s+(?:and\s+a\s+half|y\s+medio|y\s+media))?
    """,
    re.VERBOSE,
)
_STOP = r"[^\w.!?;]"  # anything but a word or the end of a sentence
_LEFT_CUE = re.compile(
    rf"(?:\b(?P<pain>{PAIN})|\b(?P<fatigue>{FATIGUE})|\b(?P<effort>{EFFORT})|\b(?P<body>{BODY_PART})"
    rf"|(?P<other>{OTHER_MEASURES}))"
    rf"\b(?:{_STOP}+(?:{FILLERS})\b){{0,6}}{_STOP}*$"
)
# A label after the number: "4 for pain", "a 4 in my knee". Never across a comma,
# so "4, tired 6" leaves "tired" to its own number.
_RIGHT_CUE = re.compile(
    rf"^[\s/]*(?:(?:for|on|of|de|en|in|my|mi|el|la|the|con|with|level|nivel)\s+){{0,2}}"
    rf"(?:(?P<pain>{PAIN})|(?P<fatigue>{FATIGUE})|(?P<effort>{EFFORT})|(?P<other>{OTHER_MEASURES}))\b"
    rf"|^\s*(?:in|on|en|at)\s+(?:(?:my|the|mi|el|la|los|las|both|left|right|lower|upper)\s+){{0,2}}"
    rf"(?P<body>{BODY_PART})\b"
)
# ("3 painful sets", "3 unbearable sets": the pain word describes the sets counted)
UNIT_AFTER = re.compile(
    rf"^\s*(?:%|°|º|:\d|(?:(?!p\b)(?:{PAIN})\s+)?(?:{UNITS})\b|(?:of|de|/)\s*\d)"
)
# (a task named by its number is no score: "se me dobló la rodilla en el 3")
_LEFT_CLAIM = re.compile(
    r"(?:\b(?:x|set|rep|day|dia|week|semana|round|no|number|exercise|ejercicio|at|by|until|before|"
    r"after|from|since|desde|hasta|antes|despues|las|la|lift|lifted|lifting|carry|carried|did|hice|"
    r"completed|finished|took|take|walked|ran|hold|held|en\s+el)|[#$@]|\d:)\s*$"
)
_NEXT_WORD = re.compile(r"^\s*([a-z]+)")


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


def _value(match: re.Match[str]) -> float:
    """The number a match stands for: a range's higher end; NaN for a date or a fraction."""

    def num(group: str) -> float:
        return float(match.group(group).replace(",", "."))

    if match.group("lo") is not None:
        return max(num("lo"), num("hi"))
    if match.group("of10") is not None:
        return num("of10")
    if match.group("a") is not None:
        return max(num("a"), num("b"))
    if match.group("frac") is not None:
        low, high = num("frac"), num("den")
        # "3/4" reads as "3 or 4"; "3/15" is a date and "1/2" half of something.
        return high if high == low + 1 and low >= 2 else math.nan
    value = num("n") + (0.5 if match.group("half") else 0)
    return -value if match.group("neg") else value


# "pain 4 this morning, 6 now": a second number later in the sentence, on the same scale.
_SAME_SCALE_LATER = re.compile(
    r"^[^.!?;\d]{0,60}\b(?:morning|night|tonight|now|later|after|then|by|before|yesterday|today"
    r"|earlier|"
    r"ahora|luego|despues|noche|tarde|manana|ayer|hoy)\b[^.!?;\d]{0,30}$"
)


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
    for match in _VALUE.finditer(text):
        value = _value(match)
        left = text[max(0, match.start() - 80) : match.start()]
        right = text[match.end() : match.end() + 60]
        if math.isnan(value) or UNIT_AFTER.search(right):
            continue
        label = _cue(left, right, match.start() - len(left), match.end(), used_cues)
        if label is None:
            following = _NEXT_WORD.search(right)
            if _LEFT_CLAIM.search(left) or (following and following.group(1) not in NOT_A_NOUN):
                continue  # "at 5", "from 3", "2 advil": a time, a past value, a quantity
            if _ANOTHER_DAY.search(text, _clause_start(text, match.start()), match.start()):
                continue  # "3. yesterday was a 6 tho": another day's number is not today's
            if expecting is None:
                rated = match.group("of10") is not None
                label = _unlabelled(text, match.span(), last, used_cues, ends, rated=rated)
            if label is None and expecting is None and match.group("of10") is not None:
                label = _cue_later_in_clause(text, match.end(), used_cues)
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


# A number nothing labels, when nothing was asked, takes the nearest sign of pain or
# fatigue before it in its sentence (or in the one before, when it stands alone).
_LOOSE_CUE = re.compile(
    # ("worst ever? nah. like a 5": the pain scale's top end named)
    rf"\b(?:(?P<pain>{PAIN}|{PAIN_LIKE}|{BODY_PART}|worst\s+ever)|(?P<fatigue>{FATIGUE}|{FATIGUE_LIKE})"
    rf"|(?P<other>{OTHER_MEASURES}))\b"
)
_SENTENCE_END = re.compile(r"[.!?;\n](?!\d)")
_NOTHING_BUT_FILLERS = re.compile(
    rf"(?:\W*\b(?:{FILLERS}|on|scale|say|rate|rating|give|overall|prob|i|itd)\b)*[\W]*$"
)
_THEN_LATER = re.compile(
    r"\s*(?:after|afterwards|later|now|rn|tonight|at\s+the\s+end|by\s+the\s+end|ahora|despues)\b"
)
_PAIR = re.compile(r"^\s*(?:,|;|and|&|y)?\s*$")
_A_BARE_NO = re.compile(r"\W*(?:no+|nah|nope|nel|not\s+really)\W*")
# A number in a clause about another day is that day's, not today's score
_ANOTHER_DAY = re.compile(
    r"\b(?:yesterday|ayer|last\s+night|anoche|antier)\b(?![^,.!?;]*\b(?:today|hoy)\b)"
)


def _clause_start(text: str, at: int) -> int:
    return max((m.end() for m in _CLAUSE_END.finditer(text, 0, at)), default=0)


def _unlabelled(
    text: str,
    span: tuple[int, int],
    last: tuple[str, int] | None,
    used: set[int],
    ends: list[int],
    *,
    rated: bool = False,
) -> str | None:
    """The scale of an unlabelled, unclaimed number when nothing was asked, if any; a rating
    out of 10 reaches back past its sentence ("chest sore from the pushups. done, 4/10")."""
    at, end = span
    if last and (_SAME_SCALE_LATER.search(text[last[1] : at]) or _THEN_LATER.match(text, end)):
        return last[0]  # "pain 4 this morning, 6 now", "knee was 2 during, 4 after"
    sentence = bisect_right(ends, at) - 1  # `ends` holds where each sentence starts
    start = ends[sentence]
    if sentence > 0 and _NOTHING_BUT_FILLERS.match(text, start, at):
        start = ends[sentence - 1]  # "had to stop. 6/10", "hip was barking. on a scale id say 5"
        if sentence > 1 and _A_BARE_NO.fullmatch(text, start, ends[sentence]):
            start = ends[sentence - 2]  # "worst ever? nah. like a 5": the "nah" answers it
    if rated:
        start = 0
    cues = list(_LOOSE_CUE.finditer(text, max(start, at - 120), at))
    if cues and cues[-1].lastgroup in ("pain", "fatigue"):
        cue = cues[-1]
        if cue.start() not in used:
            used.add(cue.start())
            return cue.lastgroup
    # "pain 3, 5": the pair a check-in asks for, pain then fatigue
    if last and last[0] == "pain" and _PAIR.match(text[last[1] : at]):
        if not re.search(rf"\b(?:{FATIGUE})\b", text):
            return "fatigue"
    return None


_CLAUSE_END = re.compile(r"[,.!?;\n]")


def _cue_later_in_clause(text: str, end: int, used: set[int]) -> str | None:
    """The scale a "/10" rating names later in its clause: "10/10 cant take this pain"."""
    stop = _CLAUSE_END.search(text, end)
    for cue in _LOOSE_CUE.finditer(text, end, stop.start() if stop else len(text)):
        if cue.lastgroup == "other":
            return None  # "8/10 sleep last night": the rating is of something else
        if cue.lastgroup in ("pain", "fatigue") and cue.start() not in used:
            used.add(cue.start())
            return cue.lastgroup
    return None


_LETTER = re.compile("[a-z]")
# "back 3 tired 5": a scale with a number of its own after it leaves the one before to the body
_OWN_NUMBER = re.compile(r"\s*(?:is\s+|at\s+|=\s*|:\s*)?\d")


def _cue(left: str, right: str, left_at: int, right_at: int, used: set[int]) -> str | None:
    """The label before or after a number ("pain 4", "4 for pain"); each label binds once."""
    cues = [
        (_LEFT_CUE.search(left) if _LETTER.search(left) else None, left_at),
        (_RIGHT_CUE.search(right) if _LETTER.search(right) else None, right_at),
    ]
    before, after = cues[0][0], cues[1][0]
    if (
        before
        and before.lastgroup == "body"
        and after
        and after.lastgroup in ("pain", "fatigue")
        and not _OWN_NUMBER.match(right, after.end())
    ):
        cues.reverse()  # "legs about 6 tired": the scale named beats the body part before
    for cue, base in cues:
        if cue is not None and cue.lastgroup and base + cue.start(cue.lastgroup) not in used:
            used.add(base + cue.start(cue.lastgroup))
            return cue.lastgroup
    return None


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

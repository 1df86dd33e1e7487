"""Which scale a number names: the label beside it ("pain 4", "4 for pain", "a 4 in my knee"),
or, when nothing labels it and nothing was asked, the nearest sign of pain or fatigue."""

import re
from bisect import bisect_right

from companion.conversation.words import (
    BODY_PART,
    EFFORT,
    FATIGUE,
    FATIGUE_LIKE,
    FILLERS,
    OTHER_MEASURES,
    PAIN,
    PAIN_LIKE,
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
_LETTER = re.compile("[a-z]")
# "back 3 tired 5": a scale with a number of its own after it leaves the one before to the body
_OWN_NUMBER = re.compile(r"\s*(?:is\s+|at\s+|=\s*|:\s*)?\d")


def cue_beside(left: str, right: str, left_at: int, right_at: int, used: set[int]) -> str | None:
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


# A number nothing labels, when nothing was asked, takes the nearest sign of pain or
# fatigue before it in its sentence (or in the one before, when it stands alone).
_LOOSE_CUE = re.compile(
    # ("worst ever? nah. like a 5": the pain scale's top end named)
    rf"\b(?:(?P<pain>{PAIN}|{PAIN_LIKE}|{BODY_PART}|worst\s+ever)|(?P<fatigue>{FATIGUE}|{FATIGUE_LIKE})"
    rf"|(?P<other>{OTHER_MEASURES}))\b"
)
_NOTHING_BUT_FILLERS = re.compile(
    rf"(?:\W*\b(?:{FILLERS}|on|scale|say|rate|rating|give|overall|prob|i|itd)\b)*[\W]*$"
)
_THEN_LATER = re.compile(
    r"\s*(?:after|afterwards|later|now|rn|tonight|at\s+the\s+end|by\s+the\s+end|ahora|despues)\b"
)
_PAIR = re.compile(r"^\s*(?:,|;|and|&|y)?\s*$")
_A_BARE_NO = re.compile(r"\W*(?:no+|nah|nope|nel|not\s+really)\W*")
# "worst pain ever? nah lol more like a 3": a "no" then the number answers the sentence before
_NO_THEN_FILLERS = re.compile(
    rf"\W*(?:no+|nah|nope|nel|not\s+really)\b(?:\W*\b(?:{FILLERS}|say|prob|i|itd)\b)*[\W]*$"
)
# "pain 4 this morning, 6 now": a second number later in the sentence, on the same scale.
_SAME_SCALE_LATER = re.compile(
    r"^[^.!?;\d]{0,60}\b(?:morning|night|tonight|now|later|after|then|by|before|yesterday|today"
    r"|earlier|"
    r"ahora|luego|despues|noche|tarde|manana|ayer|hoy)\b[^.!?;\d]{0,30}$"
)


def unlabelled(
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
    if sentence > 0 and (
        _NOTHING_BUT_FILLERS.match(text, start, at) or _NO_THEN_FILLERS.match(text, start, at)
    ):
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


CLAUSE_END = re.compile(r"[,.!?;\n]")


def cue_later_in_clause(text: str, end: int, used: set[int]) -> str | None:
    """The scale a "/10" rating names later in its clause: "10/10 cant take this pain"."""
    stop = CLAUSE_END.search(text, end)
    for cue in _LOOSE_CUE.finditer(text, end, stop.start() if stop else len(text)):
        if cue.lastgroup == "other":
            return None  # "8/10 sleep last night": the rating is of something else
        if cue.lastgroup in ("pain", "fatigue") and cue.start() not in used:
            used.add(cue.start())
            return cue.lastgroup
    return None

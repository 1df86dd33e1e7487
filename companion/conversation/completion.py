"""Whether a reply says the day's work was done, partly done or skipped.

The words are completion_done's and completion_skipped's; here they are weighed together with
how much was done (conversation.partial), each task's own verdict and the day they speak of.
"""

import re

from companion.conversation.completion_done import (
    DONE,
    DONE_NOT_THE_WORK,
    FINISH_WORDS,
    LIFE_NOT_THE_WORK,
    NEGATED,
)
from companion.conversation.completion_skipped import (
    A_LIKENESS_DENIED,
    SKIPPED,
    a_sign_denied,
    an_accident,
    sign_passed,
    the_heart,
)
from companion.conversation.partial import HOW_MUCH, PARTIAL
from companion.conversation.task_verdicts import some_tasks_done_others_not, verdicts_told

_ANOTHER_DAY = re.compile(
    r"(?<!than\s)(?<!since\s)(?<!as\s)(?<!from\s)\b(?:yesterday|ayer|last\s+night|anoche|the\s+other\s+day|antier"
    # a day named by the week's name is not today's session: "skipping PT thursday"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day|lunes|martes|miercoles|jueves|viernes|sabado"
    r"|domingo)\b"
)
_TODAY = re.compile(r"\b(?:today|todays|hoy|this\s+morning|tonight|esta\s+manana)\b")


# Why no answer came: "por eso no contesté. ayer hice todo" answers for the day it was asked.
_LATE_ANSWER = re.compile(
    r"\bno\s+(?:le\s+|te\s+|les\s+)?(?:conteste|contestaba|respondi|respondia)\b|\b(?:didnt|couldnt"
    r"|did\s+not|could\s+not)\s+(?:answer|reply|respond|text\s+(?:you\s+|u\s+)?back)\b"
    r"|\b(?:late|slow)\s+(?:reply|response|answer|text)\b|\bsorry\s+(?:for\s+)?(?:the\s+)?delay\b"
    r"|\b(?:perdon|disculpe?|disculpa)\s+(?:por\s+)?(?:la\s+)?(?:tardanza|demora)\b"
)


_CLAUSE_TURN = re.compile(r",|\b(?:but|pero)\b")
# "done 4/10" rates the day; "did 8/10 exercises" counts the work
_A_RATING = re.compile(r"\d\s*/\s*10$")
_COUNTED = re.compile(r"\s*(?:exercises|ejercicios|sets|series|reps|tasks|tareas|of|de)\b")


def _about_another_day(statements: str, start: int, end: int) -> bool:
    """Whether the clause around [start, end) speaks of another day and not of today."""
    # ("ayer no pude pero hoy sí hice todo": a "but" turns from one day to the other)
    stops = [m.start() for m in _CLAUSE_TURN.finditer(statements)]
    begin = max((s for s in stops if s < start), default=0)
    stop = min((s for s in stops if s >= end), default=len(statements))
    clause = statements[begin:stop]
    return bool(_ANOTHER_DAY.search(clause)) and not _TODAY.search(clause)


# "almost dropped it on my foot but didn't": the "didn't" answers the near miss, not the work.
_NEAR_MISS_DENIED = re.compile(
    r"\b(?:almost|nearly|casi|por\s+poco|thought\s+(?:id|i\s+would|i\s+was\s+(?:gonna|going\s+to)|i\s+might)"
    # a fear that did not come true: "thought id faint but didnt", "pensé que me iba a caer pero no"
    r"|(?:pense|crei|senti)\s+que\s+(?:me\s+)?(?:iba|ibamos)\s+a)\b[^.!?]{0,60}?\b(?:but|pero)\s+(?:i\s+|it\s+)?(?:didnt|did\s+not"
    r"|wasnt|no(?!\s+\w))\b"
)


def read_completion(statements: str) -> str | None:
    """done / partial / skipped from what the patient states; some of each is partial."""
    if LIFE_NOT_THE_WORK.search(statements):
        return None
    statements = _NEAR_MISS_DENIED.sub(lambda m: " " * len(m.group()), statements)
    kinds: set[str] = set()
    another_days_done = False
    late = bool(_LATE_ANSWER.search(statements))
    fed_up = bool(DONE_NOT_THE_WORK.search(statements))
    for match in DONE.finditer(statements):
        if not late and _about_another_day(statements, match.start(), match.end()):
            another_days_done |= NEGATED.search(statements, 0, match.start()) is None
            continue  # "did them yesterday but not today"
        if fed_up and match.group() == "done":
            continue
        if NEGATED.search(statements, 0, match.start()) is None:
            kinds.add("done")
        elif not re.match(r"\W*(?:\w+\W+)?(?:yet|todavia)\b", statements[match.end() :]):
            kinds.add("partial" if match.group() in FINISH_WORDS else "skipped")
        # "not done yet" is neither: it reads as a snooze
    for pattern in HOW_MUCH:
        for match in pattern.finditer(statements):
            if _A_RATING.search(match.group()) and not _COUNTED.match(statements, match.end()):
                continue
            did, of = int(match.group("did")), int(match.group("all"))
            kinds.add("skipped" if did == 0 else "done" if did >= of else "partial")
    # a task told with its own verdict: "lifts ok", "la escalera también", "ladder went fine"
    # (a number's "too" is a score's or a stool's: "back is an 8 too", "#2 too")
    told = verdicts_told(statements, numbered=False)
    if "done" in told:
        kinds.add("done")
    if PARTIAL.search(statements) or some_tasks_done_others_not(statements):
        kinds.add("partial")
    elif "done" in kinds and "skipped" in told:
        kinds.add("partial")  # "caminé y subí la escalera, pero los jalones no"
    # "dropped the ball yesterday and forgot, did them all today": beside today's work done,
    # yesterday's skip is not today's
    skips = [
        (m.start(), m.end())
        for m in SKIPPED.finditer(statements)
        if not an_accident(statements, m)
        and not sign_passed(statements, m)
        and not the_heart(statements, m)
        and not a_sign_denied(statements, m)
        and not A_LIKENESS_DENIED.search(statements, 0, m.start())
    ]
    if any("done" not in kinds or not _about_another_day(statements, *span) for span in skips):
        kinds.add("skipped")
    # "ayer hice todos los ejercicios y ...": only another day's work told, and nothing of
    # today, answers for the day it was asked
    if another_days_done and not kinds and not skips and not _TODAY.search(statements):
        kinds.add("done")
    if "partial" in kinds or {"done", "skipped"} <= kinds:
        return "partial"
    return "skipped" if "skipped" in kinds else "done" if "done" in kinds else None

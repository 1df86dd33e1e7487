"""A day told task by task: each task named or numbered with its own verdict beside it.

"did the lifts not the ladder", "1 y 2 sí, el 3 no", "lifts yes, carries yes, ladder no",
"hice las cargas pero la escalera no porque ...", "did the squats pero no the sled": one task
affirmed and another denied is a day partly done, whatever word the reply began with. A task's
verdict is the word right after it (yes / sí / done / ✅; no / not / tomorrow / ❌, ending its
clause) or else the nearest word of doing or not doing before it in its clause. Used by the
intent (task words as a class, numbers as the plan's) and by the per-task reading (the
patient's own task names).
"""

import re

from companion.conversation.words import TASK_WORDS

# What may follow a task and its coordinated kin: "1 y 2 sí", "lifts, carries done".
_AFTER_YES = re.compile(
    r"\W*(?:yes|yep|yeah|si|sip|ok|okay|done|listo|listos|lista|listas|hecho|hechos|hecha|hechas"
    # ("a bike too long" says how long: "too" says yes only at the clause's end)
    r"|(?:too|tambien|also)(?=\s*(?:$|[,.;!?)]))|✅|✔|☑)(?!\w)"
    # how it went, said well and right after it: "ladder went fine", "la caminata salió bien",
    # "lifts good, ladder good" ("the stairs, good thing I stopped" is set apart)
    r"|\s+(?:went|was|were|salio|salieron|estuvo|estuvieron|fue)\s+(?:\w+\s+)?(?:fine|good|great"
    r"|well|ok|okay|bien|perfect\w*|smooth\w*|easy|facil\w*|sin\s+problema\w*)\b"
    r"|\s+(?:good|fine|great|bien)(?=\s*(?:$|[,.;!?)]|\b(?:but|pero|and|y|too|tambien|today|hoy)\b))"
)
# "the ladder no", "el 3 no porque ...", "ladder tomorrow": the denial ends the clause or gives
# a reason ("the ladder not too bad" and "la escalera no me dolió" say how it went).
_AFTER_NO = re.compile(
    r"\W*(?:(?:no|not|nope|nah|nel)(?:\s+(?:today|hoy|yet|todavia|aun))?"
    r"(?=\s*(?:$|[,.;!?)]|\b(?:porque|por\s+que|xq|because|bc|cause|cuz|since|tho|though|pero|but)\b))"
    r"|(?:tomorrow|manana|pending|pendiente|later|mas\s+tarde)\b|❌|✖|✗|✘)"
)
# (a comma joins numbers only: "1, 2 y 3 listos"; "the lifts, ladder tomorrow" are two clauses)
_COORDINATED = r"(?:\s*(?:{comma}and|y|&|e|n)\s*(?:(?:the|el|la|los|las|#)\s*)*(?:{item}))*"
# The nearest word of doing or not doing before a task, in its clause. A negated verb of doing
# is a denial: "no hice la escalera", "didn't do the carries".
_BEFORE = re.compile(
    r"(?P<no>\b(?:no|not|nor|ni|sin|skip\w*|missed|salte|excepto|except|menos|minus)\b"
    r"(?:\s+(?:hice|pude(?:\s+hacer)?|alcance))?"
    # an auxiliary denies only with its verb of doing ("can't pull my toes up" is no task)
    # or with any verb whose object is a task ("couldn't grip the sled")
    r"|\b(?:didnt|couldnt|cant|never|nunca|did\s+not|could\s+not|wasnt\s+able\s+to)\s+(?:do|get\s+to"
    r"|finish|complete|try|[a-z]+(?=\s+(?:the|my|el|la|los|las)\s))\b)"
    r"|(?P<yes>(?:(?<=pero\s)|(?<=but\s))(?:si|yes)\b|\b(?:did|done|finished|completed|got|managed"
    r"|(?<!desde\sque\s)hice|termine|acabe|complete)\b)"
)
_BETWEEN = re.compile(
    rf"(?:\s*(?:the|my|all|el|la|los|las|mis|todos|todas|and|y|&|,|{TASK_WORDS}|[1-9]|#)\b)*\s*"
)
_CLAUSE_START = re.compile(r"[,;.!?\n]|\b(?:but|pero|though|tho|aunque|then|luego)\b")
_NUMBER = r"[1-9](?!\d)(?!\s*(?:x|/|%|:|lbs?|pounds|libras|kg|reps|sets|series|min|mins|minutes"
_NUMBER += r"|minutos|secs|segundos|hours?|horas|am|pm|times|veces|of|de\s+\d|out)\b)"
_TASK = rf"\b{TASK_WORDS}"
# A number counts as a task only with its verdict right at hand: "1 y 2 sí", "did 1 and 3".
_NOT_A_TASK_NUMBER = re.compile(
    r"(?:pain|dolor|p|f|fatigue|tired|cansancio|effort|esfuerzo|rpe|at|a|@|x|en|about|like"
    r"|como|maybe|un|una|level|nivel|is|es|was|fue|de|of)\s*$"
)


# A task word after "can" is the verb of a body that can or cannot: "no lo puedo levantar bien",
# "can barely walk good" tell no task.
_A_VERB_THERE = re.compile(
    r"\b(?:puedo|pude|podia|puede|can|cant|cannot|could|couldnt)\s+(?:(?:lo|la|los|las|me|barely"
    r"|hardly|not|ni)\s+)?$"
)


def verdict(text: str, start: int, end: int, item: str) -> str | None:
    """ "done", "skipped" or None for the task at text[start:end], by the words beside it."""
    if _A_VERB_THERE.search(text, 0, start):
        return None
    comma = ",|" if item != _TASK else ""
    chain = re.compile(_COORDINATED.format(item=item, comma=comma)).match(text, end)
    after = chain.end() if chain else end
    if _AFTER_YES.match(text, after):
        return "done"
    if _AFTER_NO.match(text, after):
        return "skipped"
    clause_start = max((m.end() for m in _CLAUSE_START.finditer(text, 0, start)), default=0)
    before = list(_BEFORE.finditer(text, clause_start, start))
    # the word reaches the task through determiners and coordinated tasks only: "did the lifts
    # and the carries" ("can't pull my toes up" is no task, "pull" a verb there)
    if not before or not _BETWEEN.fullmatch(text, before[-1].end(), start):
        return None
    return "skipped" if before[-1].group("no") else "done"


def verdicts_told(text: str, *, numbered: bool = True) -> list[str]:
    """The verdict told beside each task named (and numbered), in the order told."""
    found = []
    for match in re.finditer(_TASK, text):
        said = verdict(text, match.start(), match.end(), _TASK)
        if said:
            found.append(said)
    if not numbered:
        return found
    for match in re.finditer(rf"(?<![\w.,/$-])(?:#\s*)?{_NUMBER}", text):
        if _NOT_A_TASK_NUMBER.search(text, 0, match.start()):
            continue
        said = verdict(text, match.start(), match.end(), rf"(?:#\s*)?{_NUMBER}")
        before = text[max(0, match.start() - 12) : match.start()]
        adjacent = re.search(r"\b(?:did|hice|not|no|ni|termine)\s+(?:(?:the|el|la|#)\s*)?$", before)
        after_close = said and (adjacent or re.match(r"\W*(?:\w+\W+)?", text[match.end() :]))
        if said and after_close:
            found.append(said)
    return found


_MARK_DONE = re.compile(r"[✅✔☑]")
_MARK_NOT = re.compile(r"[❌✖✗✘⛔]")


def some_tasks_done_others_not(text: str) -> bool:
    """Whether the reply affirms one task and denies another (text folded, lower case)."""
    if _MARK_DONE.search(text) and _MARK_NOT.search(text):
        return True
    said = verdicts_told(text)
    return "done" in said and "skipped" in said

"""Reading what a reply says of each task: "did the lifts but not the ladder", "1 y 2 sí, el 3 no".

Pure and deterministic, like the interpreter. A task is named by a word of its name
("the lifts" for "Floor-to-waist lift", "la escalera" for "Ladder climb") or by its number
in the day's plan (tasks are texted numbered). A reply is cut into clauses at commas and
at "but", "pero"; each clause's tasks share its verdict: negated → skipped, "half" or fewer
sets than prescribed → partly, otherwise done. "All but the ladder" is everything else
done. "Only the lifts" means the others were not done. What was actually done ("3x8 at
25", "2 sets") and a clause's own pain or fatigue are kept with its tasks. A reply naming
no task says nothing here: the day's completion then stands for every task.
"""

import re
import unicodedata
from dataclasses import dataclass, replace
from decimal import Decimal

from companion.conversation.task_verdicts import verdict
from companion.models import Completion

# Words of a task name that say where or how, not which task.
_NOT_A_NAME = frozenset(
    """to the of a an and with floor waist shoulder overhead knee level height single double
    bilateral unilateral light heavy de del la el los las al a y con piso cintura hombro
    rodilla nivel""".split()
)
# The same task in the other language, by stem: a name in English is named in Spanish too.
_SYNONYMS = {
    "lift": ("levant", "alz", "lift"),
    "carry": ("carg", "acarre", "carr"),
    "ladder": ("escaler", "ladder"),
    "stair": ("escaler", "stair", "step"),
    "push": ("empuj", "push"),
    "pull": ("jal", "pull"),
    "walk": ("camin", "walk"),
    "squat": ("sentadill", "squat"),
    "kneel": ("arrodill", "hincad", "kneel"),
    "crouch": ("agach", "cuclill", "crouch"),
    "reach": ("alcanz", "reach"),
    "climb": ("trep", "climb"),
    "crawl": ("gate", "crawl"),
    "balance": ("equilibr", "balanc"),
    "grip": ("agarr", "grip"),
    "stand": ("de pie", "parad", "stand"),
    "sit": ("sentad", "sit"),
}
_CLAUSE = re.compile(r"[,;.!?\n]+|\b(?:but|pero|though|aunque|then|luego|y luego|and then)\b")
_ALL_BUT = re.compile(
    r"\b(?:all|everything|every one|all of them|todo|todos|todas|todito)\s+"
    r"(?:but|except|excepto|menos|salvo|aside from|minus|sin)\b(?P<rest>.*)"
)
_NEGATED = re.compile(
    r"\b(?:no|not|didnt|did not|skip|skipped|skipping|missed|nope|couldnt|could not|cant|"
    r"cannot|never|nunca|sin|falto|faltó|salte|salté|ni)\b"
)
_PARTLY = re.compile(
    r"\b(?:half|halfway|part|partly|some|mitad|medio|parte|algo|algunas?|algunos?)\b"
)
_ONLY = re.compile(r"\b(?:only|just|solo|solamente|nada mas|unicamente)\b")
_DOSE = re.compile(
    r"\b(?P<sets>\d{1,2})\s*x\s*(?P<reps>\d{1,3})"
    r"(?:\s*(?:@|at|a|con|with)?\s*(?P<load>\d{1,3}(?:\.\d)?)\s*(?:lb|lbs|pounds|libras)?)?\b"
)
_SETS = re.compile(r"\b(?P<sets>\d{1,2})\s*(?:sets?|series|rounds?|rondas?)\b")
_LOAD = re.compile(
    r"(?:@|\bat|\bcon|\bwith)\s*(?P<load>\d{1,3}(?:\.\d)?)\s*(?:lb|lbs|pounds|libras)\b"
)
_SCORE = {
    "pain": re.compile(
        r"\b(?:pain|dolor|hurt|hurts|p)\s*(?:was|is|at|of|de|en|:)?\s*(?P<n>\d{1,2})\b"
    ),
    "fatigue": re.compile(
        r"\b(?:fatigue|tired|cansancio|cansado|cansada|fatiga|f)\s*(?:was|is|at|of|de|en|:)?"
        r"\s*(?P<n>\d{1,2})\b"
    ),
    # How hard the task was, when the patient labels it ("lifts effort 7"): words.EFFORT.
    "effort": re.compile(
        r"\b(?:effort|esfuerzo|exertion|rpe)\s*(?:was|is|at|of|de|en|:)?\s*(?P<n>\d{1,2})\b"
    ),
}
# A task's number: "1 y 2 sí", "el 3 no", "did 1 and 3", "#2": not a dose, a score or a time.
_NUMBERS = re.compile(
    r"(?:^|(?<=\s))(?:(?:el|la|los|las|the|task|tasks|number|numbers|ejercicio|ejercicios|#)\s*)?"
    r"(?P<list>\d{1,2}(?:\s*(?:,|and|y|&|e|n)\s*(?:el\s+|la\s+|#)?\d{1,2})*)"
    r"(?=\s*$|\s+(?:yes|si|no|not|done|ok|okay|listos?|listas?|hechos?|hechas?|nope|today|hoy|bien|fine"
    r"|good|too|tambien|also|only|nomas)\b)"
)
_NOT_BEFORE_NUMBER = re.compile(
    r"(?:pain|dolor|p|f|fatigue|tired|cansancio|effort|esfuerzo|rpe|at|a|@|x|de|en|about|like"
    r"|como|maybe|un|una)\s*$"
)


# Words that say something was or was not done: without one, a task's name in a reply that
# is no completion report ("my back hurts from carrying groceries") is not a task report.
_VERDICT = re.compile(
    r"\b(?:did|didnt|done|finished|completed?|skipped|skip|missed|yes|si|no|not|nope|ok|okay|"
    r"hice|hecho|hechos|hecha|listo|listos|lista|termine|all|everything|todo|todos|except|"
    r"excepto|menos|only|just|solo|sets?|series)\b|\d\s*x\s*\d"
)


def says_what_was_done(text: str) -> bool:
    """Whether the reply has words of doing or not doing, beside any task it names."""
    return bool(_VERDICT.search(fold(text if isinstance(text, str) else "")))


@dataclass(frozen=True)
class TaskMention:
    """What the reply says of one task (its index in the day's plan, from 0)."""

    index: int
    completion: Completion
    sets: int | None = None
    reps: int | None = None
    load_lb: Decimal | None = None
    pain: int | None = None
    fatigue: int | None = None
    effort: int | None = None


@dataclass(frozen=True)
class PlannedTask:
    """A task as the day's plan shows it: its name and prescribed sets."""

    name: str
    sets: int | None = None


def fold(text: str) -> str:
    """Lower-case, accents and apostrophes gone, so "sí" is "si" and "didn't" "didnt"."""
    stripped = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(ch for ch in stripped if not unicodedata.combining(ch))
    return re.sub(r"[’'`]", "", plain)


def _stem(word: str) -> str:
    for ending in ("ing", "es", "s", "as", "os", "a", "o"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def name_stems(name: str) -> set[str]:
    """The stems a task is named by: its own name words and their other-language stems."""
    stems: set[str] = set()
    for word in re.findall(r"[a-z]+", fold(name)):
        if word in _NOT_A_NAME or len(word) < 3:
            continue
        stem = _stem(word)
        stems.add(stem)
        for key, others in _SYNONYMS.items():
            if stem.startswith(key) or any(stem.startswith(o) for o in others):
                stems.update(others)
    return stems


def _named(clause: str, tasks: list[PlannedTask]) -> set[int]:
    words = [_stem(w) for w in re.findall(r"[a-z]+", clause) if w not in _NOT_A_NAME]
    found = set()
    for index, task in enumerate(tasks):
        stems = name_stems(task.name)
        if any(w.startswith(s) or (len(w) >= 4 and s.startswith(w)) for w in words for s in stems):
            found.add(index)
    return found


def _spans(clause: str, index: int, tasks: list[PlannedTask]) -> list[tuple[int, int]]:
    """Where the task at `index` is named or numbered in the clause."""
    stems = name_stems(tasks[index].name)
    spans = [
        m.span()
        for m in re.finditer(r"[a-z]+", clause)
        if m.group() not in _NOT_A_NAME
        and any(
            _stem(m.group()).startswith(s)
            or (len(m.group()) >= 4 and s.startswith(_stem(m.group())))
            for s in stems
        )
    ]
    spans += [m.span() for m in re.finditer(rf"(?<![\w.,/$-]){index + 1}(?!\d)", clause)]
    return spans


def _own_verdicts(
    clause: str, mentions: list[TaskMention], tasks: list[PlannedTask]
) -> list[TaskMention]:
    """Several tasks in one clause, each with its own word beside it: "did the lifts not the
    ladder", "1 y 2 sí el 3 no" (task_verdicts); a task with none keeps the clause's."""
    stems = sorted({s for t in tasks for s in name_stems(t.name)}, key=len, reverse=True)
    item = rf"(?:(?:{'|'.join(map(re.escape, stems))})[a-z]*|[1-9](?!\d))"
    own = []
    for mention in mentions:
        said = [verdict(clause, a, b, item) for a, b in _spans(clause, mention.index, tasks)]
        word = next((v for v in said if v), None)
        if word and mention.completion != Completion.PARTIAL:
            mention = replace(mention, completion=Completion(word))
        own.append(mention)
    return own


def _numbered(clause: str, count: int) -> set[int]:
    found: set[int] = set()
    for match in _NUMBERS.finditer(clause):
        if _NOT_BEFORE_NUMBER.search(clause[: match.start()]):
            continue
        numbers = [int(n) for n in re.findall(r"\d{1,2}", match.group("list"))]
        if numbers and all(1 <= n <= count for n in numbers):
            found.update(n - 1 for n in numbers)
    return found


def _score(clause: str, scale: str) -> int | None:
    match = _SCORE[scale].search(clause)
    value = int(match.group("n")) if match else None
    return value if value is not None and 0 <= value <= 10 else None


def _mentions(clause: str, indexes: set[int], tasks: list[PlannedTask]) -> list[TaskMention]:
    dose = _DOSE.search(clause)
    sets_only = _SETS.search(clause)
    load_only = _LOAD.search(clause)
    sets = int(dose.group("sets")) if dose else int(sets_only.group("sets")) if sets_only else None
    reps = int(dose.group("reps")) if dose else None
    load_text = (dose and dose.group("load")) or (load_only and load_only.group("load"))
    load = Decimal(load_text) if load_text else None
    pain, fatigue, effort = (_score(clause, scale) for scale in ("pain", "fatigue", "effort"))
    mentions = []
    for index in sorted(indexes):
        prescribed = tasks[index].sets
        if _NEGATED.search(clause) and sets is None:
            completion = Completion.SKIPPED
        elif _PARTLY.search(clause) or (sets is not None and prescribed and sets < prescribed):
            completion = Completion.PARTIAL
        else:
            completion = Completion.DONE
        mentions.append(TaskMention(index, completion, sets, reps, load, pain, fatigue, effort))
    return mentions


def read_tasks(text: str, tasks: list[PlannedTask]) -> list[TaskMention]:
    """What the reply says of each of the day's tasks, in plan order; [] if it names none."""
    if not tasks or not isinstance(text, str):
        return []
    folded = fold(text)
    said: dict[int, TaskMention] = {}
    all_but = _ALL_BUT.search(folded)
    if all_but:
        rest = all_but.group("rest")
        left_out = _named(rest, tasks) | _numbered(rest, len(tasks))
        if left_out:
            for index in range(len(tasks)):
                done = Completion.SKIPPED if index in left_out else Completion.DONE
                said[index] = TaskMention(index, done)
            return [said[i] for i in sorted(said)]
    exclusive = False
    for clause in _CLAUSE.split(folded):
        if not clause or not clause.strip():
            continue
        indexes = _named(clause, tasks) | _numbered(clause, len(tasks))
        if not indexes:
            continue
        mentions = _mentions(clause, indexes, tasks)
        mentions = _own_verdicts(clause, mentions, tasks)
        for mention in mentions:
            said[mention.index] = mention
        no_dose = not (_SETS.search(clause) or _DOSE.search(clause))
        exclusive = exclusive or bool(_ONLY.search(clause) and no_dose)
    if said and exclusive:
        for index in range(len(tasks)):
            said.setdefault(index, TaskMention(index, Completion.SKIPPED))
    return [said[i] for i in sorted(said)]


def day_summary(mentions: list[TaskMention], count: int) -> Completion | None:
    """The day's completion the tasks add up to; None when not every task was spoken of."""
    if len(mentions) < count:
        return (
            Completion.PARTIAL
            if any(m.completion != Completion.DONE for m in mentions)
            and any(m.completion != Completion.SKIPPED for m in mentions)
            else None
        )
    if all(m.completion == Completion.DONE for m in mentions):
        return Completion.DONE
    if all(m.completion == Completion.SKIPPED for m in mentions):
        return Completion.SKIPPED
    return Completion.PARTIAL

"""'How do I do #2?' / '¿cómo hago el 2?': a task's short instructions, texted on request."""

import re
import textwrap
from datetime import datetime

from companion.alerts import raise_alert
from companion.conversation.lexicon import fold
from companion.models import Patient, Severity, Task
from companion.texts import MAX_VALUE_LENGTH, render

# A "how" question, not "how much" or "how long" (those are for the therapist).
_HOW = re.compile(
    r"\b(?:how (?:do|does|should|would|can|to)\b(?! (?:i|you|we) (?:know|feel|tell|report))"
    r"|como (?:hago|hacer|se hace|lo hago|la hago|hago)\b"
    r"|instructions? (?:for|on)\b|instrucciones (?:de|del|para)\b|explica)"
)
# "#2", "number 2", "do 2", "el 2": a task's number in today's plan, not a dose or a score.
_NUMBER = re.compile(
    r"(?:#\s*|\b(?:no\.?|number|num|numero|task|exercise|ejercicio|tarea|el|la|do|hago|hacer"
    r"|for|del|de|the)\s+#?)(\d{1,2})\b"
    r"(?!\s*(?:x|/|lb|lbs|libras|kg|min|ft|pies|feet|reps|veces|sets|series|rounds|vueltas))"
)
LONGEST = 80  # a question this short is about the task, not a story around it


def asks_how(text: str) -> bool:
    """Whether a short text asks how to do something: the cheap test before the tasks load."""
    folded = fold(text).text.strip()
    return len(folded) <= LONGEST and _HOW.search(folded) is not None


def task_asked_about(text: str, tasks: list[Task]) -> int | None:
    """The number (from 1) of the task the patient asks how to do, by number or by name;
    None when the text is not such a question."""
    folded = fold(text).text.strip()
    if len(folded) > LONGEST or not (how := _HOW.search(folded)):
        return None
    rest = folded[how.start() :]
    if match := _NUMBER.search(rest):
        return int(match.group(1))
    for number, task in enumerate(tasks, start=1):
        if any(fold(name).text in rest for name in (task.name, task.name_es) if name):
            return number
    return None


def answer_howto(patient: Patient, number: int, text: str, now: datetime) -> str:
    """The task's instructions in the patient's language, or what we can do instead."""
    program = patient.program
    tasks = program.tasks if program is not None else []
    language, name = patient.language, patient.first_name
    if not 1 <= number <= len(tasks):
        return render("howto_which", language, name=name, count=len(tasks))
    task = tasks[number - 1]
    label = f"{number}) {task.name_in(language)}"
    if not (instructions := task.instructions_in(language)):
        # Nothing written down: the therapist answers, as for any question.
        raise_alert(patient, "question", Severity.WATCH, now, {"text": text})
        return render("howto_missing", language, name=name, task=label)
    short = textwrap.shorten(instructions, MAX_VALUE_LENGTH["instructions"], placeholder="...")
    return render("howto", language, task=label, instructions=short)

"""A day told task by task: one task affirmed and another denied is a day partly done."""

import pytest

from companion.conversation.interpret import interpret
from companion.conversation.task_verdicts import some_tasks_done_others_not
from companion.conversation.tasks_reading import fold

# Our own wordings, English, Spanish and Spanglish: tasks named or numbered, each with its word.
ONE_DONE_ONE_NOT = [
    "did the carries not the sled",
    "finished the squats, not the ladder",
    "did the rows but skipped the lunges",
    "squats yes, sled no",
    "carries done, ladder no because of the rain",
    "stairs yes stretches yes walk no",
    "2 and 3 yes, 1 no",
    "did 1 and 2 not 3",
    "hice las sentadillas pero no la escalera",
    "las cargas sí, la escalera no",
    "el 1 sí, el 2 y el 3 no",
    "hice la caminata pero las cargas no porque me dolía",
    "no hice la escalera pero si las sentadillas",
    "hice los lifts pero el sled no",
    "did the carries pero no la escalera",
    "did the squats and the carries, ladder tomorrow",
    "💪✅ 🪜❌",
    "couldn't push the sled, shoulder locked up. did the stairs though",
]  # fmt: skip
# Every task affirmed, or every one denied, or a task word that is a verb or a body's doing.
NOT_MIXED = [
    "did the lifts, the carries and the ladder",
    "1, 2 y 3 listos",
    "hice las cargas y la escalera, sin dolor",
    "did the squats, no pain at all",
    "did the lifts, not bad",
    "lifts not too bad, did the ladder too",
    "no hice ni la escalera ni las cargas",
    "did everything. my foot drags when i walk, i cant pull my toes up",
    "pain 3, tired 2, did it all",
    "did 3 sets of the carries, no problems",
    "la escalera no me dolió, hice todo",
    "couldn't lift the box at work but did the carries",
]  # fmt: skip


@pytest.mark.parametrize("text", ONE_DONE_ONE_NOT)
def test_one_task_affirmed_and_another_denied_is_mixed(text: str) -> None:
    assert some_tasks_done_others_not(fold(text))


@pytest.mark.parametrize("text", ONE_DONE_ONE_NOT)
def test_a_reply_telling_tasks_one_by_one_reads_partial(text: str) -> None:
    assert interpret(text).intent == "partial"


@pytest.mark.parametrize("text", NOT_MIXED)
def test_tasks_all_done_all_denied_or_named_as_verbs_are_not_mixed(text: str) -> None:
    assert not some_tasks_done_others_not(fold(text))

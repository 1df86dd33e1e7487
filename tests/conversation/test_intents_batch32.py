"""Intents of batch 32's kind, on new wordings: a reminder asked outright beside a skip, and
"hit me back" or "get back to me" with a time, snooze; a rest for the day and a bare "no"
whose only reason is being worn out are skipped; "3 outta 5" is partial; a dose asked of the
week asks the therapist; a body part named then told of, a fall on one's behind, the means of
self-harm looked at, no point in going on, "not the exercises, life", dark thoughts gone, an
earlier text checked on, and a day's pain said to be "nothing" all report."""

import pytest

from companion.conversation.interpret import interpret


def intent(text: str, lang: str = "en") -> str:
    return interpret(text, None, lang).intent


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a reminder asked outright wins over the skip told before it
        ("got home late and crashed before I could start them, remind me in the morning", "en"),
        ("me quedé dormida antes de hacerlos, recuérdame mañana temprano", "es"),
        # the texting asked back with a time
        ("hit me back in an hour, at the pharmacy", "en"),
        ("get back to me in 30 min pls", "en"),
    ],
)
def test_a_reminder_or_a_text_back_asked_for_later_is_a_snooze(text: str, lang: str) -> None:
    assert intent(text, lang) == "snooze"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the day named as a rest
        ("el doctor me dijo que hoy descanso por la infiltración", "es"),
        ("got a shot in my knee, resting today per the doc", "en"),
        # a bare "no" whose only reason is being worn out or unwell
        ("nope today, too tired", "en"),
        ("nah, sick as a dog", "en"),
        ("nada hoy, ando bien cansada", "es"),
    ],
)
def test_a_rest_day_or_a_no_given_tiredness_as_its_reason_is_skipped(text: str, lang: str) -> None:
    assert intent(text, lang) == "skipped"


@pytest.mark.parametrize(("text", "lang"), [("finished 3 outta 5", "en"), ("hice 1 outta 3", "es")])
def test_a_share_said_outta_the_whole_is_partial(text: str, lang: str) -> None:
    assert intent(text, lang) == "partial"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("how much weight should I be lifting for the week?", "en"),
        ("¿cuántas repeticiones me tocan esta semana?", "es"),
    ],
)
def test_a_dose_asked_of_the_week_is_a_question_for_the_therapist(text: str, lang: str) -> None:
    assert intent(text, lang) == "question"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a body part named as the topic, then told of
        ("my heel. it throbs when I stand up from the desk", "en"),
        ("the knee. it keeps buckling on the stairs", "en"),
        # a fall onto one's behind
        ("slipped on the wet tile at work, landed on my behind", "en"),
        ("me caí de pompas en la banqueta mojada", "es"),
        # the means of self-harm looked at with the act in mind
        ("been looking at the meds cabinet thinking about swallowing all of the pills", "en"),
        ("estoy pensando en tomarme todas las pastillas del frasco", "es"),
        # no point in going on
        ("honestly no point living like this", "en"),
        ("ya no tiene caso seguir, estoy cansado de todo", "es"),
        # what cannot go on is life, not the work
        ("i cant do this anymore. not the workouts, life", "en"),
        ("ya no puedo mas, no los ejercicios, la vida", "es"),
        # dark thoughts gone
        ("no more dark thoughts, the counselor is really helping", "en"),
        ("esos pensamientos malos ya se fueron", "es"),
        # an earlier text checked on, then a sign passed
        ("did you see my text about the numbness? it stopped after I walked, fine now", "en"),
        ("¿le llegó mi mensaje del mareo? ya se me quitó", "es"),
        # the day's pain said to be little, with its number
        ("hoy no está tan mal la espalda, un 3", "es"),
        ("worst pain of my life was my kidney stone, today its nothing, a 1", "en"),
    ],
)
def test_the_body_or_the_mind_told_is_a_report(text: str, lang: str) -> None:
    assert intent(text, lang) == "report"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # today's dose is the plan; the list asked for by "remind me what" too
        ("how many reps for today?", "en", "plan"),
        ("cuántas series hago hoy?", "es", "plan"),
        ("remind me what the exercises are", "en", "plan"),
        # a skip with tomorrow's promise and no reminder asked stays skipped
        ("skipped today, will do them tomorrow", "en", "skipped"),
        ("hoy no es posible, tengo turno doble", "es", "skipped"),
        ("i cant do the exercises today, too much going on", "en", "skipped"),
        # the work told stays the work
        ("stretched and walked, all done", "en", "done"),
        ("did 4 outta 4", "en", "done"),
        ("left my phone behind at the gym but did everything", "en", "done"),
        ("no point doing the stretches twice, did them once all good", "en", "done"),
        # a plain denial of dark thoughts, or falling behind, tells nothing
        ("no tengo pensamientos de hacerme daño, solo aburrido", "es", "other"),
        ("fell behind on emails today lol", "en", "other"),
        # asking the therapist whether something changed still asks
        ("did you change my exercises?", "en", "question"),
    ],
)
def test_look_alikes_keep_their_old_readings(text: str, lang: str, expected: str) -> None:
    assert intent(text, lang) == expected

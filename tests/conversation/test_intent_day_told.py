"""The day's work told in words no single pattern names: a task with its own verdict, the
whole day said complete beside a score, some tasks then the rest put off, a skip said ahead."""

import pytest

from companion.conversation.interpret import interpret


def intent(text: str) -> str:
    return interpret(text).intent


@pytest.mark.parametrize(
    "text",
    [
        "rutina completa 💪 dolor 3",
        "todo completito hoy, cansancio 5",
        "all 4 rounds of the circuit, pain 2/10",
        "todas las series de hoy, dolor 1",
        "squats went fine, knee 2",
        "la caminata salió bien, dolor 3",
        "long day at the shop. carries ok, pain 4",
        "nada raro hoy, las sentadillas también, dolor 1 y cansancio 3",
        "full workout 💪 pain 2",
        "rows good, bike good, tired 4",
        "la escalera bien, dolor 2",
    ],
)
def test_the_day_said_whole_or_a_task_said_well_beside_a_score_is_done(text: str) -> None:
    assert intent(text) == "done"


@pytest.mark.parametrize(
    "text",
    [
        "the fainting spell passed, rest day today",
        "ya se me deshinchó el tobillo por completo, dolor 1",
        "8. also my knee gave out on me at work",
        "back is a 7 too",
        "numb in the seat like when you bike too long",
        "my knee hurt on the stairs, good thing I stopped",
    ],
)
def test_a_sign_gone_completely_or_a_score_too_is_no_day_done(text: str) -> None:
    assert intent(text) != "done"


@pytest.mark.parametrize(
    "text",
    [
        "hice las sentadillas y el trineo, lo demás mañana",
        "hice la caminata, lo otro mañana",
        "couldn't do the full workout, back 5",
        "did the lifts and the bike, the rest tomorrow",
        "caminé y cargué la caja, pero la escalera no",
        "levanté las cajas, pero el trineo no",
        "hice un poquito nomás, me dolía la espalda",
        "had to cut the carries short, my grip gave out",
    ],
)
def test_some_tasks_then_the_rest_put_off_or_denied_is_partial(text: str) -> None:
    assert intent(text) == "partial"


@pytest.mark.parametrize(
    "text",
    [
        "did the bike but got winded, had to stop a couple times to breathe",
        "walked the loop, had to stop twice to catch my breath",
    ],
)
def test_stopping_a_few_times_to_breathe_is_no_share_of_the_work(text: str) -> None:
    assert intent(text) == "done"


@pytest.mark.parametrize(
    "text",
    [
        "tengo junta toda la tarde, no voy a poder hacer los ejercicios",
        "hoy no podré, tengo turno doble",
        "ando con gripa, le sigo mañana",
        "sick kid at home, I'll pick it back up tomorrow",
        "me siento sin fuerzas, no pude ni con el trineo",
    ],
)
def test_the_work_refused_ahead_or_taken_up_again_tomorrow_is_skipped(text: str) -> None:
    assert intent(text) == "skipped"


@pytest.mark.parametrize(
    "text",
    [
        "at the toilet for ages and it won't start, back is a 5",
        "pee just won't start since lunch, back is a 4",
    ],
)
def test_a_stream_that_will_not_start_is_no_skipped_session(text: str) -> None:
    assert intent(text) == "report"


@pytest.mark.parametrize(
    "text",
    [
        "thank you for all you did for me, I won't need the program now",
        "desde que hice las cargas tengo el hombro hinchado",
        "ya no aguanto, ojalá se acabe todo esto",
    ],
)
def test_doing_said_of_the_clinic_or_of_a_time_gone_is_no_day_done(text: str) -> None:
    assert intent(text) != "done"

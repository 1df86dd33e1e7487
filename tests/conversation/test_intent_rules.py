"""Intent rules by structure and word class, each on our own wordings in both languages."""

import pytest

from companion.conversation.interpret import interpret


def intent(text: str) -> str:
    return interpret(text).intent


@pytest.mark.parametrize(
    "text",
    [
        "where the brace rubs my shin feels raw",
        "when I kneel it goes all pins and needles",
        "where my incision is looks red, and it burns",
        "donde me pegué se puso morado y duele",
        "cuando me agacho siento un jalón en la espalda",
        "my calf is tight, when I point my foot it burns",
        "cuando me agacho me dan calambres en la pierna",
        "when I squat low me da un jalón en la rodilla",
    ],
)
def test_a_place_or_time_told_before_how_it_feels_is_a_report_not_a_question(text: str) -> None:
    assert intent(text) == "report"


@pytest.mark.parametrize(
    "text",
    [
        "when do I do the carries",
        "cuando me toca la escalera",
        "where do I put the ice?",
        "when is my next visit",
        "donde compro las ligas?",
        "cuando me dan de alta?",
    ],
)
def test_a_where_or_when_that_asks_stays_a_question(text: str) -> None:
    assert intent(text) in {"question", "plan"}


@pytest.mark.parametrize(
    "text", ["este ardor no es normal", "la rodilla me truena feo, no es normal"]
)
def test_normal_denied_says_it_does_not_ask(text: str) -> None:
    assert intent(text) == "report"


@pytest.mark.parametrize(
    "text",
    [
        "ando manejando, luego te contesto",
        "estoy comiendo, al rato le digo",
        "te aviso más tarde",
        "in the truck, I'll let you know later",
        "will text u back tonight",
    ],
)
def test_the_answer_promised_for_later_is_a_snooze(text: str) -> None:
    assert intent(text) == "snooze"


@pytest.mark.parametrize(
    "text", ["on a job site, text me after 5", "ping me after 7:30 pls", "msg me after 8pm"]
)
def test_a_text_asked_for_after_a_clock_hour_is_a_snooze(text: str) -> None:
    assert intent(text) == "snooze"


@pytest.mark.parametrize(
    "text", ["gimme 20", "dame 15", "At the dentist. 2 hrs", "driving, 30 min"]
)
def test_minutes_asked_for_or_a_bare_duration_clause_is_a_snooze(text: str) -> None:
    assert intent(text) == "snooze"


@pytest.mark.parametrize("text", ["my knee ached for 2 hours", "walked 30 min", "did 20 min"])
def test_a_duration_inside_a_report_is_no_snooze(text: str) -> None:
    assert intent(text) != "snooze"


@pytest.mark.parametrize(
    "text", ["who's this", "quien es?", "who is texting me?", "how did you get my number?"]
)
def test_who_is_texting_asked_is_other_not_a_question_for_the_therapist(text: str) -> None:
    assert intent(text) == "other"


@pytest.mark.parametrize(
    "text",
    ["me torcí el tobillo en la obra, ni hice la rutina", "con la gripa ni hice los ejercicios"],
)
def test_ni_before_the_doing_denies_it(text: str) -> None:
    assert intent(text) == "skipped"


@pytest.mark.parametrize(
    "text", ["not feeling it today but pain only 2", "dolor solo 1, todo bien"]
)
def test_only_before_a_score_is_no_share_of_the_work(text: str) -> None:
    assert intent(text) != "partial"


@pytest.mark.parametrize(
    "text", ["only lasted 10 minutes on the bike", "solo aguanté 5 minutos en la escalera"]
)
def test_only_lasted_a_while_is_partly_done(text: str) -> None:
    assert intent(text) == "partial"


@pytest.mark.parametrize("text", ["I finish everything, pain 2", "i complete all today"])
def test_the_present_said_for_the_past_is_done(text: str) -> None:
    assert intent(text) == "done"


def test_a_task_put_off_to_a_named_weekday_is_not_today_s_skip() -> None:
    assert intent("skipping the clinic visit friday, home exercises done") == "done"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("ise todo", "done"), ("ya lo ise oy", "done"), ("ise la mita", "partial")],
)
def test_spanish_written_by_its_sound_is_read(text: str, expected: str) -> None:
    assert intent(text) == expected


@pytest.mark.parametrize("text", ["wats on the docket today", "what's on the menu for today?"])
def test_the_plan_asked_for_by_its_place_is_a_plan_request(text: str) -> None:
    assert intent(text) == "plan"


@pytest.mark.parametrize(
    "text",
    [
        "my pulse skips now and then when I carry the crates",
        "siento que el corazón se me salta cuando subo la escalera",
        "heart was skipping a lot on the treadmill",
    ],
)
def test_a_heart_that_skips_is_no_session_skipped(text: str) -> None:
    assert intent(text) != "skipped"


@pytest.mark.parametrize(
    "text",
    ["ahorita no me molesta nada, gracias", "orita no siento hormigueo", "ahorita no hay dolor"],
)
def test_ahorita_no_before_how_the_body_is_tells_the_present_it_puts_nothing_off(
    text: str,
) -> None:
    assert intent(text) != "snooze"


@pytest.mark.parametrize("text", ["ahorita no, en la tarde", "ahorita no puedo, ando manejando"])
def test_ahorita_no_alone_or_before_cant_still_puts_it_off(text: str) -> None:
    assert intent(text) == "snooze"


@pytest.mark.parametrize(
    "text",
    [
        "walked 10 min instead of 20, the rest done",
        "did 2 rounds of the bike rather than 3",
        "hice 1 vuelta en lugar de 2",
        "cut the stretches short, everything else was complete",
        "la caminata la dejé a medias, todo lo demás completo",
        "hice las cargas y la bici, me falta la escalera",
        "hice la caminata y los estiramientos nada más",
    ],
)
def test_a_share_short_of_the_plan_or_a_task_still_missing_is_partial(text: str) -> None:
    assert intent(text) == "partial"


@pytest.mark.parametrize(
    "text",
    ["me falta el aire cuando subo escaleras", "me faltan fuerzas en la pierna"],
)
def test_breath_or_strength_missing_is_no_task_missing(text: str) -> None:
    assert intent(text) != "partial"


@pytest.mark.parametrize(
    "text", ["ya cumplí con mis ejercicios", "cumplí con todo hoy, bien cansado", "cumplimos!"]
)
def test_the_plan_kept_in_spanish_is_done(text: str) -> None:
    assert intent(text) == "done"


@pytest.mark.parametrize(
    "text",
    [
        "my wrist is puffy, just the left one",
        "tengo el tobillo morado, nada más el derecho",
        "me duele la rodilla, solo la izquierda",
    ],
)
def test_a_side_named_after_the_body_is_a_place_not_a_share_of_the_work(text: str) -> None:
    assert intent(text) == "report"


@pytest.mark.parametrize(
    "text",
    [
        "please don't text me anything else tonight",
        "no me manden nada hoy, ando en el hospital con mi mamá",
        "hoy no me escribas porfa",
    ],
)
def test_no_texts_asked_for_today_only_is_a_skipped_day(text: str) -> None:
    assert intent(text) == "skipped"


@pytest.mark.parametrize("text", ["ya no me manden nada", "don't send me anything anymore"])
def test_no_texts_asked_for_with_no_day_named_opts_out(text: str) -> None:
    assert intent(text) == "opt_out"


@pytest.mark.parametrize(
    "text",
    [
        "mi esposa se enfermó, por eso no pude. El viernes sí",
        "had my kid's recital so I couldn't. tomorrow for sure",
        "el carro se descompuso y no pude.",
    ],
)
def test_a_reason_then_could_not_is_skipped_whatever_ends_the_sentence(text: str) -> None:
    assert intent(text) == "skipped"


@pytest.mark.parametrize(
    "text",
    ["message me back at 7, in a meeting", "txt me back in an hour pls", "ping me tonight"],
)
def test_the_texting_asked_for_later_is_a_snooze(text: str) -> None:
    assert intent(text) == "snooze"


@pytest.mark.parametrize(
    "text",
    [
        "el codo ya está normal, gracias",
        "la rodilla ya está tranquila, 2 de dolor",
        "solo los músculos cansados de las cargas",
        "just my muscles are sore from the crates, 3",
    ],
)
def test_a_body_told_as_it_is_now_is_a_report_not_the_work(text: str) -> None:
    assert intent(text) == "report"


@pytest.mark.parametrize(
    "text",
    [
        "cuando empujaba el carrito sentí un jalón en el hombro",
        "cuando bajé la caja se me torció el tobillo",
        "when my knee gave out on the stairs it swelled up",
    ],
)
def test_a_time_told_by_a_past_event_tells_it_does_not_ask(text: str) -> None:
    assert intent(text) != "question"


@pytest.mark.parametrize(
    "text", ["cuando hago las cargas", "when do I add weight", "cuando me toca subir de peso?"]
)
def test_a_when_in_the_present_still_asks(text: str) -> None:
    assert intent(text) in {"question", "plan"}


@pytest.mark.parametrize(
    ("text", "pain"),
    [
        ("message me back at 6, driving", None),
        ("came back from my shift, did 2 of 3", None),
        ("bounced back fast, 4 of 4 done", None),
        ("lower back at a 6", 6),
        ("la espalda en 5", 5),
        ("my back's a 3 today", 3),
    ],
)
def test_back_as_the_adverb_takes_no_score_and_as_the_body_does(
    text: str, pain: int | None
) -> None:
    assert interpret(text).pain == pain


@pytest.mark.parametrize(
    "text",
    [
        "arms kind of shaky after my workout, normal I guess",
        "bien adolorida después de los ejercicios, pero contenta",
    ],
)
def test_a_state_told_after_the_work_says_it_was_done(text: str) -> None:
    assert intent(text) == "done"


@pytest.mark.parametrize(
    "text",
    [
        "no me he mareado, solo náuseas con la medicina nueva",
        "haven't fainted or anything, just drowsy from the pills",
        "running 100 since last night",
        "the scar turned red overnight",
        "la herida se puso morada",
    ],
)
def test_sickness_drowsiness_a_fever_figure_or_a_redness_is_a_report(text: str) -> None:
    assert intent(text) == "report"


@pytest.mark.parametrize(
    "text",
    [
        "me las puedes reenviar? no las encuentro",
        "me lo repites otra vez porfa",
        "which was number 3 again?",
        "cuál era la 2 otra vez?",
    ],
)
def test_the_list_asked_again_by_a_pronoun_or_a_task_number_is_a_plan_request(
    text: str,
) -> None:
    assert intent(text) == "plan"


@pytest.mark.parametrize(
    "text",
    [
        "later, still on shift",
        "in a bit, still at the jobsite",
        "al rato los hago, estoy en la obra",
        "orita lo hago, sigo en el jale",
        "los termino más tarde, ando en la ruta",
    ],
)
def test_the_work_promised_for_later_from_where_they_are_is_a_snooze(text: str) -> None:
    assert intent(text) == "snooze"


@pytest.mark.parametrize(
    "text",
    [
        "the video link won't load on my phone",
        "can't open the videos you sent",
        "no me cargan los videos",
        "los links no me abren, ayuda",
    ],
)
def test_the_videos_or_links_not_opening_is_a_call_for_help(text: str) -> None:
    assert intent(text) == "help"


@pytest.mark.parametrize(
    "text",
    [
        "ya me pueden volver a mandar los ejercicios",
        "ok you can start sending me the exercises again",
    ],
)
def test_leave_to_send_the_exercises_again_is_an_opt_in(text: str) -> None:
    assert intent(text) == "opt_in"


def test_asking_for_the_exercises_again_stays_a_request_for_the_plan() -> None:
    assert intent("can you send me the exercises again?") == "plan"


@pytest.mark.parametrize(
    "text",
    [
        "my brother fell off his bike today, I'm fine, just shaken",
        "mi vecino se resbaló en el hielo, yo estoy bien",
        "a shelf came down in the stockroom, nobody got hurt",
        "se cayó una tarima en la bodega, nadie salió lastimado",
        "dice mi hermano que se cayó en la obra, yo ando bien",
    ],
)
def test_someone_elses_event_beside_the_patient_well_is_other(text: str) -> None:
    assert intent(text) == "other"


@pytest.mark.parametrize(
    "text",
    ["my neighbor slipped on the ice, I'm fine, knee 3", "I slipped on the ice but I'm fine"],
)
def test_the_patients_own_event_or_a_score_beside_it_stays_a_report(text: str) -> None:
    assert intent(text) == "report"


@pytest.mark.parametrize(
    "text",
    [
        "ankle clicks when I walk but thats normal right",
        "se me hincha un poco, eso es normal verdad",
    ],
)
def test_a_tag_question_with_no_question_mark_asks(text: str) -> None:
    assert intent(text) == "question"


@pytest.mark.parametrize("text", ["legs are heavy today", "las piernas andan pesadas"])
def test_a_body_part_told_in_the_plural_is_a_report(text: str) -> None:
    assert intent(text) == "report"


def test_a_question_of_its_own_after_the_score_asked_for_is_a_question() -> None:
    assert (
        interpret("4. can I carry the groceries or is that too much?", "pain").intent == "question"
    )
    assert interpret("idk like 4?", "pain").intent == "report"


@pytest.mark.parametrize(
    "text", ["cuantas series son de las cargas? no me acuerdo", "how many sets on the rows? forgot"]
)
def test_forgetting_the_answer_asked_for_is_no_skipped_day(text: str) -> None:
    assert intent(text) in {"question", "plan"}


def test_where_the_programme_leads_is_a_question_not_todays_plan() -> None:
    assert intent("how many pounds should I be lifting by week 8?") == "question"


@pytest.mark.parametrize(
    "text",
    [
        "me sentia sin esperanza hace meses pero ya no",
        "antes me sentía deprimido, ya no, gracias",
        "used to get so anxious before work, not these days",
    ],
)
def test_a_low_mood_told_only_as_over_is_other_and_no_certain_sign(text: str) -> None:
    reading = interpret(text)
    assert reading.intent == "other"
    assert not reading.red_flags


@pytest.mark.parametrize("text", ["I feel hopeless today", "me siento deprimido otra vez"])
def test_a_low_mood_now_stays_a_report(text: str) -> None:
    assert intent(text) == "report"


@pytest.mark.parametrize(
    "text", ["can I carry the 40 lb box or not yet?", "¿ya puedo subir la escalera o todavía no?"]
)
def test_not_yet_inside_a_question_asks_whether_it_is_time(text: str) -> None:
    assert intent(text) == "question"


@pytest.mark.parametrize("text", ["not yet, still at work", "todavía no, ando en la calle"])
def test_not_yet_said_of_the_work_is_a_snooze(text: str) -> None:
    assert intent(text) == "snooze"

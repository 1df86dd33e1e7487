"""Compliance keywords: STOP and its kin opt out, START opts back in, HELP helps."""

import pytest

from messaging.keywords import compliance_keyword, quiet_today

CARRIER_OPT_OUT = [
    "STOP", "stop", " Stop ", "stop.", "STOP!!!", "Stop please", "please stop", "STOPALL",
    "stop all", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT", "opt out", "opt-out",
    "PARAR", "ALTO", "Alto por favor", "CANCELAR", "cancelar.",
]  # fmt: skip
PLAIN_OPT_OUT = [
    "stop texting me", "please stop texting me", "Please stop sending me these messages",
    "stop the texts", "stop messaging me", "no more texts please", "no more messages",
    "don't text me anymore", "dont text me", "do not contact me again", "unsubscribe me",
    "take me off this list", "please remove me from this list", "I want to opt out",
    "I don't want these texts anymore", "can you stop texting me?",
    "ya no me manden mensajes", "no me envíen más mensajes", "dejen de mandarme mensajes",
    "deja de escribirme", "ya no quiero recibir mensajes", "denme de baja",
    "STOP porfavor ya no quiero participar", "stop please, I'm done with this",
    "PARAR por favor", "PARA YA CON LOS MENSAJES", "basta de mensajes", "párale con los textos",
    "ya no quiero participar", "ya no quiero seguir en el programa",
    "I don't want to participate anymore", "stop texting me. I'll do them before work myself",
    "stop sending the morning ones",
    "ya no me manden nada por favor", "stop mandando mensajes porfa", "no more textos please",
    "ya no me send nada", "ya no quiero los mensajes",
    "STOP, ya no quiero", "Alto, no quiero nada", "stop i dont want them anymore",
    "PARAR ya no quiero seguir",
    # the receiving stopped or unwanted, the texts named in either language
    "I want to stop getting these texts", "I'd like to stop receiving messages",
    "I no longer want these reminders", "please don't send me any more messages",
    "don't send me anything else", "stop contacting me", "quit sending me reminders",
    "ya no quiero que me manden mensajes", "ya no quiero que me escriban", "ya no me textees",
    "no quiero que me envíen más textos", "no me manden los texts",
    "ya no me manden los recordatorios",
    "stop mandándome mensajes", "stop texteándome", "dejen de textearme", "no me escriban más",
    "please ya no me manden texts", "no more mensajes", "borren mi número",
    "delete my number please",
]  # fmt: skip
PLAIN_OPT_IN = [
    "ya pueden mandarme los textos otra vez", "ya pueden volver a mandarme los mensajes",
    "quiero volver a recibir los mensajes", "mándenme los textos de nuevo",
    "you can text me again", "start sending me the texts again", "can you start texting me again",
    "I want the reminders back", "resume the texts please", "ya pueden send me the texts again",
    "start the textos otra vez please",
    "quiero start again los texts", "pls turn the daily texts back on",
    "switch my reminders back on", "envíenme otra vez los textos", "send me again the messages",
    # "again" said by the verb, permission given "ya", or the receiving wanted again
    "vuelvan a mandarme los mensajes", "pueden volver a escribirme", "ya pueden mandarme mensajes",
    "ya puedes enviarme los textos porfa", "quiero recibir los textos de nuevo",
    "I want to get the texts again", "I'd like to receive the reminders again",
    "textéenme otra vez", "please resume texting me", "ok you can message me again",
    "quiero volver a recibir los texts", "ya pueden send me texts again",
]  # fmt: skip
NOT_OPT_IN = [
    "pueden mandarme el plan otra vez?", "pueden volver a mandarme el plan?",
    "can you send me the exercises again?", "send me today's plan again",
    "can I start the lifts again?",
    "me mandas los ejercicios otra vez?", "you could text me back", "I feel back to normal",
    "ya puedes mandarme el plan", "vuelvan a mandarme la rutina",
    "I want to get the lifts in again",
]  # fmt: skip
NOT_OPT_OUT = [
    "I had to stop halfway", "stopped early", "end of the day I was sore", "cancel my appointment?",
    "when should I stop?", "stop at 3 sets?", "can I stop the carries if it hurts?",
    "I need to cancel my appointment", "don't text me before 9", "quit after 2 sets",
    "the end", "STOP 2", "paré a la mitad", "no me duele", "done", "",
    "stop sending the morning ones so early?", "para mañana los hago", "basta de dolor",
    "no quiero participar en la escalera hoy", "I don't want to participate in the ladder today",
    "stop, please tell me if 30 lb is ok", "para que sirve el ejercicio de la escalera?",
    "can you stop sending the morning ones so early? 6am is rough", "stop texting me at 6am",
    "no more texts before 9 please", "dejen de mandarme mensajes tan temprano",
    "stop, I don't want to hurt my back", "I had to stop, i dont want to overdo it",
    "alto el dolor, no quiero que empeore",
    "no quiero que me manden el plan hoy", "don't send me anything before 9",
    "I stopped getting the reminders yesterday, is that normal?",
]  # fmt: skip
# Stopping the work part way, in English, Spanish and Spanglish: a check-in, never a revocation.
STOPPED_THE_WORK = [
    "I had to stop halfway", "had to stop half way thru", "stopped halfway through the carries",
    "quit at the halfway point", "I had to quit the walk in the middle", "stop halfway, knee",
    "paré a la mitad", "pare a la mitad", "tuve que parar a la mitad", "me paré a la mitad del set",
    "lo dejé a medias", "dejé de hacerlos a la mitad", "tuve que stop a la mitad",
    "I had to parar halfway", "stopped a la mitad del ladder", "ya no pude seguir, paré",
]  # fmt: skip


@pytest.mark.parametrize("text", CARRIER_OPT_OUT)
def test_carrier_keyword_as_the_whole_message_opts_out(text: str) -> None:
    assert compliance_keyword(text) == "opt_out"


@pytest.mark.parametrize("text", PLAIN_OPT_OUT)
def test_plain_language_revocation_opts_out(text: str) -> None:
    assert compliance_keyword(text) == "opt_out"


@pytest.mark.parametrize("text", NOT_OPT_OUT)
def test_stop_inside_a_check_in_or_a_question_is_not_an_opt_out(text: str) -> None:
    assert compliance_keyword(text) is None


@pytest.mark.parametrize("text", STOPPED_THE_WORK)
def test_stopping_the_work_halfway_never_opts_out_in_any_language(text: str) -> None:
    assert compliance_keyword(text) is None


@pytest.mark.parametrize("text", ["START", "start", "Start.", "UNSTOP", "subscribe", "COMENZAR"])
def test_start_and_unstop_opt_back_in(text: str) -> None:
    assert compliance_keyword(text) == "opt_in"


@pytest.mark.parametrize("text", PLAIN_OPT_IN)
def test_plain_language_request_to_resume_opts_back_in(text: str) -> None:
    assert compliance_keyword(text) == "opt_in"


@pytest.mark.parametrize("text", NOT_OPT_IN)
def test_asking_for_today_s_plan_again_is_not_an_opt_in(text: str) -> None:
    assert compliance_keyword(text) is None


@pytest.mark.parametrize("text", ["yes", "YES", "si", "start my exercises now?"])
def test_yes_is_not_an_opt_in_because_it_answers_did_you_do_them(text: str) -> None:
    assert compliance_keyword(text) is None


@pytest.mark.parametrize(
    "text",
    ["HELP", "help", "Help?", "INFO", "AYUDA", "ayuda!", "AYUDA como funciona esto",
     "how do i use this thing?? help"],
)  # fmt: skip
def test_help_info_and_ayuda_ask_for_help(text: str) -> None:
    assert compliance_keyword(text) == "help"


@pytest.mark.parametrize(
    "text",
    ["help me I fell", "can you help me with the squats?", "more info on lifts",
     "ayuda como funciona esto, me caí"],
)  # fmt: skip
def test_help_inside_a_sentence_is_not_the_help_keyword(text: str) -> None:
    assert compliance_keyword(text) is None


# A request verb with the texts as its object, in one clause; our own wordings, both languages.
STOP_VERB_AND_THE_TEXTS = [
    "cancel the reminders please", "please turn off the texts", "cancelen los recordatorios",
    "cancela los textos porfa", "suspendan los mensajes por favor", "quiten los mensajes diarios",
    "desactiven las notificaciones", "no more reminders, thanks", "ya no más mensajitos",
    "end all the texts", "paren los textos", "corten los mensajes ya",
    "no quiero recibir nada más", "ya no quiero recibir nada, gracias",
    "I don't want to get any more reminders", "I no longer wish to receive texts",
    "ya no deseo recibir los recordatorios", "no me vuelvan a mandar nada",
    "ok, cancel all my messages", "gracias por todo, cancelen los textos",
]  # fmt: skip
# A carrier word leading the text, then a clause leaving the programme.
LEADING_STOP_LEAVING = [
    "STOP. wrong number", "Stop! not interested", "alto, número equivocado",
    "PARAR: ya no estoy en su programa", "stop, I'm not your patient anymore",
    "cancelar, ya no participo", "stop - done with this program", "ALTO! déjenme en paz",
    "basta, no me interesa", "stop, leave me alone",
]  # fmt: skip
# A carrier word then the body or the work: a check-in (it gets the check-in's answer).
LEADING_STOP_ABOUT_THE_WORK = [
    "stop, my back hurts", "STOP. knee is killing me", "alto, me duele la espalda",
    "stop, I had to stop halfway", "para, hice la mitad", "stop, the ladder is too much",
    "stop! too tired for the carries", "alto, no puedo con las sentadillas",
]  # fmt: skip
# Today's one text resent, the work stopped, a time narrowed: no change of consent.
NOT_A_CHANGE_OF_CONSENT = [
    "send me the text again? I deleted it", "can you resend the message from this morning",
    "I stopped the reminders on my phone by accident, is that bad?",
    "cancel the texts on sundays", "turn off the reminders before 8 please",
    "stop the carries?", "quit the ladder halfway", "no quiero hacer nada hoy",
    "didn't get the texts yesterday", "no recibí los mensajes ayer",
]  # fmt: skip
# The texts asked for again, in one clause with no negation before the asking.
THE_TEXTS_AGAIN = [
    "me pueden volver a mandar los recordatorios", "ya me pueden mandar otra vez",
    "pueden enviarme los mensajes de nuevo", "send the reminders again please",
    "I want the daily texts again", "quiero los mensajes otra vez", "restart my reminders",
    "reactiven los mensajes porfa", "start the recordatorios again", "turn on the texts",
    "ok ya puedes volver a mandar los textos", "please text me the reminders again",
]  # fmt: skip
NOT_THE_TEXTS_AGAIN = [
    "no me vuelvan a mandar los mensajes", "don't send the reminders again",
    "me pueden mandar el plan otra vez?", "send me the text again, I lost it",
    "start the carries again tomorrow?", "volví a hacer las sentadillas",
]  # fmt: skip


@pytest.mark.parametrize("text", STOP_VERB_AND_THE_TEXTS)
def test_a_request_verb_with_the_texts_as_its_object_opts_out(text: str) -> None:
    assert compliance_keyword(text) == "opt_out"


@pytest.mark.parametrize("text", LEADING_STOP_LEAVING)
def test_a_leading_stop_then_leaving_the_programme_opts_out(text: str) -> None:
    assert compliance_keyword(text) == "opt_out"


@pytest.mark.parametrize("text", LEADING_STOP_ABOUT_THE_WORK)
def test_a_leading_stop_then_the_body_or_the_work_is_a_check_in(text: str) -> None:
    assert compliance_keyword(text) is None


@pytest.mark.parametrize("text", NOT_A_CHANGE_OF_CONSENT)
def test_one_text_resent_the_work_stopped_or_a_time_narrowed_changes_no_consent(
    text: str,
) -> None:
    assert compliance_keyword(text) is None


@pytest.mark.parametrize("text", THE_TEXTS_AGAIN)
def test_the_texts_asked_for_again_opts_back_in(text: str) -> None:
    assert compliance_keyword(text) == "opt_in"


@pytest.mark.parametrize("text", NOT_THE_TEXTS_AGAIN)
def test_the_texts_refused_again_or_the_plan_asked_again_is_no_opt_in(text: str) -> None:
    assert compliance_keyword(text) != "opt_in"


@pytest.mark.parametrize(
    "text",
    [
        "START, ya quiero seguir con los textos",
        "Start - I'm back, send the reminders",
        "START. ya regresé",
        "comenzar: estoy de vuelta",
        "START, ready to continue",
    ],
)
def test_start_set_apart_then_the_texts_or_a_return_opts_back_in(text: str) -> None:
    assert compliance_keyword(text) == "opt_in"


@pytest.mark.parametrize(
    "text",
    [
        "start the carries at 5?",
        "Start, my knee hurts",
        "START, no puedo seguir, me duele",
        "start, can't continue today",
        "start, the ladder was easy",
    ],
)
def test_start_leading_the_work_or_a_stop_is_no_opt_in(text: str) -> None:
    assert compliance_keyword(text) != "opt_in"


# A quiet day asked for: only today is named, so consent stays and the day is a skip.
FOR_TODAY_ONLY = [
    "please don't send me anything today", "no texts tonight, working a double",
    "stop the reminders for today, I'm at my son's game", "dont message me the rest of the day",
    "hoy no me manden nada porfa", "no me escribas esta noche, estoy cansada",
    "por hoy ya no me mandes nada", "no quiero recibir mensajes hoy, estoy en el hospital",
]  # fmt: skip
# No time named, or longer than a day: consent taken back, as asked.
WITHOUT_A_DAY = [
    "ya no me mandes nada", "please don't send me anything", "no more texts this week",
    "do not send me anything anymore",
    "hoy no. ya no me manden mensajes", "stop texting me for now",
]  # fmt: skip


@pytest.mark.parametrize("text", FOR_TODAY_ONLY)
def test_a_request_for_no_texts_today_only_is_no_opt_out_but_a_quiet_day(text: str) -> None:
    assert (compliance_keyword(text), quiet_today(text)) == (None, True)


@pytest.mark.parametrize("text", WITHOUT_A_DAY)
def test_a_request_with_no_day_or_a_longer_time_still_opts_out(text: str) -> None:
    assert (compliance_keyword(text), quiet_today(text)) == ("opt_out", False)


@pytest.mark.parametrize("text", ["no pain today", "no hice nada hoy", "didnt do anything today"])
def test_a_day_told_without_the_texts_is_no_quiet_day(text: str) -> None:
    assert quiet_today(text) is False


@pytest.mark.parametrize(
    ("text", "keyword"),
    [
        ("PARAR todo", "opt_out"),
        ("alto todos", "opt_out"),
        ("STOP porfis", "opt_out"),
        ("INFO porfavor", "help"),
        ("ayuda porfis", "help"),
    ],
)
def test_a_carrier_word_with_all_or_a_please_run_together_is_still_the_keyword(
    text: str, keyword: str
) -> None:
    assert compliance_keyword(text) == keyword


@pytest.mark.parametrize(
    "text", ["todo listo", "stop todo el dolor", "todo bien", "cancelar todo mi cita?"]
)
def test_todo_beside_other_words_is_no_keyword(text: str) -> None:
    assert compliance_keyword(text) is None

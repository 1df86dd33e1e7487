"""Compliance keywords: STOP and its kin opt out, START opts back in, HELP helps."""

import pytest

from messaging.keywords import compliance_keyword

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
]  # fmt: skip
PLAIN_OPT_IN = [
    "ya pueden mandarme los textos otra vez", "ya pueden volver a mandarme los mensajes",
    "quiero volver a recibir los mensajes", "mándenme los textos de nuevo",
    "you can text me again", "start sending me the texts again", "can you start texting me again",
    "I want the reminders back", "resume the texts please", "ya pueden send me the texts again",
    "start the textos otra vez please",
    "quiero start again los texts", "pls turn the daily texts back on",
    "switch my reminders back on", "envíenme otra vez los textos", "send me again the messages",
]  # fmt: skip
NOT_OPT_IN = [
    "pueden mandarme el plan otra vez?", "pueden volver a mandarme el plan?",
    "can you send me the exercises again?", "send me today's plan again",
    "can I start the lifts again?",
    "me mandas los ejercicios otra vez?", "you could text me back", "I feel back to normal",
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

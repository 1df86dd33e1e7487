"""SMS compliance keywords: opt-out, opt-in and help, in English and Spanish."""

import re
import unicodedata
from typing import Literal

from messaging.consent_clauses import (
    PLURAL_TEXTS,
    REFUSE_RECEIVING,
    STOP_THE_TEXTS,
    TEXTS,
    TODAY,
    again_by_structure,
    clauses,
    for_today,
    only_when,
    stop_by_structure,
)

Keyword = Literal["opt_out", "opt_in", "help"]

# Carrier-standard words, honoured only as the whole message (give or take
# punctuation, "please" and repeats), so "I had to stop halfway" is a check-in.
OPT_OUT_WORDS = frozenset(
    "stop stopall unsubscribe cancel end quit revoke optout parar alto cancelar".split()
)
# Deliberately not YES: "yes" answers "did you do today's exercises?". Spanish
# COMENZAR / INICIAR mirror PARAR / CANCELAR for patients who opted out in Spanish.
OPT_IN_WORDS = frozenset("start unstop subscribe comenzar iniciar".split())
HELP_WORDS = frozenset("help info ayuda".split())
_WHOLE_MESSAGE: tuple[tuple[Keyword, frozenset[str]], ...] = (
    ("opt_out", OPT_OUT_WORDS),
    ("opt_in", OPT_IN_WORDS),
    ("help", HELP_WORDS),
)
# ("todo" is Spanish "all": "CANCELAR todo" is STOP ALL; "porfavor" is "por favor" run together)
POLITENESS = frozenset(
    "please pls plz now it all todo todos por favor porfavor porfa porfis ya".split()
)

# Plain-language revocation. Each rule names the texts or the sending, so that
# "stopped early", "end of the day" or "cancel my appointment?" never match.
_TEXTING = (
    r"(?:texting|txting|messaging|sending|contacting|reminding|bothering|mandando|enviando"
    r"|mandandome|enviandome|escribiendome|texteandome)"
)
# "no me manden", "ya no me textees": the Spanish verbs of sending, said to the clinic.
_SEND_ES = r"(?:manden|mandes|envien|envies|escriban|escribas|texteen|textees)"
_PLAIN_OPT_OUT = re.compile(
    "|".join(
        [
            rf"\b(?:stop|quit|cease)\s+(?:all\s+)?(?:(?:the|these|those|your|ur"
            rf"|this)\s+)?{TEXTS}\b",
            rf"\b(?:stop|quit|cease)\s+{_TEXTING}\b",
            rf"\bno\s+more\s+{TEXTS}\b",
            r"\b(?:dont|do\s+not|never)\s+(?:text|txt|message|msg|contact|sms)\s+me"
            r"(?:\s+(?:anymore|any\s+more|again|ever))?\s*$",
            r"\b(?:dont|do\s+not)\s+(?:text|txt|message|contact)\s+me\s+(?:anymore|any\s+more"
            r"|again)\b",
            rf"\b(?:dont|do\s+not)\s+want\s+(?:\w+\s+){{0,3}}{TEXTS}\s+(?:anymore|any\s+more)\b",
            rf"\b(?:dont|do\s+not)\s+want\s+(?:these|your|any\s+more|the)\s+{TEXTS}\b",
            r"\bunsubscribe\b",
            r"\bopt\s*me\s+out\b|\bopt[\s-]?out\b",
            r"\b(?:take|remove|delete)\s+me\s+(?:off|from)\s+(?:of\s+)?(?:\w+\s+){0,2}"
            r"(?:list|texts?|messages|program|service|system|this|these)\b",
            r"\bdej(?:a|e|en|es|ar)\s+de\s+(?:mandar|enviar|escribir|textear)",
            # the texts named in either language: "no me manden los texts", "no me envíen más"
            rf"\b(?:ya\s+)?no\s+me\s+{_SEND_ES}\b(?:\s+mas)?\s+(?:(?:los|sus|tus|estos|esos)\s+)?"
            rf"(?:{TEXTS}|mas\b|nada)",
            rf"\bya\s+no\s+me\s+{_SEND_ES}\b",
            # the wish said of the sending: "ya no quiero que me escriban", "no quiero que me
            # manden más mensajes" ("no quiero que me manden el plan hoy" names no texts)
            rf"\bya\s+no\s+quiero\s+que\s+me\s+(?:sigan\s+)?(?:{_SEND_ES}|mandando|enviando"
            r"|escribiendo|texteando)\b",
            rf"\bno\s+quiero\s+que\s+me\s+{_SEND_ES}\s+(?:mas\s+)?(?:(?:los|sus)\s+)?"
            rf"(?:{TEXTS}|mas\b|nada)",
            # the receiving stopped or unwanted: "I want to stop getting these texts", "I no
            # longer want reminders", "please don't send me any more messages"
            rf"\b(?:stop|quit)\s+(?:getting|receiving)\s+(?:(?:the|these|those|your|any)\s+)?"
            rf"(?:\w+\s+)?{TEXTS}\b",
            rf"\bno\s+longer\s+(?:want|need|wish\s+to\s+(?:get|receive))\s+(?:\w+\s+){{0,2}}{TEXTS}\b",
            rf"\b(?:dont|do\s+not)\s+send\s+me\s+(?:any\s*more\s+(?:\w+\s+)?{TEXTS}\b|anything"
            r"(?:\s+else|\s+more)?(?:\s+(?:anymore|any\s+more|again|ever))?\W*(?:please|pls|plz"
            r"|thanks|thank\s+you)?\W*$)",
            # the number itself taken off: "borren mi número", "delete my number"
            r"\b(?:borren|borra|borre|quiten|eliminen|delete|remove|erase)\s+(?:mi|my)\s+"
            r"(?:numero|number|telefono|phone)\b",
            # Spanglish: "stop mandando mensajes", "no more textos", "ya no me send nada"
            r"\bya\s+no\s+(?:me\s+)?(?:send|text)\s+(?:me\s+)?(?:nada|mas|textos|mensajes|texts)\b",
            r"\bya\s+no\s+(?:quiero|deseo)\s+(?:recibir\s+)?(?:los|sus|mas|the)\s+(?:mensajes|textos|texts)\b",
            r"\bno\s+(?:quiero|deseo)\s+(?:recibir\s+)?(?:mas\s+)?(?:mensajes|textos)\b",
            r"\b(?:dame|denme|darme|darse)\s+de\s+baja\b",
            r"\b(?:quitenme|quiteme|sacame|saquenme|borrenme|borrame)\b",
            # A carrier word leading a polite sentence: "STOP please, I'm done with this".
            r"^(?:stop|stopall|unsubscribe|parar?|alto|cancelar)\b[\s,.!]*"
            r"(?:please|pls|plz|por\s*favor|porfavor|porfa)\b",
            r"\b(?:para(?:le)?|basta)\s+(?:ya\s+)?(?:con|de)\s+(?:\w+\s+)?(?:mensajes|textos)\b",
            # A carrier word, then a plain refusal and nothing more: "STOP, ya no quiero",
            # "alto, no quiero nada", "stop i dont want them anymore".
            r"^(?:stop|stopall|unsubscribe|parar?|alto|cancelar)\b[\s,.!]*(?:ya\s+no\s+quiero"
            r"(?:\s+(?:nada|mas|seguir))?|no\s+quiero\s+(?:nada|mas)|i\s+dont\s+want\s+"
            r"(?:(?:this|these|them|it)\s+)?(?:anymore|any\s+more))\W*$",
            r"\bya\s+no\s+(?:quiero|deseo)\s+(?:participar|seguir\s+en\s+(?:el|este)\s+programa)",
            r"\b(?:dont|do\s+not)\s+want\s+to\s+(?:participate|be\s+in\s+(?:this|the)\s+program)"
            r"\s+(?:anymore|any\s+more)\b",
        ]
    )
)


# Plain-language consent given back. Each names the texts or their sending and says
# "again" or "back", so "can you send me today's exercises?" asks for the plan instead.
_AGAIN = r"(?:again|otra\s+vez|de\s+nuevo|nuevamente)"
_THE_TEXTS = rf"(?:\s+(?:(?:los|las|sus|tus|mis|the|your|my|those)\s+)?{TEXTS})"
_SEND_ME = (
    r"(?:mandar|enviar|escribir|textear|send|text|txt|message)(?:me|\s+me)"
    r"|(?:sending|texting|messaging)(?:\s+me)?"
)
_PLAIN_OPT_IN = re.compile(
    "|".join(
        [
            # "ya pueden mandarme los textos otra vez", "you can text me again", "ya pueden send me
            # the texts again", "start sending me the texts again", "pueden volver a mandarme"
            rf"\b(?:ya\s+)?(?:pueden|puedes|puede|can|could|start|restart|resume|go\s+ahead\s+and"
            rf"|volver\s+a|vuelvan\s+a|please|pls)\s+(?:start\s+|volver\s+a\s+)?(?:{_SEND_ME})\b"
            rf"{_THE_TEXTS}?\s+{_AGAIN}\b",
            rf"\b(?:pueden|puedes|vuelvan\s+a)\s+volver\s+a\s+(?:mandar|enviar|escribir|textear)me"
            rf"{_THE_TEXTS}\b",
            # "again" said by the verb itself: "vuelvan a mandarme los mensajes", "pueden volver a
            # escribirme" ("pueden volver a mandarme el plan?" names the plan, not the texts)
            rf"\b(?:vuelvan|vuelve|vuelva)\s+a\s+(?:mandar|enviar|escribir|textear)me{_THE_TEXTS}\b",
            r"\b(?:pueden|puedes|puede)\s+volver\s+a\s+(?:mandar|enviar|escribir|textear)me"
            r"\W*(?:ya|por\s+favor|porfa|please|pls)?\W*$",
            # permission given now: "ya pueden mandarme mensajes", "ya puedes enviarme los textos"
            rf"\bya\s+(?:pueden|puedes|puede)\s+(?:{_SEND_ME})\b(?:{_THE_TEXTS}\b|\W*(?:por\s+favor"
            r"|porfa|please|pls)?\W*$)",
            # receiving them again: "quiero recibir los textos de nuevo", "I want to get the
            # texts again", "I'd like to receive the messages again"
            rf"\b(?:quiero|deseo|want\s+to|like\s+to|ready\s+to)\s+(?:recibir|get|receive|start\s+getting)"
            rf"{_THE_TEXTS}\s+(?:{_AGAIN}|back)\b",
            # "texteenme otra vez", "please resume texting me": the verb names the texts
            rf"\b(?:texteenme|textenme|textearme)\s+{_AGAIN}\b|\b(?:resume|restart)\s+(?:texting"
            r"|messaging|sending)\s+me\b",
            rf"\b(?:mandenme|envienme|escribanme|send\s+me)\s+(?:los\s+|sus\s+|the\s+|my\s+)?"
            rf"{PLURAL_TEXTS}\s+{_AGAIN}\b",
            rf"\b(?:mandenme|envienme|escribanme|send\s+me)\s+{_AGAIN}{_THE_TEXTS}",
            # "quiero start again los texts": the carrier word, again, and the texts named
            rf"\b(?:start|restart|resume)\s+{_AGAIN}{_THE_TEXTS}",
            # "pls turn the daily texts back on", "switch my reminders back on"
            rf"\b(?:turn|switch|put)\s+(?:(?:the|my|your|those|los|mis)\s+)?(?:\w+\s+)?{TEXTS}"
            rf"\s+back\s+on\b",
            rf"\b(?:quiero|deseo)\s+(?:volver\s+a\s+recibir|recibir\s+(?:otra\s+vez|de\s+nuevo))\s+"
            rf"(?:los\s+|sus\s+|the\s+)?{TEXTS}\b",
            rf"\b(?:want|need)\s+(?:the|my|your)\s+{TEXTS}\s+back\b",
            # a carrier word leading a sentence: "START otra vez porfa, ya regresé de México"
            r"^(?:start|unstop|comenzar|iniciar)\b[\s,.!]*(?:again|otra\s+vez|de\s+nuevo|please|pls"
            r"|plz|porfa|por\s*favor|porfavor)\b",
            # a carrier word set apart, then the texts named or the programme taken up again:
            # "START, ya puedo seguir con los mensajes", "start - I'm back, ready for the texts"
            # (mirrors _LEADING_STOP; "start the lifts at 5?" is set apart by nothing)
            rf"^\W*(?:start|unstop|comenzar|iniciar)\s*[,.!:;-]+.*\b(?:{PLURAL_TEXTS}|(?<!no\s)"
            r"(?:puedo|quiero|ready\s+to|listo\s+para|lista\s+para)\s+(?:seguir|continuar|continue)"
            r"|im\s+back|i\s+am\s+back|estoy\s+de\s+(?:vuelta|regreso)|ya\s+(?:volvi|regrese))\b",
            rf"\b(?:start|resume|restart|reanuden|reactiven|turn\s+back\s+on)\s+(?:the\s+|my\s+|los\s+|mis\s+)?{TEXTS}\b",
            r"\b(?:start|restart|resume)\s+(?:the\s+|los\s+)?(?:textos|mensajes)\b",
            r"\b(?:me\s+)?(?:quiero\s+)?(?:volver\s+a\s+inscribir|inscribirme\s+(?:otra\s+vez|de\s+nuevo)"
            r"|opt\s+(?:me\s+)?back\s+in)\b",
        ]
    )
)


# HELP beside nothing but "how does this work": "AYUDA como funciona esto", "how do i use
# this thing?? help" ("help I fell" is no keyword: the conversation must read it).
_HOW = (
    r"(?:how\s+(?:do\s+i\s+use|does)\s+(?:this|it)(?:\s+thing)?(?:\s+work)?"
    r"|como\s+(?:funciona|se\s+usa)\s*(?:esto)?)"
)
_HOW_DOES_IT_WORK = re.compile(rf"(?:help|ayuda|info)\W*{_HOW}\W*|{_HOW}\W*(?:help|ayuda|info)\W*")


# the texts refused for today in words no revocation rule needs: "don't text me today", "no
# me escriban hoy"
_NONE_TODAY = re.compile(
    r"\b(?:dont|do\s+not|no)\s+(?:text|txt|message|msg|send|contact|write|bother)\s+me\b"
    rf"|\bno\s+(?:me\s+)?(?:{_SEND_ES}|mandes|escribas)\b|\bno\s+(?:more\s+)?{TEXTS}\b"
)
_REFUSALS = (_PLAIN_OPT_OUT, _NONE_TODAY, STOP_THE_TEXTS, REFUSE_RECEIVING)


def quiet_today(text: str) -> bool:
    """Whether a text asks for no more texts today only ("no me mandes nada hoy"): a day off
    asked for, which the conversation reads as a skip, never as consent taken back."""
    folded = _fold(text).strip()
    return compliance_keyword(text) is None and any(
        TODAY.search(clause) and any(rule.search(clause) for rule in _REFUSALS)
        for clause in clauses(folded)
    )


def _fold(text: str) -> str:
    """Lower-case, strip accents and apostrophes, so "No me envíen" meets "no me envien"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"['’`´]", "", plain)


def _whole_message_words(folded: str) -> set[str]:
    """The words of a short message, less politeness: "Stop please!!" -> {"stop"}."""
    words = re.findall(
        r"[a-z]+", folded.replace("stop all", "stopall").replace("opt out", "optout")
    )
    if not words or len(words) > 4:
        return set()
    return set(words) - POLITENESS


def compliance_keyword(text: str) -> Keyword | None:
    """Say whether an inbound text is an opt-out, an opt-in or a help request."""
    folded = _fold(text).strip()
    if re.search(r"\d", folded):
        return None
    words = _whole_message_words(re.sub(r"\bopt-out\b", "optout", folded))
    for keyword, vocabulary in _WHOLE_MESSAGE:
        if words and words <= vocabulary:
            return keyword
    match = _PLAIN_OPT_OUT.search(folded)
    if match and not only_when(folded[match.end() :]) and not for_today(folded, match):
        return "opt_out"
    if stop_by_structure(folded):
        return "opt_out"
    if _PLAIN_OPT_IN.search(folded) or again_by_structure(folded):
        return "opt_in"
    if _HOW_DOES_IT_WORK.fullmatch(folded):
        return "help"
    return None

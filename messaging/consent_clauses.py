"""Consent said in a clause: the texts stopped or asked for again, in English, Spanish or both.

keywords.py reads the carrier words and the plain phrases; this module reads the structure of
each clause (a request verb with the texts as its object), the times that narrow a request to
a change of when, and today, which makes a refusal a quiet day rather than consent taken back.
"""

import re

# The texts as a patient names them.
TEXTS = (
    r"(?:texts?|txts?|messages?|msgs?|sms|reminders?|notifications?|textos|mensajes|recordatorios)"
)
# Plural, or the messages as a class: "send me the text again" asks for today's one text.
PLURAL_TEXTS = (
    r"(?:texts|txts|messages|msgs|sms|reminders|notifications|check[\s-]?ins|textos|mensajes"
    r"|recordatorios|notificaciones|mensajitos)"
)

# Consent by structure, one clause at a time (FCC 2024 revocation rule, 47 CFR 64.1200(a)(10):
# consent may be revoked, and given back, by any reasonable means): a request verb with the
# texts as its object, in either language or both. The texts are plural or "nada"/"anything"
# ("send me the text again" asks for today's one text, "stop the carries" is the work).
_CLAUSE = re.compile(r"[,.;:!?\n]+|\b(?:but|pero|though|aunque)\b")
_STOP_VERB = (
    r"(?:stop|cancel|quit|end|halt|cease|disable|turn\s+off|shut\s+off|cancel(?:en|e|a|ar|as)"
    r"|paren|parenle|parale|detengan|detenga|suspend(?:an|a|er|e)|quiten|quita|desactiv\w+"
    r"|apaguen|corten|basta\s+(?:de|con)|no\s+more|no\s+mas|ya\s+no\s+mas)"
)
# "cancelen los mensajes", "turn off the reminders", "no more mensajitos": a stop to the texts
STOP_THE_TEXTS = re.compile(
    rf"\b{_STOP_VERB}\s+(?:(?:all|the|these|those|your|ur|my|todos|los|las|sus|tus|mis|estos"
    rf"|esos|daily|diarios|de|con)\s+){{0,3}}{PLURAL_TEXTS}\b"
)
# "ya no quiero recibir nada", "I don't want to get any texts": the receiving refused
REFUSE_RECEIVING = re.compile(
    r"\b(?:ya\s+no|no|dont|do\s+not|no\s+longer|never)\s+(?:\w+\s+)?(?:quiero|deseo|want|wish"
    r"|need)\s+(?:to\s+)?(?:seguir\s+)?(?:recibir|receive|receiving|get|getting)\s+(?:\w+\s+){0,2}?"
    rf"(?:{PLURAL_TEXTS}|nada|nothing|anything)\b"
    # "no me vuelvan a mandar nada": the sending forbidden again
    r"|\bno\s+(?:me\s+)?(?:vuelvan|vuelvas|vuelva)\s+a\s+(?:mandar|enviar|escribir|textear)"
)
# A carrier word leading the text, then a clause leaving the programme or naming the texts:
# "STOP. wrong number", "alto, ya no estoy en el programa", "cancelar: not a patient anymore".
# A carrier word then the body or the work ("stop, my back hurts", "stop, I don't want to hurt
# my back") is about the work: a check-in, answered as one, never a revocation.
_LEADING_STOP = re.compile(
    r"^\W*(?:stop|stopall|unsubscribe|parar?|alto|cancelar?|quit|end|basta|ya\s+basta)\s*[,.!:;-]+"
)
_LEAVING = re.compile(
    rf"\b(?:program\w*|wrong\s+number|numero\s+equivocado|equivocad[oa]s?|leave\s+me\s+alone"
    r"|dej\w*\s+en\s+paz|not\s+interested|no\s+me\s+interesa|no\s+soy\s+(?:paciente|su\s+paciente)"
    r"|not\s+(?:a|your)\s+patient|done\s+with\s+(?:this|you|the\s+program)|ya\s+no\s+(?:estoy|voy"
    rf"|quiero|necesito|participo)|no\s+longer|anymore|{PLURAL_TEXTS}|nada\s+mas)\b"
    # a farewell or the programme outgrown: "STOP, ya regresé al trabajo full time, gracias por
    # todo", "stop. back at work now, thanks for everything" (consent goes by any plain means)
    r"|\b(?:gracias|thanks?|thank\s+(?:you|u))\s+(?:por|for)\s+(?:todo|everything|all)\b"
    r"|\b(?:adios|goodbye|bye|hasta\s+luego)\b|\b(?:regrese|volvi|back)\s+(?:al|a\s+mi|to|at)"
    r"\s+(?:trabajo|chamba|jale|work|my\s+job)\b"
)
# (messaging knows SMS only, so the body and the work are its own short word class here)
_ABOUT_THE_WORK = re.compile(
    r"\b(?:back|knee|hip|shoulder|neck|leg|arm|hand|foot|feet|espalda|rodilla|cadera|hombro"
    r"|cuello|pierna|brazo|mano|pie|pain|hurt|hurts|sore|ache|dolor|duele|lift|carr|ladder|squat"
    r"|sled|stair|walk|levant|carg|escaler|sentadill|caminat|halfway|half|mitad|medio|exercis"
    r"|ejercicio|workout|rutina|routine|sets?|series|reps|tired|cansad)\w*"
)
_AGAIN_WORD = r"(?:again|back|otra\s+vez|de\s+nuevo|nuevamente)"
_SEND_VERB = (
    r"(?:send|text|message|mandar|enviar|escribir|textear|recibir|receive|get|getting|mand\w*me"
    r"|envi\w*me|escrib\w*me|texte\w*me)"
)
# "ya me pueden volver a mandar los mensajes", "pueden mandarme los textos de nuevo", "send the
# reminders back", "start the mensajes again": the texts asked for again, the clause unnegated.
_TEXTS_AGAIN = re.compile(
    rf"\b(?:volver|vuelvan|vuelve|vuelva|vuelvo)\s+a\s+{_SEND_VERB}\s+(?:\w+\s+){{0,2}}?"
    rf"{PLURAL_TEXTS}\b"
    rf"|\b{_SEND_VERB}\s+(?:me\s+)?(?:\w+\s+){{0,2}}?{PLURAL_TEXTS}\s+(?:\w+\s+)?{_AGAIN_WORD}\b"
    rf"|\b{_SEND_VERB}\s+(?:me\s+)?{_AGAIN_WORD}\s+(?:\w+\s+){{0,2}}?{PLURAL_TEXTS}\b"
    rf"|\b(?:want|need|quiero|necesito)\s+(?:\w+\s+){{0,2}}?{PLURAL_TEXTS}\s+(?:\w+\s+)?{_AGAIN_WORD}\b"
    rf"|\b(?:start|restart|resume|reanud\w+|reactiv\w+|reinici\w+|turn\s+on|prendan|activen)\s+"
    rf"(?:\w+\s+){{0,2}}?{PLURAL_TEXTS}\b"
    # "ya me pueden volver a mandar", "me pueden mandar otra vez": the texts understood
    r"|\bme\s+(?:pueden|puedes|puede)\s+(?:volver\s+a\s+(?:mandar|enviar|escribir|textear)\s*$"
    rf"|(?:mandar|enviar|escribir|textear)\s+{_AGAIN_WORD}\s*$)"
)
_NEGATION = re.compile(r"\b(?:no|not|dont|never|nunca|ni|stop|deja\w*|quit)\b")


def clauses(folded: str) -> list[str]:
    return [c.strip() for c in _CLAUSE.split(folded) if c.strip()]


def stop_by_structure(folded: str) -> bool:
    """A stop to the texts said plainly, in one clause; or a carrier word leading a clause
    that leaves the programme (and says nothing of the body or the work)."""
    for clause in clauses(folded):
        for match in (STOP_THE_TEXTS.search(clause), REFUSE_RECEIVING.search(clause)):
            if match and not only_when(clause[match.end() :]) and not TODAY.search(clause):
                return True
    lead = _LEADING_STOP.match(folded)
    rest = folded[lead.end() :] if lead else ""
    return bool(lead and _LEAVING.search(rest) and not _ABOUT_THE_WORK.search(rest))


def again_by_structure(folded: str) -> bool:
    """The texts asked for again in one clause with no negation before the asking."""
    for clause in clauses(folded):
        match = _TEXTS_AGAIN.search(clause)
        if match and not _NEGATION.search(clause, 0, match.start()):
            return True
    return False


# "Stop sending them so early": a change of when, not of whether (the therapist sets the times).
_ONLY_WHEN = re.compile(
    r"\b(?:so|too|tan)\s+(?:early|late|temprano|tarde)\b|\b(?:before|after|until|till|antes|despues)"
    r"\b|\bat\s+\d|\bon\s+(?:weekends?|sundays?|saturdays?)\b|\bin\s+the\s+(?:morning|evening|night)"
)


def only_when(rest: str) -> bool:
    """Whether the words right after a revocation (its own clause) narrow it to some times."""
    clause = re.split(r"[.!;\n]", rest, maxsplit=1)[0]
    return bool(_ONLY_WHEN.search(" ".join(clause.split()[:6])))


# "no me mandes nada hoy", "don't text me tonight": a quiet day asked for, not consent taken
# back. Only today is narrow enough to be a day off; "this week" or "for now" keep their
# opt-out, since reading them as one day would text a patient who asked for quiet.
TODAY = re.compile(
    r"\b(?:today|tonight|(?:this|the\s+rest\s+of\s+(?:the|this))\s+(?:evening|afternoon|day)"
    r"|hoy|esta\s+(?:noche|tarde)|(?:el\s+)?resto\s+del\s+dia)\b"
)


def for_today(folded: str, match: re.Match[str]) -> bool:
    """Whether the clause holding a revocation names today."""
    starts = [m.end() for m in _CLAUSE.finditer(folded, 0, match.start())]
    after = _CLAUSE.search(folded, match.end())
    end = after.start() if after else len(folded)
    return bool(TODAY.search(folded, starts[-1] if starts else 0, end))

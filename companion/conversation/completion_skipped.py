"""The words that say the day's work was skipped, and the look-alikes that skip nothing: an
accident on the way to the toilet, a heart that skips, a sign that passed, a likeness denied."""

import re

from companion.conversation.completion_done import NOTHING
from companion.conversation.symptom_words import SYMPTOM
from companion.conversation.words import (
    BODY,
    PASS_WATER_ES,
    TASK_WORDS,
    THINGS,
    WATER_ES,
    any_of,
)

# "forgot my log sheet at home", "se me olvidó la hoja": a thing left behind, not the work
_A_THING = rf"\s+(?:my|the|a|his|her|mi|la|el|los|las|mis)\s+(?:\w+\s+)?(?:{THINGS})\b"
# Places the patient goes to, not the work done at home: "can't get to clinic tmrw"
# a thing's article or owner: "the ladder", "mis cargas"
_OWNED = r"(?:the|my|el|la|los|las|mis?)"
_VISITS = r"clinic|clinica|pt|therapy|appointment|appt|doctor|doc|office|hospital|work|job"
SKIPPED = any_of(
    # (Spanglish "skipié", "lo skipeé"; "it missed my feet" is a near miss, not a session)
    r"\bskip(?:ped|ping|t|d|pd|ie|ee|eo|e|ear|eamos|earon|eado)?\b(?!\s+(?:a\s+)?beats?\b)|\bmissed\b"
    r"(?!\s+(?:a|the|my|one)\s+(?:\w+\s+)?(?:rung|steps?|stairs?|footing|curb|beat)\b)"
    rf"(?!\s+(?:me|us|him|her)\b|\s+(?:my|his|her)\s+(?:\w+\s+)?(?:{BODY}|toes?|head|face|fingers?)s?\b"
    r"(?!\s+(?:exercises?|stretch\w*|work\w*|routine|stuff|ones?|lifts?|sets?|session)\b))|\bn(?:o)?t\s+today\b|\bno\s+hoy\b"
    # ("hoy no tiene dolor", "hoy no me pasó": a sign denied today, not the work)
    # ("hoy no es nada", "hoy no está tan mal": how the day's pain is, not the work)
    r"|\bhoy\s+no\b(?!\s+(?:(?:me|le)\s+)?(?:tiene|tengo|tuvo|tuve|paso|duele|dolio|hay|hubo|senti|sintio)\b)"
    r"(?!\s+(?:es|era|esta|estuvo|fue|ha\s+sido)\s+(?:nada|tan|muy|mucho|tanto|grave|fuerte|igual|como)\b)"
    # (Spanglish "today no, tengo cita": a "no" of its own after the day; "today no pain" tells)
    r"|\btoday\s+no\s*(?:[,.!;]|$)|\bno\s+way\s+(?:today|tonight|hoy)\b",
    # a rest for the day: "hoy descanso según el doctor", "resting today", "today I rest"
    r"\b(?:hoy|today)\s+(?:me\s+toca\s+|i\s+|im\s+|i\s+am\s+)?(?:descanso|descansar|rest|resting)\b"
    r"(?!\s+(?:de|del|from|between|periods?|breaks?)\b)|\b(?:descanso|resting|i\s+rest)\s+(?:hoy|today)\b"
    r"|\b(?:day|dia)\s+(?:off|libre)\b|\brest\s+day\b|\btoday\s+off\b|\btook\s+(?:a\s+|the\s+)?"
    r"(?:break|rest|day\s+off)\b",
    r"\bnot\s+doing\b|\bdidnt\s+get\s+(?:around\s+)?to\b|\bdidnt\s+happen\b|\b(?:wouldnt|would\s+not|didnt)\s+let\s+me\b",
    r"\bno\s+(?:exercises?|workouts?|ejercicios?)\b",
    r"\bforgot\b(?!\s+(?:what|which|how|the\s+(?:exercises|plan)|to\s+(?:text|reply|answer|respond"
    rf"|tell|message|write|send|let|check\s+in)))(?!{_A_THING})|\bdescanse\b|\bme\s+tome\s+el\s+dia\b"
    rf"|\brested\s+(?:today|instead|all\s+day)\b|\bse\s+me\s+olvido\b(?!{_A_THING})"
    # ("se me pasó rapidito", "enseguida se me pasó", "se me pasó el mareo" are a symptom that
    # passed, not a session forgotten)
    r"|\b(?=se\s+me\s+paso\b)(?<!enseguida\s)(?<!luego\s)(?<!pronto\s)(?<!rapido\s)(?<!rapidito\s)"
    r"(?<!rato\s)(?<!solito\s)se\s+me\s+paso\b(?!\s+(?:rapid\w*|luego|pronto|enseguida|solo|sola|al\s+rato|con|(?:el|la|lo)\s+"
    r"(?:mareo|dolor|hormigueo|calambre|susto|cansancio|ardor|malestar|aire|entumecimiento))\b)",
    r"\b(?:didnt|did\s+not|couldnt|could\s+not|havent|have\s+not|wasnt\s+able\s+to"
    r"|werent\s+able\s+to|no\s+can|no\s+could|(?=no\s)(?<=\bi\s)no"
    r"|unable\s+to|wont|will\s+not|not\s+going\s+to|not\s+gonna|cant|cannot)\s+(?:\w+\s+){0,2}?"
    # ("can't get to clinic tomorrow" is a visit missed, not the home work; "can't keep doing
    # this" is despair)
    rf"(?<!keep\s)(?:do|doing|touch|get\s+to(?!\s+(?:the\s+|my\s+)?(?:{_VISITS})\b)"
    rf"|make\s+it(?!\s+(?:\w+\s+)?(?:to\s+the\s+(?:bathroom|toilet|restroom)|in\s+time))"
    rf"(?!\s+(?:in\s+|to\s+|into\s+)(?:the\s+|my\s+)?(?:{_VISITS})\b)"
    r"|manage|start|work\s+out|exercise)\b"
    r"|\bbefore\s+i\s+(?:could|got\s+to|had\s+a\s+chance\s+to)\s+(?:do|start|get\s+to)\s+(?:them|it|em|my"
    r"|the)\b",
    r"\b(?:i\s+)?(?:didnt|couldnt|havent|did\s+not|could\s+not|have\s+not|cant)\s*"
    r"(?:today|tonight)?\s*(?:[,.!;]|$)",
    r"\b(?:probably\s+)?(?:wont|will\s+not)\s*(?:today|,|$|be\s+able)|\bso\s+no\s*$"
    r"|\bnot\s+(?:going\s+to|gonna)\s+(?:today|happen)\b",
    r"\b(?:didnt|did\s+not|no|never)\s+(?:have|had|get|got|tuve|hubo)\s+(?:the\s+|a\s+)?"
    r"(?:time|chance|tiempo|oportunidad)\b|\bno\s+time\b|\bran\s+(?:out\s+of|outta)\s+time\b|\bse\s+me\s+(?:acabo|fue)\s+el\s+tiempo\b|\bno\s+me\s+dio\s+(?:el\s+)?(?:tiempo|chance"
    r"|oportunidad)\b(?!\s+de\s+llegar\s+al\s+(?:bano|inodoro|sanitario))",
    r"\btoo\s+(?:sore|tired|busy|painful|much\s+pain)\s+(?:today|tonight|for\s+(?:them|it))\b"
    r"|\btoo\s+(?:busy|sore|tired)\s*(?:,|$)",
    r"\b(?:too|muy)\s+(?:tired|sore|busy|cansad[oa]|ocupad[oa])\s+(?:to|para)\b",
    r"\b(?:im|i\s+am|feeling|been|was|estoy|me\s+siento)\s+(?:\w+\s+)?(?:sick|ill|enferm[oa])\b"
    r"(?!\s+of)",
    r"\bnone\s+of\s+(?:them|it|em|the)\b",
    rf"\b(?:did|done|accomplished)(?={NOTHING})|\bgot\s+(?:nothing|zero|nada)\s+done\b"
    r"|\bnothing\s+(?:got\s+)?done\b",
    r"\bno\s+(?:los\s+|las\s+|lo\s+)?(?:hice|alcance|he\s+podido)\b"
    # ("no he podido orinar" is a bladder sign, not a skipped session)
    rf"(?!\s+(?:{PASS_WATER_ES}|dormir))|\bme\s+(?:los|las|lo)\s+salte\b"
    rf"|\bsalte\b|\bno\s+(?:los\s+|las\s+|lo\s+)?pude\s*(?:(?:\w+\s+){{1,2}}?ni\s+)?(?:hacer\w*(?!\s+(?:{WATER_ES})\b)|hoy|today|[,.!;]|$)",
    # the pain the reason, said first: "no pude con el dolor", "no pude por el dolor"
    r"^\W*(?:hoy\s+)?no\s+(?:los\s+|las\s+|lo\s+)?pude\s+(?:con|por)\s+(?:el|tanto|este)\s+dolor\b"
    # nothing managed, past or present: "no pude con nada", "no puedo hacer nada hoy", "ya no
    # puedo con los ejercicios" ("no puedo hacer pipí" is a bladder sign)
    r"|"
    r"\bno\s+(?:pude|puedo|podia)\s+(?:ni\s+)?(?:con|hacer)\s+(?:nada|ninguno|ninguna|ningun\s+\w+"
    r"|ellos|ellas|los\s+ejercicios|la\s+rutina|mis\s+ejercicios|el\s+ejercicio|ejercicio)\b"
    # a task named: "no pude ni con la caminata" ("no pude con el dolor" names no task)
    rf"|\bno\s+(?:pude|puedo|podia)\s+(?:ni\s+)?con\s+(?:el|la|los|las|mis?)\s+{TASK_WORDS}",
    # a task named as what could not be done: "ya no pude subir escalera", "couldnt get up the
    # ladder" ("no pude levantar el brazo", "couldn't lift my arm" tell of a body)
    rf"\b(?:no\s+(?:lo\s+|la\s+|los\s+|las\s+)?pude|couldnt|could\s+not|wasnt\s+able\s+to"
    rf"|was\s+unable\s+to)\s+(?:(?:\w+\s+){{1,2}}?(?:{_OWNED}\s+)?|{_OWNED}\s+)(?!\w*(?:ing|ando|iendo)\b){TASK_WORDS}\b"
    rf"(?!\s+(?:{_OWNED}\s+)?(?:{BODY}|head|cabeza)\b)",
    # the work refused ahead, in the Spanish future: "no voy a poder hacer los ejercicios hoy",
    # "no voy a alcanzar", "hoy no podré"
    r"\bno\s+(?:voy\s+a\s+poder|voy\s+a\s+alcanzar|podre|alcanzo\s+a\s+hacer|creo\s+poder)\b"
    r"(?!\s+(?:dormir|orinar|respirar|caminar\s+bien|mover\w*|aguantar\s+el\s+dolor)\b)"
    r"|\bno\s+(?:voy\s+a|los\s+voy\s+a|las\s+voy\s+a)\s+hacer(?:los|las)?\s+(?:hoy|(?:los|mis|las)\s+"
    r"(?:ejercicios|tareas|rutina))\b",
    # today's work moved to tomorrow
    r"\b(?:do|doing|try|catch\s+up|make\s+(?:it|them)\s+up|hago|hare|hacerlos)\s+(?:\w+\s+){0,3}?"
    r"(?:tomorrow|manana)\b|\b(?:tomorrow|manana)\s+(?:\w+\s+){0,2}?(?:hago|hare|i\s+will|ill)\b",
    # the programme taken up again tomorrow: "mañana retomo", "le sigo mañana", "pick it back
    # up tomorrow"
    r"\b(?:tomorrow|manana|tmrw)\s+(?:lo\s+|los\s+|le\s+)?(?:retomo|retomare|sigo|seguire|continuo"
    r"|continuare|arranco|le\s+sigo|le\s+doy|le\s+echo\s+ganas|i\s+(?:resume|restart|pick\s+(?:it|them)"
    r"\s+back\s+up|get\s+back\s+(?:to|on)))\b|\b(?:retomo|retomare|le\s+sigo|sigo|continuo|resume"
    r"|restart|pick\s+(?:it|them|things)\s+back\s+up|get\s+back\s+(?:to\s+it|on\s+track))\s+"
    r"(?:\w+\s+)?(?:tomorrow|manana|tmrw)\b",
)


_TOILET_BEFORE = re.compile(
    r"\b(?:bathroom|toilet|restroom|potty|bano|inodoro|pee|peeing|urine|stream|orina|pipi|chorro)\b"
    r"[^.!?,;]{0,40}$"
)


# "my heart keeps skipping", "el corazón se salta": the heart skips, not the patient
_HEART_BEFORE = re.compile(
    r"\b(?:heart|hearts|heartbeat|pulse|corazon|pulso|latidos?)\b(?:\s+\w+){0,3}\s*$"
)


# "feel numb like I been on a bike seat all day, and I havent": a bare "haven't" denies the
# likeness, it skips nothing
A_LIKENESS_DENIED = re.compile(
    r"\b(?:like|as\s+if|como\s+si)\s+(?:i|id|ive|i\s+had|i\s+have)\s+(?:been|was|had|did)\b[^.!?]*"
    r"\b(?:and|but|except)\s+(?:i\s+)?$"
)


def the_heart(statements: str, skip: re.Match[str]) -> bool:
    return bool(_HEART_BEFORE.search(statements, 0, skip.start()))


def an_accident(statements: str, skip: re.Match[str]) -> bool:
    """ "Ran to the bathroom and didn't make it": an accident, not a session skipped."""
    # ("standing at the toilet and it just won't start": the stream, not the session)
    said = skip.group()
    return ("make" in said or "start" in said) and bool(
        _TOILET_BEFORE.search(statements, 0, skip.start())
    )


# A sign or a limb told before a bare "se me pasó": the sign passed ("se me durmió la pierna,
# ya se me pasó"), no session forgotten.
_PASSED_SIGN = re.compile(
    rf"\b(?:{BODY}|pantorrillas?|durmio|durmieron|dormid[oa]s?|mare\w*|dolor|dolia|duele|hormigue\w*"
    r"|acalambr\w*"
    r"|calambres?|entumi\w*|ardor|comezon|punzada|nausea\w*|asco)\b"
)
_BARE_PASSED = re.compile(r"\bse\s+me\s+paso\s*(?:$|[,.!;])")


def sign_passed(statements: str, skip: re.Match[str]) -> bool:
    """ "se me durmió el pie, ya se me pasó": the sign passed, not the session."""
    return bool(
        _BARE_PASSED.match(statements, skip.start())
        and _PASSED_SIGN.search(statements, 0, skip.start())
    )


# "doc said if i ever lose bladder control go to ER. havent": a bare denial after a sign told
# as a maybe denies the sign, it skips nothing ("knee hurt so i didnt." does skip)
_A_BARE_DENIAL = re.compile(
    r"(?:i\s+)?(?:havent|have\s+not|hasnt|didnt|did\s+not|never\s+(?:have|did)|no\s+(?:me\s+)?(?:ha|he)"
    r"(?:\s+pasado)?|nunca(?:\s+me\s+ha\s+pasado)?)\s*(?:yet|todavia|aun)?\s*(?:[,.!;]|$)"
)
_A_SIGN_SUPPOSED = re.compile(
    rf"\b(?:if|whether|in\s+case|si|en\s+caso\s+de(?:\s+que)?|cuando\s+(?:me|le|se)|ever|alguna\s+vez)\b"
    rf"[^!?]{{0,80}}?(?:{SYMPTOM.pattern}|\b(?:fall|falls|fell|caigo|caida|caer)\b)[^!?]*$"
)


def a_sign_denied(statements: str, skip: re.Match[str]) -> bool:
    """ "told me if my leg goes numb to call. haven't": the sign denied, not the session."""
    return bool(
        _A_BARE_DENIAL.match(statements, skip.start())
        and _A_SIGN_SUPPOSED.search(statements, max(0, skip.start() - 160), skip.start())
    )

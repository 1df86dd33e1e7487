"""Whether a reply says the day's work was done, partly done or skipped."""

import re

from companion.conversation.partial import HOW_MUCH, PARTIAL
from companion.conversation.task_verdicts import some_tasks_done_others_not, verdicts_told
from companion.conversation.words import (
    BODY,
    PASS_WATER_ES,
    SOILED_ES,
    TASK_WORDS,
    THINGS,
    WATER_ES,
    any_of,
)

# "did nothing", "done absolutely nothing": the word of doing, with nothing done.
_NOTHING = (
    r"\s+(?:absolutely\s+|literally\s+|pretty\s+much\s+|basically\s+)?(?:nothing|nada|zilch|zero"
    r"|none)\b(?!\s+(?:wrong|else)\b)"
)
# "im done with living like this": fed up with life, no day's work done
_FED_UP = (
    r"\s+with\s+(?:living|life|it\s+all|all\s+of\s+(?:this|it)|being\s+\w+|this\s+(?:life"
    r"|world)|the\s+world|people)\b"
)
_DONE = any_of(
    # ("me hice del baño encima" is an accident; "they've done that for years" a habit)
    # ("driving off the dock and being done" ends a life, not a day's work)
    rf"\b(?:(?<!being\s)done(?!\s+(?:that|this|it)\s+(?:for\s+(?:years|months|weeks|ages|a\s+while|a\s+long)|since"
    rf"|before)\b)(?!{_NOTHING})(?!{_FED_UP})|dn|finished|finito|complete|completed"
    # ("thanks for everything you guys did" is the clinic's doing, not the patient's; "never did
    # that before" tells of a sign)
    rf"|(?<!you\s)(?<!u\s)(?<!guys\s)(?<!yall\s)did(?!{_NOTHING})(?!\s+(?:that|this|it)\s+before\b)(?!\s+not\b)"
    # ("desde que hice los pulls" dates a sign, it tells no work of today)
    rf"|(?<!desde\sque\s)hice(?!\s+(?:(?:{WATER_ES})\s+)?(?:{WATER_ES}|encima|dano|{SOILED_ES})\b)|listo|(?<!la\s)(?<!mi\s)(?<!una\s)(?<!tu\s)lista|listos|hecho|hechos|"
    r"hecha|termine|terminado|terminados|(?<!se\s)acabe|completados?|realice|realizad[oa]s?|efectue"
    # the day said whole: "todo completo" ("se me quitó por completo" is a sign gone)
    r"|(?<!dolor\s)(?<!pain\s)(?<!por\s)complet[oa]s?|completit[oa]s?)\b",
    # a state told after the work says it was done: "legs shaky after my workout", "bien
    # cansada después de la rutina"
    r"\b(?:sore|tired|wobbly|shaky|stiff|fine|good|great|ok|okay|achy|beat|spent|wiped|pumped"
    r"|cansad[oa]|adolorid[oa]|bien|tembloros[oa]|agotad[oa])\s+(?:\w+\s+){0,2}?(?:after|despues"
    r"\s+de)\s+(?:the|my|todays|los|las|la|el|mis)\s+(?:workout|exercises|session|routine|lifts"
    r"|ejercicios|rutina|sesion|cargas)\b",
    # "cumplí con todo", "I complied with the plan": the plan kept
    r"\b(?:cumpli|cumplido|cumplimos)\b(?!\s+(?:anos|\d))",
    # "I make all exercise today": "make" for "do", as Spanish "hacer" says both
    # (the lookahead first, so the lookbehinds run only where "make" stands)
    # "I finish all", "I complete everything": the present said for the past, as "make" is
    r"(?<=\bi\s)(?:finish|complete)\s+(?:all|everything|them\s+all|it\s+all)\b",
    r"\b(?=ma[dk]e\b)(?<!to\s)(?<!will\s)(?<!ill\s)(?<!gonna\s)(?<!can\s)(?<!could\s)(?<!should\s)"
    r"(?<!you\s)(?<!u\s)(?<!they\s)(?:make|made)\s+(?:all\s+)?(?:(?:the|my|of\s+the)\s+)?(?:exercises?"
    r"|workouts?|routine|homework)\b(?!\s+(?:easier|harder|shorter|longer|more|less|better|worse)\b)",
    r"\bgot\s+(?:it|them|em|everything|all|my\s+\w+)\s+(?:\w+\s+)?(?:done|in|finished)\b",
    # the whole session named: "full workout 💪", "whole routine, pain 2"
    r"\b(?:full|whole|entire)\s+(?:workout|session|routine|program|circuit|set\s+of\s+exercises)\b"
    r"|\b(?:rutina|sesion|serie)\s+(?:entera|completita)\b",
    # every set or round told: "all 3 sets of everything", "todas las series", "las 3 vueltas
    # completas" ("all 3 sets hurt" still tells they were done)
    r"\ball\s+(?:the\s+|my\s+)?(?:\d+|two|three|four|five|six)\s+(?:sets|rounds|laps|circuits|reps)\b"
    r"(?!\s+(?:left|to\s+go|remaining)\b)|\btodas\s+(?:las|mis)\s+(?:\d+\s+)?(?:series|vueltas"
    r"|repeticiones|rondas)\b(?!\s+(?:me\s+)?(?:faltan|pendientes)\b)",
    r"\b(?:knocked|crushed|nailed|smashed|killed|wrapped|murdered|destroyed|demolished|owned)\s+"
    r"(?:it|them|em|out|up|the\s+\w+|every\s+\w+|everything|all\s+(?:of\s+)?(?:them|it|em))\b",
    r"\b(?:worked\s+out|(?:got|went|made\s+it|worked|pushed|powered|muscled|fought)\s+(?:through"
    r"|thru)|all\s+set)\b|[✅✔☑]",
    r"^\W*(?:all|all\s+of\s+(?:them|it|em)|everything|every\s+one|the\s+whole\s+thing|todo|todos"
    r"|todas|todito)\s*(?:[,.!;]|$)",
    # ("the skin looks stretched" describes a limb)
    r"(?<!looks\s)(?<!looked\s)(?<!feels\s)(?<!is\s)\b(?:walked|stretched|lifted|biked|swam|carried"
    r"|climbed|camine"
    r"|estire|levante|corri|nade)\b",
    # ("ya está cerrando", "ya está mejor" describe a thing or a body, not the work)
    r"\bya\s+(?:quedo|quedaron|estuvo|estan|esta)\b(?!\s+(?:(?:menos|mas|muy|algo|un\s+poco)\s+)?"
    r"(?:\w+(?:ando|iendo|yendo)|mejor|peor|bien|normal\w*|tranquil\w*|estable|desinflamad[oa]s?"
    r"|mal|igual|san[oa]s?|cerrad[oa]s?|roj[oa]s?|hinchad[oa]s?|inflamad[oa]s?|calientes?|dormid[oa]s?"
    r"|adolorid[oa]s?|oscuro|de\s+noche|tarde)\b)|^\W*(?:yes|yep|yup|yeah|ya|si|sip)\s*[,.!]",
)
# Finishing words turn partial when negated ("didn't finish"); the others turn skipped.
_FINISH_WORDS = frozenset(
    {"finished", "complete", "completed", "termine", "terminado", "acabe", "completo", "completa"}
)
_NEGATED = re.compile(
    r"(?:\b(?:didnt|did\s+not|not|never|havent|have\s+not|hasnt|couldnt|could\s+not|wasnt|wont"
    r"|cant|cannot|aint|(?<!pain\s)(?<!p\s)(?<!fatigue\s)(?<!tired\s)(?<!f\s)0|none|nothing)\s+(?:(?:yet|quite|really|totally|fully|even|get|got|able\s+to|be"
    r"|been|manage\s+to|i|it|them|all)\s+){0,2}"
    r"|\b(?:no|ni|nunca|todavia\s+no|aun\s+no)\s+(?:(?:los|las|lo|la|me|he|ha|han|hemos|habia|pude)\s+){0,2})$"
)
# "forgot my log sheet at home", "se me olvidó la hoja": a thing left behind, not the work
_A_THING = rf"\s+(?:my|the|a|his|her|mi|la|el|los|las|mis)\s+(?:\w+\s+)?(?:{THINGS})\b"
# Places the patient goes to, not the work done at home: "can't get to clinic tmrw"
_VISITS = r"clinic|clinica|pt|therapy|appointment|appt|doctor|doc|office|hospital|work|job"
SKIPPED = any_of(
    # (Spanglish "skipié", "lo skipeé"; "it missed my feet" is a near miss, not a session)
    r"\bskip(?:ped|ping|t|d|pd|ie|ee|eo|e|ear|eamos|earon|eado)?\b(?!\s+(?:a\s+)?beats?\b)|\bmissed\b"
    r"(?!\s+(?:a|the|my|one)\s+(?:\w+\s+)?(?:rung|steps?|stairs?|footing|curb|beat)\b)"
    rf"(?!\s+(?:me|us|him|her)\b|\s+(?:my|his|her)\s+(?:\w+\s+)?(?:{BODY}|toes?|head|face|fingers?)s?\b"
    r"(?!\s+(?:exercises?|stretch\w*|work\w*|routine|stuff|ones?|lifts?|sets?|session)\b))|\bn(?:o)?t\s+today\b|\bhoy\s+no\b|\bno\s+hoy\b"
    # (Spanglish "today no, tengo cita": a "no" of its own after the day; "today no pain" tells)
    r"|\btoday\s+no\s*(?:[,.!;]|$)|\bno\s+way\s+(?:today|tonight|hoy)\b",
    r"\b(?:day|dia)\s+(?:off|libre)\b|\brest\s+day\b|\btoday\s+off\b|\btook\s+(?:a\s+|the\s+)?"
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
    r"|make\s+it(?!\s+(?:\w+\s+)?(?:to\s+the\s+(?:bathroom|toilet|restroom)|in\s+time))"
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
    rf"\b(?:did|done|accomplished)(?={_NOTHING})|\bgot\s+(?:nothing|zero|nada)\s+done\b"
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


# "i'm done. not the exercises": the patient's "done" says it is not about the work
_DONE_NOT_THE_WORK = re.compile(
    r"\bdone\W+(?:i\s+mean\s+)?not\s+(?:with\s+)?(?:the|my)\s+(?:exercises|workouts?|routine|program)\b"
)
# "feel numb like I been on a bike seat all day, and I havent": a bare "haven't" denies the
# likeness, it skips nothing
_A_LIKENESS_DENIED = re.compile(
    r"\b(?:like|as\s+if|como\s+si)\s+(?:i|id|ive|i\s+had|i\s+have)\s+(?:been|was|had|did)\b[^.!?]*"
    r"\b(?:and|but|except)\s+(?:i\s+)?$"
)


def _the_heart(statements: str, skip: re.Match[str]) -> bool:
    return bool(_HEART_BEFORE.search(statements, 0, skip.start()))


def _an_accident(statements: str, skip: re.Match[str]) -> bool:
    """ "Ran to the bathroom and didn't make it": an accident, not a session skipped."""
    # ("standing at the toilet and it just won't start": the stream, not the session)
    said = skip.group()
    return ("make" in said or "start" in said) and bool(
        _TOILET_BEFORE.search(statements, 0, skip.start())
    )


_ANOTHER_DAY = re.compile(
    r"(?<!than\s)(?<!since\s)(?<!as\s)(?<!from\s)\b(?:yesterday|ayer|last\s+night|anoche|the\s+other\s+day|antier"
    # a day named by the week's name is not today's session: "skipping PT thursday"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day|lunes|martes|miercoles|jueves|viernes|sabado"
    r"|domingo)\b"
)
_TODAY = re.compile(r"\b(?:today|todays|hoy|this\s+morning|tonight|esta\s+manana)\b")


# Why no answer came: "por eso no contesté. ayer hice todo" answers for the day it was asked.
_LATE_ANSWER = re.compile(
    r"\bno\s+(?:le\s+|te\s+|les\s+)?(?:conteste|contestaba|respondi|respondia)\b|\b(?:didnt|couldnt"
    r"|did\s+not|could\s+not)\s+(?:answer|reply|respond|text\s+(?:you\s+|u\s+)?back)\b"
)


_CLAUSE_TURN = re.compile(r",|\b(?:but|pero)\b")


def _about_another_day(statements: str, start: int, end: int) -> bool:
    """Whether the clause around [start, end) speaks of another day and not of today."""
    # ("ayer no pude pero hoy sí hice todo": a "but" turns from one day to the other)
    stops = [m.start() for m in _CLAUSE_TURN.finditer(statements)]
    begin = max((s for s in stops if s < start), default=0)
    stop = min((s for s in stops if s >= end), default=len(statements))
    clause = statements[begin:stop]
    return bool(_ANOTHER_DAY.search(clause)) and not _TODAY.search(clause)


# "almost dropped it on my foot but didn't": the "didn't" answers the near miss, not the work.
_NEAR_MISS_DENIED = re.compile(
    r"\b(?:almost|nearly|casi|por\s+poco)\b[^.!?]{0,60}?\b(?:but|pero)\s+(?:i\s+|it\s+)?(?:didnt|did\s+not"
    r"|wasnt|no(?!\s+\w))\b"
)
# A sign or a limb told before a bare "se me pasó": the sign passed ("se me durmió la pierna,
# ya se me pasó"), no session forgotten.
_PASSED_SIGN = re.compile(
    rf"\b(?:{BODY}|pantorrillas?|durmio|durmieron|dormid[oa]s?|mare\w*|dolor|dolia|duele|hormigue\w*"
    r"|acalambr\w*"
    r"|calambres?|entumi\w*|ardor|comezon|punzada|nausea\w*|asco)\b"
)
_BARE_PASSED = re.compile(r"\bse\s+me\s+paso\s*(?:$|[,.!;])")


def _sign_passed(statements: str, skip: re.Match[str]) -> bool:
    """ "se me durmió el pie, ya se me pasó": the sign passed, not the session."""
    return bool(
        _BARE_PASSED.match(statements, skip.start())
        and _PASSED_SIGN.search(statements, 0, skip.start())
    )


def read_completion(statements: str) -> str | None:
    """done / partial / skipped from what the patient states; some of each is partial."""
    statements = _NEAR_MISS_DENIED.sub(lambda m: " " * len(m.group()), statements)
    kinds: set[str] = set()
    late = bool(_LATE_ANSWER.search(statements))
    fed_up = bool(_DONE_NOT_THE_WORK.search(statements))
    for match in _DONE.finditer(statements):
        if not late and _about_another_day(statements, match.start(), match.end()):
            continue  # "did them yesterday but not today"
        if fed_up and match.group() == "done":
            continue
        if _NEGATED.search(statements, 0, match.start()) is None:
            kinds.add("done")
        elif not re.match(r"\W*(?:\w+\W+)?(?:yet|todavia)\b", statements[match.end() :]):
            kinds.add("partial" if match.group() in _FINISH_WORDS else "skipped")
        # "not done yet" is neither: it reads as a snooze
    for pattern in HOW_MUCH:
        for match in pattern.finditer(statements):
            did, of = int(match.group("did")), int(match.group("all"))
            kinds.add("skipped" if did == 0 else "done" if did >= of else "partial")
    # a task told with its own verdict: "lifts ok", "la escalera también", "ladder went fine"
    # (a number's "too" is a score's or a stool's: "back is an 8 too", "#2 too")
    told = verdicts_told(statements, numbered=False)
    if "done" in told:
        kinds.add("done")
    if PARTIAL.search(statements) or some_tasks_done_others_not(statements):
        kinds.add("partial")
    elif "done" in kinds and "skipped" in told:
        kinds.add("partial")  # "caminé y subí la escalera, pero los jalones no"
    # "dropped the ball yesterday and forgot, did them all today": beside today's work done,
    # yesterday's skip is not today's
    skips = [
        (m.start(), m.end())
        for m in SKIPPED.finditer(statements)
        if not _an_accident(statements, m)
        and not _sign_passed(statements, m)
        and not _the_heart(statements, m)
        and not _A_LIKENESS_DENIED.search(statements, 0, m.start())
    ]
    if any("done" not in kinds or not _about_another_day(statements, *span) for span in skips):
        kinds.add("skipped")
    if "partial" in kinds or {"done", "skipped"} <= kinds:
        return "partial"
    return "skipped" if "skipped" in kinds else "done" if "done" in kinds else None

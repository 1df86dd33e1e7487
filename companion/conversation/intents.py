"""What a reply is about: done, partial, skipped, snooze, plan, question, report or other."""

import re

# Statements carry the completion; a question about skipping ("is it ok to skip
# the carries?") is a question, not a skip.
_QUESTION_START = re.compile(
    r"^\W*(?:can|could|should|would|is|are|am|does|will\s+(?:you|i|it|my|this|that|the|there)|how|what(?!\s+a\b)|whats|when|where|why|"
    r"who|which|may|shall|ok\s+to|okay\s+to|alright\s+to|puedo|puede|debo|deberia|cuando|"
    r"cuanto|cuantos|cuantas|donde|por\s+que|cual|cuales|como\s+(?:hago|se|puedo|debo|le|lo)|(?:do|did)\s+(?:you|i|we|u)|que\s+(?:hago|"
    r"tengo|debo|puedo|me\s+toca|es|son|hora|dia))\b"
)
_PLAN = re.compile(
    r"\b(?:what|whats|which|wat|wut|que|cuales|cual)\s+(?:\w+\s+){0,3}?(?:exercises?|workouts?|plan|"
    r"routine|program|tasks?|homework|ejercicios|rutina|tareas|for\s+today|on\s+(?:the\s+)?(?:list|"
    r"schedule|agenda)|do\s+i\s+(?:do|need|have)|am\s+i\s+(?:doing|supposed|meant)|me\s+toca|hago\s+hoy"
    r"|tengo\s+que\s+hacer)"
    r"|\bwhat\s+(?:should|do|am)\s+i\s+(?:\w+\s+)?(?:do|doing|supposed)\b"
    r"|\bhow\s+(?:many|much|long|often)\s+(?:\w+\s+)?(?:reps|sets|times|weight|lbs?|pounds|minutes|"
    r"mins|seconds|secs|hold|do\s+i|should\s+i|am\s+i|each)"
    r"|\b(?:re-?send|send\s+(?:\w+\s+){0,3}again|send\s+(?:me\s+)?(?:the|my|todays|today)\s+(?:plan|"
    r"exercises|workout|list|routine|tasks)|text\s+me\s+(?:the|my)\s+(?:plan|exercises|workout|list))"
    r"|\b(?:forgot|remind\s+me|dont\s+remember|lost)\s+(?:what|which|the|my)\s+(?:\w+\s+)?(?:exercises|"
    r"plan|workout|routine|to\s+do|(?:i\s+(?:have|need|am)|im)\s+(?:supposed\s+)?to)"
    r"|\b(?:get|have|see)\s+(?:the|my|todays)\s+(?:plan|exercises|list|workout|routine)\b"
    r"|\b(?:plan|exercises|list|workout|routine)\s+again\b"
    r"|\b(?:need|want|send|give\s+me|mandame|necesito)\s+(?:me\s+)?(?:the\s+|my\s+|todays\s+|mis\s+|la\s+|los\s+)?"
    r"(?:exercises|workout|plan|list|routine|ejercicios|rutina)\b"
    r"|\bwhich\s+ones?\s+(?:today|for\s+today|do\s+i|am\s+i|should\s+i\s+do)\b"
    r"|\bcuant[oa]s?\s+(?:repeticiones|series|veces|minutos|libras|peso)"
    r"|\b(?:mand\w*|envi\w*|reenvi\w*|vuelve\s+a\s+mandar)\s+(?:\w+\s+){0,2}?(?:ejercicios|"
    r"rutina|plan|lista)"
)
_JUST_THE_PLAN = re.compile(
    r"^\W*(?:the\s+|my\s+)?(?:list|plan|exercises|workout|routine|rutina|ejercicios|lista)\W*"
    r"(?:please|pls|plz|por\s+favor|again|otra\s+vez)?\W*$"
)
_NOT_PLAN = re.compile(r"\b(?:if|si|ok\s+to|okay\s+to|safe\s+to|normal|instead|skip|stop|worry)\b")
_QUESTION = re.compile(
    r"\b(?:i\s+have\s+a\s+question|quick\s+question|question\s+for|(?:i\s+was\s+|im\s+)?wondering|"
    r"tengo\s+una\s+(?:pregunta|duda)|una\s+pregunta|is\s+it\s+normal|es\s+normal|call\s+me|"
    r"(?:need|want)\s+to\s+(?:talk|speak|reschedule|cancel|change)|llamen(?:me)?|llamame|"
    r"(?:quiero|necesito)\s+hablar)\b"
)
_SNOOZE_ASKED = re.compile(
    r"\bsnooze\b|\bremind\s+me\b|\brecuerda(?:s|me|nme|melos?|melas?)?\b|\brecordarme\b"
    r"|\bnot\s+(?:right\s+)?now\b|\b(?:not|havent|have\s+not|hasnt)\s+(?:\w+\s+){0,3}?yet\b"
    r"|\b(?:todavia|aun)\s+no\b|\bno\s+(?:\w+\s+)?todavia\b|\bahorita\s+no\b"
    r"|\b(?:text|message|msg|ping|ask|write)\s+(?:me\s+)?(?:again\s+)?(?:later|tonight|in\s+an?\b|at\s+\d)"
    r"|\b(?:give|dame)\s+(?:me\s+)?(?:an?\s+hour|a\s+few|some\s+time|un\s+rato|una\s+hora|\d+\s*"
    r"(?:min|mins|minutes|hours?|hrs?|minutos|horas))|\bbusy\s+(?:rn|right\s+now|now|at\s+the\s+moment)\b"
    r"|\b(?:will|ill|gonna|going\s+to|about\s+to)\s+(?:do|start|get\s+to|finish)\s+(?:them|it|em|my|the)\b"
    r"(?!\s+(?:\w+\s+){0,3}(?:tomorrow|manana))|\babout\s+to\s+start\b"
)
# A later time today; it asks for a snooze when the reply is short or says it will happen.
_LATER = re.compile(
    r"(?<!you\s)(?<!ya\s)(?<!u\s)\b(?:later|l\s?8\s?r|soon|tonight|this\s+(?:evening|afternoon)"
    r"|after\s+(?:work|dinner|lunch|my\s+shift|school)|when\s+i\s+get\s+(?:home|back|off)"
    r"|(?:after|once|when)\s+i\b|in\s+a\s+(?:bit|while|little\s+bit|sec|few|min|minute|moment)"
    r"|in\s+(?:an?|a\s+few|a\s+couple|\d+|un|una|unos)\s+(?:hour|hours|hr|hrs|min|mins|minutes|horas?"
    r"|minutos?|rato)|mas\s+tarde|luego|despues|pronto|al\s+rat\w*|en\s+un\s+rat\w*"
    r"|en\s+la\s+(?:noche|tarde)|esta\s+(?:noche|tarde))\b"
)
_LATER_CONTEXT = re.compile(
    r"\b(?:will|ill|gonna|going\s+to|plan\s+to|planning|try|do\s+(?:them|it|em)|doing\s+(?:them|it|em)"
    r"|hago|hare|voy\s+a|intentare|busy|ocupad[oa]|at\s+work|driving|manejando|trabajando)\b"
)
_DONE = re.compile(
    r"\b(?:done|dn|finished|finito|complete|completed|did|hice|listo|lista|listos|hecho|hechos|hecha|"
    r"termine|terminado|terminados|acabe|completados?)\b"
    r"|\bgot\s+(?:it|them|em|everything|all|my\s+\w+)\s+(?:\w+\s+)?(?:done|in|finished)\b"
    r"|\b(?:knocked|crushed|nailed|smashed|killed|wrapped)\s+(?:it|them|em|out|up|the\s+\w+)\b"
    r"|\b(?:worked\s+out|(?:got|went|made\s+it)\s+(?:through|thru)|all\s+set)\b|[✅✔☑]"
    r"|\b(?:walked|stretched|lifted|biked|swam|camine|estire|levante|corri|nade)\b"
    r"|\bya\s+(?:quedo|quedaron|estuvo|estan|esta)\b|^\W*(?:yes|yep|yup|yeah|ya|si|sip)\s*[,.!]"
)
_FINISH_WORDS = frozenset({"finished", "complete", "completed", "termine", "terminado", "acabe"})
_NEGATED = re.compile(
    r"(?:\b(?:didnt|did\s+not|not|never|havent|have\s+not|hasnt|couldnt|could\s+not|wasnt|wont|cant|0|none|"
    r"cannot|aint)\s+(?:(?:yet|quite|really|totally|fully|even|get|got|able\s+to|be|been|manage\s+to|"
    r"i|it|them|all)\s+){0,2}|\b(?:no|nunca|todavia\s+no|aun\s+no)\s+(?:(?:los|las|lo|la|me|he|pude|"
    r"los\s+he)\s+){0,2})$"
)
_PARTIAL = re.compile(
    r"\bhalf(?:way)?\b(?<!and\sa\shalf)|\bmitad\b|\bpartial(?:ly)?\b|\bpart\s*way\b|\ba\s+medias\b"
    r"|\b(?:did|done|completed|finished|got\s+through|managed)\s+(?:\w+\s+)?(?:some|most|part|a\s+few|"
    r"a\s+couple|a\s+bit|a\s+little)\b(?!\s+(?:min|mins|minutes|hours?|hrs?|ago|seconds|secs)\b)|\b(?:some|most|part|a\s+few|a\s+couple|couple)\s+of\s+"
    r"(?:them|it|the|my|em|those|these)\b|\bonly\s+(?:did|the|got|managed|finished|completed|made|\d)"
    r"|\b(?:did|done|finished)\s+(?:\w+\s+){0,3}only\b|\bjust\s+the\b|\bexcept\b|\ball\s+but\b"
    r"|\bnot\s+(?:all|every|the\s+whole)\b|\balmost\s+(?:done|finished|all|everything|complete)\b"
    r"|\b(?:stopped|quit|gave\s+up)\s+(?:\w+\s+)?(?:early|halfway|partway|midway|after|before|at|in\s+"
    r"the\s+middle)\b|\bhad\s+to\s+stop\b|\bcut\s+(?:it\s+)?short\b"
    r"|\b(?:couldnt|could\s+not|didnt|did\s+not|wasnt\s+able\s+to|unable\s+to|cant)\s+(?:\w+\s+)?"
    r"(?:finish|complete)\b|\bskipped\s+(?:the|one|some|a|\d)\s+(?!exercises|workout|session|routine|"
    r"program|day\b)\w+"
    r"|\b(?:algunos|algunas|unos\s+cuantos|unas\s+cuantas|la\s+mayoria|parte\s+de|excepto)\b"
    r"|\bcasi\s+(?:todo|todos|todas|termin\w*|acab\w*)\b|\b(?:no\s+todos|no\s+todo|tod[oa]s?\s+menos)\b"
    r"|\bsolo\s+(?:hice|los|las|el|la|un|una|\d|pude|alcance)\b|\bhice\s+(?:\w+\s+){0,2}solo\b"
    r"|\b(?:did|done|completed|finished|got\s+through|hice)\s+(?:\w+\s+)?[1-9]\d?\s*%"
    r"|\bbut\s+not\s+(?:the|my|all|any|those|these)\b|\b(?:everything|todo)\s+(?:but|except|menos)\b"
    r"|\b(?:couldnt|didnt|could\s+not|did\s+not|cant)\s+(?:do|finish|get\s+to)\s+(?:the\s+)?(?:last|final|"
    r"first|second|third|\d+\s*(?:st|nd|rd|th)?)\b"
    r"|\b(?:did|only|just|hice|solo)\s+(?:the\s+|los\s+|las\s+)?(?:first|primer\w*)\s+(?:\d+|few|couple"
    r"|half|part)\b|\bmedio\s+(?:los|las|lo|la|hice)\b"
    r"|\bme\s+falt(?:o|aron)\b|\bno\s+(?:los\s+|las\s+|lo\s+)?(?:pude\s+)?(?:terminar|acabar|termine)\b"
)
_SKIPPED = re.compile(
    r"\bskip(?:ped|ping|t)?\b|\bmissed\b|\bn(?:o)?t\s+today\b|\bhoy\s+no\b|\bno\s+hoy\b|\bno\s+time\b"
    r"|\bno\s+tuve\s+tiempo\b|\bno\s+me\s+dio\s+(?:el\s+)?tiempo\b|\b(?:day|dia)\s+(?:off|libre)\b"
    r"|\brest\s+day\b|\bnot\s+doing\b|\bdidnt\s+get\s+to\b|\bforgot\b(?!\s+(?:what|which|how|the\s+(?:exercises|plan)))|\bse\s+me\s+(?:paso|olvido)\b"
    r"|\b(?:didnt|did\s+not|couldnt|could\s+not|havent|have\s+not|wasnt\s+able\s+to|werent\s+able\s+to|"
    r"unable\s+to|wont|will\s+not|not\s+going\s+to|not\s+gonna|cant|cannot)\s+(?:\w+\s+){0,2}?(?:do|get\s+"
    r"to|make\s+it|manage|start|work\s+out|exercise)\b"
    r"|\bno\s+(?:los\s+|las\s+|lo\s+)?(?:hice|alcance|he\s+podido)\b"
    r"|\bno\s+(?:los\s+|las\s+|lo\s+)?pude\s*(?:hacer\w*|hoy|today|,|$)|\bme\s+(?:los|las|lo)\s+salte\b"
    r"|\b(?:i\s+)?(?:didnt|couldnt|havent|did\s+not|could\s+not|have\s+not|cant)\s*(?:today|tonight)?\s*(?:,|$)"
    r"|\btoo\s+(?:sore|tired|busy|painful|much\s+pain)\s+(?:today|tonight|for\s+(?:them|it))\b"
    r"|\bno\s+(?:exercises|workout|ejercicios)\b|\bdidnt\s+happen\b|\btoday\s+off\b"
    r"|\btoo\s+(?:busy|sore|tired)\s*(?:,|$)|\bnot\s+(?:going\s+to|gonna)\s+(?:today|happen)\b"
    r"|\b(?:didnt|did\s+not|no|never)\s+(?:have|had|get|got|tuve|hubo)\s+(?:the\s+|a\s+)?(?:time|chance|"
    r"tiempo|oportunidad)\b"
    r"|\b(?:probably\s+)?(?:wont|will\s+not)\s*(?:today|,|$|be\s+able)|\bso\s+no\s*$"
    r"|\b(?:im|i\s+am|feeling|been|was|estoy|me\s+siento)\s+(?:\w+\s+)?(?:sick|ill|enferm[oa])\b(?!\s+of)"
    r"|\btook\s+(?:a\s+|the\s+)?(?:break|rest|day\s+off)\b|\bnone\s+of\s+(?:them|it|em|the)\b"
    r"|\bsalte\b|\b(?:too|muy)\s+(?:tired|sore|busy|cansad[oa]|ocupad[oa])\s+(?:to|para)\b"
    r"|\b(?:do|doing|try|catch\s+up|make\s+(?:it|them)\s+up|hago|hare|hacerlos)\s+(?:\w+\s+){0,3}?"
    r"(?:tomorrow|manana)\b|\b(?:tomorrow|manana)\s+(?:\w+\s+){0,2}?(?:hago|hare|i\s+will|ill)\b"
)
# "1 of 3 exercises", "did 2/3", "2 sets instead of 3": how much of the day's work was done.
_OUT_OF = r"(?P<did>\d+)\s*(?:of|out\s+of|de|/)\s*(?:the\s+|los\s+|las\s+)?(?P<all>\d+)\b"
_HOW_MUCH = (
    re.compile(
        rf"\b{_OUT_OF}(?=\s*(?:exercises|ejercicios|sets|series|tasks|them|em|things|los|las))"
    ),
    re.compile(
        rf"\b(?:did|done|finished|completed|got\s+through|made\s+it\s+through|hice|termine)\s+"
        rf"(?:\w+\s+)?{_OUT_OF}"
    ),
    re.compile(r"\b(?P<did>\d+)\s+(?:\w+\s+)?instead\s+of\s+(?:the\s+)?(?P<all>\d+)\b"),
)
_SYMPTOM = re.compile(
    r"\b(?:sore|soreness|hurt|hurts|hurting|pain|painful|ache|aches|aching|achy|stiff|stiffness|"
    r"tired|exhausted|fatigued?|wiped|drained|bugging|energy|energia|duele|duelen|dolor|adolorid[oa]|cansad[oa]|"
    r"agotad\w*|rigid[oa]|cansad\w*|molest\w+|(?:feel|feeling|felt|me\s+siento|estoy|ando)\s+(?:\w+\s+)?(?:good|"
    r"great|fine|ok|okay|bad|rough|awful|terrible|bien|mal|cansad[oa]))\b"
)
_NO = re.compile(
    r"^\W*(?:no+|nope|nah|nop|none|nada|ninguno)\s*(?:[,.!-]|$|sorry|lo\s+siento|perdon|not\s+today|"
    r"i\s+didnt|didnt|today|hoy)"
)
_YES = re.compile(
    r"^\W*(?:yes+|yep|yup|yeah|yea|ya|si|sip|claro|sure\s+did|i\s+did)\b\W*(?:\w+\W*){0,2}$"
)


_CLAUSE_BREAK = re.compile(r",|(?<!all\s)(?<!everything\s)(?=\bbut\b|\bpero\b)")


def _clauses(text: str) -> list[tuple[str, bool]]:
    """Each clause and whether it asks; a trailing "?" makes its sentence's last clause ask."""
    clauses: list[tuple[str, bool]] = []
    for sentence in re.finditer(r"[^.!?\n]+[.!?\n]*", text):
        parts = [p for p in re.split(_CLAUSE_BREAK, sentence.group()) if p.strip()]
        asks = "?" in sentence.group() or "¿" in sentence.group()
        for index, part in enumerate(parts):
            last = index == len(parts) - 1
            clauses.append((part, bool(_QUESTION_START.search(part)) or (asks and last)))
    return clauses


def _completion(statements: str) -> str | None:
    kinds: set[str] = set()
    for match in _DONE.finditer(statements):
        negation = _NEGATED.search(statements, 0, match.start())
        if negation is None:
            kinds.add("done")
        elif re.match(r"\W*(?:\w+\W+)?(?:yet|todavia)\b", statements[match.end() :]):
            kinds.add("not_yet")
        else:
            kinds.add("partial" if match.group() in _FINISH_WORDS else "skipped")
    for pattern in _HOW_MUCH:
        for match in pattern.finditer(statements):
            did, of = int(match.group("did")), int(match.group("all"))
            kinds.add("skipped" if did == 0 else "done" if did >= of else "partial")
    if _PARTIAL.search(statements):
        kinds.add("partial")
    if _SKIPPED.search(statements):
        kinds.add("skipped")
    if "partial" in kinds or {"done", "skipped"} <= kinds:
        return "partial"
    return "skipped" if "skipped" in kinds else "done" if "done" in kinds else None


def read_intent(text: str, *, reports_something: bool, expecting: str | None) -> str:
    """The one intent of a reply (compliance keywords are settled before this)."""
    clauses = _clauses(text)
    statements = " , ".join(c for c, asks in clauses if not asks)
    questions = " , ".join(c for c, asks in clauses if asks)
    completion = _completion(statements)
    snooze = _SNOOZE_ASKED.search(text) or (
        _LATER.search(text) and (_LATER_CONTEXT.search(text) or len(text.split()) <= 4)
    )
    if completion and not (snooze and completion == "skipped" and not _SKIPPED.search(statements)):
        return completion
    if (_PLAN.search(text) and not _NOT_PLAN.search(questions)) or _JUST_THE_PLAN.search(text):
        return "plan"
    if snooze:
        return "snooze"
    asks_outright = _QUESTION.search(text) or any(_QUESTION_START.search(c) for c, _ in clauses)
    # "4?" or "idk like 4?" after "pain, 0-10?" is an unsure answer, not a question.
    unsure_answer = expecting is not None and reports_something and not asks_outright
    if (questions.strip() or asks_outright) and not unsure_answer:
        return "question"
    if reports_something or _SYMPTOM.search(text):
        return "report"
    if expecting is None and _NO.search(text):
        return "skipped"
    if expecting is None and _YES.search(text):
        return "done"
    return "other"

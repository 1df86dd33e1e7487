"""What a reply is about: done, partial, skipped, snooze, plan, question, report or other."""

import re


def _any(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


# A clause asks when it opens like a question (or ends with "?"): "is it ok to
# skip the carries?" is a question, not a skip.
_QUESTION_START = re.compile(
    r"^\W*(?:can|could|should|would|is|are|am|does|how|what(?!\s+a\b)|whats|when|where|why|who|"
    r"which|may|shall|ok\s+to|okay\s+to|alright\s+to|esta\s+bien\s+(?:si|que)|"
    r"will\s+(?:you|i|it|my|this|that|the|there)|"
    r"(?:do|did)\s+(?:you|i|we|u)|puedo|puede|debo|deberia|cuando|cuanto|cuantos|cuantas|donde|"
    r"por\s+que|cual|cuales|como\s+(?:hago|se|puedo|debo|le|lo)|"
    r"que\s+(?:hago|tengo|debo|puedo|me\s+toca|es|son|hora|dia))\b"
)
_QUESTION = _any(
    r"\b(?:i\s+have\s+a|quick|una)\s+question\b|\bquestion\s+for\b|\bwondering\b|\bpregunta\b",
    r"\btengo\s+una\s+duda\b|\bis\s+it\s+normal\b|\bes\s+normal\b",
    r"\bcall\s+me\b|\b(?:need|want)\s+to\s+(?:talk|speak|reschedule|cancel|change)\b",
    r"\bllam(?:en|enme|ame)\b|\b(?:quiero|necesito)\s+hablar\b",
)
_PLAN = _any(
    r"\b(?:what|whats|which|wat|wut|que|cuales|cual)\s+(?:\w+\s+){0,3}?(?:exercises?|workouts?|plan"
    r"|routine|program|tasks?|homework|ejercicios|rutina|tareas|for\s+today"
    r"|on\s+(?:the\s+)?(?:list|schedule|agenda)|do\s+i\s+(?:do|need|have)"
    r"|am\s+i\s+(?:doing|supposed|meant)|me\s+toca|hago\s+hoy|tengo\s+que\s+hacer)",
    r"\bwhat\s+(?:should|do|am)\s+i\s+(?:\w+\s+)?(?:do|doing|supposed)\b",
    r"\bwhich\s+ones?\s+(?:today|for\s+today|do\s+i|am\s+i|should\s+i\s+do)\b",
    r"\bhow\s+(?:many|much|long|often)\s+(?:\w+\s+)?(?:reps|sets|times|weight|lbs?|pounds|minutes"
    r"|mins|seconds|secs|hold|do\s+i|should\s+i|am\s+i|each)",
    r"\bcuant[oa]s?\s+(?:repeticiones|series|veces|minutos|libras|peso)",
    # asking for the list itself
    r"\bre-?send\b|\bsend\s+(?:\w+\s+){0,3}again\b|\b(?:plan|exercises|list|workout"
    r"|routine)\s+again\b",
    r"\b(?:need|want|send|give\s+me|get|have|see|text\s+me|mandame|necesito)\s+(?:me\s+)?"
    r"(?:the\s+|my\s+|todays\s+|today\s+|mis\s+|la\s+|los\s+)?(?:exercises|workout|plan|list"
    r"|routine|tasks|ejercicios|rutina)\b",
    r"\b(?:forgot|remind\s+me|dont\s+remember|lost)\s+(?:what|which|the|my)\s+(?:\w+\s+)?"
    r"(?:exercises|plan|workout|routine|to\s+do|(?:i\s+(?:have|need|am)|im)\s+(?:supposed\s+)?to)",
    r"\b(?:mand\w*|envi\w*|reenvi\w*|vuelve\s+a\s+mandar)\s+(?:\w+\s+){0,2}?"
    r"(?:ejercicios|rutina|plan|lista)",
    r"^\W*(?:the\s+|my\s+)?(?:list|plan|exercises|workout|routine|rutina|ejercicios|lista)\W*"
    r"(?:please|pls|plz|por\s+favor|again|otra\s+vez)?\W*$",
)
# "what exercises should I skip if my knee hurts?" asks the therapist, not for the plan.
_NOT_PLAN = re.compile(r"\b(?:if|si|ok\s+to|okay\s+to|safe\s+to|normal|instead|skip|stop|worry)\b")

_SNOOZE_ASKED = _any(
    r"\bsnooze\b|\bremind\s+me\b|\brecuerda(?:s|me|nme|melos?|melas?)?\b|\brecordarme\b",
    r"\bnot\s+(?:right\s+)?now\b|\bahorita\s+no\b|\bbusy\s+(?:rn|right\s+now|now"
    r"|at\s+the\s+moment)\b",
    r"\b(?:not|havent|have\s+not|hasnt)\s+(?:\w+\s+){0,3}?yet\b|\b(?:todavia|aun)\s+no\b"
    r"|\bno\s+(?:\w+\s+)?todavia\b",
    r"\b(?:text|message|msg|ping|ask|write)\s+(?:me\s+)?(?:again\s+)?(?:later|tonight|in\s+an?\b"
    r"|at\s+\d)",
    r"\b(?:give|dame)\s+(?:me\s+)?(?:an?\s+|a\s+few\s+|a\s+couple(?:\s+of)?\s+|some\s+|un\s+"
    r"|una\s+|\d+\s*)?(?:hours?|hrs?|min|mins|minutes|time|rato|hora|horas|minutos|few)\b",
    r"\b(?:will|ill|gonna|going\s+to|about\s+to)\s+(?:do|start|get\s+to|finish)\s+(?:them|it|em"
    r"|my|the)\b(?!\s+(?:\w+\s+){0,3}(?:tomorrow|manana))|\babout\s+to\s+start\b",
)
# A later time today asks for a snooze when the reply is short or says it will happen.
_LATER = re.compile(
    r"(?<!you\s)(?<!ya\s)(?<!u\s)\b(?:later|l\s?8\s?r|soon|tonight|this\s+(?:evening|afternoon)"
    r"|after\s+(?:work|dinner|lunch|my\s+shift|school)|when\s+i\s+get\s+(?:home|back|off)"
    r"|(?:after|once|when)\s+i\b|in\s+a\s+(?:bit|while|little\s+bit|sec|few|min|minute|moment)"
    r"|in\s+(?:an?|a\s+few|a\s+couple|\d+|un|una|unos)\s+(?:hour|hours|hr|hrs|min|mins|minutes"
    r"|horas?|minutos?|rato)|en\s+(?:una?|unos|\d+)\s+(?:horas?|minutos?|rat\w*)"
    r"|mas\s+tard\w*|luego|despues|pronto|al\s+rat\w*|en\s+la\s+(?:noche|tarde)"
    r"|esta\s+(?:noche|tarde))\b"
)
_LATER_CONTEXT = re.compile(
    r"\b(?:will|ill|gonna|going\s+to|plan\s+to|planning|try|do\s+(?:them|it|em)|doing\s+(?:them|it"
    r"|em)|hago|hare|voy\s+a|intentare|busy|ocupad[oa]|at\s+work|driving|manejando|trabajando)\b"
)

_DONE = _any(
    r"\b(?:done|dn|finished|finito|complete|completed|did|hice|listo|lista|listos|hecho|hechos|"
    r"hecha|termine|terminado|terminados|acabe|completados?)\b",
    r"\bgot\s+(?:it|them|em|everything|all|my\s+\w+)\s+(?:\w+\s+)?(?:done|in|finished)\b",
    r"\b(?:knocked|crushed|nailed|smashed|killed|wrapped)\s+(?:it|them|em|out|up|the\s+\w+)\b",
    r"\b(?:worked\s+out|(?:got|went|made\s+it)\s+(?:through|thru)|all\s+set)\b|[✅✔☑]",
    r"\b(?:walked|stretched|lifted|biked|swam|camine|estire|levante|corri|nade)\b",
    r"\bya\s+(?:quedo|quedaron|estuvo|estan|esta)\b|^\W*(?:yes|yep|yup|yeah|ya|si|sip)\s*[,.!]",
)
# Finishing words turn partial when negated ("didn't finish"); the others turn skipped.
_FINISH_WORDS = frozenset({"finished", "complete", "completed", "termine", "terminado", "acabe"})
_NEGATED = re.compile(
    r"(?:\b(?:didnt|did\s+not|not|never|havent|have\s+not|hasnt|couldnt|could\s+not|wasnt|wont"
    r"|cant|cannot|aint|0|none)\s+(?:(?:yet|quite|really|totally|fully|even|get|got|able\s+to|be"
    r"|been|manage\s+to|i|it|them|all)\s+){0,2}"
    r"|\b(?:no|nunca|todavia\s+no|aun\s+no)\s+(?:(?:los|las|lo|la|me|he|pude|los\s+he)\s+){0,2})$"
)
_PARTIAL = _any(
    r"\bhalf(?:way)?\b(?<!and\sa\shalf)|\bmitad\b|\bpartial(?:ly)?\b|\bpart\s*way\b|\ba\s+medias\b",
    r"\b(?:did|done|completed|finished|got|managed)\s+(?:\w+\s+)?(?:some|most|part|a\s+few"
    r"|a\s+couple|a\s+bit|a\s+little)\b(?!\s+(?:min|mins|minutes|hours?|hrs?|ago|seconds|secs)\b)",
    r"\b(?:some|most|part|a\s+few|a\s+couple|couple)\s+of\s+(?:them|it|the|my|em|those|these)\b",
    r"\bonly\s+(?:did|the|got|managed|finished|completed|made|\d)|\b(?:did|done|finished)\s+"
    r"(?:\w+\s+){0,3}only\b|\bjust\s+the\b",
    r"\b(?:did|only|just|hice|solo)\s+(?:the\s+|los\s+|las\s+)?(?:first|primer\w*)\s+(?:\d+|few"
    r"|couple|half|part)\b",
    r"\bexcept\b|\ball\s+but\b|\b(?:everything|todo)\s+(?:but|except|menos)\b|\bnot\s+(?:all|every"
    r"|the\s+whole)\b|\bbut\s+not\s+(?:the|my|all|any|those|these)\b",
    r"\balmost\s+(?:done|finished|all|everything|complete)\b",
    r"\b(?:did|done|completed|finished|got\s+through|hice)\s+(?:\w+\s+)?[1-9]\d?\s*%",
    r"\b(?:stopped|quit|gave\s+up)\s+(?:\w+\s+)?(?:early|halfway|partway|midway|after|before|at"
    r"|in\s+the\s+middle)\b|\bhad\s+to\s+stop\b|\bcut\s+(?:it\s+)?short\b",
    r"\b(?:couldnt|could\s+not|didnt|did\s+not|wasnt\s+able\s+to|unable\s+to|cant)\s+(?:\w+\s+)?"
    r"(?:finish|complete)\b",
    r"\b(?:couldnt|didnt|could\s+not|did\s+not|cant)\s+(?:do|finish|get\s+to)\s+(?:the\s+)?"
    r"(?:last|final|first|second|third|\d+\s*(?:st|nd|rd|th)?)\b",
    r"\bskipped\s+(?:the|one|some|a|\d)\s+(?!exercises|workout|session|routine|program|day\b)\w+",
    r"\b(?:algunos|algunas|unos\s+cuantos|unas\s+cuantas|unos\s+pocos|unas\s+pocas|la\s+mayoria"
    r"|parte\s+de|excepto)\b",
    r"\bcasi\s+(?:todo|todos|todas|termin\w*|acab\w*)\b|\b(?:no\s+todos|no\s+todo"
    r"|tod[oa]s?\s+menos)\b",
    r"\bsolo\s+(?:hice|los|las|el|la|un|una|\d|pude|alcance)\b|\bhice\s+(?:\w+\s+){0,2}solo\b",
    r"\bmedio\s+(?:los|las|lo|la|hice)\b|\bme\s+falt(?:o|aron)\b",
    r"\bno\s+(?:los\s+|las\s+|lo\s+)?(?:pude\s+)?(?:terminar|acabar|termine)\b",
)
_SKIPPED = _any(
    r"\bskip(?:ped|ping|t)?\b|\bmissed\b|\bn(?:o)?t\s+today\b|\bhoy\s+no\b|\bno\s+hoy\b",
    r"\b(?:day|dia)\s+(?:off|libre)\b|\brest\s+day\b|\btoday\s+off\b|\btook\s+(?:a\s+|the\s+)?"
    r"(?:break|rest|day\s+off)\b",
    r"\bnot\s+doing\b|\bdidnt\s+get\s+to\b|\bdidnt\s+happen\b",
    r"\bno\s+(?:exercises?|workouts?|ejercicios?)\b",
    r"\bforgot\b(?!\s+(?:what|which|how|the\s+(?:exercises|plan)))|\bse\s+me\s+(?:paso|olvido)\b",
    r"\b(?:didnt|did\s+not|couldnt|could\s+not|havent|have\s+not|wasnt\s+able\s+to"
    r"|werent\s+able\s+to"
    r"|unable\s+to|wont|will\s+not|not\s+going\s+to|not\s+gonna|cant|cannot)\s+(?:\w+\s+){0,2}?"
    r"(?:do|get\s+to|make\s+it|manage|start|work\s+out|exercise)\b",
    r"\b(?:i\s+)?(?:didnt|couldnt|havent|did\s+not|could\s+not|have\s+not|cant)\s*"
    r"(?:today|tonight)?\s*(?:,|$)",
    r"\b(?:probably\s+)?(?:wont|will\s+not)\s*(?:today|,|$|be\s+able)|\bso\s+no\s*$"
    r"|\bnot\s+(?:going\s+to|gonna)\s+(?:today|happen)\b",
    r"\b(?:didnt|did\s+not|no|never)\s+(?:have|had|get|got|tuve|hubo)\s+(?:the\s+|a\s+)?"
    r"(?:time|chance|tiempo|oportunidad)\b|\bno\s+time\b|\bno\s+me\s+dio\s+(?:el\s+)?tiempo\b",
    r"\btoo\s+(?:sore|tired|busy|painful|much\s+pain)\s+(?:today|tonight|for\s+(?:them|it))\b"
    r"|\btoo\s+(?:busy|sore|tired)\s*(?:,|$)",
    r"\b(?:too|muy)\s+(?:tired|sore|busy|cansad[oa]|ocupad[oa])\s+(?:to|para)\b",
    r"\b(?:im|i\s+am|feeling|been|was|estoy|me\s+siento)\s+(?:\w+\s+)?(?:sick|ill|enferm[oa])\b"
    r"(?!\s+of)",
    r"\bnone\s+of\s+(?:them|it|em|the)\b",
    r"\bno\s+(?:los\s+|las\s+|lo\s+)?(?:hice|alcance|he\s+podido)\b|\bme\s+(?:los|las|lo)\s+salte\b"
    r"|\bsalte\b|\bno\s+(?:los\s+|las\s+|lo\s+)?pude\s*(?:hacer\w*|hoy|today|,|$)",
    # today's work moved to tomorrow
    r"\b(?:do|doing|try|catch\s+up|make\s+(?:it|them)\s+up|hago|hare|hacerlos)\s+(?:\w+\s+){0,3}?"
    r"(?:tomorrow|manana)\b|\b(?:tomorrow|manana)\s+(?:\w+\s+){0,2}?(?:hago|hare|i\s+will|ill)\b",
)
# "1 of 3 exercises", "did 2/3", "2 sets instead of 3": how much of the day's work was done.
_OUT_OF = (
    r"(?P<did>\d+)\s*(?:of|out\s+of|de|/)\s*(?:the\s+|my\s+|los\s+|las\s+|mis\s+)?(?P<all>\d+)\b"
)
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
    r"\b(?:sore|soreness|hurt|hurts|hurting|pain|painful|ache|aches|aching|achy|stiff|stiffness"
    r"|tired|exhausted|fatigued?|wiped|drained|bugging|energy|energia|duele|duelen|dolor"
    r"|adolorid[oa]|cansad\w*|agotad\w*|rigid[oa]|molest\w+|(?:feel|feeling|felt|me\s+siento|estoy"
    r"|ando)\s+(?:\w+\s+)?(?:good|great|fine|ok|okay|bad|rough|awful|terrible|bien|mal))\b"
)
_NO = re.compile(
    r"^\W*(?:no+|nope|nah|nop|none|nada|ninguno)\s*(?:[,.!-]|$|sorry|lo\s+siento|perdon"
    r"|not\s+today|i\s+didnt|didnt|today|hoy)"
)
_YES = re.compile(
    r"^\W*(?:yes+|yep|yup|yeah|yea|ya|si|sip|claro|sure\s+did|i\s+did)\b\W*(?:\w+\W*){0,2}$"
)
_CLAUSE_BREAK = re.compile(r",|(?<!all\s)(?<!everything\s)(?=\bbut\b|\bpero\b)")


def _clauses(text: str) -> list[tuple[str, bool]]:
    """Each clause and whether it asks; a trailing "?" makes its sentence's last clause ask."""
    clauses: list[tuple[str, bool]] = []
    for sentence in re.finditer(r"[^.!?\n]+[.!?\n]*", text):
        parts = [p for p in _CLAUSE_BREAK.split(sentence.group()) if p.strip()]
        asks = "?" in sentence.group() or "¿" in sentence.group()
        for index, part in enumerate(parts):
            last = index == len(parts) - 1
            clauses.append((part, bool(_QUESTION_START.search(part)) or (asks and last)))
    return clauses


def _completion(statements: str) -> str | None:
    """done / partial / skipped from what the patient states; some of each is partial."""
    kinds: set[str] = set()
    for match in _DONE.finditer(statements):
        if _NEGATED.search(statements, 0, match.start()) is None:
            kinds.add("done")
        elif not re.match(r"\W*(?:\w+\W+)?(?:yet|todavia)\b", statements[match.end() :]):
            kinds.add("partial" if match.group() in _FINISH_WORDS else "skipped")
        # "not done yet" is neither: it reads as a snooze
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
        _LATER.search(statements) and (_LATER_CONTEXT.search(text) or len(text.split()) <= 4)
    )
    # A skip read only from a negated "done" ("not done, later") gives way to the snooze.
    if completion and not (snooze and completion == "skipped" and not _SKIPPED.search(statements)):
        return completion
    if _PLAN.search(text) and not _NOT_PLAN.search(questions):
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

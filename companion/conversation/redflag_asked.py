"""Signs not told as happening: asked about as what might happen ("is it normal to get pins and
needles after ice?", "will my fingers go numb if...", "¿es normal que se hinche la rodilla?"),
supposed ("what if", "in case", "si me da"), said as a word the patient would use only if
something were so, dreamt ("had a dream i fell off the tractor", "soñé que me caía"), or named in
a screening the patient answered no ("me preguntaron si tengo ideas de hacerme daño, dije que
no")."""

import re

# A question opening on what might happen or whether a thing is normal: "is it normal to",
# "will my", "could my ankle swell", "es normal que", "¿se me puede hinchar?", "va a ser normal"
# (a few words may lead in: "pregunta:", "quick q,", "doc,")
_WHAT_MIGHT = re.compile(
    r"\W*(?:\w+\W+){0,3}?(?:(?:is|would|will)\s+it\s+be|is\s+it|its|it\s+is|es|sera|seria|va\s+a\s+ser"
    r"|esta)\s+(?:\w+\s+)?(?:normal|ok|okay|bad|common|usual|expected|safe|possible|malo|comun"
    r"|posible|peligroso|bien)\b"
    # ("can you call me", "should i go to the ER": a request, an act of the patient's, not asked)
    r"|\W*(?:\w+\W+){0,3}?(?:will|would|could|can|might|may|should)\s+(?:(?:ever|also|still)\s+)?(?:my"
    r"|your|it|the|this|that|these|those|a|an)\b"
    r"|\W*(?:\w+\W+){0,3}?(?:(?:se\s+)?(?:me|te|le)\s+)?(?:puede|pueden|podria|podrian|va|van)\s+a?\s*"
)
# ...unless the patient tells it as happening: a time it began or still is, a state told in the
# present ("my leg has been numb since this morning", "la tengo dormida desde ayer", "this swollen")
_HAPPENING = re.compile(
    r"\b(?:since|has\s+been|have\s+been|hasnt\s+stopped|right\s+now|rn|today|this\s+morning|tonight"
    r"|last\s+night|yesterday|still(?!\s+(?:havent|hasnt|didnt|not|no))|keeps"
    r"|again|already|this\s+(?:swollen|numb|bad|tight|red|hot)|so\s+(?:swollen|numb|tight|red|puffy)"
    r"|(?:my|the)\s+\w+\s+(?:is|are|was|were|went|got|feels|felt|keeps|started)"
    r"|i\s+(?:have|had|got|get|feel|felt|keep|am)|im|ive|desde|hoy|ahorita|ahora|ayer|anoche"
    r"|sigue|todavia(?!\s+no)|otra\s+vez|de\s+nuevo|ya\s+(?:tengo|me)|tengo|tenia|traigo"
    r"|siento|senti|ando|estoy|esta\s+(?!normal|bien)|estan|me\s+(?:paso|pasa|dio|da|duele|empezo)"
    r"|happened|happens|twice|every\s+time|each\s+time|whenever|always|cada\s+vez|siempre"
    r"|(?<!not\s)now|like\s+this|asi"
    # ("is it ok to ice my swollen knee?": the patient's limb, as it is)
    r"|(?:my|mi|mis)\s+(?:swollen|numb|puffy|tingly|bruised|broken|busted|infected|(?:\w+\s+)?(?:hinchad|entumid"
    r"|dormid|infectad|quebrad)\w*)"
    # a state told as the patient's: "is it normal that my hand goes numb", "¿es normal que me
    # falte el aire?", "que la rodilla se me ponga tan hinchada" ("es normal que la rodilla se
    # hinche", "will my fingers go numb": what might be)
    r"|that\s+(?:my|i|im)|(?:my|the)\s+\w+\s+(?:goes|gets|hurts|swells|turns|stays)"
    r"|que\s+(?:se\s+)?me\s+\w+|se\s+me\s+(?:ponga|pone|puso|hinche|hincha|duerma|duerme)"
    r"|(?:this|tan)\s+\w+)\b"
)
# ...or says so after the question: "happened twice today", "since the squats yesterday"
_THEN_TOLD = re.compile(
    r"\b(?:happened|happens|today|twice|started|since|again|every\s+time"
    r"|me\s+(?:paso|pasa|empezo)|hoy|desde|empezo|otra\s+vez|de\s+nuevo)\b"
)


def asked_what_might_happen(text: str, start: int, end: int) -> bool:
    """Whether the sign is in a question of what might happen or whether it is normal, and not
    told as happening to the patient (mood signs are never so asked: the caller keeps them)."""
    opening = max(text.rfind(c, 0, start) for c in ".!?¿") + 1
    stops = [i for i in (text.find(c, end) for c in ".!?") if i >= 0]
    closing = min(stops, default=len(text))
    asked = closing < len(text) and text[closing] == "?"
    question = re.match(r"\W*(?:pregunta|question|quick\s+q\w*|duda)\b", text[opening:start])
    if not (asked or question) or not _WHAT_MIGHT.match(text, opening, start):
        return False
    return not (
        _HAPPENING.search(text, opening, closing) or _THEN_TOLD.search(text, closing, closing + 120)
    )


# "what if the numbness comes back", "si me da dolor de pecho", "in case I fall": not now.
_HYPOTHETICAL = re.compile(
    # ("as if", "como si" liken the sign to something: "como si respirara por un popote")
    # ("lo que sí es que", "eso sí", "ahora sí": a "sí" stripped of its accent insists)
    r"\b(?<!\bas\s)(?<!\bcomo\s)(?:if|whether|in\s+case|what\s+if|should\s+i\s+(?:worry|be\s+worried)"
    r"|(?<!\blo\sque\s)(?<!\beso\s)(?<!\bahora\s)si(?!\s+que\b)|en\s+caso\s+de"
    r"|por\s+si|y\s+si|worried\s+about|afraid\s+of|scared\s+of|miedo\s+(?:a|de)"
    r"|preocupa(?:do|da)?\s+(?:por|de)|watch\s+(?:out\s+)?for|look\s+out\s+for"
    # a sign watched for, a family's history: "I keep an eye out for chest pain, none so far"
    r"|keep\s+an\s+eye\s+out\s+for|on\s+the\s+lookout\s+for"
    r"|(?:al|estoy|ando|estar|me\s+mantengo)\s+pendiente\s+(?:de|del)"
    r"|vigilando\s+(?:que\s+no\s+me\s+de|si\s+me\s+da))\b"
    # "can the new meds cause numbness?", "¿puede la pastilla dar mareo?": a question, not a report
    # "can the tingling come back?", "¿puede el hormigueo volver?": asked of a sign, not told
    r"|\b(?:can|could|will|would|might|may|should|puede|pueden|podria)\s+(?:the|my|this|that|el|la"
    r"|mi|este|esta)\s+$"
    r"|\b(?:can|could|does|do|would|will|might|may|puede|pueden|podria)\b[^.!?]{0,40}\b(?:cause|give"
    r"|trigger|bring\s+on|lead\s+to|causar|dar|provocar)\s+(?:\w+\s+)?$"
)
# ...unless the patient says it did happen: "should I worry if my leg goes numb? happened twice"
_HAPPENED = re.compile(
    r"\b(?:happened|happens|happening|it\s+did|it\s+does|today|twice|me\s+paso|me\s+pasa"
    r"|hoy|since|desde|(?:has|have)\s+been|this\s+morning|esta\s+manana"
    r"|yesterday|ayer|last\s+night|anoche)\b"
)


def supposed(text: str, end: int, before: str) -> bool:
    """Whether the sign is supposed ("what if", "si me da", "in case"), not said to happen."""
    return bool(_HYPOTHETICAL.search(before) and not _HAPPENED.search(text, end, end + 80))


# A word the patient would use only if something were so: "I'd only call it unbearable if I had
# to work a double", "solo diría que es insoportable si" ("I'd say it's unbearable" is the sign).
_WOULD_CALL = re.compile(
    r"\b(?:(?:id|i\s+would|would)\s+(?:only\s+|just\s+)?(?:call|say|describe)\s+(?:it|its|that)\s+"
    r"|(?:yo\s+)?(?:le\s+|lo\s+)?(?:diria|llamaria)\s+(?:que\s+(?:es|esta)\s+)?)(?:\w+\s+)?$"
)
_ONLY_IF = re.compile(r"\s+(?:\w+\s+)?(?:if|unless|si|a\s+menos\s+que)\b")


def called_so_only_if(text: str, end: int, before: str) -> bool:
    """Whether the sign is a word the patient says they would use only if something were so."""
    return bool(_WOULD_CALL.search(before) and _ONLY_IF.match(text, end))


# A dream or a nightmare told before the sign in its sentence, and nothing woken between
_DREAM = re.compile(
    r"\b(?:dreamt|dreamed|dreaming|had\s+a\s+(?:bad\s+)?dream|in\s+(?:my|a|the)\s+dream|nightmare"
    r"|sone|sonaba|sonando|tuve\s+un\s+sueno|en\s+(?:el|mi|un)\s+sueno|pesadilla)\b"
)
_WOKE = re.compile(r"\b(?:woke|wake|awake|desperte|despertar|me\s+levante)\b")


def dreamt(text: str, start: int) -> bool:
    """Whether the sign is told of a dream, in its sentence, before the dreamer woke."""
    opening = max(text.rfind(c, 0, start) for c in ".!?") + 1
    dreams = list(_DREAM.finditer(text, opening, start))
    return bool(dreams and not _WOKE.search(text, dreams[-1].end(), start))


# A screening told ("they asked me if", "me preguntaron si") and the patient's answer no after the
# sign in the same sentence: "i said no", "told them no", "dije que no", "les contesté que no"
_ASKED = re.compile(
    r"\b(?:asked|asking|ask|asks|screen\w*|questionnaire|form|preguntaron|pregunto|preguntan"
    r"|pregunta|cuestionario)\b"
)
_SAID_NO = re.compile(
    r"[^?.!]{0,80}?\b(?:(?:i\s+)?(?:said|answered|told\s+(?:them|her|him|the\s+\w+)|put|checked|marked)"
    r"\s+(?:no|nope|nah)\b(?!\s+to\s+(?:the\s+)?(?:meds|pills|it|that))|(?:les?\s+)?(?:dije|conteste"
    r"|respondi|puse|marque)\s+(?:que\s+)?no\b)"
    # ("i said no but now its bad": the answer then taken back)
    r"(?![^.!?]{0,40}\b(?:but|pero|aunque|though)\b)"
)


def screened_and_said_no(text: str, start: int, end: int) -> bool:
    """Whether the sign is a screening's question that the patient then answered no."""
    opening = max(text.rfind(c, 0, start) for c in ".!?") + 1
    return bool(_ASKED.search(text, opening, start) and _SAID_NO.match(text, end))

"""What asks: a clause that opens or ends as a question, a question for the therapist, or today's
plan asked for again ("what are my exercises?", "how many reps of the rows?")."""

import re

from companion.conversation.words import any_of

# A clause asks when it opens like a question (or ends with "?"): "is it ok to
# skip the carries?" is a question, not a skip.
# A place or a time told before what happens there: "where the tape was feels hot", "when I
# kneel it's all pins", "donde me inyectaron se puso rojo": a subject then a verb of how it is
# or feels, in the same clause, with no question mark, tells; it does not ask.
_TOLD_AFTER = (
    r"\s+(?:i|you|u|they|we|he|she|it|me|my|the|le|les|lo|la|se|el|los|las|mi|mis)\b[^?,]*?\b"
    r"(?:feels?|felt|is|was|gets|got|goes|went|hurts?|hurt|its|it\s+is|turns?|stays?|burns?|aches?"
    r"|tingles?|throbs?|se\s+(?:puso|pone|siente|sintio|hincho|durmio)|esta|estaba|duele|dolia"
    r"|arde|ardia|quema|siento|sentia|senti|pica|punza"
    # a sign that comes over the body: "when I lift the box me dan toques", "me da un jalón"
    r"|(?:me|le)\s+(?:da|dan|daba|daban|duelen|molesta|molestan|truena|tiembla|tiemblan))\b"
)
# A time told by a past event: "when I lifted the box my back popped", "cuando jalé el trineo
# algo me tronó", "cuando subía la escalera": the past tense tells what happened, it asks
# nothing ("when do I lift?", "cuando hago la escalera" are present, and a "?" still asks).
_PAST_TOLD = (
    r"\s+(?:(?:i|we|it|my\s+\w+|the\s+\w+)\s+(?:\w+ed|was|were|got|went|felt|fell|did|bent|stood"
    r"|sat|took|came|ran|hit|knelt|woke|put|tried|gave|made|broke|tore|threw|drove|rode|began"
    r"|kept|lost|caught|stuck|slid)\b"
    r"|(?:(?:yo|me|se\s+me|le|lo|la)\s+)?(?!(?:tiene|viene|puede|debe|quiere|sabe|hace|pone|sale"
    r"|vale|empiece|comience|toque|llegue|sea|este|vaya|haga|tenga|pueda|deba|se|me|te|le|de)\b)"
    r"\w{2,}?(?:e|i|aba|abas|ia|ias)\s+(?:el|la|los|las|un|una|mi|mis|del|al|de|en|con|a|por)\b"
    # the past in progress: "cuando estaba cargando la caja sentí un tronido"
    r"|(?:estaba|estabamos|andaba|iba)\s+\w+(?:ando|iendo|yendo)\b)"
)
QUESTION_START = re.compile(
    r"^\W*(?:(?:can|could)(?!\s+(?:barely|hardly|only|not|no\s+longer)\b)|should|would|is|are|am|does|how|what(?!\s+a\b)|whats|why|who|"
    # ("where the staples were is red" names a place)
    rf"where(?!\s+(?:the|my)\s+\w+\s+(?:were|was|used\s+to\s+be)\b)(?!{_TOLD_AFTER})|"
    r"which|may|shall|ok\s+to|okay\s+to|alright\s+to|esta\s+bien\s+(?:si|que)|"
    r"will\s+(?:you|i|it|my|this|that|the|there)|"
    r"(?:do|did)\s+(?:you|i|we|u)|puedo|puede|debo|deberia|cuanto|cuantos|cuantas|"
    rf"(?:cuando|donde|when)(?!{_TOLD_AFTER})(?!{_PAST_TOLD})|"
    r"por\s+que|cual|cuales|como\s+(?:hago|se|puedo|debo|le|lo)|"
    r"que\s+(?:hago|tengo|debo|puedo|me\s+toca|es|son|hora|dia))\b"
)
# What to do, asked at the end without a "?": "no puedo hacer pee desde ayer... qué hago"
WHAT_TO_DO = re.compile(r"\b(?:que\s+(?:hago|debo\s+hacer)|what\s+(?:do|should)\s+i\s+do)\W*$")
QUESTION = any_of(
    WHAT_TO_DO.pattern,
    # ("contestando su pregunta", "a tu pregunta": the check-in's question answered)
    r"\b(?:i\s+have\s+a|quick|una)\s+question\b|\bquestion\s+for\b|\bwondering\b"
    r"|(?<!\bsu\s)(?<!\btu\s)(?<!\bsus\s)(?<!\btus\s)\bpregunta\b",
    # what comes next, asked without a "?": "I said no to all of it. so what now"
    r"(?:^|[.!,;]\s*)(?:so\s+|and\s+|ok\s+)?(?:what\s+now|now\s+what|y\s+ahora\s+que)\W*$",
    r"\btengo\s+una\s+duda\b|\bis\s+it\s+normal\b|(?<!no\s)\bes\s+normal\b",
    # a tag question with no "?": "thats fine right", "its normal no"
    r"\b(?:thats|that\s+is|its|it\s+is|eso\s+es|esta)\s+(?:\w+\s+)?(?:fine|ok|okay|normal|alright"
    r"|safe|bien)\s*,?\s*(?:right|yeah|no|verdad|cierto)\W*$",
    # ("she won't call me back" tells of someone else, it asks for nothing)
    r"\b(?=call\s)(?<!wont\s)(?<!doesnt\s)(?<!didnt\s)(?<!never\s)(?<!not\s)call\s+me\b|\b(?:need|want)\s+to\s+(?:talk|speak|reschedule|cancel|change)\b",
    r"\bllam(?:en|enme|ame)\b|\b(?:quiero|necesito)\s+hablar\b",
)
PLAN = any_of(
    r"\b(?:what|whats|which|wat|wats|wut|wuts|que|q|k|cuales|cual)\s+(?:\w+\s+){0,3}?(?:exercises?|workouts?|plan"
    r"|routine|program|tasks?|homework|ejercicios|rutina|tareas|for\s+today"
    r"|on\s+(?:the\s+)?(?:list|schedule|agenda|menu|docket|plate|tap|card)|do\s+i\s+(?:do|need|have)"
    r"|am\s+i\s+(?:doing|supposed|meant)|me\s+toca|hago\s+hoy|tengo\s+que\s+hacer)",
    # the day's work asked for as what one has: "what do i got hoy", "what i got today"
    r"\b(?:what|whats|wat|wut)\s+(?:do\s+|did\s+)?i\s+(?:got|get|have|gotta\s+do)\s+(?:today|hoy|for\s+today"
    r"|para\s+hoy|tonight|on\s+deck)\b",
    r"\bwhat\s+(?:should|do|am|was|were)\s+i\s+(?:\w+\s+)?(?:do|doing|supposed)\b",
    r"\b(?:whats|what\s+is|what\s+was|hows)\s+(?:the\s+|my\s+)?(?:weight|load|poundage|reps|sets"
    r"|hold|duration)\s+(?:for|on|of|in)\b",
    r"\bwhich\s+ones?\s+(?:today|for\s+today|do\s+i|am\s+i|should\s+i\s+do)\b",
    r"\bhow\s+(?:many|much|long|often)\s+(?:\w+\s+)?(?:reps|sets|times|weight|lbs?|pounds|minutes|rounds|laps"
    r"|mins|seconds|secs|hold|do\s+i|should\s+i|am\s+i|each)",
    r"\bcuant[oa]s?\s+(?:repeticiones|series|veces|minutos|libras|peso)",
    # today's dose of one task: "how many ladder climbs today?", "cuántas sentadillas hoy?"
    # ("how many advil can I take today?" asks the therapist)
    r"\b(?:how\s+(?:many|much|long)|cuant[oa]s?)\s+(?!(?:\w+\s+){0,3}?(?:can|could|may|puedo"
    r"|pills?|advil|tylenol|ibuprofen|meds?|medicine|pastillas?|medicina)\b)(?:\w+\s+){1,6}?"
    r"(?:today|for\s+today|hoy|para\s+hoy)\b",
    # asking for the list itself
    r"\bre-?send\b|\bsend\s+(?:\w+\s+){0,3}(?:again|otra\s+vez|de\s+nuevo)\b|\b(?:plan|exercises|list|workout"
    r"|routine)\s+again\b",
    r"\b(?:need|want|send|give\s+me|get|have|see|text\s+me|mandame|necesito)\s+(?:me\s+)?"
    r"(?:the\s+|my\s+|todays\s+|today\s+|mis\s+|la\s+|los\s+)?(?:exercises|workout|plan|list"
    r"|routine|tasks|ejercicios|rutina)\b",
    r"\b(?:forgot|remind\s+me|dont\s+remember|lost)\s+(?:what|which|the|my)\s+(?:\w+\s+)?"
    r"(?:exercises|stretches|moves|tasks|plan|workout|routine|ejercicios|estiramientos|to\s+do"
    r"|(?:i\s+(?:have|need|am)|im)\s+(?:supposed\s+)?to)",
    # sent or said again: "me repites los ejercicios?", "can you repeat today's plan"
    r"\b(?:mand\w*|envi\w*|reenvi\w*|vuelve\s+a\s+mandar|repit\w*|repet\w*|repeat)\s+(?:\w+\s+){0,3}?"
    r"(?:ejercicios|rutina|plan|lista|exercises|workout|routine|list)",
    # the list asked for again by a pronoun: "me los puedes mandar otra vez?", "me lo reenvías?"
    r"\bme\s+(?:los|las|lo|la)\s+(?:puede|puedes|pueden|podria|podrias|podrian)\s+(?:volver\s+a\s+)?"
    r"(?:mandar|enviar|reenviar|repetir|pasar)\b|\bme\s+(?:los|las|lo|la)\s+(?:reenvias|reenvia|repites"
    r"|repite|mandas|manda|envias|envia)\s+(?:otra\s+vez|de\s+nuevo)\b",
    # a task named by its number asked again: "what was #3 again?", "cuál era la 2 otra vez?"
    r"\b(?:what|whats|which|cual|que)\s+(?:was|is|were|era|es)\s+(?:#\s*|number\s+|no\.?\s*"
    r"|el\s+|la\s+|el\s+numero\s+|la\s+numero\s+)\d\d?\s+(?:again|otra\s+vez|de\s+nuevo)\b",
    r"^\W*(?:the\s+|my\s+)?(?:list|plan|exercises|workout|routine|rutina|ejercicios|lista)\W*"
    r"(?:please|pls|plz|por\s+favor|again|otra\s+vez)?\W*$",
)
# "what exercises should I skip if my knee hurts?" asks the therapist, not for the plan.
NOT_PLAN = re.compile(
    r"\b(?:if|si|ok\s+to|okay\s+to|safe\s+to|normal|instead|skip|stop|worry|cita|appointment"
    r"|therapist|terapeuta|doctor"
    # where the programme leads, not today's dose: "how much weight should I be at by week 6?"
    r"|by\s+(?:week|the\s+end|next|then)|eventually|para\s+la\s+semana|al\s+final"
    # the load for the week ahead is the therapist's call: "how much should I be lifting this
    # week?", "cuántas libras debo cargar esta semana?" ("what are my exercises this week?" asks
    # for the plan)
    # what to do with the programme as a whole asks for the therapist's call: "start back full
    # duty monday, what do i do w the program", "¿qué hago con los ejercicios si ya trabajo?"
    r"|(?:do|doing|hago|hacer)\s+(?:with|w|about|con)\s+(?:the|my|el|la|los|las|mis?)\s+(?:program\w*|plan"
    r"|exercises|ejercicios|routine|rutina|home\s+program)"
    r"|(?:should|do)\s+i\s+(?:be\s+)?\w+\s+this\s+week|debo\s+\w+\s+esta\s+semana|next\s+week"
    # a dose asked of the week, in either language: "how many lbs should the carry be this week?",
    # "cuántas libras debo cargar this week?" (a count asked of today's tasks is the plan)
    r"|(?:how\s+(?:many|much)|cuant[oa]s?)\b[^?]*?\b(?:this|the|esta|la|for\s+the)\s+(?:week|semana)"
    r"|proxima\s+semana|semana\s+que\s+viene"
    # how a task is meant to be, or another day's work: "how many reps is the sled push supposed
    # to be", "¿tengo que hacer los ejercicios el domingo también?"
    r"|supposed\s+to\s+be|meant\s+to\s+be|se\s+supone"
    r"|(?:el|los|on|this|next)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|lunes|martes|miercoles"
    r"|jueves|viernes|sabados?|domingos?|weekends?|fin\s+de\s+semana))\b"
)

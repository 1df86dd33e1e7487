"""Signs that are not the patient's now: someone else's, long over or of days gone, a mood
denied for now, or a thing that hurt nobody."""

import re

from companion.conversation.redflag_signs import word_class

LIMB = word_class("LIMB")

# The people a patient talks about, and strangers in a story.
_KIN = (
    r"wife|husband|hubby|kids?|child|children|son|daughter|mom|mother|dad|father|brother|sister"
    r"|grand\w+|coworker|co-worker|friend|neighbou?r|boss|partner|girlfriend|boyfriend|fiance\w*"
    r"|roommate|uncle|aunt|cousin|nephew|niece|baby|toddler|dog|cat|buddy|pal|bro|homie|teammate"
    r"|supervisor|foreman|forewoman|manager|crew\s+lead|mayordom[oa]|capataz|encargad[oa]|patron(?:a)?"
    # (with their diminutives: "mi abuelita", "mi hermanito", "mi mamita")
    r"|esposa|esposo|marido|mujer|senora|hij(?:it)?[oa]s?|nin[oa]s?|nen[ae]|bebe|mam(?:a|i|ita)"
    r"|pap(?:a|i|ito)|herman(?:it)?[oa]|abuel(?:it)?[oa]|niet(?:ecit|it)?[oa]|suegr(?:it)?[oa]|ti[oa]"
    r"|prim(?:it)?[oa]|sobrin(?:it)?[oa]|compa\w*|amig[oa]|vecin[oa]"
    r"|jef[ea]|perr[oa]|cunad[oa]|compadre|comadre|carnal|cipot[ea]s?|chamac[oa]s?|morr[oa]s?|escuincl[ea]s?|chiquit[oa]s?|patoj[oa]s?"
)
# A relative or friend opening a clause without "my": "coworker slipped on the dock", "vecino se
# cayó" (not Spanish "son", "they are", nor a pet or a baby talked to)
_KIN_OPENING = (
    r"wife|husband|hubby|daughter|mom|mother|dad|father|brother|sister|coworker|co-worker|friend"
    r"|buddy|neighbou?r|boss|roommate|grand(?:ma|pa|baby|babies|kid|son|daughter|child|mother|father)\w*|kid|niet[oa]|esposa|esposo|marido|hij[oa]|herman[oa]"
    r"|vecin[oa]|amig[oa]|companer[oa]|suegr[oa]|cunad[oa]"
)
_STRANGER = (
    r"guy|man|woman|lady|person|dude|girl|boy|player|actor|character|patient|senor|senora|muchach[oa]"
    r"|tipo|chav[oa]|hombre"
)
_OTHER = (
    rf"(?:(?:my|mi|mis|our|nuestr[oa]s?)\s+(?:{_KIN})(?:s(?=\s+(?!(?:is|are|was|were)\b)))?"
    rf"|(?:a|an|some|this|that|one|the|un|una|este|esta|el|la|ese|esa)\s+(?:{_STRANGER})"
    # ("somebody had a heart attack", "a alguien le dio un infarto": a stranger, told by the verb)
    r"|(?:some(?:body|one)|alguien)(?=\s+(?:had|got|has|le\s+dio|tuvo|se\s+\w+)\b)"
    rf"|(?:the|el|la|los|las)\s+(?:{_KIN}))"
)
# Words that bring the patient back in ("my wife says I fell", "my son said it's infected").
_THE_PATIENT = (
    r"(?:i|im|ive|me|my|mi|mis|yo|it|its|said|says|say|think|thinks|thought|told|tells|noticed|saw"
    r"|sees|dice|dijo|cree|noto|vio)\b"
)
# "my kid has a fever", "my kid has a 102 fever", "my wife's the one who fell", "a guy who had a
# heart attack", "mi niña tiene fiebre". A pronoun alone ("she slipped") is kept for falls, where
# it always was.
_OTHERS_BEFORE = re.compile(
    rf"(?:\b(?:{_OTHER}|(?P<pronoun>he|she|they|ella))|^\W*(?:{_KIN_OPENING})s?\b)(?:s?\s+(?:is\s+)?the\s+one|\s+(?:es|fue)\s+"
    rf"(?:el|la))?\s+(?:(?:who|that|que)\s+)?(?:(?:with|con)\s+me\s+|(?!{_THE_PATIENT})\w+\s+){{0,8}}$"
)
# "la fiebre era de mi niña", "the fever was my daughter's", "the swelling is my wife's, not mine"
_OTHERS_AFTER = re.compile(
    rf"(?:\s+(?!{_THE_PATIENT})\w+){{0,3}}\s+(?:was|is|were|are)\s+(?:all\s+|just\s+|only\s+)?"
    rf"(?:my|our)\s+(?:{_KIN})s\b|(?:\s+(?!{_THE_PATIENT})\w+){{0,3}}\s+(?:era|es|fue|eran|son)\s+"
    rf"(?:de|del)\s+(?:mi|mis|nuestr[oa]s?)\s+(?:{_KIN})\b"
)
# A relative writing for the patient ("this is Dana, Rick's daughter", "soy la hija de doña
# Marta") speaks of the patient when they say "dad" or "he": nothing is someone else's then.
_REPORTER = re.compile(
    r"\b(?:this\s+is|its|it\s+is|im|i\s+am)\b[^.!?]{0,30}?\b(?:his|her|their|\w+s)\s+(?:wife|husband"
    r"|daughter|son|mom|mother|dad|father|sister|brother|partner|caregiver|nurse)\b"
    r"|\bsoy\s+(?:la|el|su)\s+(?:hij[oa]|espos[oa]|mama|papa|herman[oa]|nieta|nieto|cuidador[a]?"
    r"|enfermer[oa])\s+de\b"
    # ...or signs off so: "mom says she wants to die, pls call her - her son"
    r"|(?:^|[-,.!]\s*)(?:(?:from|de)\s+)?(?:his|her|their|su)\s+(?:wife|husband|daughter|son|sister|brother"
    r"|partner|caregiver|hij[oa]|espos[oa]|herman[oa])\W*$"
)


# "my son has a fever and so do i", "mi hija tiene fiebre y yo también": the patient's as well.
_ME_TOO = re.compile(
    r"[^.!?]{0,40}?\b(?:so\s+do\s+i|so\s+did\s+i|me\s+too|i\s+(?:do|did|have\s+(?:it|one))\s+too"
    r"|(?:and|y)\s+(?:i|yo)\s+(?:also|too|tambien)|yo\s+tambien|i\s+also\s+(?:have|got))\b"
)


# "his feet go numb", "her chest hurts": a body told as someone else's ("his hand is all red
# and puffy": a few more words, none the patient's, keep it theirs).
_THEIR_BODY = re.compile(
    rf"\b(?:his|her|their|su|sus)\s+(?:(?:left|right|whole|little|both)\s+)?{LIMB}\b"
    r"(?:\s+(?!(?:i|im|me|my|mine|yo|mi|mis)\b)\w+){0,4}\s*$"
)
# ...or the sign opening on the body part that "his", "her" or "su" stands before: "her knee
# is all swollen", "su mano está hinchada"
_THEIR = re.compile(r"\b(?:his|her|their|su|sus)\s+(?:(?:left|right|whole|little|both)\s+)?$")
_LIMB_AT = re.compile(rf"{LIMB}\b")


# A story on a screen or a page: "on the show the guy fainted", "en la novela se desmayó"
# (nothing of the patient's told between: "watching a movie my chest got tight" is theirs).
_STORY = re.compile(
    r"(?:\b(?:in|on|en)\s+|^\W*)(?:(?:the|a|that|this|la|el|una?|esa|ese|esta|este|mi|my)\s+)?"
    r"(?:novela|telenovela|serie|series|pelicula|peli|show|movie|film|episode|episodio|tv|tele"
    r"|television|video|cartoon|caricatura|youtube|tiktok|book|libro|cuento|novel|meme)\b"
    r"(?![^.!?]*\b(?:i|im|ive|me|my|mi|mis|yo)\b)"
)


def someone_elses(text: str, start: int, end: int, before: str, category: str) -> bool:
    """Whether the sign is told of someone else, not of the patient."""
    if _REPORTER.search(text) or _ME_TOO.match(text, end):
        return False
    opening = max(text.rfind(c, 0, start) for c in ".!?") + 1
    if _STORY.search(text[opening:start]):
        return True
    if _THEIR_BODY.search(before) or (_THEIR.search(before) and _LIMB_AT.match(text, start)):
        return True
    told_before = _OTHERS_BEFORE.search(before)
    if told_before and (category == "fall_injury" or not told_before.group("pronoun")):
        return True
    return bool(_OTHERS_AFTER.match(text, end))


# A sign dated years back: "back in 2021", "in 2019", "years ago", "hace dos años", "de niño".
_LONG_AGO = (
    r"(?:back\s+)?(?:in|en)\s+(?:el\s+)?(?:19|20)\d\d|(?:\w+\s+){1,2}(?:years?|yrs?)\s+(?:ago|back)"
    r"|(?:years|yrs)\s+(?:ago|back)"
    r"|hace\s+(?:\w+\s+){0,2}anos?|back\s+in\s+(?:the\s+day|high\s+school|college|the\s+(?:army"
    r"|military|service))|when\s+i\s+was\s+(?:a\s+)?(?:kid|child|young|little|teenager|teen)"
    r"|de\s+(?:nin[oa]|joven|chic[oa])|cuando\s+(?:era|estaba)\s+(?:nin[oa]|joven|chic[oa])"
)
_NOT_ACROSS = (
    # ("bladder problems after my surgery years ago": the surgery dates the sign, no new clause)
    r"(?!(?:when|while|after(?!\s+(?:my|the|mi|la|el)\s+(?:surgery|operation|baby|accident|injury"
    r"|cirugia|operacion|bebe|accidente)\b)|since|until|because|bc|cuz|and|but|so|y|pero|cuando|porque|desde"
    r"|mientras)\b)"
)
_DATED_AFTER = re.compile(rf"^(?:\W+{_NOT_ACROSS}\w+){{0,8}}?\W+(?:{_LONG_AGO})\b")
_DATED_BEFORE = re.compile(rf"^\W*(?:{_LONG_AGO})\W+(?:\w+\W+){{0,5}}$")
# ...unless the sentence brings it up to now: "numb back in 2021 and again today".
_UP_TO_NOW = re.compile(
    # ("all fixed now", "fine now" say it is over: no "now" of the sign)
    r"[^.!?]*?\b(?:still|again|ever\s+since|since\s+then"
    r"|(?<!fixed\s)(?<!fine\s)(?<!ok\s)(?<!okay\s)(?<!good\s)(?<!better\s)(?<!gone\s)(?<!normal\s)now|today|tonight|yesterday|this\s+week"
    r"|todavia|aun|sigue|siguen|otra\s+vez|de\s+nuevo|hoy|ayer|anoche|esta\s+semana|came\s+back"
    r"|volvio|regreso)\b"
)


# A trailing ellipsis is a pause, not a full stop: "my back went out on me... in 2019 haha"
_ELLIPSIS = re.compile(r"\.{2,}|\u2026")


def long_over(text: str, end: int, before: str, after: str) -> bool:
    """Whether the sign is dated years back and nothing in its sentence brings it up to now."""
    paused = _ELLIPSIS.sub(lambda m: "," + " " * (len(m.group()) - 1), text[end : end + 80])
    tail = re.split(r"[.!?]", paused, maxsplit=1)[0]
    dated = _DATED_AFTER.search(after) or _DATED_AFTER.search(tail) or _DATED_BEFORE.search(before)
    return bool(dated) and not _UP_TO_NOW.match(tail)


# A thing that fell, dropped or tipped and hurt nobody: "nobody got hurt", "it missed my feet".
HURT_NOBODY = re.compile(
    r"\b(?:nobody|no\s+one|noone|nadie)\s+(?:(?!else\b)\w+\s+)?(?:hurt|injured|lastimad[oa]s?|herid[oa]s?"
    r"|lesionad[oa]s?)\b(?!\s+(?:but|except|besides|other\s+than|pero|excepto|menos)\s+(?:me|yo)\b)"
    r"|\bnadie\s+se\s+(?:lastimo|lesiono|golpeo)\b"
    rf"|\b(?:it|they|that|which|the\s+\w+)\s+(?:just\s+|barely\s+|totally\s+|completely\s+)?missed"
    rf"\s+(?:me|my\s+(?:\w+\s+)?(?:{LIMB}|head|face))\b"
    r"|\b(?:wasnt|was\s+not|werent|were\s+not)\s+(?:anywhere\s+)?(?:near|close\s+to)\s+(?:it|them)\b"
    r"|\b(?:no|ni)\s+me\s+(?:pego|toco|rozo|alcanzo|cayo\s+encima)\b"
)
_FIRST_PERSON = re.compile(r"\b(?:i|im|me|my|yo|mi|mis)\b")


def hurt_nobody(text: str, start: int, end: int, before: str) -> bool:
    """Whether a fall is a thing's, not the patient's, and its sentence says it hurt nobody."""
    if _FIRST_PERSON.search(before):
        return False
    opening = max(text.rfind(c, 0, start) for c in ".!?") + 1
    closing = min((i for i in (text.find(c, end) for c in ".!?") if i >= 0), default=len(text))
    return bool(HURT_NOBODY.search(text, opening, closing))


# "you asked about bladder stuff - no problems there": the organ named, then said to be well.
_ORGAN = re.compile(r"bladder|bowels?|vejiga|esfinter")
_WELL = re.compile(
    r"(?:\s+(?:stuff|things|wise|function|control|habits?))?\s*[-:,]?\s*(?:(?:no|zero|sin|ningun\w*)"
    r"\s+(?:problems?|issues?|changes?|trouble|complaints?|problemas?|cambios?)|nothing\s+(?:wrong"
    r"|unusual|weird|new|different)|(?:all|everything|todo)\s+(?:good|normal|fine|ok|okay|bien)"
    r"|normal|bien|sin\s+novedad|nada\s+raro)"
    r"(?=\s*(?:$|[.,;!]|(?:there|here|at\s+all|so\s+far|lately|ahi|por\s+ahi)\b))"
    r"(?![^.!?]{0,40}\b(?:until|till|hasta|except|excepto|apart\s+from|aside\s+from)\b)"
)


# "la bladder todo normal, bowels también": the next organ well as the one before it.
_TOO = re.compile(r"\s*(?:tambien|too|as\s+well|also|igual)\b")


def organ_said_well(text: str, start: int, end: int) -> bool:
    """Whether the sign is an organ's bare name that the reply then says is well, or well too
    after an organ said well just before it."""
    if not _ORGAN.fullmatch(text, start, end):
        return False
    if _WELL.match(text, end):
        return True
    earlier = list(_ORGAN.finditer(text, max(0, start - 60), start))
    return bool(_TOO.match(text, end) and earlier and _WELL.match(text, earlier[-1].end()))


# Before the treatment began, or a month named: "before the surgery", "cuando me lastimé",
# "had it in march" (a sign of then, which the patient's now may not share).
_MONTHS = (
    r"january|february|march|april|june|july|august|september|october|november|december|enero"
    r"|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
)
_BEFORE_NOW = (
    # ("worse than when I got hurt" compares with then: it is no date)
    r"(?<!than\s)(?<!que\s)(?<!like\s)(?<!como\s)(?:before\s+(?:the|my)\s+(?:surgery|operation|op|injection|shot|therapy|program)|antes\s+de\s+"
    r"(?:la|mi)\s+(?:cirugia|operacion|inyeccion|terapia)|when\s+i\s+(?:first\s+)?(?:got\s+hurt"
    r"|got\s+injured|was\s+injured|had\s+(?:the|my)\s+(?:accident|injury|surgery))|cuando\s+me\s+"
    rf"(?:lastime|accidente|operaron|lesione))|(?:back\s+)?in\s+(?:{_MONTHS})|en\s+(?:{_MONTHS})"
)
# The first days of the injury or the programme: "worst ever right after surgery", "al
# principio" ("worse than right after surgery", "ever since" compare or reach up to now;
# "swelling after surgery" is the time since, not its first days).
_AT_FIRST = (
    r"(?<!than\s)(?<!que\s)(?<!since\s)(?<!desde\s)(?:right|just|justo|recien)\s+(?:after"
    r"|despues\s+de)\s+(?:the\s+|my\s+|la\s+|mi\s+|el\s+)?(?:surgery|operation|cirugia|operacion"
    r"|injury|accident|accidente)|at\s+(?:first|the\s+(?:beginning|start))|in\s+the\s+beginning"
    r"|al\s+(?:principio|inicio|comienzo)|(?:los|las)\s+primer[oa]s\s+(?:dias|semanas)"
    r"|the\s+first\s+(?:few\s+|couple\s+)?(?:days|weeks)"
)
# "last month", "over the weekend", "la semana pasada": a sign of days gone, asked about.
_RECENT_PAST = re.compile(
    r"\b(?:last\s+(?:week|month|year|weekend|time|winter|summer|spring|fall|season)|over\s+the\s+weekend"
    r"|(?:el|la)\s+(?:semana|mes|ano|fin\s+de\s+semana|invierno|verano|otono|primavera|temporada)\s+pasad[oa]|el\s+otro\s+dia|the\s+other\s+day"
    r"|(?:a\s+few|a\s+couple(?:\s+of)?|several|some|\w+)\s+(?:weeks|months)\s+ago|a\s+(?:week|month)\s+ago"
    rf"|hace\s+(?:\w+\s+)?(?:semanas|meses)|hace\s+(?:un|una)\s+(?:semana|mes)|{_BEFORE_NOW}"
    rf"|{_AT_FIRST})\b"
)
# "hace unos meses tuve fiebre", "a few weeks ago I had a fever": dated before the sign
# ("the cut from last week is oozing" dates the cut, not the pus)
_AGO_BEFORE = re.compile(
    r"\b(?:(?:weeks|months)\s+ago|hace\s+(?:\w+\s+)?(?:semanas|meses)|hace\s+(?:un|una)\s+(?:semana|mes))\b"
    # ...or the last week told with a past verb: "la semana pasada tenía el tobillo hinchado",
    # "last weekend I had a swollen knee" (the verb dates the sign, not a thing named before it)
    r"|\b(?:last\s+(?:week|weekend|month)|(?:la|el)\s+(?:semana|mes|fin\s+de\s+semana)\s+pasad[oa])"
    r"\s+(?:i\s+)?(?:had|got|was|tenia|tuve|traia|andaba|estaba|estuve|me\s+dio)\b"
    # ...or a month or the time before the surgery opening the sign's clause: "back in march i
    # couldnt feel my leg", "antes de la cirugía no sentía el pie"
    rf"|^\W*(?:{_BEFORE_NOW}|{_AT_FIRST})\b"
    # ...or a last week or month opening the sign's clause a few words before it: "last month
    # i nearly fainted ... they changed my pill", "el mes pasado casi me desmayo"
    r"|^\W*(?:last\s+(?:week|weekend|month)|(?:la|el)\s+(?:semana|mes|fin\s+de\s+semana)\s+pasad[oa])"
    r"\W+(?:\w+\W+){0,3}$"
)
# A time remembered: "remember when I fainted at my first FCE? lol", "¿se acuerda cuando me
# desmayé?" (unless the reply says it is back: "remember when my leg went numb? it did it again")
_REMEMBERED = re.compile(
    r"\b(?:remember|recall|te\s+acuerdas|se\s+acuerda|recuerdas|recuerda|acuerdate)\s+(?:de\s+)?(?:when"
    r"|the\s+(?:time|day)|cuando|la\s+vez|el\s+dia)\b(?:\s+(?:que|that))?\s+(?:\w+\s+){0,4}$"
)
_BACK_AGAIN = re.compile(
    r"\b(?:again|still|came\s+back|its\s+back|is\s+back|otra\s+vez|de\s+nuevo|volvio|regreso|sigue"
    r"|todavia)\b"
)
_NOW_SAID = re.compile(
    # ("should i still be doing the squats": still said of the exercises, not of the sign)
    r"\b(?:still(?!\s+(?:be\s+)?(?:doing|do|going|go|lifting|lift|working|work)\b)|again|now|today"
    r"|todavia(?!\s+(?:hago|hacer|debo|puedo|tengo\s+que|sigo|voy)\b)"
    r"|aun|sigue|siguen|otra\s+vez|hoy|ahora)\b"
)


def of_days_gone(text: str, end: int, before: str, after: str) -> bool:
    """Whether the sign is dated to days or months gone, a month, before the surgery or the
    first days, and nothing in its clause speaks of now."""
    if _REMEMBERED.search(before) and not _BACK_AGAIN.search(text, end):
        return True
    dated = _RECENT_PAST.search(text, end, end + len(after)) or _AGO_BEFORE.search(before)
    return bool(dated) and not _NOW_SAID.search(before + after)


# A mood sign whose thought or feeling is denied a few words back ("no thoughts of hurting
# myself", "no pienso en hacerme daño", "never had thoughts of killing myself") or said to be no
# longer there ("ya no me siento sin esperanza", "not hopeless anymore"): asked about, never
# dropped, since a mood is never closed by a no. A wish to live denied ("no tengo ganas de
# vivir", "dont think ill be around") is the sign itself.
_THOUGHT_DENIED = re.compile(
    r"\b(?:no|not|never|dont|didnt|havent|hasnt|hadnt|nunca|ningun|ninguna|zero)\s+(?:(?:have|had"
    r"|has|any|really|even|ever|been|having|tengo|tuve|tenido|he|ha|me|ando|estoy|i)\s+){0,3}"
    r"(?:thoughts?|thinking|think|thought|pienso|pensado|pensando|pensamientos?|ideas?|feel"
    r"|feeling|felt|siento|sentido|senti|sentia)\s+(?:(?:of|about|de|en|sobre)\s+)?$"
)
_THOUGHT_WORD = re.compile(
    r"(?:thoughts?|thinking|think|thought|pienso|pensado|pensando|pensamientos?|ideas?)"
    r"(?:\s+(?:of|about|de|en|sobre))?\b"
)
_NO_LONGER = re.compile(r"\b(?:ya\s+no|no\s+longer)\s+(?:\w+\s+)?$")
_NOT_NOW = re.compile(
    r"^[^.!?]{0,30}?\b(?:anymore|any\s+more|como\s+antes|ya\s+no|like\s+(?:i\s+did\s+)?before"
    r"|these\s+days)\b"
)
_LIVING = re.compile(
    r"viv|live|living|alive|wake|despert|here|aqui|around|exist|sentido|point|caso|go\s+on"
)


# Self-harm said not to be meant: "Im not gonna hurt myself if thats what you're worried about",
# "no me voy a hacer daño" (asked, never dropped).
_INTENT_DENIED = re.compile(
    r"\b(?:(?:not|never|no|aint|nunca)\s+(?:(?:ever|really|even)\s+)?(?:gonna|going\s+to"
    r"|planning\s+(?:on|to)|about\s+to|(?:me\s+)?voy\s+a|pienso|planeo)|wont|will\s+not|would\s+(?:never"
    r"|not)|wouldnt)\s+(?:ever\s+)?$"
)
_INTENT_LEAD = re.compile(r"(?:me\s+)?voy\s+a\s+")


def mood_denied_for_now(text: str, start: int, end: int, before: str, touching: bool) -> bool:
    """Whether a mood sign's thought or feeling is denied, or said to be over (to ask, not drop).

    `touching`: the denial stands right before the sign, which it would otherwise drop ("ya no
    aguanto quiero morirme" denies the bearing, not the wish, which stays certain).
    """
    if _LIVING.search(text, start, end):
        return False
    # ("no pienso en quitarme la vida": the sign may open on the thought itself)
    lead = _THOUGHT_WORD.match(text, start)
    thought = before + (text[start : lead.end()] + " " if lead else "")
    no_longer = _NO_LONGER.search(before) or _NOT_NOW.match(text, end)
    return bool(_THOUGHT_DENIED.search(thought) or (touching and no_longer))


def harm_disowned(text: str, start: int, before: str) -> bool:
    """Whether self-harm is said not to be meant, right before it (to ask, not drop)."""
    intent = _INTENT_LEAD.match(text, start)
    return bool(_INTENT_DENIED.search(before + (intent.group() if intent else "")))


# A sign of then that the pain of now is measured against: "worse than when I broke my arm",
# "peor que cuando me caí de la moto", "not even the day I got hurt" (the sign is the yardstick).
_YARDSTICK = re.compile(
    r"\b(?:(?:worse|more|bigger|harder|peor|mas|mayor)\s+(?:than|que)|not\s+even|ni\s+siquiera"
    r"|ni)\s+(?:(?:like\s+|as\s+|como\s+)?(?:when|the\s+(?:day|time|week)|cuando|el\s+dia|la\s+vez"
    r"|la\s+semana)(?:\s+(?:that|when|que|en\s+que))?)\s+(?:\w+\s+){0,3}$"
)


def the_yardstick(before: str) -> bool:
    """Whether the sign is a past one that the reply measures its pain against."""
    return bool(_YARDSTICK.search(before))


# Someone else's talk of dying, told by a patient who is with them: "sister in law going thru a
# dark time, talking about not wanting to live, so I'm staying with her", "mi cuñada dice que ya
# no quiere vivir, me voy a quedar con ella" (asked about, never dropped). A relative may write
# for the patient ("mom says she wants to die, pls call her"): without the writer beside the
# other, or with a word of the writer's own before the sign, it stays certain.
_KIN_OPENS = re.compile(
    rf"^\W*(?:(?:my|mi|our|nuestr[oa])\s+)?(?:{_KIN})s?(?:\s+in\s+laws?|\s+politic[oa])?\b"
)
_THEIR_TALK = re.compile(
    r"\b(?:talking|talks|talked|saying|says|said|keeps\s+saying|going\s+on|texting|posting"
    r"|habla|hablando|hablo|dice|dijo|diciendo|anda\s+diciendo)\s+(?:about\s+|of\s+|de\s+"
    r"|que\s+|de\s+que\s+)?(?:\w+\s+)?$"
)
_TOLD_ME = re.compile(r"\b(?:told|tells|texted)\s+me\b|\bme\s+(?:dijo|dice|conto|cuenta)\b")
_WRITER_WITH_THEM = re.compile(
    r"\b(?:i|im|ill|ive|yo|me)\b[^.!?]{0,40}?\b(?:with|con)\s+(?:her|him|them|ella|el|ellos|ellas)\b"
)


def others_mood_told(text: str, start: int, before: str) -> bool:
    """Whether a mood sign is someone else's talk, told by a patient who is with them."""
    if _REPORTER.search(text) or not _WRITER_WITH_THEM.search(text):
        return False
    opening = max(text.rfind(c, 0, start) for c in ".!?") + 1
    kin = _KIN_OPENS.match(text, opening, start)
    if not kin or not _THEIR_TALK.search(before):
        return False
    return not _FIRST_PERSON.search(_TOLD_ME.sub(" ", text[kin.end() : start]))


def not_the_patients_now(
    text: str, start: int, end: int, before: str, after: str, category: str
) -> bool:
    """Someone else's sign, one long over, or a thing's fall that hurt nobody (mood signs stay)."""
    if category == "mental_health":
        return others_mood_told(text, start, before)
    if long_over(text, end, before, after) or the_yardstick(before):
        return True
    if _FIRST_PERSON.search(text, start, end):
        return False  # "he knocked me over", "it landed on my foot": the patient's own
    return someone_elses(text, start, end, before, category) or (
        category == "fall_injury" and hurt_nobody(text, start, end, before)
    )


# A sign asked about, then said not to be there now: "is it normal to get tingling after the grip
# stuff? dont have it now just askin", "¿es normal sentir hormigueo? ahorita no tengo" (a screening
# or a what-if question: asked about, never a report).
_NOT_HAD_NOW = re.compile(
    r"[^?\n]{0,80}\?+\s*(?:\w+,?\s+){0,3}?(?:(?:i\s+)?(?:havent|have\s+not|never|aint)\s+(?:had|felt|gotten|got)\s+(?:it|that|them|any)\b|(?:i\s+)?(?:dont|do\s+not|aint|not)\s+(?:have|having|got|feeling"
    r"|feel)\s+(?:it|that|any|them|none)\s+(?:right\s+)?now|(?:i\s+)?(?:dont|do\s+not)\s+have\s+it\b"
    r"|(?:its\s+)?not\s+(?:happening|there)\s+(?:right\s+)?now|just\s+ask\w*|only\s+ask\w*"
    r"|(?:ahorita|ahora|horita)\s+no\s+(?:lo\s+|la\s+|los\s+|las\s+|me\s+)?(?:tengo|siento|da|pasa)"
    r"|no\s+(?:lo\s+|la\s+)?(?:tengo|siento)\s+(?:ahorita|ahora|horita)|(?:nomas|solo|nada\s+mas)"
    r"\s+(?:pregunt\w+|es\s+pregunta))\b"
)


# A screening told, then answered no as a whole: "they asked me at the clinic about bladder problems
# and numbness in the saddle area, I said no to all of it", "me preguntaron si se me dormían las
# piernas y les dije que no a todo".
_ASKED_BEFORE = re.compile(
    r"\b(?:asked|asking|ask|asks|screen\w*|preguntaron|pregunto|preguntan|pregunta)\b"
)
_NO_TO_ALL = re.compile(
    r"[^?]{0,120}?\b(?:(?:i\s+)?(?:said|answered|told\s+(?:them|her|him))\s+no\s+to\s+(?:all|everything"
    r"|both|each|every\s+one|all\s+of\s+(?:it|them|that|those))|(?:les?\s+)?(?:dije|conteste|respondi)"
    r"\s+que\s+no\s+a\s+(?:todo|todas|todos|las\s+dos|los\s+dos|ambas)|a\s+todo\s+(?:les?\s+)?dije\s+que\s+no)\b"
)


def screened_no_to_all(text: str, start: int, end: int) -> bool:
    """Whether the sign was asked about in a screening the patient then said no to as a whole."""
    opening = max(text.rfind(c, 0, start) for c in ".!?") + 1
    return bool(_ASKED_BEFORE.search(text, opening, start) and _NO_TO_ALL.match(text, end))


def asked_not_had(text: str, end: int) -> bool:
    """Whether the sign is in a question the patient then says is not about now."""
    return bool(_NOT_HAD_NOW.match(text, end))

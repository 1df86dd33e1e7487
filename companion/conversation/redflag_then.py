"""Signs of then, not of the patient's now: dated years back, of days or months gone (before
the surgery, the first days, a month named, a time remembered), or the past yardstick the pain
of now is measured against."""

import re

# A sign dated years back: "back in 2021", "in 2019", "years ago", "hace dos años", "de niño".
_LONG_AGO = (
    r"(?:back\s+)?(?:in|en)\s+(?:el\s+)?(?:19|20)\d\d|(?:\w+\s+){1,2}(?:years?|yrs?)\s+(?:ago|back)"
    r"|(?:years|yrs)\s+(?:ago|back)"
    r"|hace\s+(?:\w+\s+){0,2}anos?|back\s+in\s+(?:the\s+day|high\s+school|college|the\s+(?:army"
    r"|military|service))|when\s+i\s+was\s+(?:a\s+)?(?:kid|child|young|little|teenager|teen)"
    # an age or a childhood named: "when I was 12", "as a kid", "cuando era chamaco", "a los 15"
    r"|when\s+i\s+was\s+(?:like\s+|about\s+|around\s+)?\d{1,2}(?!\s*(?:min|sec|rep|set|lb|mile|step|%))"
    r"|as\s+a\s+(?:kid|child|teen|teenager|boy|girl)|growing\s+up"
    r"|(?:at|age)\s+(?:age\s+)?\d{1,2}\s+(?:years\s+old|yrs\s+old)|in\s+(?:high|grade|middle)\s+school"
    r"|de\s+(?:nin[oa]|joven|chic[oa]|chamac[oa]|chav[oa]|morr[oa]|chiquill[oa]|chiquit[oa]|escuincl[ea]"
    r"|plebe|huerc[oa]|pequen[oa]|adolescente|muchach[oa])"
    r"|cuando\s+(?:era|estaba)\s+(?:un\s+|una\s+)?(?:nin[oa]|joven|chic[oa]|chamac[oa]|chamaquit[oa]"
    r"|chav[oa]|chavit[oa]|morr[oa]|morrit[oa]|chiquill[oa]|chiquit[oa]|escuincl[ea]|plebe|huerc[oa]"
    r"|pequen[oa]|adolescente|muchach[oa]|cipot[ea]|patoj[oa]|chamaco)"
    r"|cuando\s+tenia\s+(?:como\s+|unos\s+)?\d{1,2}\s*(?:anos)?|a\s+los\s+\d{1,2}\s+anos"
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
    # ("all fixed now", "fine now", "in a good place now" say it is over: no "now" of the sign)
    r"[^.!?]*?\b(?:still|again|ever\s+since|since\s+then"
    r"|(?<!fixed\s)(?<!fine\s)(?<!ok\s)(?<!okay\s)(?<!good\s)(?<!better\s)(?<!gone\s)(?<!normal\s)(?<!place\s)now|today|tonight|yesterday|this\s+week"
    r"|todavia|aun|sigue|siguen|otra\s+vez|de\s+nuevo|hoy|ayer|anoche|esta\s+semana|came\s+back"
    r"|(?:is|are|its|theyre)\s+back|volvio|volvieron|regreso|regresaron)\b"
)


# A trailing ellipsis is a pause, not a full stop: "my back went out on me... in 2019 haha"
_ELLIPSIS = re.compile(r"\.{2,}|\u2026")


# A fall or a break years back stays then though it "still" clicks, when the reply says it does
# not hurt ("broke my ankle in 2019 and it still clicks but doesnt hurt"; "my knee still gives
# out" after a fall years ago is now).
_STILL = re.compile(r"\b(?:still|todavia|aun|sigue|siguen|now)\b")
_HURTS_NOT = re.compile(
    r"\b(?:doesnt|does\s+not|dont|didnt|never|no\s+(?:me\s+|le\s+)?)\s*(?:hurt|hurts|bother\w*|duele|molesta)\b"
    r"|\b(?:no|zero|sin)\s+(?:pain|dolor)\b"
)


def long_over(text: str, end: int, before: str, after: str, category: str = "") -> bool:
    """Whether the sign is dated years back and nothing in its sentence brings it up to now."""
    paused = _ELLIPSIS.sub(lambda m: "," + " " * (len(m.group()) - 1), text[end : end + 80])
    tail = re.split(r"[.!?]", paused, maxsplit=1)[0]
    dated = _DATED_AFTER.search(after) or _DATED_AFTER.search(tail) or _DATED_BEFORE.search(before)
    if not dated:
        return False
    if category == "fall_injury" and _HURTS_NOT.search(tail):
        tail = _STILL.sub(" ", tail)
    return not _UP_TO_NOW.match(tail)


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


# A sign told with "but not anymore": "me faltaba el aire pero ya no", "was numb but not anymore"
# (asked about: over, by the patient's word).
_NOT_ANYMORE = re.compile(
    r"(?:\s+\w+){0,6}?\W+(?:but|pero)\s+(?:ya\s+no|not\s+(?:anymore|any\s+more|now)|no\s+(?:more|longer)"
    r"|(?:its|it\s+is)\s+not\s+(?:anymore|now))\b(?!\s+(?:puedo|aguanto|siento\s+(?:mi|la|el|las|los)|me\s+)\b)"
)


def over_since(text: str, end: int) -> bool:
    """Whether the sign is said right after to be so no more ("pero ya no")."""
    return bool(_NOT_ANYMORE.match(text, end))

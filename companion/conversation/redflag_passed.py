"""Signs from a harmless cause that passed: winded by the work, a limb asleep, the dentist."""

import re

# Breathlessness that settles with a rest is what training does: "me quedé sin aire en las
# escaleras pero a los 2 minutos ya estaba bien", "out of breath during the carries, normal
# right? was fine once i stopped". Chest pain or fainting that passed still counts.
_BREATH = re.compile(r"aire|aliento|breath|winded|wind\b|jade\w*|gasp\w*|pounding|racing|corazon")
_NOT_BEFORE = r"(?<!never\s)(?<!not\s)(?<!nt\s)(?<!\bno\s)(?<!nunca\s)"
# (a question mark may be crossed: "normal right? was fine once i stopped")
_RECOVERED = re.compile(
    rf"^[^.!]{{0,100}}?{_NOT_BEFORE}\b(?:ya\s+me\s+recupere|me\s+recupere|recovered|caught\s+my\s+breath"
    r"|got\s+my\s+breath\s+back|recupere\s+el\s+(?:aire|aliento)|settled|calmed\s+(?:right\s+)?down"
    r"|settles|calms\s+(?:right\s+)?down|goes\s+back\s+to\s+normal|went\s+back\s+to\s+normal"
    r"|back\s+to\s+normal"
    r"|se\s+(?:me\s+)?(?:calmo|calma|normalizo|normaliza|tranquiliza|regulariza|paso|quito)"
    r"|ya\s+(?:estaba|estoy|andaba|ando)\s+bien|(?:was|were|felt|im|i\s+am|am|it\s+was)\s+(?:fine|ok"
    r"|okay|good|normal)\s+(?:again\s+)?(?:once|after|when|in\s+a)\b)"
)
# Breathless at rest is a sign whatever follows: "me falta el aire aunque esté sentado".
_AT_REST = re.compile(
    r"\b(?:sitting|sat|resting|at\s+rest|lying|laying|doing\s+nothing|in\s+bed|asleep|sleeping"
    r"|sentad[oa]|acostad[oa]|en\s+reposo|sin\s+hacer\s+nada|dormid[oa]|en\s+la\s+cama)\b"
)


def winded_and_recovered(text: str, start: int, end: int) -> bool:
    """Whether a breathless sign is said to have settled, and nothing says it came at rest."""
    if not _BREATH.search(text, start, end):
        return False
    recovered = _RECOVERED.search(text[end : end + 140])
    if not recovered:
        return False
    opening = max(text.rfind(".", 0, start), text.rfind("!", 0, start)) + 1
    return not _AT_REST.search(text, opening, end + recovered.end())


# A heart working hard right after the work: "heart was pounding after the carries, that's just
# cardio right?", "el corazón a mil después de las escaleras". Asked, not alarmed. (Breath lost
# on the stairs stays a sign unless it settled: exertional breathlessness is what is screened.)
# (fast or hard, not irregular: skipped beats and flutters stay signs)
_HEART_RATE = re.compile(r"pounding|racing|thump\w*|hammer\w*|aceler\w*|a\s+mil|rapid\w*|fuerte")
_RHYTHM = re.compile(
    r"skip\w*|flutter\w*|irregular|flip\w*|stopp?\w*|paus\w*|rhythm|brinc\w*|salt\w*"
)
_EXERTION = re.compile(
    r"^(?:\s+\w+){0,2}?\s+(?:after|during|from|doing|on|with|while\s+doing|despues\s+de|durante"
    r"|con|al\s+(?:hacer|subir))\s+(?:(?:the|my|those|these|all\s+the|el|la|los|las|mis)\s+)?"
    r"(?:carries|carry|workout|exercises?|lifts?|lifting|reps|sets|stairs|climb\w*|cardio|circuit"
    r"|drills|ladder|ejercicios?|escaleras?|rutina|cargas)\b"
)


def winded_by_the_work(text: str, start: int, end: int) -> bool:
    """Whether a racing heart is tied to the exercise just done, not to rest."""
    if not _HEART_RATE.search(text, start, end) or _RHYTHM.search(text, start, end):
        return False
    if not (found := _EXERTION.match(text[end : end + 80])):
        return False
    opening = max(text.rfind(".", 0, start), text.rfind("!", 0, start)) + 1
    return not _AT_REST.search(text, opening, end + found.end())


# A limb asleep or numb from how one lay, sat or knelt, or from the cold, and then fine:
# "arm asleep cuz i slept on it, fine after a min", "se me durmió el pie por estar sentado con
# las piernas cruzadas, ya se me quitó". Both the cause and the passing must be told.
_HARMLESS = (
    r"cold|freezing|ice|snow|wind|frio|helada|hielo|slept|sleeping|sat|sitting|lay|laid|lying"
    r"|laying|leaned|leaning|driving|drove|long\s+drive|manejar|manejando|maneje|conducir|conduciendo"
    r"|kneel\w*|knelt|crossed|cross[\s-]?legged|sentad[oa]|dormir|dormi"
    r"|squatting|crouching|(?:en\s+)?cuclillas|sente|acoste|hinque|arrodille|recargue|cruce"
    r"|acostad[oa]|hincad[oa]|arrodillad[oa]|cruzad[oa]s|recargad[oa]"
)
_CAUSE = (
    r"(?:from|after|because(?:\s+of)?|cuz|bc|cause|coz|since|por|porque|de|del)\s+(?:the\s+|i\s+|el\s+|la\s+|me\s+"
    r"|estar\s+|haber\s+|tanto\s+|being\s+)?"
)
_POSTURE = (
    r"sitting|lying|laying|kneeling|sleeping|leaning|crouching|squatting|sentad[oa]|hincad[oa]"
)
_HARMLESS_CAUSE = re.compile(
    rf"^(?:\s+\w+){{0,6}}?\s+(?:{_CAUSE}(?:{_HARMLESS})|(?:{_POSTURE})\s+(?:in|on|at|en)\b"
    # a seat that puts a foot to sleep: "foot asleep on the toilet", "en el inodoro"
    r"|(?:on|in|en|sobre)\s+(?:the\s+|el\s+|la\s+)?(?:toilet|inodoro|taza|couch|sofa|floor|piso"
    r"|suelo)"
    # ...or a long sit at a screen: "leg fell asleep watching the game", "viendo la novela"
    r"|(?:watching|viendo|mirando|gaming|playing\s+(?:video\s*games|cards|the\s+game)"
    r"|jugando\s+(?:videojuegos|maquinitas|cartas|al\s+\w+)|reading|leyendo|at\s+the\s+(?:movies"
    r"|computer)|en\s+el\s+cine)\b)"
)
_PASSED = re.compile(
    rf"^[^.!?]{{0,80}}?{_NOT_BEFORE}\b(?:(?:fine|ok|okay|normal|better|bien)\s+(?:again\s+|now\s+)?"
    r"(?:once|after|when|(?:as\s+)?soon\s+as|in\s+a|al\s+rato|a\s+los|despues|luego|cuando)|went\s+away|goes\s+away"
    r"|(?:it|that|which)\s+passed|(?:it|they|but)?\s*woke\s+(?:right\s+|back\s+)*up|se\s+(?:me\s+)?desperto"
    r"|back\s+to\s+normal|se\s+(?:me\s+)?(?:quito|paso|fue|quitaron"
    r"|pasaron|fueron)"
    r"|ya\s+(?:estaba|estoy|esta|quedo)\s+bien"
    # "numb from the cold but warmed up quick", "its fine now", "se me calentaron al rato"
    r"|warmed\s+(?:right\s+)?(?:back\s+)?up|(?:se\s+(?:me\s+)?)?calentaron|entraron\s+en\s+calor"
    r"|(?:its|it\s+is|im|i\s+am|all|everything)\s+(?:fine|ok|okay|good|normal|better)\s+now)\b"
)
# Numb from the dentist's injection or tingling from a therapy machine; "since the dentist
# yesterday and it's spreading" is not.
_DENTIST = re.compile(
    r"^(?:\s+\w+){0,3}?\s+(?:from|after|por|de|del)\s+(?:the\s+|my\s+|la\s+|el\s+|mi\s+)?(?:dentist\w*"
    r"|dental\s+\w+|novocaine?|lidocaine|anesthe\w+|anestesia|dentista|root\s+canal|filling"
    r"|wisdom\s+teeth|tooth\s+\w+|muela"
    # a therapy machine's current: "tingling from the TENS unit", "el hormigueo del electrodo"
    r"|tens|tens\s+(?:unit|machine)|e-?stim\w*|electrodes?|electrodos?|electroestimul\w*"
    r"|estimulador\w*)\b(?![^.!?]*\b(?:spread\w*|worse|peor|extiend\w*|moving"
    r"|down\s+my|into\s+my|days|dias|week|semana)\b)"
)
_NERVE_WORDS = re.compile(r"numb|tingl|asleep|dormid|durm|duerm|entum|adormec|hormigue|pins")
_ASLEEP = re.compile(r"asleep|dormid|durm|duerm")


def asleep_and_passed(text: str, start: int, end: int) -> bool:
    """Whether a numb or tingling sign has a harmless cause told right after it and passed."""
    if not _NERVE_WORDS.search(text, start, end):
        return False
    if _DENTIST.match(text[end : end + 80]):
        return True
    cause = _HARMLESS_CAUSE.match(text[end : end + 80])
    if not cause:  # a limb "asleep" names its cause: "fell asleep in the truck but woke right up"
        return bool(_ASLEEP.search(text, start, end) and _PASSED.match(text[end : end + 120]))
    return bool(_PASSED.match(text[end + cause.end() : end + cause.end() + 120]))


# A sign said later in its sentence to have passed: "tuve fiebre el lunes pero ya estoy bien",
# "foot asleep on the toilet, it's back to normal now", "tingling went away when I stood up".
# (still, again or back again keep it; "not back to normal" is no passing)
_OVER_NOW = re.compile(
    rf"{_NOT_BEFORE}\b(?:back\s+to\s+normal|ya\s+(?:estoy|esta|ando|me\s+siento|quedo|quede)\s+(?:bien"
    r"|normal)|(?:its\s+|all\s+)?gone\s+now"
    r"|ya\s+se\s+(?:me\s+|le\s+)?(?:quito|paso|fue|quitaron|pasaron|fueron)"
    # a healing: "eso ya sanó", "ya se curó", "all healed up"
    r"|ya\s+(?:sano|se\s+(?:me\s+|le\s+)?curo|cicatrizo)|(?:all|its|it\s+has|has)\s+healed"
    r"|se\s+(?:me\s+|le\s+)?(?:quito|paso|fue|quitaron|pasaron|fueron)\s+(?:al"
    r"|cuando|luego|despues|sol[oa]|enseguida|rapido|en\s+(?:un|unos))"
    # "ahora nada de eso", "none of that anymore": the sign denied for now after it is told
    r"|(?:ahora|ya|hoy)\s+(?:nada|ninguna?)\s+de\s+(?:eso|esto)|none\s+of\s+(?:that|it)\s+(?:now|anymore"
    r"|these\s+days|today)|(?:now|today)\s+(?:none|nothing)\s+(?:of\s+(?:that|it)|like\s+that)"
    r"|nothing\s+like\s+that\s+(?:now|anymore|these\s+days)"
    r"|(?:went|goes|go|gone)\s+away\s+(?:when|after|once|as\s+soon|right|by\s+itself|on\s+its\s+own"
    r"|in\s+a)|(?:im|i\s+am|i\s+feel|feeling|its|it\s+is|all|everything)\s+(?:fine|ok|okay|good"
    r"|better|normal)\s+now)\b"
)
_STILL = re.compile(
    # ("should i still be doing the squats": still said of the exercises, not of the sign)
    r"\b(?:still(?!\s+(?:be\s+)?(?:doing|do|going|go|lifting|lift|working|work)\b)|again|came\s+back|is\s+back"
    r"|todavia(?!\s+(?:hago|hacer|debo|puedo|tengo\s+que|sigo|voy)\b)|aun|sigue|siguen|otra\s+vez"
    r"|de\s+nuevo|volvio|regreso)\b"
)
_BREATH_OR_NERVE = re.compile(rf"{_BREATH.pattern}|{_NERVE_WORDS.pattern}")


def _rest_of_sentence(text: str, end: int) -> str:
    stops = [i for i in (text.find(c, end) for c in ".!?") if i >= 0]
    return text[end : min(stops, default=len(text))]


def still_in_sentence(text: str, end: int) -> bool:
    """Whether the rest of the sign's sentence says it is still there or came back."""
    return bool(_STILL.search(_rest_of_sentence(text, end)))


def passed_later(text: str, start: int, end: int, category: str) -> bool:
    """Whether a later clause of the sign's sentence says it is over, and nothing brings it back.

    Mood, saddle and nerve signs never pass so; of heart and lung signs only breath not at
    rest does (chest pain that passed is still certain).
    """
    if category in ("mental_health", "cauda_equina", "neuro"):
        return False  # (numbness that passed is asked about only with its harmless cause)
    opening = max(text.rfind(c, 0, start) for c in ".!?") + 1
    if category == "cardiac_resp" and (
        not _BREATH.search(text, start, end) or _AT_REST.search(text, opening, len(text))
    ):
        return False
    rest = _rest_of_sentence(text, end)
    over = _OVER_NOW.search(rest)
    return bool(over) and not _STILL.search(rest)


# Numbness the patient was told to expect from ice or heat: "ice made my knee go numb for 10 min",
# "feet went numb in the ice bath like you said", "el hielo me dejó la rodilla dormida"
# (still numb, hours or days later, or spreading, is a sign).
# (ice as a treatment: "went down on the ice" is a fall, and its numbness a sign)
_ICE = re.compile(
    r"\b(?:icing|iced|ice\s+(?:bath|pack|packs|massage|cup|made|makes|gave|on\s+(?:it|my))"
    r"|cold\s+(?:plunge|pack|tub)|put\s+ice|with\s+(?:the\s+)?ice|el\s+hielo\s+me|con\s+hielo"
    # a heating pad or a hot pack likewise: "the hot pack left my calf numb", "la almohadilla"
    r"|heating\s+pad|heat\s+(?:pad|pack|wrap|patch)|hot\s+(?:pack|pad|compress|water\s+bottle)"
    r"|almohadilla(?:\s+(?:electrica|termica))?|compresas?\s+calientes?|bolsa\s+de\s+agua\s+caliente"
    r"|parche\s+de\s+calor|cojin\s+electrico"
    r"|(?:bano|bolsa|compresa)\s+(?:de\s+hielo|fria)|poniendome\s+hielo|puse\s+hielo"
    # the verb itself: "numb while I ice", "when we ice it", "mientras me pongo hielo"
    r"|(?:while|when|as|after|whenever)\s+(?:i|we|im)\s+(?:ice|icing)|(?:pongo|ponia|poner(?:me)?)\s+hielo)\b"
)
_LINGERS = re.compile(
    r"\b(?:still|hours|days|all\s+day|wont\s+go\s+away|spread\w*|todavia|horas|dias|todo\s+el\s+dia"
    r"|no\s+se\s+(?:me\s+)?quita|sigue)\b"
)


def numb_from_ice(text: str, start: int, end: int) -> bool:
    """Whether a numb sign sits in a sentence that puts it down to ice or heat, not lingering."""
    if not _NERVE_WORDS.search(text, start, end):
        return False
    opening = max(text.rfind(c, 0, start) for c in ".!?") + 1
    rest = _rest_of_sentence(text, end)
    near = text[max(opening, start - 60) : start] + text[end : end + 60]
    return bool(_ICE.search(near)) and not _LINGERS.search(text[opening:start] + rest)


# A trip or a slip the patient caught: "me tropecé con la manguera pero no me caí", "tripped on
# the cord but caught myself" (a fall after the trip is one).
_TRIP = re.compile(r"trip|stumbl|slip|tropec|resbal|tropez")
_NO_FALL = re.compile(
    r"\b(?:(?:but|pero|and|y)\s+)?(?:i\s+)?(?:didnt|did\s+not|never|no\s+(?:me|llegue\s+a))\s+(?:fall"
    r"|go\s+down|hit\s+the\s+(?:ground|floor)|cai|caer(?:me)?)\b|\bme\s+(?:agarre"
    r"|sostuve|deteni|detuve)\b|\bstayed\s+(?:up|on\s+my\s+feet)\b|\bno\s+llegue\s+al\s+suelo\b"
    # the thing that slipped caught: "the box slipped but i caught it", "la agarré a tiempo"
    r"|\bcaught\s+(?:myself|it|them)\b(?!\s+(?:on|with|in)\b)|\b(?:la|lo|las|los)\s+(?:agarre|cache|pesque)\b"
)


# ...and no blow taken: "ni me pegué", "didn't hit anything" (a slip denied as a fall, "no me caí,
# nomás me resbalé", is still asked about as an injury unless no blow is told either)
_NO_BLOW = re.compile(
    r"\b(?:ni|no)\s+me\s+(?:pegue|golpee|lastime|lesione)\b|\b(?:didnt|did\s+not|never)\s+(?:even\s+)?(?:hit"
    r"|bump|bang|hurt)\s+(?:anything|myself|my\s*self|my\s+\w+)\b|\bsin\s+(?:golpearme|pegarme|lastimarme)\b"
)


def tripped_not_fell(text: str, start: int, end: int) -> bool:
    """Whether a trip or slip is said, in its sentence, not to have ended in a fall: after it, or
    before it ("no me caí, nomás me tropecé") when no blow was taken either."""
    if not _TRIP.search(text, start, end):
        return False
    rest = _rest_of_sentence(text, end)
    if _NO_FALL.search(rest):
        return True
    opening = max(text.rfind(c, 0, start) for c in ".!?") + 1
    blow_denied = _NO_BLOW.search(text, opening, end + len(rest))
    return bool(_NO_FALL.search(text, opening, start) and blow_denied)


# Dizzy from a cause told and put right: "lightheaded this morning from skipping breakfast, fine
# once I ate", "mareado ayer por no tomar agua, hoy ya tomé y bien" (a racing heart from a game
# or a scare: "heart going a mile a minute cuz the game went to overtime").
_DIZZY_OR_RACING = re.compile(
    rf"dizz\w*|lightheaded|light\s+headed|woozy|mare\w*|{_HEART_RATE.pattern}"
)
_DAILY_CAUSE = re.compile(
    r"^[^.!?]{0,30}?\b(?:por|porque|from|because(?:\s+of)?|cuz|bc|cause|since|de)\s+(?:no\s+|not\s+|skipping\s+"
    r"|haber\s+|the\s+|el\s+|la\s+|(?:i\s+)?(?:didnt|did\s+not|hadnt|forgot\s+to)\s+)?(?:comer|comi|eat|eating|ate|hunger|hambre|breakfast|desayun\w*"
    r"|lunch|almorz\w*|water|agua|tomar\s+agua|drinking|heat|calor|sun|sol|stood|standing|pararme"
    r"|levantarme|game|match|partido|juego|movie|pelicula|coffee|cafe|energy\s+drink|scare|susto"
    r"|nervous|nervios|exam|examen|interview|entrevista)\b"
    # "cuz the Cowboys are about to blow it": a team on the edge of losing, a game
    r"|^[^.!?]{0,15}?\b(?:cuz|because|bc|cause|por\s+que|porque)\b[^.!?]{0,40}\b(?:blow\s+it|lose|losing"
    r"|win|winning|score|overtime|playoffs?|touchdown|penal\w*|gol|goles|perder|ganar)\b"
)
_PUT_RIGHT = re.compile(
    r"\b(?:(?:hoy|today|now|ahora)\s+(?:ya\s+)?(?:comi|ate|eaten|tome|drank|desayune|estoy\s+bien|im\s+fine"
    r"|fine|ok|okay|bien)|(?:fine|ok|okay|better|bien)\s+(?:once|after|when|cuando|despues)\b"
    r"|ya\s+(?:comi|tome|desayune|estoy\s+bien)"
    # "had lunch and im fine now"
    r"|(?:had|ate|got)\s+(?:some\s+)?(?:lunch|breakfast|dinner|something|food|a\s+snack)"
    r"|(?:im|i\s+am|i\s+feel|feeling)\s+(?:fine|ok|okay|good|better)\s+now)\b"
)


def from_a_daily_cause(text: str, start: int, end: int) -> bool:
    """Whether dizziness told with a daily cause was put right, or a racing heart has a game or
    a scare for its cause; skipped beats and being dizzy at rest stay signs."""
    if not _DIZZY_OR_RACING.search(text, start, end) or _RHYTHM.search(text, start, end):
        return False
    cause = _DAILY_CAUSE.search(text[end : end + 80])
    if not cause:
        return False
    if _HEART_RATE.search(text, start, end):
        return True
    return bool(_PUT_RIGHT.search(text, end + cause.end()))


# A fright told in a sign's words, then the breath said to be fine: "sentí que me moría en la
# caminadora pero respiré bien todo el tiempo", "thought I was dying but breathing was fine".
_BREATHED_FINE = re.compile(
    r"[^.!?]{0,60}?\b(?:but|pero)\s+(?:i\s+)?(?:respire|respiraba|breathed|breathing\s+(?:was|felt)"
    r"|my\s+breathing\s+(?:was|felt)|el\s+aire|la\s+respiracion)\s+(?:bien|fine|ok|okay|normal)\b"
)


def breathed_fine_after(text: str, end: int) -> bool:
    """Whether the sentence says, after the sign, that the breath was fine."""
    return bool(_BREATHED_FINE.match(text, end))

"""Signs said not to be so now: an organ said to be well, a mood's thought or self-harm denied
(asked about, never dropped), a question the patient says is not about now, a sign's name asked
about or named as an example, a screening answered no (one sign or as a whole), a sign taken back
as a joke; and the hedges and insistences that only look like a denial."""

import re

from companion.conversation.redflag_signs import word_class

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


# A screening answered with a plan for if it ever came, then denied: "if I ever felt like
# hurting myself I'd call my sister, but I don't", "si algún día me quisiera hacer daño le hablo
# a mi hermana, pero no" (asked, with the crisis line, never dropped).
_IF_EVER = re.compile(
    r"\b(?:if\s+i\s+ever|if\s+i\s+(?:felt|feel|start|started)|si\s+(?:algun\s+dia|alguna\s+vez))\b"
)
_BUT_NOT = re.compile(
    r"[^.!?]{0,80}?\b(?:but|pero)\s+(?:i\s+)?(?:dont|do\s+not|havent|have\s+not|never|no)\b"
)


def harm_disowned(text: str, start: int, before: str) -> bool:
    """Whether self-harm is said not to be meant, right before it, or only if it ever came and
    then denied (to ask, not drop)."""
    intent = _INTENT_LEAD.match(text, start)
    if _IF_EVER.search(before) and _BUT_NOT.match(text, start):
        return True
    return bool(_INTENT_DENIED.search(before + (intent.group() if intent else "")))


# A sign asked about, then said not to be there now: "is it normal to get tingling after the grip
# stuff? dont have it now just askin", "¿es normal sentir hormigueo? ahorita no tengo" (a screening
# or a what-if question: asked about, never a report).
_NOT_HAD_NOW = re.compile(
    r"[^?\n]{0,80}\?+\s*(?:\w+,?\s+){0,3}?(?:(?:i\s+)?(?:havent|have\s+not|never|aint)\s+(?:had|felt|gotten|got)\s+(?:it|that|them|any)\b|(?:i\s+)?(?:dont|do\s+not|aint|not)\s+(?:have|having|got|feeling"
    r"|feel)\s+(?:it|that|any|them|none)\s+(?:right\s+)?now"
    # ("i dont have any, just wondering", "im fine now", "yo no tengo nada de eso, ya estoy bien")
    r"|(?:i\s+)?(?:dont|do\s+not)\s+(?:even\s+)?have\s+(?:it|any|that|them|one|none)\b"
    r"|(?:im|i\s+am|i\s+feel|its|it\s+is)\s+(?:totally\s+|all\s+)?(?:fine|ok|okay|good|normal)\s+(?:right\s+)?now"
    r"|(?:yo\s+)?no\s+(?:tengo|traigo|siento)\s+(?:nada(?:\s+de\s+eso)?|eso|ningun[oa])"
    r"|(?:ya|ahorita|ahora)\s+(?:estoy|ando|me\s+siento)\s+(?:bien|normal)"
    r"|(?:its\s+)?not\s+(?:happening|there)\s+(?:right\s+)?now|just\s+ask\w*|only\s+ask\w*"
    r"|(?:ahorita|ahora|horita)\s+no\s+(?:lo\s+|la\s+|los\s+|las\s+|me\s+)?(?:tengo|siento|da|pasa)"
    r"|no\s+(?:lo\s+|la\s+)?(?:tengo|siento)\s+(?:ahorita|ahora|horita)|(?:nomas|solo|nada\s+mas)"
    r"\s+(?:pregunt\w+|es\s+pregunta)"
    # ("just wondering before I start", "hoy no me pasó, pregunto por si acaso")
    r"|just\s+(?:wondering|curious|checking)|(?:hoy\s+|ahorita\s+)?no\s+me\s+(?:paso|ha\s+pasado)(?!\s+(?:el|la|los|las)\b)"
    r"|pregunto\s+por\s+si\s+acaso)\b"
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


# A sign named as an example in a question: "what are the warning signs? numbness or something?",
# "¿cuándo voy a urgencias, si me mareo o algo así?" (asked about, never a report).
_OR_SOMETHING = re.compile(
    r"\s+(?:or\s+(?:something|anything|what|smth)(?:\s+like\s+that)?|o\s+(?:algo|que)(?:\s+asi)?)\s*\?"
)


def named_as_an_example(text: str, end: int) -> bool:
    """Whether the sign ends a question as an example ("numbness or something?")."""
    return bool(_OR_SOMETHING.match(text, end))


# Hopeless about a goal, not about living: "kinda hopeless about ever hitting 50 lb but im not
# giving up", "sin esperanza de llegar a las 50 libras" (asked, never dropped: a mood sign).
_HOPELESS = re.compile(r"hopeless\w*|sin\s+esperanzas?|desesperanzad[oa]")
_ABOUT_A_GOAL = re.compile(
    r"\s+(?:about|on|with|de|con|sobre)\s+(?:ever\s+|nunca\s+)?(?:\w+\s+){0,2}?(?:hitting|reaching"
    r"|getting\s+(?:to|back|up)|making|passing|lifting|llegar|alcanzar|levantar|pasar|the\s+(?:test"
    r"|fce|goal|weight|lift)|\d+\s*(?:lb|lbs|pounds|libras|kg))\b"
    # ...or of a team or a game: "hopeless about the dodgers bullpen", "sin esperanza con las
    # chivas"
    rf"|\s+(?:about|on|with|over|for|de|con|sobre|por)\s+(?:\w+\s+){{0,2}}?(?:{word_class('FRETTER')})\b"
)


def hopeless_about_a_goal(text: str, start: int, end: int) -> bool:
    """Whether hopelessness is said of a goal of the programme, not of living."""
    return bool(_HOPELESS.fullmatch(text, start, end) and _ABOUT_A_GOAL.match(text, end))


# A sign's name asked about: "whats foot drop? the pamphlet mentions it", "dice foot drop, what is
# that?", "¿qué es el pie caído?" (asked about, never a report: the patient may yet have it)
_WHAT_IS = re.compile(
    r"\b(?:whats|what\s+is|what\s+does|what\s+do\s+you\s+mean\s+by|what\s+do\s+they\s+mean\s+by|que\s+es"
    r"|que\s+significa|que\s+quiere\s+decir)\s+(?:a\s+|an\s+|the\s+|el\s+|la\s+|un\s+|una\s+)?$"
)
_WHAT_IS_THAT = re.compile(
    r"\W{0,3}\s*(?:what\s+is\s+(?:that|it|this)|whats\s+(?:that|it|this)|what\s+does\s+(?:that|it)\s+mean"
    r"|que\s+es\s+(?:eso|esto)|que\s+significa(?:\s+eso)?)\s*\?"
)
_ASKED_NOW = re.compile(r"\s*\?")


# ...or the warning signs to watch for asked about: "¿qué señales de numbness tengo que vigilar?",
# "what signs of numbness should I look for?"
_SIGNS_OF = re.compile(
    r"\b(?:que|what|which|cuales)\s+(?:(?:warning|early)\s+)?(?:senales|sintomas|signos|signs|symptoms)"
    r"(?:\s+de\s+alerta)?\s+(?:de|del|of|like)\s+(?:\w+\s+)?$"
)
_ASKED_LATER = re.compile(r"[^.!]{0,60}?\?")


def asked_what_it_is(text: str, end: int, before: str) -> bool:
    """Whether the sign is named in a question of what it is or which signs to watch for (a mood
    sign is never so asked: "whats the point of living?" is the sign)."""
    return bool(
        (_WHAT_IS.search(before) and _ASKED_NOW.match(text, end))
        or _WHAT_IS_THAT.match(text, end)
        or (_SIGNS_OF.search(before) and _ASKED_LATER.match(text, end))
    )


# A sign taken back as a joke right after it: "my legs are numb... jk", "me desmayé, es broma",
# "can't feel my legs after all those squats 😂😂 kidding", or a "but nah" ("was gonna say my arm
# went numb but nah it was the cold") (asked about, never dropped: a joke may hide the sign; "not
# joking" insists instead)
_RETRACTED = re.compile(
    r"[^?]{0,50}?(?<!not\s)(?<!\bno\s)(?<!\bno\ses\s)\b(?:jk|j/k|jkjk|just\s+kidding|just\s+joking|kidding|lol\s+jk"
    r"|es\s+broma|era\s+broma|(?:es\s+)?mentira|no\s+es\s+cierto|nel\s+es\s+broma)\b"
    r"|\s*,?\s*(?:but|pero)\s+(?:nah|nvm|never\s*mind|nel|naa+)\b"
)

# A screening answer ("chest pain? no", "numb? nah"): the sign named to be denied.
_SCREENED = re.compile(
    r"(?:\s+\w+){0,2}?\s*\?+\s*(?:no|nah|nope|nop|none|negative|nada|tampoco|nel|nelson|negativo)\b"
)
# ...and the answer written straight after the sign, as on a form: "numbness no, bladder no"
_ANSWERED_NO = re.compile(
    r"\s*[:=-]?\s*(?:no|nope|nah|none|negative|neg|nada|ninguno|ninguna|nel)\s*(?:[,.;!/]|$)"
)


def screened_or_taken_back(text: str, end: int) -> bool:
    """Whether the sign is a screening question answered no, or taken back as a joke."""
    return bool(_SCREENED.match(text, end) or _RETRACTED.match(text, end))


def answered_no(text: str, end: int) -> bool:
    """Whether the sign is answered no straight after it, as on a form."""
    return bool(_ANSWERED_NO.match(text, end))


# Words that look like a denial and are not: a hedge ("not sure", "no sé"), an insistence ("not
# joking", "no es broma") or a hold that failed ("no aguanté"); taken out before negators are read.
HEDGES = re.compile(
    r"\b(?:not|no|dont)\s+(?:sure|saying|know|much|as|that|too|idea|mean)\b"
    # ("no sé" is a hedge; "ya no se me hincha" denies with a clitic after it)
    r"|\bno\s+se\b(?!\s+(?:me|te|le|nos|les)\b)"
    r"|\bno\s+idea\b"
    # "not joking, worst it's ever been", "no lie", "no es broma": said to insist, not to deny
    r"|\b(?:not|no|aint|im\s+not)\s+(?:even\s+)?(?:joking|kidding|lying|exaggerating|playing|lie"
    r"|joke|cap|bs|gonna\s+lie|going\s+to\s+lie)\b|\bno\s+(?:es\s+broma|(?:te\s+)?miento|exagero"
    r"|estoy\s+(?:jugando|bromeando|exagerando))\b|\bsin\s+(?:mentir|exagerar|broma)\b"
    # "no aguanté y me hice", "couldnt hold it": the hold that failed tells the sign, not denies it
    r"|\bno\s+(?:me\s+)?(?:aguante|aguanto|aguantaba|alcance|alcanzaba|llegue)\b"
    r"|\b(?:couldnt|could\s+not|didnt|did\s+not)\s+(?:hold\s+it|make\s+it)\b"
)

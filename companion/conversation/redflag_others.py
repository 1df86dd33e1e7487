"""Signs that are someone else's, not the patient's: a relative's, a stranger's or a story's,
a thing's fall that hurt nobody, another's talk of dying; and the gate that joins these with
the signs of then (redflag_then) into "not the patient's now"."""

import re

from companion.conversation.redflag_signs import word_class
from companion.conversation.redflag_then import long_over, the_yardstick

LIMB = word_class("LIMB")

# The people a patient talks about, and strangers in a story.
_KIN = (
    r"wife|husband|hubby|kids?|child|children|son|daughter|mom|mother|dad|father|brother|sister"
    r"|grand\w+|coworker|co-worker|friend|neighbou?r|boss|partner|girlfriend|boyfriend|fiance\w*"
    r"|roommate|uncle|aunt|cousin|nephew|niece|baby|toddler|dog|cat|buddy|pal|bro|homie|teammate"
    r"|residents?|patients?|clients?|guests?|customers?|residentes?|pacientes?|clientes?|huespedes?"
    r"|supervisor|foreman|forewoman|manager|crew\s+lead|mayordom[oa]|capataz|encargad[oa]|patron(?:a)?"
    # (and kin in slang: "my old man", "my pops", "mi jefita", "mi apá", "mi viejo")
    r"|old\s+(?:man|lady)|pops|moms|folks|viej(?:it)?[oa]|jefit[oa]|apa|ama"
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
    r"|buddy|neighbou?r|boss|roommate|pops|old\s+man|jefit[oa]|grand(?:ma|pa|baby|babies|kid|son|daughter|child|mother|father)\w*|kid|niet[oa]|esposa|esposo|marido|hij[oa]|herman[oa]"
    r"|vecin[oa]|amig[oa]|companer[oa]|suegr[oa]|cunad[oa]"
)
_STRANGER = (
    r"guy|man|woman|lady|person|dude|girl|boy|player|actor|character|patient|senor|senora|muchach[oa]"
    r"|tipo|chav[oa]|hombre"
)
_OTHER = (
    rf"(?:(?:my|mi|mis|our|nuestr[oa]s?)\s+(?:{_KIN})(?:s(?=\s+(?!(?:is|are|was|were)\b)))?"
    rf"|(?:a|an|some|this|that|one|the|un|una|este|esta|el|la|ese|esa)\s+(?:{_STRANGER})"
    # ("a coworker passed out", "un compañero de la rampa se desmayó")
    rf"|(?:a|an|one\s+of\s+the|un|una|uno\s+de\s+los|una\s+de\s+las)\s+(?:{_KIN})"
    # ("somebody had a heart attack", "a alguien le dio un infarto": a stranger, told by the verb)
    r"|(?:some(?:body|one)|alguien)(?=\s+(?:had|got|has|le\s+dio|tuvo|se\s+\w+)\b)"
    rf"|(?:the|el|la|los|las)\s+(?:{_KIN}))"
)
# Words that bring the patient back in ("my wife says I fell", "my son said it's infected").
_THE_PATIENT = (
    r"(?:(?:i|im|ive|me|my|mi|mis|yo|it|its|think|thinks|thought|noticed|saw|sees|cree|noto|vio)\b"
    # ("la compañera dice que tiene...", "she says she has": the teller's own words of herself)
    r"|(?:said|says|say|told|tells|dice|dijo)\b"
    r"(?!\s+(?:que\s+)?(?:tiene|tuvo|le|se\s+le|anda|esta|siente|she|he|they)\b))"
)
# Someone the patient looks after, named by it: "the kid I babysit", "la señora que cuido".
_IN_MY_CARE = (
    r"(?:i|we|yo)?\s*(?:babysit|watch|nanny|take\s+care\s+of|look\s+after|care\s+for|work\s+(?:with|for)"
    r"|cuido|cuidamos|cuidaba|trabajo\s+con|trabajo\s+para)"
)
# "my kid has a fever", "my kid has a 102 fever", "my wife's the one who fell", "a guy who had a
# heart attack", "mi niña tiene fiebre". A pronoun alone ("she slipped") is kept for falls, where
# it always was.
_OTHERS_BEFORE = re.compile(
    rf"(?:\b(?:{_OTHER}|(?P<pronoun>he|she|they|ella))|^\W*(?:{_KIN_OPENING})s?\b)(?:s?\s+(?:is\s+)?the\s+one|\s+(?:es|fue)\s+"
    rf"(?:el|la))?\s+(?:(?:who|that|que)\s+)?(?:{_IN_MY_CARE}\s+)?(?:(?:with|con)\s+me\s+|(?!{_THE_PATIENT})\w+\s+){{0,8}}$"
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
    # ("soy su hija.", "soy la sobrina de doña Lupe": "su" or "de" names whose)
    r"|\bsoy\s+(?:(?:la|el)\s+(?=\w+\s+de\b)|su\s+)(?:hij[oa]|espos[oa]|mama|papa|herman[oa]|niet[oa]"
    r"|sobrin[oa]|nuera|yerno|cuidador[a]?|enfermer[oa])\b"
    # ...or says for whom they write: "writing for my dad", "le escribo por mi mamá"
    r"|\b(?:writing|texting|messaging|answering|replying|text(?:ing)?\s+you)\s+(?:for|on\s+behalf\s+of)"
    r"\s+(?:my|our)\s+\w+|\b(?:le\s+|les\s+)?(?:escribo|escribiendo|contesto|mando\s+mensaje)\s+"
    r"(?:por|de\s+parte\s+de|en\s+nombre\s+de)\s+(?:mi|nuestr[oa])\s+\w+"
    # ...or passes on the patient's words: "Mom says to tell you", "mi papá dice que le diga"
    r"|^\W*(?:my\s+)?\w+\s+(?:says|said|asked\s+me|wants\s+me|told\s+me)\s+to\s+(?:tell|text|let)\s+you\b"
    r"|^\W*(?:mi\s+)?\w+\s+(?:dice|dijo|me\s+pidio)\s+que\s+(?:le|les)\s+(?:diga|escriba|avise|cuente)\b"
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
    named = _NAMED.search(text, opening, start)
    # ("taking my dad to get checked, he fainted yesterday": the pronoun stands for the one named)
    if told_before and (category == "fall_injury" or not told_before.group("pronoun") or named):
        return True
    if _OTHERS_AFTER.match(text, end) or (named and _NOT_ME.match(text, end)):
        return True
    return an_animals(text, opening, start)


# An animal opening the sentence, and nothing of the patient's between it and the sign but the
# animal's owner: "my horse went lame, leg all swollen", "el caballo de mi primo se lastimó la
# pata, la tiene hinchada" ("the horse threw me, back hurts" is the patient's).
_ANIMAL_OPENS = re.compile(
    r"\W*(?:(?:my|our|the|a|an|his|her|their|el|la|los|las|mi|mis|un|una|su|sus|nuestr[oa]s?)\s+)?"
    rf"(?:\w+\s+)?(?:{word_class('ANIMAL')})\b"
)
_OWNER = re.compile(r"\b(?:of|de|del)\s+(?:my|mi|mis)\s+\w+")
_MINE = re.compile(r"\b(?:i|im|ive|id|ill|me|my|mine|myself|yo|mi|mis)\b")


def an_animals(text: str, opening: int, start: int) -> bool:
    """Whether the sign is told of an animal that opens its sentence, not of the patient."""
    animal = _ANIMAL_OPENS.match(text, opening, start)
    if animal is None:
        return False
    return not _MINE.search(_OWNER.sub(" ", text[animal.end() : start]))


# Someone named earlier in the sentence, and the patient then set apart: "mi coworker dice que le
# da tingling en las manos, a mí no", "my buddy says his hands go numb, not me"
# (or someone unnamed: "someone in the breakroom passed out from the heat, not me")
_NAMED = re.compile(
    rf"\b(?:{_OTHER}|some(?:one|body)|alguien|(?:one|uno|una)\s+(?:of|de)\s+(?:the|los|las|mis)\s+\w+)\b"
)
_NOT_ME = re.compile(
    r"[^.!?]{0,60}?(?:,\s*|\b(?:but|pero)\s+)(?:a\s+mi\s+no|yo\s+no|not\s+me|me\s+no)\b"
)


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
# ...or a thing named slipping that spared the patient: "lettuce knife slipped, cut the head not my
# hand", "el cuchillo se resbaló pero no me corté" ("fell off the ladder, hit my back not my head"
# names no thing before the fall: the patient's)
_SPARED = re.compile(
    rf"\bnot\s+(?:me|my\s+(?:\w+\s+)?(?:{LIMB}|head|face))\b(?!\s+(?:but|though))"
    r"|\b(?:no|ni)\s+me\s+(?:corte|lastime|hice\s+nada|paso\s+nada|pique)\b"
    r"|\b(?:didnt|did\s+not)\s+(?:cut|hurt|nick|hit)\s+(?:me|myself)\b"
)
_THING_BEFORE = re.compile(
    r"\b(?!(?:then|and|so|just|also|y|luego|pero|but|almost|casi)\b)[a-z]{3,}\s+$"
)


def hurt_nobody(text: str, start: int, end: int, before: str) -> bool:
    """Whether a fall is a thing's, not the patient's, and its sentence says it hurt nobody."""
    if _FIRST_PERSON.search(before):
        return False
    opening = max(text.rfind(c, 0, start) for c in ".!?") + 1
    closing = min((i for i in (text.find(c, end) for c in ".!?") if i >= 0), default=len(text))
    spared = _THING_BEFORE.search(before) and _SPARED.search(text, opening, closing)
    return bool(HURT_NOBODY.search(text, opening, closing) or spared)


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
    if category == "mental_health":  # (long over, a mood is asked about: never less)
        return others_mood_told(text, start, before) or long_over(text, end, before, after)
    if long_over(text, end, before, after, category) or the_yardstick(before):
        return True
    if _FIRST_PERSON.search(text, start, end):
        return False  # "he knocked me over", "it landed on my foot": the patient's own
    return someone_elses(text, start, end, before, category) or (
        category == "fall_injury" and hurt_nobody(text, start, end, before)
    )

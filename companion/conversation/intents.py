"""What a reply is about: done, partial, skipped, snooze, plan, question, report or other."""

import re

from companion.conversation.about_texts import LOST, RESUME
from companion.conversation.asking import NOT_PLAN, PLAN, QUESTION, QUESTION_START, WHAT_TO_DO
from companion.conversation.completion import read_completion
from companion.conversation.completion_done import LIFE_NOT_THE_WORK
from companion.conversation.completion_skipped import SKIPPED
from companion.conversation.later import LATER as _LATER
from companion.conversation.later import LATER_CONTEXT as _LATER_CONTEXT
from companion.conversation.later import NOT_YET as _NOT_YET
from companion.conversation.later import NOT_YET_A_SIGN as _NOT_YET_A_SIGN
from companion.conversation.later import REMINDER_ASKED, duration_asked
from companion.conversation.later import SNOOZE_ASKED as _SNOOZE_ASKED
from companion.conversation.partial import AND_THEN
from companion.conversation.redflag_others import HURT_NOBODY
from companion.conversation.symptom_words import SYMPTOM as _SYMPTOM
from companion.conversation.words import (
    BODY,
    FALL,
    MOOD,
    MOOD_WORDS,
    MORE_BODY,
    PEOPLE,
    THINGS,
    WATER_ES,
)

# A reply that tells of the body or the mind reports, even with no score or sign word read:
# a part of the body with its owner or a verb ("my big toe", "la rodilla", "back is bad"),
# a feeling not felt, the body's water, a fall said or denied, low mood.
_TOLD = re.compile(
    # ("my hands are full" is busy, not a body told)
    rf"\b(?:my|mi|mis|la|el|las|los)\s+(?:\w+\s+)?(?:{BODY}|{MORE_BODY})\b(?!\s+(?:are|r)\s+full\b)"
    rf"|\b(?:{BODY}|{MORE_BODY})\s+(?!(?:are|were)\s+full\b)(?:is|was|are|were|feel|feels|felt|went|got|gave|keeps|kept|esta"
    r"|estan|sigue|siguen|anda|andan)\b"
    r"|\b(?:cant|cannot|couldnt|can\s+not)\s+(?:\w+\s+)?feel\b|\bno\s+(?:siento|sentia|senti)\b"
    r"|\bsin\s+sentir\b|\b(?:pee|peeing|urine|poop|pooping|stool|leak\w*|orino|orinando|urinating)\b"
    # ("se me cayó el celular al agua" is a thing fallen, not the patient)
    rf"|\bme\s+(?:hice|orine|mee)\s+(?:{WATER_ES})\b|\b(?:{FALL})\b(?!\s+(?:el|la|mi|my)\s+(?:{THINGS})\b)"
    # a fall named as a thing had or not: "no falls no slips", "ninguna caída", "had a fall"
    r"|\b(?:no|any|zero|a|ningun[oa]?|sin|una)\s+(?:more\s+|new\s+|mas\s+)?(?:falls?|slips?|stumbles?"
    r"|caidas?|resbalones?|resbalon|tropezones?|tropezon)\b"
    r"|\b(?:acalambr\w*|itch\w*|pica|comezon|scab|costra|sanando|healing|cerrando)\b"
    # a body part named as the topic, then told of: "the foot. it keeps slapping down"
    rf"|\b(?:the|my|el|la|mi)\s+(?:{BODY}|{MORE_BODY})\s*[.:;,!-]+\s*(?:it|its|they|theyre)\b"
    # dark thoughts had, or gone: "ya no tengo esos pensamientos feos", "no more dark thoughts"
    # ("no tengo pensamientos de hacerme daño" denies them plainly, it tells nothing)
    r"|(?:(?<=\bya\sno\stengo\s)|(?<!\bno\stengo\s))(?<!\bno\s)(?<!\bdont\shave\s)(?<!\bdont\shave\sany\s)"
    r"(?:\b(?:esos|esas|estos|aquellos)\s+pensamientos\b|\bpensamientos\s+(?:feos|malos|oscuros|negativos"
    r"|suicidas|de\s+(?:morir\w*|matarme|hacerme\s+dano|no\s+vivir|quitarme))\b|\bideas\s+(?:suicidas"
    r"|de\s+(?:morir\w*|matarme|quitarme))\b|\b(?:dark|bad|those|suicidal|negative|scary|ugly|intrusive"
    r"|morbid)\s+thoughts\b)"
    # the scale itself named, whatever the number: "on a scale of 1 to 10 this is a 15"
    r"|\b(?:(?:a|the)\s+scale\s+(?:of|from)\s+[01]\s+to\s+10|del\s+[01]\s+al\s+10)\b"
)
_MOOD = re.compile(rf"\b(?:{MOOD})\b")
_MOOD_WORD = re.compile(rf"\b(?:{MOOD_WORDS})\b")
_DENIED = re.compile(r"\b(?:no|not|dont|didnt|never|nunca|ni|isnt|wasnt|aint)\b")
# A low mood denied or of a time gone is no report of today: "no me siento triste ni nada",
# "I was depressed last winter, fine now", "estaba desesperada al principio".
_MOOD_NOT_NOW = re.compile(
    r"(?:\b(?:no|not|dont|didnt|never|nunca|ni|isnt|wasnt|im\s+not)\s+(?:\w+\s+){0,2}"
    r"|\b(?:was|were|used\s+to|estaba|estuve|tuve|tenia|sentia|solia|had\s+been|last\s+(?:year|winter"
    r"|summer|month)|el\s+ano\s+pasado|antes)\b[^.!?]*)$"
)


_WELL = re.compile(
    r"\b(?:feel|feeling|felt|me\s+siento|estoy|ando|im|i\s+am)\s+(?:\w+\s+)?(?:good|great|fine|ok"
    r"|okay|bien|better|mejor)\b"
)


# Someone else's event opening the reply: "mi compañero se cayó del andamio, yo estoy bien";
# the patient's own "I'm fine" beside it answers the worry, it reports nothing.
_PETS = r"dog|puppy|cat|horse|perro|perrito|perrita|gato|gatito|caballo|yegua|vaca|cow"
_SOMEONE_ELSES = re.compile(
    rf"^\W*(?:(?:dice|dijo|says|said)\s+)?(?:(?:a\s+)?(?:my|mi|our|nuestr[oa])\s+|(?:el|la|the)\s+)?(?:{PEOPLE}|{_PETS})\b(?!\s+(?:and|y)\s+(?:i|yo)\b)"
)


def _low_mood_now(text: str) -> bool:
    """Whether the reply tells of a low mood now, not denied and not of a time gone."""
    return any(
        not _MOOD_NOT_NOW.search(text, max(0, m.start() - 60), m.start())
        and not (_DENIED.search(m.group()) and _MOOD_WORD.search(m.group()))
        for m in _MOOD.finditer(text)
    )


def mood_of_a_time_gone(text: str) -> bool:
    """Whether the reply names a low mood only as over or denied: "I used to feel hopeless, not
    anymore" reports nothing of today (a sign there is still asked about, never dropped)."""
    return bool(_MOOD.search(text)) and not _low_mood_now(text)


# ("no, nada de eso" denies the signs asked about, it skips nothing)
_NO = re.compile(
    r"^(?!\W*no\W+(?:nada|nothing|none)\s+(?:de|like|of)\s+(?:eso|that|those)\b)\W*(?:no+|nope|nah|nop|none|nada|ninguno)\s*(?:[,.!-]|$|sorry|lo\s+siento|perdon"
    r"|not\s+today|i\s+didnt|didnt|today|hoy)"
)
_YES = re.compile(
    r"^\W*(?:yes+|yep|yup|yeah|yea|ya|si|sip|claro|sure\s+did|i\s+did)\b\W*(?:\w+\W*){0,2}$"
)
# Worn out or unwell, the reason given for a day not done: "nah, too tired", "nada hoy, ando
# molida"
_WORN_OUT = re.compile(
    r"\b(?:(?:so|too|very|really|super|muy|bien|re)\s+)?(?:tired|exhausted|fatigued|wiped|drained|beat"
    r"|whooped|gassed|cooked|spent|dead|sick|ill|cansad[oa]|agotad[oa]|rendid[oa]|molid[oa]"
    r"|reventad[oa]|muert[oa]|enferm[oa])\b"
)
_CLAUSE_BREAK = re.compile(
    rf",|(?<!all\s)(?<!everything\s)(?=\bbut\b|\bpero\b)|(?=\bbut\b(?={AND_THEN}))"
)


# "whats the point of any of this", "¿para qué?": despair said, nothing asked of the therapist
# ("what's the point of these exercises?" asks).
# ("... if i cant work", "... si no puedo trabajar": the despair's reason, still nothing asked)
_IF_SO = r"(?:\s+(?:if|when|si|cuando)\s+[^?]*)?"
_RHETORICAL = re.compile(
    r"^\W*(?:whats|what\s+is|wats)\s+(?:even\s+)?the\s+(?:point|use)(?:\s+(?:of|in)\s+(?:any\s+of\s+"
    r"|all\s+(?:of\s+)?)?(?:this|it|anything|living|life|trying|going\s+on|me|that|getting\s+(?:better"
    r"|up|well)|recovering|healing|waking\s+up|being\s+here|keep(?:ing)?\s+(?:going|on|trying)"
    rf"|carrying\s+on))?(?:\s+anymore)?{_IF_SO}"
    r"\W*$|^\W*(?:para\s+que|de\s+que\s+sirve)(?:\s+(?:todo\s+esto|esto|seguir|vivir|intentarlo"
    r"|sigo|mejorar(?:me)?|recuperarme|me\s+recupero|echarle\s+ganas)(?:\s+(?:viviendo|intentando"
    rf"|luchando))?(?:\s+asi)?)?{_IF_SO}\W*$"
)


# "eso era lo que preguntaban verdad?": the patient checks the answer fits, nothing is asked
_CHECKING_BACK = re.compile(
    r"\b(?:eso\s+(?:era|es)\s+lo\s+que\s+(?:me\s+)?(?:preguntaban|pregunto|preguntaste|preguntan"
    r"|querian|queria|querias)|(?:thats|that\s+is|that\s+was|is\s+that)\s+what\s+(?:you|u)\s+"
    r"(?:asked|wanted|were\s+asking|meant)"
    # whether an earlier text arrived: "did u get my msg yesterday?", "¿le llegó mi mensaje?"
    r"|(?:did|have)\s+(?:you|u|yall|ya)\s+(?:get|got|see|seen|read|receive|received)\s+my\s+(?:\w+\s+)?"
    r"(?:msgs?|messages?|texts?|txts?)|(?:te|le|les)\s+llego\s+mi\s+(?:mensaje|texto|msj)"
    r"|(?:recibi\w*|viste|vio|leyo|leiste)\s+mi\s+(?:mensaje|texto|msj))\b"
)


# A laughing face ends what it laughs at: "does that count as a fall 😂 did everything"
_SENTENCE = re.compile(r"[^.!?\n😂🤣]+[.!?\n😂🤣]*")


def _clauses(text: str) -> list[tuple[str, bool]]:
    """Each clause and whether it asks; a trailing "?" makes its sentence's last clause ask."""
    clauses: list[tuple[str, bool]] = []
    for sentence in _SENTENCE.finditer(text):
        parts = [p for p in _CLAUSE_BREAK.split(sentence.group()) if p.strip()]
        asks = "?" in sentence.group() or "¿" in sentence.group()
        for index, part in enumerate(parts):
            last = index == len(parts) - 1
            asking = bool(QUESTION_START.search(part)) or (asks and last)
            checking_back = _CHECKING_BACK.search(part)
            clauses.append((part, asking and not _RHETORICAL.match(part) and not checking_back))
    return clauses


# Who is texting, asked: the service's own introduction answers it, no question for the
# therapist ("who is this?", "quién es?", "who's texting me").
_WHO_SENDS = re.compile(
    r"^\W*(?:who|whos|quien|quienes)\s+(?:is|are|es|eres|son|habla|this|dis)?\s*(?:this|that|dis|u|you"
    r"|texting\s+me|esto|me\s+escribe|me\s+manda)?\W*$|\bwho\s+(?:is|are)\s+(?:texting|messaging)"
    r"\s+me\b|\bde\s+donde\s+(?:sacaron|tienen|saco)\s+mi\s+numero\b|\bhow\s+did\s+(?:you|u)\s+get"
    r"\s+my\s+number\b"
)


# "cuántos reps son de las squats? se me olvidó": the answer asked for forgotten, no session
_FORGOT_THE_ANSWER = re.compile(
    r"(?:^|(?<=,))\s*(?:ya\s+)?(?:se\s+me\s+olvido|(?:i\s+)?forgot|no\s+me\s+acuerdo"
    r"|(?:i\s+)?(?:dont|cant)\s+remember)\s*(?=,|$)"
)


def _what_to_do_about_it(text: str) -> bool:
    """Whether the reply tells of the body, then ends asking what to do ("my wrist keeps
    locking up what should i do" asks the therapist, not for the day's list)."""
    return bool(WHAT_TO_DO.search(text) and (_TOLD.search(text) or _SYMPTOM.search(text)))


def read_intent(
    text: str, *, reports_something: bool, expecting: str | None, signs_of_others: bool = False
) -> str:
    """The one intent of a reply (compliance keywords are settled before this)."""
    clauses = _clauses(text)
    # ("para qué me recupero si no voy a poder trabajar": despair's reason skips nothing)
    statements = " , ".join(c for c, asks in clauses if not asks and not _RHETORICAL.match(c))
    questions = " , ".join(c for c, asks in clauses if asks)
    if RESUME.search(text):
        return "opt_in"
    if _WHO_SENDS.search(text):
        return "other"
    if questions.strip():
        statements = _FORGOT_THE_ANSWER.sub(" ", statements)
    completion = read_completion(statements)
    if LOST.search(text) and not completion:
        return "help"
    snooze = (
        _SNOOZE_ASKED.search(text)
        or duration_asked(text)
        or (_NOT_YET.search(statements) and not _NOT_YET_A_SIGN.search(statements))
        or (_LATER.search(statements) and (_LATER_CONTEXT.search(text) or len(text.split()) <= 4))
    )
    # A skip read only from a negated "done" ("not done, later") gives way to the snooze, and
    # any skip to a reminder asked outright ("fell asleep before I did em, remind me tmrw").
    put_off = snooze and (not SKIPPED.search(statements) or REMINDER_ASKED.search(text))
    if completion and not (completion == "skipped" and put_off):
        return completion
    if PLAN.search(text) and not NOT_PLAN.search(questions) and not _what_to_do_about_it(text):
        return "plan"
    if snooze:
        return "snooze"
    asks_outright = QUESTION.search(text) or any(
        QUESTION_START.search(c) and not _RHETORICAL.match(c) and not _CHECKING_BACK.search(c)
        for c, _ in clauses
    )
    # "4?" or "idk like 4?" after "pain, 0-10?" is an unsure answer, not a question.
    # ("3. eso cuenta como cargar?" answers, then asks a question of its own)
    asks_more = any(asks and len(c.split()) >= 3 and not re.search(r"\d", c) for c, asks in clauses)
    unsure_answer = (
        expecting is not None and reports_something and not asks_outright and not asks_more
    )
    if (questions.strip() or asks_outright) and not unsure_answer:
        return "question"
    despair = any(_RHETORICAL.match(c) for c, _ in clauses)  # "what's the point of trying"
    # ("not the exercises, life": what cannot go on is living, told of the mind)
    despair = despair or bool(LIFE_NOT_THE_WORK.search(text))
    if reports_something or despair or _TOLD.search(text) or _low_mood_now(text):
        return "report"
    # "tuve depresión el año pasado, ahorita ando bien": feeling well answers a mood of a
    # time gone, it reports nothing of today.
    # (and "nobody got hurt" tells of no one's body)
    well_by_contrast = _MOOD_WORD.search(text) or _SOMEONE_ELSES.search(text)
    told = HURT_NOBODY.sub(" ", _WELL.sub(" ", text) if well_by_contrast else text)
    # ("el perro se cortó la pata y está hinchada": a sign read as someone else's is theirs)
    # ("none today, im beat": a skip said first, the state after it only its reason)
    if expecting is None and _NO.search(text) and not _SYMPTOM.search(_WORN_OUT.sub(" ", told)):
        return "skipped"
    if _SYMPTOM.search(told) and not (signs_of_others and _SOMEONE_ELSES.search(text)):
        return "report"
    if expecting is None and _NO.search(text):
        return "skipped"
    if expecting is None and _YES.search(text):
        return "done"
    return "other"

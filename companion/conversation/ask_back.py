"""A possible red flag is asked back: one short question, and the answer decides.

A certain sign takes the urgent path at once (dialogue.py). A possible one (the context
said past, someone else's, hypothetical, a screening answer, or only the model saw it)
gets "To be safe, Ana: ...? Reply YES or NO", kept on the conversation with when it was
asked. YES, in the patient's own words, takes the urgent path for what was asked; NO is
recorded with the text and alerts nobody; no answer within 30 minutes raises a high alert
quoting the text (companion/monitoring/asked_back.py). A possible self-harm sign is never
closed by NO: the answer carries the crisis line and a high alert is raised at once.
"""

import re
from datetime import datetime

from companion.conversation.interpret import Reading
from companion.conversation.lexicon import fold
from companion.conversation.replies import safety_answer
from companion.models import Conversation, Patient
from companion.monitoring.asked_back import raise_possible_alerts, record_answered_no
from companion.monitoring.redflags import record_red_flags
from companion.texts import gsm_safe, render

# Asked about first when a text shows several: the most dangerous first.
ORDER = (
    "mental_health", "cardiac_resp", "cauda_equina", "neuro", "fall_injury",
    "swelling_infection", "severe_pain",
)  # fmt: skip
QUESTIONS = {
    "en": {
        "mental_health": "are you having thoughts of hurting yourself?",
        "cardiac_resp": "are you having chest pain or trouble breathing now?",
        "cauda_equina": "is the bladder or bowel change happening to you now?",
        "neuro": "is the numbness or weakness happening to you now?",
        "fall_injury": "did you fall or get hurt yourself?",
        "swelling_infection": "do you have the swelling, redness or fever now?",
        "severe_pain": "is your pain unbearable now?",
    },
    "es": {
        "mental_health": "¿tienes pensamientos de hacerte daño?",
        "cardiac_resp": "¿tienes dolor de pecho o falta de aire ahora mismo?",
        "cauda_equina": "¿tienes ahora mismo cambios al orinar o al ir al baño?",
        "neuro": "¿tienes adormecimiento o debilidad ahora mismo?",
        "fall_injury": "¿te caiste o te lastimaste tu?",
        "swelling_infection": "¿tienes ahora hinchazon, enrojecimiento o fiebre?",
        "severe_pain": "¿tienes ahora un dolor insoportable?",
    },
}
ASK = {
    "en": "To be safe, {name}: {question} Reply YES or NO.",
    "es": "Para estar seguros, {name}: {question} Responde SI o NO.",
}
NOTED = {
    "en": "Thank you, {name}. Noted for your therapist.",
    "es": "Gracias, {name}. Se lo anotamos a tu terapeuta.",
}
STILL_HERE = {
    "en": "Thank you, {name}. Your therapist will still check in with you. You can call or "
    "text 988 any time.",
    "es": "Gracias, {name}. Tu terapeuta se comunicara contigo. Puedes llamar o escribir al "
    "988 cuando quieras.",
}

# YES in the patient's own words: "sí", "yes", "yeah", "ahorita sí", "creo que sí", "a little".
# ("ya" and "I did" are left out: "ya terminé", "I did the lifts" answer something else.)
_YES = re.compile(
    r"\b(?:yes+|yeah|yea|yep|yup|si+|sip|simon|claro|correct|afirmativo|a\s+little|a\s+bit"
    r"|un\s+poco|poquito|todavia|still|right\s+now|ahorita(?:\s+si)?)\b"
)
# NO: "no", "nope", "nah", "nel", "not me", "ya no", "ya se me quito", "it was my dad".
_NO = re.compile(
    r"\b(?:no|nope|nah|naw|nel|not|negative|negativo|nada|never|nunca|ya\s+se\s+me\s+(?:quito|paso)"
    r"|(?:it|that)\s+was\s+(?:my|his|her)|era\s+(?:de\s+)?mi)\b"
)
_UNSURE = re.compile(r"\b(?:not\s+sure|no\s+se|idk|dunno|maybe|tal\s+vez|quizas?|creo)\b")


def yes_or_no(text: str) -> bool | None:
    """True for YES, False for NO, None when the text answers neither (or is unsure)."""
    folded = fold(text).text
    if re.search(r"\bcreo\s+que\s+si\b", folded):
        return True
    if _UNSURE.search(folded):
        return None
    yes, no = _YES.search(folded), _NO.search(folded)
    if yes and no:
        return yes.start() < no.start() and not re.search(r"\b(?:ya\s+no|not\s+anymore)\b", folded)
    return True if yes else False if no else None


def ask_back(
    patient: Patient, state: Conversation, reading: Reading, now: datetime, text: str
) -> list[str]:
    """Ask about the most dangerous possible sign; a possible self-harm sign also gets the
    crisis line and a high alert at once."""
    flags = sorted(reading.possible_flags, key=ORDER.index)
    words = {c: reading.evidence.get(c, "") for c in flags}
    state.expecting, state.retries = None, 0
    waiting = state.asked or {}  # a question still unanswered keeps its clock and joins this one
    state.asked_at = state.asked_at or now
    state.asked = {
        "flags": sorted({*waiting.get("flags", ()), *flags}, key=ORDER.index),
        "words": waiting.get("words", {}) | words,
        "text": " / ".join(t for t in (waiting.get("text"), text) if t),
    }
    language, name = patient.language, patient.first_name
    question = QUESTIONS.get(language, QUESTIONS["en"])[flags[0]]
    ask = gsm_safe(ASK.get(language, ASK["en"]).format(name=name, question=question))
    if "mental_health" in flags:
        raise_possible_alerts(patient, ("mental_health",), words, text, now, answer=None)
        return [render("safety_crisis", language, name=name), ask]
    return [ask]


def answer_asked(
    patient: Patient, state: Conversation, yes: bool, answer: str, now: datetime
) -> list[str]:
    """YES: the urgent path for what was asked. NO: recorded with the text, nobody alerted
    (self-harm keeps its high alert)."""
    asked = state.asked or {}
    flags, words, text = (
        tuple(asked.get("flags", ())),
        asked.get("words", {}),
        asked.get("text", ""),
    )
    state.asked, state.asked_at = None, None
    language, name = patient.language, patient.first_name
    quoted = f"{text} / {answer}"
    if yes:
        record_red_flags(patient, flags, words, quoted, now)
        return [safety_answer(flags, name, language)]
    record_answered_no(patient, flags, words, quoted, now)
    closing = STILL_HERE if "mental_health" in flags else NOTED
    return [gsm_safe(closing.get(language, closing["en"]).format(name=name))]

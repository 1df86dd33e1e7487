"""Reading a patient's reply: intent, pain and fatigue, trend, red flags and language.

Pure and deterministic; never raises on any string. The rules, in short:

- Compliance keywords (STOP, START, HELP and plain-language revocation) come from
  `messaging.keywords` and win over everything else. A request for no texts today only
  ("no me mandes nada hoy") revokes nothing: the day is read as skipped.
- A number is a score only when something ties it to one: a label ("pain 4",
  "dolor 4", "P2 F4", "tired, 8"), a body part ("knee is at a 4") or the question
  asked (`expecting`). Unasked, a number nothing else claims takes the nearest sign
  of pain or fatigue in its sentence ("shoulder felt off, prob a 4", "pretty beat,
  7"), and "pain 3, 5" is the usual pair, pain then fatigue. "3 sets", "25 lb", "at
  5pm" and "1 of 3 exercises" are never scores; neither is "energy 8", which runs
  the other way. Ranges and decimals resolve upwards ("5-6" -> 6, "2.5" -> 3) and
  several values for one scale give the highest: the cautious reading.
- Real-word typos are read in context: "tried 7" is "tired 7", "all dome" is "all
  done", "paint 4" is "pain 4"; vowel-less words ("fnshd") are matched by consonants.
- Red flags are kept even when the intent is something else. Each is graded: certain
  (about the patient, now, affirmed) or possible (past, someone else's, hypothetical,
  a screening answer, told laughing, an unsure denial, or seen only by the model), which
  the conversation asks the patient about before it alerts anyone.
"""

import re
from dataclasses import dataclass, field

from companion.conversation.dreams import awake, only_dreamt
from companion.conversation.intents import mood_of_a_time_gone, read_intent
from companion.conversation.lexicon import correct_typos, detect_language, fold
from companion.conversation.redflags import read_red_flags
from companion.conversation.score_numbers import spell_out_numbers
from companion.conversation.scores import read_scores
from companion.conversation.trend import read_trend
from messaging.keywords import compliance_keyword, quiet_today

INTENTS = (
    "done", "partial", "skipped", "report", "opt_out", "opt_in", "help", "snooze", "plan",
    "question", "other",
)  # fmt: skip


@dataclass(frozen=True)
class Reading:
    """What one reply says, as far as plain rules can tell."""

    intent: str
    pain: int | None = None
    fatigue: int | None = None
    effort: int | None = None  # "how hard was it, 0-10" (conversation.effort)
    trend: str | None = None
    red_flags: tuple[str, ...] = ()
    possible_flags: tuple[str, ...] = ()
    evidence: dict[str, str] = field(default_factory=dict)
    language: str = "en"
    out_of_range: bool = False
    skip_reason: int | None = None

    def as_contract(self) -> dict[str, object]:
        """The `chatbot interpret` output line of the contract."""
        return {
            "intent": self.intent,
            "pain": self.pain,
            "fatigue": self.fatigue,
            "trend": self.trend,
            "red_flags": list(self.red_flags),
            "possible_flags": list(self.possible_flags),
            "language": self.language,
        }


# "chest pain? no. numb? nah", "¿mareos? tampoco": questions the patient asks and answers
# are a report, not a question for the therapist.
_SELF_ANSWERED = re.compile(
    # ("q significa ...? no entendí el ejercicio" says why it asks, it answers nothing)
    r"¿?([^?¿.!]*)\?+(?!\s*no\s+(?:entendi|entiendo|se|supe|comprendo|le\s+entendi)\b)"
    r"(?=\s*(?:no|nah|nope|nop|nel|yes|yeah|si|tampoco|nada|ninguno|ninguna|none"
    r"|negative|never|nunca|neither|nor)\b)"
)


def interpret(text: str, expecting: str | None = None, lang: str = "en") -> Reading:
    """Read a reply; `expecting` is the scale just asked for ("pain", "fatigue", "effort" or
    None)."""
    text = text if isinstance(text, str) else ""
    folded = correct_typos(fold(text))
    language = detect_language(folded, lang if lang in ("en", "es") else "en")
    signs = read_red_flags(folded)
    evidence = {**signs.possible, **signs.certain}
    words = spell_out_numbers(folded.text, language)
    scores = read_scores(words, expecting)
    pain, pain_out = scores.best("pain")
    fatigue, fatigue_out = scores.best("fatigue")
    effort, effort_out = scores.best("effort")
    trend = read_trend(folded.text)
    keyword = compliance_keyword(text)
    out_of_range = pain_out or fatigue_out or effort_out
    reports = pain is not None or fatigue is not None or effort is not None or out_of_range
    flagged = set(evidence) - signs.others
    if "mental_health" not in signs.certain and mood_of_a_time_gone(words):
        flagged.discard("mental_health")  # "was hopeless a few months ago, way better now"
    # "had a dream i fell off the tractor": a sign dreamt reports nothing of the day
    flagged -= {sign for sign in flagged if only_dreamt(words, fold(evidence[sign]).text)}
    intent = keyword or read_intent(
        _SELF_ANSWERED.sub(r"\1.", awake(words)),
        reports_something=bool(reports or trend or flagged),
        expecting=expecting,
        signs_of_others=bool(evidence) and set(evidence) <= signs.others,
    )
    # "no me mandes nada hoy": a day off asked for, not consent taken back; the day is
    # skipped (a snooze would text again later the same day), unless the tasks were done.
    if intent not in ("done", "partial") and quiet_today(text):
        intent = "skipped"
    return Reading(
        intent=intent,
        pain=pain,
        fatigue=fatigue,
        effort=effort,
        trend=trend,
        red_flags=tuple(signs.certain),
        possible_flags=tuple(signs.possible),
        evidence=evidence,
        language=language,
        out_of_range=out_of_range,
    )

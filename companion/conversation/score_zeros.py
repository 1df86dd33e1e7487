"""Scores of zero said in words: "pain free", "sin dolor", "not tired", "none" when asked."""

import re

# "sin dolor de pecho", "no me duele la cabeza" deny a warning sign or another ache; they say
# nothing of the training pain.
_ELSEWHERE = (
    r"(?!\s+(?:de|del|en\s+el|en\s+la|el|la|in\s+(?:my|the))\s+(?:pecho|chest|cabeza|head|estomago"
    r"|stomach|panza|garganta|throat|muelas?))"
)
PAIN_ZERO = re.compile(
    r"\b(?:no|zero|sin|cero|nada\s+de|ningun|without|free\s+of)\s+(?:more\s+|mas\s+)?"
    r"(?:pain|dolor|hurting|discomfort|molestias?)\b(?!\s*(?:than|que|,?\s*no\s+gain))"
    rf"{_ELSEWHERE}"
    r"|\bpain[\s-]?free\b"
    # ("I'm not hurt", "not hurt just mad": unharmed after a mishap, no 0-10 pain told; "not
    # hurting" is a zero)
    r"|\b(?:(?:doesnt|does\s+not|didnt|did\s+not|dont|do\s+not|isnt|nothing)\s+(?:really\s+)?"
    r"hurt(?:s|ing)?|not\s+(?:really\s+)?hurt(?:s|ing))\b(?!\s+(?:as|that|too|much|so|more|less|myself|my\s*self|anything"
    r"|anyone|yourself))"
    rf"|\bno\s+(?:me\s+)?duele(?:n)?\b(?!\s+(?:tanto|mucho|igual|como|mas|menos)){_ELSEWHERE}"
    r"|\b(?:pain|dolor)\s+(?:is\s+|se\s+|has\s+)?(?:gone|went\s+away|fue|quito)\b"
    # ("pain is nothing", but "dolor nada más en la rodilla" is "only in the knee")
    # ("keep an eye out for chest pain, none so far" denies a warning sign)
    r"|(?<!chest\s)(?<!head\s)(?<!stomach\s)\b(?:pain|dolor)(?:\W*(?:none|nada|nil)|\s+(?:is|was|es|era)\s+(?:none|nada|nil|nothing))\b"
    r"(?!\s+(?:like|compared|serious|major|new|to|else|mas|que)\b)"
    rf"|\bno\s+(?:tengo|hay|siento)\s+(?:nada\s+de\s+)?dolor\b{_ELSEWHERE}"
)
FATIGUE_ZERO = re.compile(
    r"\b(?:not|no|nada(?:\s+de)?|sin|zero|cero|no\s+estoy|no\s+me\s+siento)\s+(?:at\s+all\s+)?"
    r"(?:tired|fatigued?|cansad[oa]s?|cansancio|fatiga|exhausted|agotad[oa])\b(?!\s+(?:than|que))"
)
# "none, just tired" answers "pain, 0-10?" with a zero before saying more.
LEADING_NONE = re.compile(r"^\W*(?:none|nada|zero|cero|nothing|ninguno|ninguna)\s*[,.;!-]")
_BARE_NONE = re.compile(
    r"^\W*(?:no+|nope|nah|none|nada|ninguno|ninguna|zero|cero|not\s+at\s+all|para\s+nada"
    r"|nothing|not\s+really|ni\s+(?:un\s+)?(?:poquito|poco)|ni\s+tantito|nadita|not\s+(?:even\s+)?a"
    r"\s+(?:little|bit)|not\s+one\s+bit)(?:\s+(?:today|hoy|now|rn|right\s+now|at\s+all|really|honestly|tbh"
    r"|thankfully|gracias|thanks))*\W*$"
)


# "my knee pops but it doesn't hurt", "me truena la rodilla, no duele": a joint's noise said to
# be painless says nothing of the training pain.
_JOINT_NOISE = re.compile(
    r"\b(?:pops?|popping|popped|cracks?|cracking|cracked|clicks?|clicking|clicked|grinds?|grinding"
    r"|snaps?|snapping|truen\w*|tron\w*|crug\w*|cruj\w*|chasquid\w*)\b"
)
_IT_DOESNT_HURT = re.compile(
    r"\b(?:(?:it\s+)?(?:doesnt|does\s+not|dont|do\s+not|didnt|never)\s+(?:really\s+)?hurts?|no\s+(?:me\s+)?duele)\b"
)


# "the fall was last year, doesn't hurt anymore", "me operaron hace dos años, ya no me duele": an
# old injury said to be healed says nothing of today's training pain ("... today it doesn't hurt"
# does).
_A_TIME_GONE = re.compile(
    r"\b(?:last\s+year|(?:years?|months?)\s+ago|back\s+in|in\s+(?:19|20)\d\d|when\s+i\s+was"
    r"|as\s+a\s+(?:kid|child|teen)|(?:el|del)\s+ano\s+pasado|hace\s+(?:\w+\s+){1,2}(?:anos?|meses)"
    r"|en\s+(?:19|20)\d\d|cuando\s+(?:era|estaba)\s+\w+|de\s+(?:nino|nina|chavo|chamaco|joven))\b"
)
_TODAY = re.compile(r"\b(?:today|hoy|now|ahora|ahorita|rn|this\s+morning|esta\s+manana)\b")


def said_zero(text: str, scale: str, expecting: str | None) -> bool:
    """Whether the reply puts `scale` at zero in words, or answers its question with "none"."""
    if expecting == scale and _BARE_NONE.search(text):
        return True
    zero = PAIN_ZERO if scale == "pain" else FATIGUE_ZERO
    return any(
        not (scale == "pain" and (_noise_without_pain(text, found) or _healed(text, found)))
        for found in zero.finditer(text)
    )


def _noise_without_pain(text: str, found: re.Match[str]) -> bool:
    """Whether a bare "doesn't hurt" follows a joint's noise in its sentence."""
    if not _IT_DOESNT_HURT.match(found.group()):
        return False
    opening = max(text.rfind(c, 0, found.start()) for c in ".!?") + 1
    return bool(_JOINT_NOISE.search(text, opening, found.start()))


def _healed(text: str, found: re.Match[str]) -> bool:
    """Whether a bare "doesn't hurt" follows an injury of a time gone in its sentence."""
    if not _IT_DOESNT_HURT.match(found.group()):
        return False
    opening = max(text.rfind(c, 0, found.start()) for c in ".!?") + 1
    gone = [m.end() for m in _A_TIME_GONE.finditer(text, opening, found.start())]
    return bool(gone) and not _TODAY.search(text, gone[-1], found.start())

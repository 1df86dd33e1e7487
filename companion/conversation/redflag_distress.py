"""Severe pain: pain told as unbearable, the worst ever, past the scale or crying out."""

from companion.conversation.redflag_words import rule, together

PAIN_WORD = r"pain|hurts?|hurting|dolor|duele"
# A pain score ten times the top of the scale ("a 100 out of 10", "a million/10") cannot
# be a slip for a score in range, as "15/10" or "11/10" may be: it says the pain is off
# the scale.
_PAST_TEN = (
    r"\b(?:\d{3,}|a\s+(?:hundred|thousand|million|billion|gazillion)|cien|mil|un\s+millon)\s*"
    r"(?:/|out\s+of|de|sobre)\s*10\b"
)
# Crying out with pain, or as one moves: "literally screaming when I roll over" (not
# "I yelled when the Packers scored").
_MOVE = (
    r"move|moved|moving|roll|rolled|stand|stood|get|got|bend|bent|sit|sat|turn|turned|walk|walked"
    r"|lift|lifted|try|tried|step|stepped|put|cough|coughed|sneeze|sneezed|lay|lie|touch|twist"
)
_CRYING_OUT = (
    r"\b(?:im|i\s+am|i\s+was|i|literally|been|just|was|keep|kept)\s+(?:literally\s+)?(?:screaming"
    r"|screamed|yelling|yelled|howling|crying\s+out|cried\s+out|scream|yell)\s+(?:out\s+)?(?:in\s+pain"
    r"|from\s+(?:the\s+)?pain|(?:when|every\s+time|whenever|each\s+time|if|as\s+soon\s+as)\s+"
    rf"(?:i\s+)?(?:even\s+|try\s+to\s+)?(?:{_MOVE}))\b"
)

DISTRESS = (
    "severe_pain",
    rule(
        r"\bunbearabl\w*|\bexcruciat\w*|\bintolerable\b|\bagoni\w*|\bagony\b",
        r"\bworst\s+(?:\w+\s+)?pain\b|\bpain\s+(?:is\s+|was\s+)?the\s+worst\b",
        r"\bworst\s+(?:it\s+has|its)\s+ever\b",
        # "worst my back has ever been", "never hurt this bad"
        r"\bworst\s+(?:my\s+|the\s+|this\s+)?(?:\w+\s+){0,2}(?:has|have|had|it\s+has|its)\s+ever"
        r"\s+(?:been|felt|hurt)\b|\bnever\s+(?:\w+\s+)?(?:hurt|been|felt)\s+(?:this|so)\s+(?:bad|much"
        r"|badly)\b|\bnunca\s+me\s+(?:habia|ha)\s+dolido\s+(?:tanto|asi)\b",
        _PAST_TEN,
        _CRYING_OUT,
        # "un dolor que no aguanto"
        r"\b(?:dolor|duele)\s+(?:\w+\s+){0,2}?que\s+(?:ya\s+)?no\s+(?:me\s+)?(?:aguanto|soporto|aguanta"
        r"|puedo\s+(?:aguantar|soportar))\b",
        together(
            r"pain|hurts?|hurting|dolor|duele",
            r"(?:its|it\s+is|thats|this\s+is)\s+the\s+worst"
            r"|off\s+the\s+(?:charts?|scales?)|through\s+the\s+roof|past\s+10|beyond\s+10",
            60,
        ),
        r"\bcant\s+(?:take|stand|bear|handle)\s+(?:the|this)\s+pain\b",
        r"\b(?:crying|screaming|tears)\s+(?:from|in|because\s+of|with)\s+(?:the\s+)?pain\b",
        together(
            r"pain|hurts?|hurting|dolor|duele",
            r"in\s+tears|crying|screaming|sobbing|llorando"
            r"|lloro|llore",
        ),
        r"\bnever\s+(?:\w+\s+)?(?:felt|had)\s+(?:pain|anything)\s+like\s+(?:this|that|it)\b",
        together(
            r"pain|hurts?|hurting|dolor|duele",
            r"beyond\s+(?:anything|belief|words)|cant\s+function"
            r"|no\s+(?:lo|la)\s+(?:soporto|aguanto)|so\s+bad\s+(?:that\s+)?i\s+(?:cant|couldnt)",
            60,
        ),
        r"\binsoportable\b|\binaguantable\b|\bel\s+peor\s+dolor\b|\batroz\b",
        r"\bno\s+(?:aguanto|soporto)\s+(?:el|este|tanto|mas\s+el)\s+dolor\b",
        r"\bllorando\s+de(?:l)?\s+dolor\b",
    ),
)

"""Signs set apart from the patient's now, by the words around them rather than by the sign:
the patient set apart from the one who had it ("Tanya fell ... me? finished everything", "un
compañero se desmayó, yo terminé"), a past sign measured against today ("worst pain ever was
when I broke my leg, today is nothing like that", "el peor dolor fue el parto, hoy no es nada"),
and a sign told over in the next sentence ("the tingling? it went away after I stretched")."""

import re

# The patient set apart after the sign, often after gossip: "me? finished everything", "as for
# me, all good", "yo bien", "yo terminé mis cargas", "y yo? bien".
_ME_APART = re.compile(
    r"(?:^|[.!?,:;]\s*|\b(?:but|pero|and|y)\s+)(?:me\s*\?|as\s+for\s+me\b|me\s+(?:myself\s+)?i\s+(?:finished|did|am|was)\b"
    r"|(?:y\s+)?yo\s*\?|(?:y\s+)?yo\s+(?:bien|estoy\s+bien|todo\s+bien|termine|hice|si\s+(?:termine|hice)"
    r"|ando\s+bien)\b|en\s+cuanto\s+a\s+mi\b)"
)
# A one-word teller of the sign opening its clause, no word of the patient's: "Tanya fell",
# "chisme: Rosa se desmayó" (names are folded to lower case: any word not the patient's).
_ONE_WORD_SUBJECT = re.compile(
    r"(?:^|[.!?:;,]\s*)(?!(?:i|im|ive|me|my|mi|yo|then|so|just|also|almost|casi|today|hoy|ayer"
    r"|yesterday|and|y|but|pero|luego|again|otra|still|todavia|nearly|literally|lol|jaja|ok|okay"
    r"|bueno|pues|like|finally|omg|ugh|dude|bro|welp|well|tambien|ya|se|me|le|it|its)\b)[a-z]+\s+"
    r"(?:(?:se|le)\s+(?:le\s+)?)?$"
)
# The one it happened to, by "se le"/"le" right before the sign: "y se le infectó", "le dio".
_TO_THEM = re.compile(r"\b(?:se\s+le|se\s+les|le|les)\s+$")
_OTHER_NAMED = re.compile(
    r"\b(?:my|mi|mis|el|la|un|una|the|a|one\s+of\s+my|uno\s+de\s+mis|una\s+de\s+mis)\s+[a-z]+\b"
)
_FIRST = re.compile(r"\b(?:i|im|ive|me|my|yo|mis)\b")


def others_set_apart(text: str, start: int, end: int) -> bool:
    """Whether one the patient names or sets apart had the sign, the patient said well after it."""
    opening = max(text.rfind(c, 0, start) for c in ".!?") + 1
    before = text[opening:start]
    if _TO_THEM.search(before) and _OTHER_NAMED.search(before) and not _FIRST.search(before):
        return True
    return bool(_ONE_WORD_SUBJECT.search(text[max(0, start - 40) : start])) and bool(
        _ME_APART.search(text, end)
    )


# A past sign measured against today: "today is nothing like that", "hoy no es nada", "now
# it's nothing compared", "hoy ni se compara", "this time is way less".
_TODAY_UNLIKE = re.compile(
    r"\b(?:today|now|these\s+days|this\s+time|hoy|ahora|esta\s+vez)\b[^.!?]{0,25}?"
    r"(?:\bnothing\s+(?:like|compared|close)|\bnot\s+(?:like\s+that|even\s+close)|\bno\s+es\s+(?:nada|igual)"
    r"|\bnada\s+que\s+ver|\bni\s+se\s+(?:compara|parece)|\bno\s+se\s+compara|\bway\s+less|\bmucho\s+menos)"
)
_PAST_MARK = re.compile(
    r"\b(?:was|were|had|fue|fueron|tuve|he\s+tenido|habia|when|cuando|back\s+in|en\s+(?:19|20)\d\d"
    r"|in\s+(?:19|20)\d\d|years?\s+ago|hace\s+\w+\s+anos)\b"
)


def today_unlike(text: str, start: int, end: int) -> bool:
    """Whether a sign of the past is the yardstick today's is told to fall far short of."""
    sentence_end = min((i for i in (text.find(c, end) for c in ".!?") if i >= 0), default=len(text))
    opening = max(text.rfind(c, 0, start) for c in ".!?") + 1
    rest = text[end:sentence_end]
    unlike = _TODAY_UNLIKE.search(rest)
    if unlike is None:
        return False
    return bool(_PAST_MARK.search(text, opening, end + unlike.start()))


# Over in the next sentence, the sign taken up by a pronoun: "the tingling? it went away after
# I stretched", "lo del hormigueo. ya se me quitó", "that numbness, it's gone now".
_OVER_NEXT = re.compile(
    r"[^.!?]{0,30}[.!?,]\s*(?:and\s+|but\s+|y\s+|pero\s+)?(?:it|that|this|they|those|eso|esto|ya)\s+"
    r"(?:(?:totally|all|completely|finally|ya)\s+)?(?:went\s+away|is\s+gone|was\s+gone|s\s+gone|gone"
    r"|stopped|cleared\s+up|wore\s+off|se\s+(?:me\s+)?(?:quito|fue|paso)|desaparecio)\b"
)
_BACK = re.compile(r"[^.!?]*\b(?:came\s+back|back\s+again|volvio|regreso|again|otra\s+vez)\b")


def over_next_sentence(text: str, end: int) -> bool:
    """Whether the sign is told over just after its clause, by a pronoun standing for it."""
    over = _OVER_NEXT.match(text, end)
    return over is not None and not _BACK.match(text, over.end())

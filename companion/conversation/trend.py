"""The answer to "pain this morning compared with yesterday?": better, same or worse."""

import re

_TREND = re.compile(
    r"(?P<same>\b(?:no|not\s+any|not)\s+(?:better|worse|mejor|peor)\b"
    r"|\bsame\b(?!\s+(?:time|weight|thing\s+tomorrow|exercises?|reps|sets|routine|plan|way)\b)"
    r"|\bno\s+(?:change|difference)\b|\bunchanged\b|\bnot\s+(?:much\s+)?different\b"
    r"|\bigual(?:it[oa])?\b(?!\s+(?:los|las|lo|la|me|hice|voy|no)\b)|\blo\s+mismo\b|\bsin\s+cambios?\b"
    r"|\bsimilar\b)"
    r"|(?P<better>\bbetter\b(?!\s+(?:off|than\s+nothing|if|to|safe|at|with)\b)|\bimprov(?:ed|ing|ement)\b"
    r"|\bless\s+(?:pain|sore|stiff)\b|\b(?:not|wasnt|isnt|arent|werent)\s+as\s+(?:bad|sore|stiff|tight"
    r"|painful|achy)\b|\bless\s+than\s+(?:yesterday|before)\b|\bmenos\s+(?:dolor|que\s+ayer)\b"
    r"|\bmejor(?:ando|ado|ia)?\b(?!\s+(?:manana|luego|despues|lo|los|las|hago|me|te)\b))"
    r"|(?P<worse>\bworse\b|\bworsening\b|\bmore\s+(?:pain|sore)\b|\bhurts\s+more\b|\bpeor\b"
    r"|\bmas\s+dolor\b|\bme\s+duele\s+mas\b|\bempeor\w*)"
)


def read_trend(text: str) -> str | None:
    """better / same / worse, as first said; "not worse" and "no better" read as same."""
    match = _TREND.search(text)
    if match is None:
        return None
    return next(name for name in ("same", "better", "worse") if match.group(name))

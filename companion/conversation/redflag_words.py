"""Words and helpers shared by the red-flag signs: limbs, the saddle area, nearness."""

import re

from companion.conversation.words import BODY

LIMB = rf"(?:{BODY}|toes?|fingers?|grip)"
GROIN = (
    r"(?:groin|crotch|saddle|genitals?|genital\s+area|privates|private\s+(?:parts|area)|butt|"
    r"buttocks|bottom|perineum|inner\s+thighs?|between\s+my\s+legs|ingle|entrepierna|genitales|"
    r"partes\s+intimas|gluteos|nalgas|silla\s+de\s+montar|down\s+there|ahi\s+abajo)"
)
# Legs that give way ("my knee keeps going out", "my right one quit on me").
LEG = r"(?:legs?|knees?|ankles?|hips?|foot|feet|one)"
# "havent been able to hold my pee": the inability is part of the sign, not a negation.
UNABLE = (
    r"(?:cant|cannot|can\s+not|couldnt|could\s+not|trouble|hard\s+to|difficulty|unable\s+to"
    r"|problems?|(?:havent|hasnt|have\s+not|wasnt|not)\s+(?:been\s+)?able\s+to|struggl\w+\s+to)"
)
NUMB = r"(?:numb\w*|tingl\w*|entum\w*|adormec\w*|dormid[oa]s?|hormigue\w*|no\s+feeling|cant\s+feel)"
NOT = r"\b(?:not|no|isnt|arent|wasnt|werent|dont|doesnt|didnt|never|without|ni|sin)\b"


def near(first: str, second: str, gap: int = 40) -> str:
    """`first`, then `second` at most `gap` characters on in one sentence, not negated between."""
    return rf"\b(?:{first})\b(?:(?!{NOT})[^.!?;]){{0,{gap}}}?\b(?:{second})\b"


def together(one: str, other: str, gap: int = 40) -> str:
    """`one` and `other` near each other in either order."""
    return f"{near(one, other, gap)}|{near(other, one, gap)}"


URINE = (
    r"pee|peeing|urine|urinat\w*|piss|pissing|orin\w*|pipi|poop\w*|stool|bowel\s+movements?"
    r"|number\s+(?:2|two)"
)
TROUBLE = (
    r"barely|hardly|cant|cannot|couldnt|trouble|hard\s+(?:to|time)|difficult\w*|struggl\w*|weird|strange"
    r"|leak\w*|dribbl\w*|accidents?|control|hold|numb|no\s+puedo|me\s+cuesta"
    r"|dificultad|gotea\w*|no\s+siento|sin\s+darme\s+cuenta"
)
WOUND = (
    r"cut|wound|incision|scar|stitches|sutures|scrape|blister|surgery\s+site|herida|cortada"
    r"|cicatriz|puntos"
)
INFECTED = (
    r"red|redder|hot|warm|leak\w*|ooz\w*|drain\w*|pus|yellow|green|smell\w*|stink\w*|weep\w*"
    r"|infect\w*|streak\w*|roj[oa]|caliente|supura\w*"
)


def rule(*patterns: str) -> re.Pattern[str]:
    """One pattern for a category; no word skipped between its parts may negate it."""
    gap = r"(?:\w+\s+)"  # "chest isnt tight": "isnt" may not be skipped over
    return re.compile("|".join(f"(?:{p})" for p in patterns).replace(gap, rf"(?:(?!{NOT})\w+\s+)"))


_BARE_NUMBNESS = re.compile(r"(?:numb\w*|tingl\w*|entumecid\w*|adormecid\w*|dormid\w*)")
_LIMB_WORD = re.compile(rf"\b{LIMB}\b")
_GROIN_WORDS = re.compile(rf"\b{GROIN}\b")


def only_saddle_numbness(text: str, neuro_words: list[str]) -> bool:
    """Whether neuro signs are bare "numb"s of a reply whose only numb place is the saddle."""
    return all(_BARE_NUMBNESS.fullmatch(w.lower()) for w in neuro_words) and not _LIMB_WORD.search(
        _GROIN_WORDS.sub(" ", text)
    )

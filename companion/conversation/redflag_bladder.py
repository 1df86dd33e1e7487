"""Bladder, bowel and saddle signs (cauda equina) as patterns over a folded reply."""

from companion.conversation.redflag_words import GROIN, NUMB, TROUBLE, UNABLE, URINE, rule, together

BLADDER = (
    "cauda_equina",
    rule(
        r"\b(?:bladder|bowels?|vejiga|esfinter|incontinen\w*)\b",
        together(URINE, TROUBLE),
        r"\b(?:didnt|couldnt|did\s+not|could\s+not|barely|almost\s+didnt)\s+make\s+it\s+to\s+the"
        r"\s+(?:bathroom|toilet|restroom)\b",
        r"\bno\s+(?:siento|me\s+doy\s+cuenta)\s+(?:cuando|si|las\s+ganas)\s+(?:\w+\s+){0,6}"
        r"(?:bano|orinar|pipi|popo)\b",
        # "no siento nada al limpiarme": no feeling when wiping
        r"\bno\s+siento\s+(?:nada\s+)?(?:al|cuando\s+me)\s+limpi\w+",
        # retention: "no me sale la orina", "can't get the stream going"
        r"\bno\s+(?:me\s+)?(?:sale|salia|salio)\s+(?:la\s+|el\s+|nada\s+de\s+)?(?:orina|pipi|chorro)\b"
        r"|\b(?:cant|couldnt|hard\s+to)\s+(?:get|start)\s+(?:the|my)\s+(?:stream|pee|flow)\b"
        r"|\b(?:push\w*|strain\w*)\s+(?:\w+\s+){0,3}?to\s+(?:pee|urinate|piss|go)\b",
        r"\b(?:no\s+puedo|no\s+podia|me\s+cuesta)\s+(?:aguantar|controlar|retener|detener)\s+"
        r"(?:la\s+|el\s+)?(?:orina|pipi|popo|ganas)",
        rf"\b{UNABLE}\s+(?:\w+\s+)?(?:pee|peeing|urinat\w*|poop\w*|go\s+to\s+the\s+bathroom"
        r"|go\s+(?:number\s+(?:2|two)|#\s*2))\b",
        rf"\b{UNABLE}\s+(?:\w+\s+)?(?:hold|control)\w*\s+(?:my\s+|it\s+|in\s+|the\s+)?(?:pee|urine"
        r"|piss|poop|stool|bowels?|bladder)\b",
        r"\b(?:cant|cannot|couldnt|could\s+not)\s+feel\s+(?:\w+\s+){0,3}(?:wipe|wiping"
        r"|toilet\s+paper)\b|\bnumb\w*\s+when\s+i\s+wipe",
        r"\b(?:wet|peed|pissed|pooped|soiled|messed)\s+(?:myself|my\s+pants|the\s+bed)\b",
        r"\b(?:dont|didnt|cant|do\s+not|did\s+not)\s+(?:know|tell|notice|feel)\s+(?:when|if|that)\s+"
        r"(?:im|i\s+am|i\s+was|i)\s+(?:peeing|pooping|going|leaking|wet)\b"
        r"|\b(?:no|lost|losing|loss\s+of)\s+(?:\w+\s+)?control\s+(?:of|over)\s+(?:my\s+)?(?:bladder"
        r"|bowels?|pee|urine)\b",
        r"\b(?:going|go|went|gone)\s+(?:to\s+the\s+bathroom\s+|potty\s+)?on\s+myself\b"
        r"|\baccidents?\s+in\s+(?:my\s+pants|bed|the\s+bed)\b",
        r"\b(?:leak|leaks|leaking|leaked)\s+(?:urine|pee)\b",
        r"\bcant\s+hold\s+(?:my\s+|it\s+)?(?:pee|urine|in|bladder|bowels|poop)\b",
        r"\b(?:cant|dont|do\s+not|cannot)\s+(?:feel|tell)\s+(?:it\s+)?(?:when|if)\s+i\s+(?:need|have)\s+to"
        r"\s+(?:pee|go|poop)\b",
        rf"\b{NUMB}\s+(?:\w+\s+){{0,3}}{GROIN}\b",
        rf"\b{GROIN}\s+(?:\w+\s+){{0,3}}{NUMB}",
        r"\b(?:no\s+puedo|no\s+podia|me\s+cuesta|dificultad\s+para|problemas?\s+para)\s+"
        r"(?:orinar|hacer\s+pipi|hacer\s+del\s+bano|defecar|evacuar)\b",
        r"\bme\s+(?:orine|orino|hice\s+pipi|hago\s+pipi|hice\s+encima|hago\s+encima)\b",
        r"\bse\s+me\s+(?:sale|salio|escapa|escapo)\s+(?:la\s+)?(?:orina|pipi|popo)\b",
        r"\bno\s+(?:puedo\s+)?control\w*\s+(?:la\s+|el\s+)?(?:orina|vejiga|intestino|esfinter)",
    ),
)

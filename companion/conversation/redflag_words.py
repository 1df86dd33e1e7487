"""Words and helpers shared by the red-flag signs: limbs, the saddle area, nearness."""

import re

from companion.conversation.words import BODY

LIMB = rf"(?:{BODY}|toes?|fingers?|thumbs?|pinky|grip)"
# The bottom of a foot or hand is the limb's, not the seat: "can't feel the bottom of my foot",
# "la parte de abajo del pie" (the bottom of the back stays the saddle's neighbour).
_OF_A_LIMB = (
    r"(?!\s+(?:of|de|del)\s+(?:(?:my|the|your|both|left|right|mi|mis|la|el|los|las)\s+){0,2}"
    r"(?:foot|feet|heels?|toes?|hands?|fingers?|thumbs?|legs?|arms?|pies?|manos?|piernas?|dedos?"
    r"|talon\w*)\b)"
)
GROIN = (
    r"(?:groin|crotch|saddle|genitals?|genital\s+area|privates|private\s+(?:parts|area)|butt|"
    rf"buttocks|bottom{_OF_A_LIMB}|perineum|inner\s+thighs?|between\s+my\s+legs|ingle|entrepierna|genitales|"
    r"partes\s+intimas|gluteos|nalgas|silla\s+de\s+montar|down\s+there|ahi\s+abajo|"
    r"where\s+i\s+sit|sit\s+bones?|seat\s+area|entre\s+(?:las|mis)\s+piernas|donde\s+me\s+siento"
    # the everyday and family words: "butt cheeks", "inside of my thighs", "las pompis"
    r"|butt\s+cheeks|bum|rear\s+end|backside|back\s+there|tush|taint|anus|rectum"
    r"|insides?\s+of\s+(?:my\s+|the\s+)?(?:thighs?|legs)|inner\s+legs|private\s+area|nether\s+regions?"
    rf"|pompis|pompas|colita|trasero|sentaderas|nalgas?|partes?\s+de\s+abajo{_OF_A_LIMB})"
)
# Legs that give way ("my knee keeps going out", "my right one quit on me").
LEG = r"(?:legs?|knees?|ankles?|hips?|foot|feet|one)"
# "havent been able to hold my pee": the inability is part of the sign, not a negation.
UNABLE = (
    r"(?:cant|cannot|can\s+not|couldnt|could\s+not|trouble|hard\s+to|difficulty|unable\s+to"
    r"|problems?|(?:havent|hasnt|have\s+not|wasnt|not)\s+(?:been\s+)?able\s+to|struggl\w+\s+to)"
)
# "like novocaine", "como anestesiado": numbness told as the dentist's injection.
NUMB = (
    r"(?:numb\w*|tingl\w*|entum\w*|adormec\w*|adormes\w*|dormid[oa]s?|h?ormigue\w*|no\s+feeling|cant\s+feel"
    r"|anestesiad[oa]s?|novocaine?|lidocaine|(?:lost|losing|loss\s+of|reduced|less)\s+(?:all\s+)?"
    r"(?:the\s+)?(?:feeling|sensation)|sin\s+sensibilidad|no\s+siento\s+nada"
    r"|(?:like\s+)?(?:i\s+)?(?:sat|sitting|sit)\s+on\s+(?:a\s+bag\s+of\s+)?ice"
    r"|no\s+(?:siento|senti|sentia)\s+(?:bien\s+)?(?:las|los|la|el|mis?))"
)
NOT = r"\b(?:not|no|isnt|arent|wasnt|werent|dont|doesnt|didnt|never|without|ni|sin|nada|zero)\b"


def near(first: str, second: str, gap: int = 40) -> str:
    """`first`, then `second` at most `gap` characters on in one sentence, not negated between."""
    return rf"\b(?:{first})\b(?:(?!{NOT})[^.!?;]){{0,{gap}}}?\b(?:{second})\b"


def together(one: str, other: str, gap: int = 40) -> str:
    """`one` and `other` near each other in either order."""
    return f"{near(one, other, gap)}|{near(other, one, gap)}"


# What a weak hand cannot do, and what it cannot do it to ("can't sqeeze the triger").
GRIP_VERB = r"grip|grab|hold|squeez\w*|sq\w*ze|pinch|clamp|button|pick\s+up"
GRIP_OBJECT = (
    r"trig+er|ball|handle|wrench|hammer|tools?|drill|bottle|jar|lid|clamp|pliers|putty|buttons?"
    r"|fist|screwdriver|rope|steering\s+wheel|cup|glass|fork|pen|phone|mug|spoon|keys|coffee"
    r"|shirt|jacket|coat|pants|clothespins?|coins?|zipper|knife|utensils|cards?|screws?|nails?"
)
# Spanish verbs for a knee or leg giving way: "se me dobló", "se me vence", "se me falsea".
GIVE_WAY_ES = (
    r"doblo|dobla|doblan|doblaron|vencio|vence|vencen|fue|falsea|falseo|afloja|aflojo|aflojan"
)
URINE = (
    r"pee|peeing|urine|urinat\w*|piss|pissing|orin\w*|pipi|pis|mear|poop\w*|(?<!step\s)stool|bowel\s+movements?"
    r"|number\s+(?:2|two)"
)
TROUBLE = (
    r"barely|hardly|cant|cannot|couldnt|trouble|hard\s+(?:to|time)|difficult\w*|struggl\w*|weird|strange"
    r"|leak\w*|dribbl\w*|accidents?|control|hold|numb|no\s+puedo|me\s+cuesta"
    r"|dificultad|gotea\w*|no\s+siento|sin\s+darme\s+cuenta"
    # retention: only drops coming ("pushed hard on the carries, then had to pee" is no sign,
    # so straining has its own rule)
    r"|trickl\w*|drops|gotas|gotitas|chorrito|pujo|pujando|pujar"
)
# "insicion", "incison": the wound words are often misspelt.
WOUND = (
    r"cut|wound|in[cs]+i[sc]+i?on|incison|scar|stitches|sutures|staples|scrape|blister"
    r"|surgery\s+site|h?erida|cortada|cicatriz|puntos|scabs?|costras?"
)
INFECTED = (
    r"red|redder|hot|warm|leak\w*|ooz\w*|drain\w*|puss?|yellow|green|smell\w*|stink\w*|weep\w*"
    r"|infect\w*|streak\w*|roj[oa]|caliente|supura\w*|gunk|goo|goop|discharge|crud|pus\w+"
    # "colorada y le sale como agüita amarilla", "angry and crusty", "split open"
    r"|colorad[oa]|amarill\w*|verdes?|verdos[oa]|aguita|liquido|huele|apesta|mal\s+olor|angry|crust\w*|fluid"
    r"|cloudy|seep\w*|opened\s+up|split\s+open|came\s+apart|se\s+abrio|abiert[oa]"
    # a wound that looks wrong, said plainly: "se ve fea", "looks nasty", "getting worse"
    r"|fe[oa]|mal\s+aspecto|nasty"
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

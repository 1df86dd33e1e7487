"""Bladder, bowel and saddle signs (cauda equina) as patterns over a folded reply."""

from companion.conversation.redflag_words import (
    GROIN,
    NUMB,
    TROUBLE,
    UNABLE,
    URINE,
    near,
    rule,
    together,
)
from companion.conversation.words import PASS_WATER_ES, SOILED_ES, WATER_ES

BLADDER = (
    "cauda_equina",
    rule(
        r"\b(?:bladder|bowels?|vejiga|esfinter|incontinen\w*)\b",
        together(URINE, TROUBLE),
        r"\b(?:didnt|couldnt|did\s+not|could\s+not|barely|almost\s+didnt)\s+make\s+it\s+to\s+the"
        r"\s+(?:bathroom|toilet|restroom)\b",
        r"\b(?:no|ni|ya\s+no|ya\s+ni)\s+(?:siento|sentia|me\s+doy\s+cuenta|me\s+di\s+cuenta|noto)\s+"
        r"(?:nada\s+)?(?:(?:cuando|si|las\s+ganas)\s+(?:\w+\s+){0,6}(?:bano|orinar|pipi|popo)\b|(?:cuando|si)\s+"
        r"(?:tengo|tenia|me\s+dan|me\s+daban|me\s+vienen)\s+ganas\b)",
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
        # the toilet reached too late: "ran for the toilet but didnt make it", "no llegué al baño"
        near(
            r"bathroom|toilet|restroom|bano",
            r"(?:didnt|couldnt|did\s+not|could\s+not)\s+make\s+it",
            40,
        ),
        r"\bno\s+(?:llegue|alcance|alcanze|me\s+dio\s+tiempo\s+de\s+llegar)\s+al\s+(?:bano|inodoro"
        r"|sanitario|excusado)\b",
        r"\b(?:wet|wets|wetting|peed|peeing|pissed|pooped|crapped|soiled|messed|messing)\s+(?:myself|my\s+pants"
        r"|the\s+bed)\b",
        r"\b(?:dont|didnt|cant|do\s+not|did\s+not)\s+(?:know|tell|notice|feel)\s+(?:when|if|that)\s+"
        r"(?:im|i\s+am|i\s+was|i)\s+(?:peeing|pooping|going|leaking|wet)\b"
        r"|\b(?:no|lost|losing|loss\s+of)\s+(?:\w+\s+)?control\s+(?:of|over)\s+(?:my\s+)?(?:bladder"
        r"|bowels?|pee|urine)\b",
        r"\b(?:going|go|went|gone)\s+(?:to\s+the\s+bathroom\s+|potty\s+)?on\s+myself\b"
        r"|\baccidents?\s+in\s+(?:my\s+pants|bed|the\s+bed)\b",
        r"\b(?:leak|leaks|leaking|leaked)\s+(?:urine|pee)\b",
        # ("no issues peeing" is then denied by rule, and the model need not guess)
        r"\b(?:issues|problems)\s+(?:with\s+)?(?:my\s+)?(?:peeing|pee|urinating|pooping|going\s+to\s+the"
        r"\s+bathroom)\b",
        r"\bcant\s+hold\s+(?:my\s+|it\s+)?(?:pee|urine|in|bladder|bowels|poop)\b",
        r"\b(?:cant|dont|do\s+not|cannot)\s+(?:feel|tell)\s+(?:it\s+)?(?:when|if)\s+i\s+(?:need|have)\s+to"
        r"\s+(?:pee|go|poop)\b",
        rf"\b{NUMB}\s+(?:\w+\s+){{0,5}}{GROIN}\b",
        rf"\b{GROIN}\s+(?:\w+\s+){{0,5}}{NUMB}",
        # ("llevo todo el día sin poder orinar": without being able to is unable too)
        r"\b(?:no\s+puedo|no\s+podia|no\s+pude|no\s+he\s+podido|no\s+logro|no\s+consigo|me\s+cuesta"
        rf"|sin\s+poder|dificultad\s+para|problemas?\s+para)\s+(?:{PASS_WATER_ES})\b",
        r"\bme\s+(?:orine|orino|hice\s+pipi|hago\s+pipi|(?:hice|hago)\s+(?:pipi\s+|popo\s+|del\s+bano\s+)?encima)\b",
        r"\bse\s+me\s+(?:sale|salio|salieron|salia|escapa|escapo|escaparon|escapaba|fue|va|iba|fueron)\s+"
        r"(?:la\s+|el\s+|los\s+|las\s+|unas\s+)?(?:orina|orines|pipi|pis|popo|caca|gotas\s+de\s+orina)\b",
        r"\bno\s+(?:puedo\s+)?control\w*\s+(?:la\s+|el\s+)?(?:orina|vejiga|intestino|esfinter)",
        # numb when wiping: "when I wipe I can't really feel it back there"
        together(
            r"(?:when|after|as|if)\s+i\s+wipe|wip(?:e|ing)\s+(?:myself|after)|al\s+limpiarme|me\s+limpio"
            r"|toilet\s+paper",
            r"(?:cant|can\s+not|dont|didnt|couldnt)\s+(?:really\s+|even\s+|quite\s+)?feel|numb\w*"
            r"|no\s+(?:siento|sentia|senti)",
            50,
        ),
        # a wet bed or pants at night, not sweat: "woke up in a wet bed", "mojé la cama"
        r"\b(?:wet|wetting|peed|pissed|peeing)\s+(?:the|my)\s+(?:bed|pants|sheets|underwear|shorts)\b"
        r"|\b(?:woke|waking|wake)\s+up\s+(?:in\s+|to\s+|with\s+)?(?:a\s+)?wet\b(?![^.!?]{0,30}sweat)"
        r"|\bmoj\w+\s+(?:la\s+cama|los\s+pantalones|los\s+calzones|la\s+ropa\s+interior)\b"
        r"|\bamaneci\s+(?:todo\s+|toda\s+)?mojad[oa]\b"
        # ("me hice en los pantalones", "me orine en la ropa": the clothes tell what was lost)
        rf"|\bme\s+(?:hice|hago|hizo|orine|orino|cague)\s+(?:(?:{WATER_ES})\s+)?(?:{SOILED_ES})\b",
        # no water passed for hours: "haven't peed since last night", "no he orinado desde ayer"
        r"\b(?:havent|hasnt|have\s+not|has\s+not|didnt|did\s+not)\s+(?:\w+\s+)?(?:peed|pee|urinated"
        r"|pooped|gone\s+pee|had\s+a\s+(?:bowel\s+movement|bm))\s+(?:since|in|all|for)\b"
        rf"|\bllev\w+\s+(?:\w+\s+){{1,4}}sin\s+(?:{PASS_WATER_ES})\b"
        r"|\bno\s+(?:he|ha)\s+(?:orinado|meado|hecho\s+(?:pipi|pis|chis|del\s+bano)|evacuado)\s+(?:desde|en)\b"
        r"|\b(?:no|lost\s+the|never\s+get\s+the|dont\s+(?:get|feel)\s+the)\s+urge\s+to\s+(?:pee|go"
        r"|urinate|poop)\b",
        # retention and unnoticed leaking: "have to go but nothing comes out"
        together(
            r"have\s+to\s+go|need\s+to\s+go|gotta\s+go|got\s+to\s+go|pee|urinate|bathroom|toilet|ganas|orinar",
            r"nothing\s+(?:comes|came|will\s+come|happens|happened)(?:\s+out)?|(?:only|just)\s+(?:a\s+few\s+)?drops"
            r"|(?:only|just)\s+(?:a\s+)?(?:dribble|trickle|few\s+drops|tiny\s+bit)\s+(?:comes|came)"
            r"|no\s+(?:me\s+)?sale\s+nada",
            50,
        ),
        r"\b(?:didnt|did\s+not|dont|do\s+not)\s+(?:even\s+)?(?:realize|notice|know|feel)\s+(?:that\s+)?"
        r"i\s+(?:had\s+)?(?:peed|pooped|wet|leaked|went)\b"
        r"|\bno\s+(?:me\s+)?(?:llegan|dan|vienen)\s+(?:las\s+)?ganas\s+de\s+(?:orinar|hacer\s+pipi"
        r"|ir\s+al\s+bano|hacer\s+del\s+bano)\b",
        # not emptying, a weak stream: "still have to pee right after I go", "el chorro sale débil"
        r"\bstill\s+(?:have|need|feel\s+like\s+i\s+(?:have|need))\s+to\s+(?:pee|go)\s+(?:right\s+)?after\b"
        r"|\b(?:cant|cannot|not\s+able\s+to|unable\s+to)\s+(?:fully\s+)?empty\b|\bno\s+(?:termino|acabo)\s+de"
        r"\s+(?:orinar|vaciar)\b|\b(?:stream|chorro)\s+(?:is\s+|es\s+|sale\s+)?(?:\w+\s+)?(?:weak|slow"
        r"|dribbl\w*|stop\w*|debil|delgadito|lento)\b",
        # leaking unfelt: "peed a little and didn't even feel it coming"; "el pee no me sale"
        together(
            r"peed|pooped|leaked|wet\s+myself|me\s+orine|me\s+hice",
            r"(?:didnt|did\s+not|dont|never)\s+(?:even\s+)?(?:feel|notice)\s+(?:it|anything)|ni\s+(?:senti|cuenta)",
            50,
        ),
        r"\b(?:orina|pipi|pee|pis|chorro)\s+no\s+(?:me\s+)?(?:sale|salia|salio)\b",
        r"\b(?:went|peed|pooped|leaked|wet\s+myself)\s+(?:\w+\s+)?without\s+(?:\w+\s+)?(?:knowing|realizing"
        r"|noticing|feeling)\b",
        # leaking with a cough, pads or diapers for it; straining for almost nothing
        r"\bleak\w*\s+(?:\w+\s+){0,2}(?:when|if|every\s+time|whenever)\s+i\s+(?:cough|sneeze|laugh|stand"
        r"|lift|bend)\w*|\b(?:wear|wearing|use|using|usar|uso|traigo)\s+(?:a\s+|un\s+)?(?:diapers?|depends"
        r"|adult\s+diapers?|panal\w*)\b|\bpads?\s+(?:for|because\s+of)\s+(?:the\s+)?leak\w*",
        together(
            r"strain\w*|push\w*|puj\w*",
            r"(?:barely|hardly)\s+anything|apenas\s+(?:sale|salen)|no\s+sale\s+nada",
            40,
        ),
    ),
)

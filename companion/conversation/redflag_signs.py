"""Nerve, bladder and heart signs as patterns over a folded reply; all categories in order."""

import re

from companion.conversation.redflag_distress import DISTRESS
from companion.conversation.redflag_injury import INJURY
from companion.conversation.redflag_words import (
    GIVE_WAY_ES,
    GRIP_OBJECT,
    GRIP_VERB,
    GROIN,
    LEG,
    LIMB,
    NUMB,
    TROUBLE,
    UNABLE,
    URINE,
    near,
    rule,
    together,
)

# Order matters only for overlaps: saddle numbness is cauda equina, not neuro.
_SIGNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
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
    ),
    (
        "neuro",
        rule(
            r"\bnumb(?:ness|ed|ing|ish)?\b|\btingl(?:e|es|ed|ing|y|iness)\b",
            # pins and needles however spelt, and the same told as ants or needles
            r"\bpins?\s*(?:and|&|n|an|y|\+)?\s*needles?\b|\b(?:like|feels\s+like)\s+(?:pins|needles|ants"
            r"|static)\b|\bants\s+crawling\b",
            r"\bpiquet\w*|\bcomo\s+(?:hormig\w+|agujas|agujitas|alfileres|toques)\b"
            r"|\bhormig\w+\s+en\s+(?:\w+\s+){0,2}(?:dedos|manos?|pies?|piernas?|brazos?)\b",
            # a hand that will not close on a tool: "won't grip", "can't squeeze the trigger"
            rf"\b(?:hands?|fingers?|grip|thumb)\s+(?:\w+\s+){{0,2}}(?:wont|wouldnt|doesnt|didnt|cant"
            rf"|couldnt|will\s+not)\s+(?:{GRIP_VERB}|close|open|straighten)\b"
            r"|\b(?:hands?|fingers?)\s+(?:\w+\s+){0,2}clumsy\b|\bclumsy\s+(?:hands?|fingers?)\b"
            r"|\b(?:foot|feet|toes|leg)\s+(?:\w+\s+){0,2}(?:wont|doesnt|cant|wouldnt)\s+(?:lift|pick\s+up"
            r"|clear)\b",
            # a limb that feels foreign or muffled: "like someone else's", "wrapped in cotton"
            rf"\b{LIMB}\b[^.!?]{{0,40}}?\b(?:belongs?\s+to\s+some(?:one|body)\s+else|some(?:one|body)"
            r"\s+elses)\b|\blike\s+(?:\w+\s+){0,3}?(?:wrapped\s+in|wearing)\s+(?:a\s+|an\s+|thick\s+"
            r"|rubber\s+)*(?:cotton|plastic|wool|gloves?|mittens?|oven\s+mitts?|socks?)\b",
            rf"\b{UNABLE}\s+(?:\w+\s+)?(?:{GRIP_VERB})\s+(?:\w+\s+){{0,2}}(?:{GRIP_OBJECT})\b",
            r"\bgrip\s+(?:strength\s+)?(?:is\s+|has\s+been\s+|feels\s+)?(?:totally\s+|completely\s+"
            r"|just\s+)?(?:shot|gone|useless|dead|toast|nothing|garbage|trash)\b"
            r"|\b(?:lost|losing)\s+(?:all\s+)?(?:my\s+)?grip\s+strength\b|\bno\s+grip\s+(?:strength|at\s+all|left)",
            r"\b(?:manos?|dedos)\s+(?:\w+\s+){0,2}no\s+(?:me\s+)?(?:agarran?|aprietan?|cierran?|sostienen?"
            r"|responden?|obedecen?)\b|\bno\s+(?:puedo|podia|pude)\s+(?:ni\s+)?(?:agarrar|apretar|sostener"
            r"|empunar|cerrar\s+la\s+mano|abrochar)\b",
            r"\bse\s+me\s+(?:caen|cae|caian|caia|resbalan|resbala)\s+(?:las\s+cosas|todo|los\s+objetos"
            r"|las\s+herramientas|la\s+herramienta|el\s+vaso|la\s+taza|el\s+celular|de\s+las\s+manos)\b",
            r"\bweakness\b|\b(?:feels?|felt|feeling)\s+weak\b",
            rf"\bweak\s+(?:in|on)\s+(?:my\s+|the\s+)?(?:\w+\s+)?{LIMB}",
            rf"\b{LIMB}\s+(?:\w+\s+){{0,3}}weak(?:er)?\b",
            rf"\b{LEG}\s+(?:\w+\s+){{0,3}}?(?:keeps?\s+|kept\s+)?(?:going|goes|went|gone)\s+out\b"
            rf"(?!\s+(?:for|to|with|of)\b)|\b(?:{LEG}|arms?|hands?)\s+(?:\w+\s+){{0,3}}?(?:quit|quits"
            r"|gave\s+up)\s+on\s+me\b",
            # "my foot fell asleep" ("fell" is blanked as a figure of speech, "asleep" stays)
            r"\b(?:legs?|foot|feet|toes?|hands?|arms?|fingers?)\s+(?:(?:has|have|had|is|are|was|were"
            r"|been|keeps?|kept|just|all|both|still|totally|completely|going|gone|falls?|falling)\s+)"
            r"{0,3}\s*asleep\b",
            rf"\b{LIMB}\s+(?:\w+\s+){{0,2}}?(?:went|goes|going|gone|keeps\s+going)\s+dead\b",
            r"\b(?:gave|give|gives|giving)\s+(?:out|way)\b|\bbuckl(?:ed|es|ing|e)\b",
            r"\bfoot\s+drop\b|\bdrop\s+foot\b|\bdragging\s+my\s+(?:foot|leg)\b",
            rf"\b(?:foot|leg|feet)\s+(?:is\s+|are\s+|keeps\s+)?dragg\w*|\b{LIMB}\s+collapsed",
            rf"\b(?:cant|cannot|couldnt)\s+(?:feel|move|lift)\s+(?:my|the)\s+(?:\w+\s+)?{LIMB}",
            r"\b(?:lost|losing|loss\s+of|no)\s+(?:all\s+)?(?:feeling|sensation)\b",
            r"\bdropping\s+(?:things|stuff|everything|objects|my\s+\w+)\b",
            rf"\b{LIMB}\b[^.!?]{{0,40}}?\b(?:(?:are|is|arent|isnt|were)\s+not\s+mine|not\s+(?:mine"
            r"|my\s+own)|(?:cant|cannot|couldnt)\s+control)\b",
            rf"\b{LIMB}\s+(?:\w+\s+){{0,2}}(?:wont|wouldnt|doesnt|didnt|will\s+not)\s+(?:work|cooperate"
            r"|listen|respond|move)\b|\b(?:cant|couldnt|cannot)\s+(?:grip|make\s+a\s+fist|hold\s+on)",
            r"\b(?:cant|couldnt|cannot)\s+(?:hold|grip|pick\s+up|lift)\s+(?:a|my|the)\s+(?:cup|glass|fork"
            r"|pen|phone|mug|bottle|spoon|keys|coffee)\b",
            rf"\b(?:{LEG}|body)\s+(?:\w+\s+){{0,2}}(?:crumpl\w*|collaps\w*|folded)\b"
            r"|\b(?:crumpled|collapsed|folded)\s+under\s+me\b",
            rf"\b{LEG}\s+(?:\w+\s+){{0,2}}(?:wont|wouldnt|doesnt|cant|couldnt|didnt)\s+(?:hold|support"
            r"|carry)\s+(?:me|my\s+weight)\b",
            r"\bno\s+strength\s+in\b|\blos(?:t|ing)\s+(?:all\s+)?(?:my\s+)?strength\b"
            r"|\bno\s+tengo\s+fuerza\b|\bse\s+me\s+va\s+la\s+fuerza\b|\b(?:piquetes|agujitas|alfileres)\b",
            together(r"foot|feet|toes", r"flop\w*|slap\w*|catch\w*|drag\w*"),
            near(LIMB, r"buzz\w*|electric\w*|zapping|zaps"),
            rf"\b(?:electric\w*|zaps?|zapping)\s+(?:\w+\s+)?(?:in|down|through)\s+(?:my\s+)?{LIMB}",
            r"\bentum\w*|\badormec\w*|\bhormigue\w*|\bcosquille\w*|\bhormiguitas\b|\bdebilidad\b",
            r"\bdebil(?:es)?\b|\bse\s+me\s+(?:duerme|durmio|duermen|durmieron|adormece)n?\b",
            r"\b(?:pierna|pie|mano|brazo|dedos)s?\s+(?:\w+\s+)?dormid[oa]s?\b",
            r"\bno\s+siento\s+(?:la|el|mi|mis|los|las)\s+(?:\w+\s+)?(?:pierna|pie|mano|brazo|dedo)",
            r"\bperd\w+\s+(?:la\s+)?(?:sensibilidad|sensacion|fuerza)\b|\bpie\s+caido\b",
            # a leg that gives way, in either word order: "la rodilla se me vence", "se me falsea"
            rf"\bse\s+me\s+(?:{GIVE_WAY_ES})\s+(?:la|el|las|los)\s+(?:rodilla|pierna|tobillo)",
            rf"\b(?:rodilla|pierna|tobillo)s?\s+(?:\w+\s+){{0,2}}?se\s+me\s+(?:{GIVE_WAY_ES})\b"
            r"|\b(?:rodilla|pierna|tobillo)s?\s+se\s+(?:doblo|dobla|doblan|vencio|vence|vencen|falsea"
            r"|falseo)\b"
            r"|\b(?:me\s+)?fall(?:a|an|o|aron)\s+(?:la|las)\s+(?:rodillas?|piernas?)\b"
            r"|\b(?:rodillas?|piernas?)\s+(?:ya\s+)?no\s+me\s+(?:sostienen?|aguantan?|responden?)\b",
            r"\b(?:pierna|pie|mano|brazo|dedo)s?\b[^.!?]{0,40}?\bcomo\s+dormid[oa]s?\b",
            r"\bno\s+me\s+responde\b|\barrastr\w+\s+(?:el|la)\s+(?:pie|pierna)\b",
        ),
    ),
    (
        "cardiac_resp",
        rule(
            r"\bchest\s+(?!(?:press|fly|flies|day|stretch|opener|exercise|workout)\b)(?:\w+\s+){0,2}?(?:pain\w*|pressure|tight\w*|hurt\w*|ache\w*|heavy"
            r"|heaviness|discomfort)",
            r"\b(?:pain|pressure|tightness|ache|discomfort|heaviness)\s+(?:\w+\s+){0,2}chest\b",
            r"\bshort(?:ness)?\s+of\s+breath\b|\b(?:out\s+of|outta|outa|out\s+a)\s+breath\b|\bgasping\b",
            r"\b(?:cant|couldnt|cannot)\s+get\s+(?:enough\s+)?(?:air|a\s+(?:full|deep)\s+breath)\b"
            r"|\bair\s+hunger\b|\b(?:keeled|keel)\s+over\b|\b(?:grayed|greyed|whited)\s+out\b",
            r"\b(?:cant|couldnt|cannot|hard\s+to|trouble|difficulty|struggl\w+\s+to)\s+(?:\w+\s+)?"
            r"(?:breathe|breathing|catch\s+my\s+breath)\b",
            r"\bfaint(?:ed|ing|ness)\b",
            r"\b(?:felt|feel|feeling|feels|going\s+to|gonna|about\s+to|almost|nearly|might|would"
            r"|like\s+i)\s+(?:\w+\s+){0,2}faint\b",
            r"\b(?:passed|pass|passing)\s+out\b|\bblack(?:ed)?\s+out\b|\blight\s*-?\s*headed\w*",
            r"\bdizz(?:y|iness)\b|\bpalpitations?\b|\b(?:taquicardia|tachycardia|arritmia|arrhythmia)\b|\bheart\s+attack\b",
            r"\bheart\s+(?:is\s+|was\s+)?(?:racing|pounding|fluttering)",
            r"\b(?:dolor|presion|opresion|ardor|molestia|duele)\s+(?:\w+\s+){0,2}pecho\b",
            r"\bpecho\s+(?:\w+\s+){0,2}(?:apret\w*|duele|dolor|presion|opresion)\b",
            r"\bapret\w+\s+(?:\w+\s+){0,2}pecho\b|\bse\s+me\s+(?:fue|va|iba|acabo|acaba)\s+el\s+aire\b",
            r"\b(?:everything|vision|eyes|world|it\s+all)\s+(?:\w+\s+){0,3}?(?:went|goes|going|turned"
            r"|got)\s+(?:dark"
            r"|black|grey|gray|white|fuzzy|spotty)\b|\b(?:saw|seeing)\s+stars\b|\btunnel\s+vision\b",
            r"\bshort[\s-]?winded\b|\bskipp\w*\s+(?:a\s+)?beats?\b|\bwheez\w*|\bbreathless\w*"
            r"|\bsuffocat\w*|\bwoozy\b|\bvertigo\b|\bhard\s+time\s+breathing\b",
            r"\b(?:room|everything|world|head)\s+(?:\w+\s+)?(?:spinning|spun|spins|spin"
            r"|went\s+sideways|tilted|tilting)\b"
            r"|\bse\s+me\s+nublo\s+la\s+vista\b|\bvista\s+nublada\b",
            together(
                r"chest(?!\s+(?:press|fly|flies|day|stretch|opener|exercise|workout)\b)|pecho",
                r"squeez\w*|crush\w*|burn\w*|weird|funny|strange|apr[ie]+t\w*|elephant|sitting\s+on"
                r"|vi[cs]e|heav\w*|pressure|band|strap|belt",
            ),
            near(r"jaw", r"pain|hurt\w*|ache\w*|numb\w*|tight\w*"),
            together(
                r"corazon",
                r"late\s+(?:muy\s+)?(?:rapido|fuerte)|latia|aceler\w*|brinca\w*"
                r"|rapidisimo|muy\s+rapido",
            ),
            near(
                r"heart", r"racing|pounding|flutter\w*|skipping|irregular|flip\w*|out\s+of\s+rhythm"
            ),
            r"\bfalta\s+(?:de\s+)?aire\b|\bme\s+falta(?:ba)?\s+el\s+aire\b|\bsin\s+aire\b",
            r"\bahog\w+",
            r"\b(?:no\s+puedo|me\s+cuesta|dificultad\s+para|no\s+podia)\s+respirar\b|\bdesmay\w+",
            r"\bmare(?:o|os|ado|ada|e)\b|\bme\s+mare\w+|\bpalpitaciones\b",
            r"\bcorazon\s+(?:muy\s+)?acelerado",
            # near-fainting in Spanish: "se me puso todo negro", "senti que me iba"
            r"\bse\s+me\s+(?:puso|pone|ponia|fue|nublo|oscurecio)\s+(?:todo\s+)?(?:negro|oscuro|blanco"
            r"|borroso|nublado)\b|\btodo\s+(?:se\s+(?:me\s+)?)?(?:puso|volvio|vio)\s+(?:negro|oscuro|borroso)\b",
            r"\b(?:senti|sentia|siento)\s+que\s+me\s+(?:iba|desmayaba|desvanecia|caia|moria)\b"
            r"|\bme\s+iba\s+a\s+(?:desmayar|caer)\b|\bse\s+me\s+(?:bajo|baja)\s+la\s+presion\b"
            r"|\bvi\s+(?:estrellas|estrellitas|lucecitas|puntitos)\b|\bva[hg]u?ido\b",
        ),
    ),
)
RULES = _SIGNS + INJURY + DISTRESS

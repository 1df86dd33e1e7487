"""Nerve signs as patterns over a folded reply; all categories in order."""

import re

from companion.conversation.redflag_bladder import BLADDER
from companion.conversation.redflag_data import load_signs
from companion.conversation.redflag_distress import DISTRESS
from companion.conversation.redflag_heart import HEART
from companion.conversation.redflag_injury import INJURY
from companion.conversation.redflag_limbs import LIMBS
from companion.conversation.redflag_living import LIVING
from companion.conversation.redflag_mood import MOOD
from companion.conversation.redflag_swelling import SWELLING
from companion.conversation.redflag_words import (
    GIVE_WAY_ES,
    GRIP_OBJECT,
    GRIP_VERB,
    LEG,
    LIMB,
    UNABLE,
    near,
    rule,
    together,
)

# The parts of a limb one may not feel: "the bottom of my foot", "la planta del pie".
_PART = (
    r"(?:bottoms?|soles?|tips?|tops?|balls?|sides?|backs?|fronts?|heels?|edges?|palms?|outside"
    r"|inside|rest)"
)
_PARTE = r"plantas?|puntas?|yemas?|palmas?|talon|lado|parte\s+de\s+(?:abajo|arriba|atras|adelante)"

NERVE = (
    "neuro",
    rule(
        r"\bnumb(?:ness|ed|ing|ish)?\b|\bnum(?:m|bn)(?:ness|nes|es|ed|ing)?\b|\bnumbnes+\b|\btingl(?:e|es|ed|ing|y|iness)\b",
        # pins and needles however spelt, and the same told as ants or needles
        r"\bpins?\s*(?:and|&|n|an|y|\+)?\s*need(?:le|el)s?\b|\b(?:like|feels\s+like)\s+(?:pins|needles|ants"
        r"|static)\b|\bants\s+crawling\b",
        r"\bpiquet\w*\b(?!\s+(?:\w+\s+){0,2}pecho)|\bcomo\s+(?:hormig\w+|agujas|agujitas|alfileres|toques)\b"
        r"|\bhormig\w+\s+en\s+(?:\w+\s+){0,2}(?:dedos|manos?|pies?|piernas?|brazos?)\b",
        # a hand that will not close on a tool: "won't grip", "can't squeeze the trigger"
        rf"\b(?:hands?|fingers?|grip|thumb)\s+(?:\w+\s+){{0,2}}(?:wont|wouldnt|doesnt|didnt|cant"
        rf"|couldnt|will\s+not)\s+(?:{GRIP_VERB}|close|open|straighten)\b"
        rf"|\b{LIMB}\s+(?:\w+\s+){{0,3}}clumsy\b|\bclumsy\s+(?:hands?|fingers?)\b"
        r"|\b(?:mano|pierna|pie|brazo|dedos)s?\s+(?:\w+\s+){0,3}torpes?\b"
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
        rf"(?!\s+(?:for|to|with|of|from\s+under)\b)|\b(?:{LEG}|arms?|hands?)\s+(?:\w+\s+){{0,3}}?(?:quit|quits"
        r"|gave\s+up)\s+on\s+me\b",
        # "my foot fell asleep" ("fell" is blanked as a figure of speech, "asleep" stays)
        r"\b(?:legs?|foot|feet|toes?|hands?|arms?|fingers?)\s+(?:(?:has|have|had|is|are|was|were"
        r"|been|keeps?|kept|just|all|both|still|totally|completely|going|gone|falls?|falling)\s+)"
        r"{0,3}\s*asleep\b",
        rf"\b{LIMB}\s+(?:\w+\s+){{0,2}}?(?:went|goes|going|gone|keeps\s+going)\s+dead\b",
        r"\b(?:gave|give|gives|giving)\s+(?:out|way)\b|\bbuckl(?:ed|es|ing|e)\b",
        r"\bfoot\s+drop\b|\bdrop\s+foot\b|\bdragging\s+my\s+(?:foot|leg)\b",
        rf"\b(?:foot|leg|feet)\s+(?:is\s+|are\s+|keeps\s+)?dragg\w*|\b{LIMB}\s+collapsed",
        # a limb or a part of one: "can't feel the bottom of my right foot"
        rf"\b(?:cant|cannot|couldnt)\s+(?:feel|move|lift)\s+(?:my|the)\s+(?:{_PART}\s+of\s+(?:my|the)\s+)?"
        rf"(?:\w+\s+)?{LIMB}",
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
        r"|\bno\s+tengo\s+fuerza\b|\b(?:piquetes|agujitas|alfileres)\b"
        # strength gone, any tense: "se me fue la fuerza de la pierna" (not "fuerza de voluntad")
        r"|\bse\s+me\s+(?:va|fue|iba|van|fueron|acabo|acaba)\s+(?:la|las|toda\s+la)\s+fuerzas?\b"
        r"(?!\s+de\s+voluntad)|\b(?:pierna|brazo|mano|rodilla)s?\s+(?:\w+\s+){0,2}?se\s+(?:me\s+)?"
        r"quedo\s+sin\s+fuerza\b",
        together(r"foot|feet|toes?", r"flop\w*|slap\w*|catch\w*|drag\w*"),
        near(LIMB, r"buzz\w*|electric\w*|zapping|zaps"),
        rf"\b(?:electric\w*|zaps?|zapping)\s+(?:\w+\s+)?(?:in|down|through)\s+(?:my\s+)?{LIMB}",
        # (Spanish spelt by ear drops the h and swaps c for s: "ormigueo", "adormesida")
        r"\bentum\w*|\badormec\w*|\badormes\w*|\bh?ormigue\w*|\bcosquille\w*|\bhormiguitas\b|\bdebilidad\b",
        r"\bdebil(?:es)?\b|\bse\s+me\s+(?:duerme|durmio|duermen|durmieron|adormece)n?\b",
        r"\b(?:pierna|pie|mano|brazo|dedos)s?\s+(?:\w+\s+)?dormid[oa]s?\b",
        # and the limb after: "tengo dormida la parte de abajo del pie"
        rf"\b(?:dormid|entumid)[oa]s?\s+(?:la|el|los|las|mi|mis)\s+(?:(?:{_PARTE})\s+del?\s+"
        r"(?:la\s+|mi\s+|mis\s+|los\s+)?)?(?:pierna|pie|mano|brazo|dedo)",
        rf"\bno\s+siento\s+(?:la|el|mi|mis|los|las)\s+(?:(?:\w+\s+)?|(?:{_PARTE})\s+del?\s+"
        r"(?:la\s+|mi\s+|mis\s+|los\s+)?)(?:pierna|pie|mano|brazo|dedo)",
        r"\bperd\w+\s+(?:la\s+)?(?:sensibilidad|sensacion|fuerza)\b|\bpie\s+caido\b",
        # a leg that gives way, in either word order: "la rodilla se me vence", "se me falsea"
        rf"\bse\s+me\s+(?:{GIVE_WAY_ES})\s+(?:la|el|las|los)\s+(?:rodilla|pierna|tobillo)",
        rf"\b(?:rodilla|pierna|tobillo)s?\s+(?:\w+\s+){{0,2}}?se\s+me\s+(?:{GIVE_WAY_ES})\b"
        r"|\b(?:rodilla|pierna|tobillo)s?\s+se\s+(?:doblo|dobla|doblan|vencio|vence|vencen|falsea"
        r"|falseo)\b"
        r"|\b(?:me\s+)?fall(?:a|an|o|aron)\s+(?:la|las)\s+(?:rodillas?|piernas?)\b"
        r"|\b(?:rodillas?|piernas?)\s+(?:ya\s+)?no\s+(?:me\s+)?(?:sostienen?|aguantan?|responden?)\b",
        r"\b(?:pierna|pie|mano|brazo|dedo)s?\b[^.!?]{0,40}?\bcomo\s+dormid[oa]s?\b",
        r"\bno\s+me\s+responde\b|\barrastr\w+\s+(?:el|la)\s+(?:pie|pierna)\b",
        # sensation words beyond "numb": prickly, fuzzy, static, "like when it falls asleep"
        # ("fall" is blanked as a figure of speech, so "asleep" stands alone after "they")
        r"\bprickl\w*|\b(?:like|as\s+if|as\s+when)\s+(?:when\s+)?(?:it|they|its|theyre|my\s+\w+)"
        r"\s+(?:\w+\s+)?\s*asleep\b",
        rf"\b{LIMB}\b[^.!?]{{0,30}}?\b(?:went|goes|going|gone)\s+to\s+sleep\b",
        # (only limbs that feel: "static on the phone line, call me back" is no sign)
        together(
            r"legs?|arms?|hands?|feet|foot|fingers?|toes?|thumbs?|shins?|calf|calves|thighs?|piernas?"
            r"|brazos?|manos?|pies?|dedos?",
            r"fuzzy|staticky|static|electric\s+shocks?|shocks?|jolts?",
            30,
        ),
        rf"\b(?:less|reduced|decreased|weird|funny|no|little|barely\s+any)\s+(?:feeling|sensation)\s+"
        rf"(?:in|on)\s+(?:my\s+|the\s+)?(?:\w+\s+)?{LIMB}",
        # a limb gone limp or useless: "arm went limp", "hand is useless", "dead weight"
        rf"\b{LIMB}\s+(?:\w+\s+){{0,3}}?(?:limp|floppy|useless|like\s+dead\s+weight|like\s+a\s+wet\s+noodle)\b"
        rf"|\b(?:limp|floppy|useless)\s+(?:left\s+|right\s+)?{LIMB}\b",
        # Spanish: "como acalambrados y no los siento bien", "se me puso aguado", "como toques"
        r"\bcomo\s+acalambrad\w*|\b(?:dedos|manos?|pies?|piernas?)\s+(?:\w+\s+){0,3}?acalambrad\w*"
        r"|\bno\s+(?:me\s+)?(?:lo|la|los|las)\s+siento\s+(?:bien|nada|igual|para\s+nada)\b",
        r"\b(?:brazo|pierna|mano|pie|dedos?)s?\s+(?:\w+\s+){0,3}?(?:aguad[oa]s?|como\s+(?:de\s+)?trapo"
        r"|sin\s+fuerza|como\s+muert[oa]s?)\b|\bse\s+me\s+puso\s+(?:bien\s+|muy\s+|todo\s+|toda\s+)?"
        r"(?:aguad[oa]|flojit?[oa]|sin\s+fuerza)\b",
        r"\bcomo\s+(?:toques|descargas|corriente|electricidad|chispazos)\b|\bchispazos?\b"
        r"|\b(?:poca|sin|menos)\s+sensibilidad\b|\bno\s+siento\s+(?:bien\s+)?(?:mis?|los|las|el|la)\s+"
        r"(?:dedos|pies?|manos?|piernas?|brazos?)\b",
        # a limb that will not obey, drops things, loses its shoe, or cannot feel the floor
        rf"\b{LIMB}\s+(?:\w+\s+){{0,3}}(?:wont|doesnt|wouldnt)\s+do\s+what\s+i\s+(?:tell|want|ask)"
        r"|\bno\s+me\s+hace\s+caso\s+(?:la|el)\s+(?:pierna|mano|pie|brazo)\b"
        r"|\b(?:fingers?|toes?|thumbs?|hands?|foot|feet)\s+(?:\w+\s+){0,4}?(?:dead\s+feeling"
        r"|feels?\s+dead)\b|\b(?:dropped|drop)\s+my\s+(?!(?:bar|weights?|dumbbells?|kettlebells?)\b)(?:\w+\s+){0,2}(?:twice"
        r"|three\s+times|\d\s+times|multiple\s+times)\b|\bkeep\s+dropping\b",
        r"\b(?:cant|couldnt|cannot|barely|hardly)\s+feel\s+(?:the\s+)?(?:floor|ground|pedals?|gas\s+pedal"
        r"|steps?)\b|\bno\s+siento\s+(?:el\s+)?(?:piso|suelo|pedal)\b"
        r"|\bse\s+me\s+(?:cae|cayo|caen|sale|salio|salen)\s+(?:la\s+|el\s+)?(?:chancla|sandalia|zapato"
        r"|pantufla)s?\b|\b(?:shoe|slipper|sandal|flip\s*flop)s?\s+(?:keeps?\s+)?(?:falls?|falling|fell"
        r"|slips?|slipping|slid)\s+off\b",
        # foot drop told in Spanish, and shocks without "como"
        r"\bno\s+(?:puedo|podia)\s+(?:levantar|subir|alzar)\s+(?:la\s+)?punta\s+del\s+pie\b"
        r"|\bcant\s+(?:lift|raise|pull\s+up)\s+(?:my\s+)?(?:toes|foot\s+up|the\s+front\s+of\s+my\s+foot)\b"
        r"|\btoques?\s+(?:electricos?|de\s+corriente)|\bcorrientazos?\b|\bdescargas?\s+electric\w*",
        together(r"hands?|feet|legs?|arms?|fingers?|toes?", r"buzz\w*", 25),
        # a limb gone wooden or foreign, hot and cold not told apart, a hand that locks
        together(
            rf"{LIMB}|pierna|pie|mano|brazo|dedos?",
            r"(?:made\s+of|like)\s+(?:\w+\s+)?(?:wood|wooden|cardboard|concrete|stone|a\s+block|a\s+log"
            r"|a\s+stump)|como\s+(?:de\s+)?(?:palo|madera|piedra|corcho)|como\s+ajen[oa]"
            r"|como\s+si\s+no\s+fuera\s+mi[oa]",
            40,
        ),
        r"\b(?:cant|couldnt|cannot)\s+tell\s+(?:hot\s+from\s+cold|cold\s+from\s+hot|how\s+hot|if\s+(?:the\s+)?"
        r"(?:water|it)\s+is\s+(?:hot|cold))|\bno\s+(?:siento|distingo)\s+(?:si\s+)?(?:el\s+agua\s+)?(?:esta\s+)?"
        r"(?:lo\s+)?(?:caliente|fri[oa])\b|\bse\s+me\s+(?:traba|trabo|trababa)\s+(?:la|el)\s+(?:mano|dedos?"
        r"|brazo|pierna|pie)\b",
        r"\bno\s+(?:senti|sentia|podia\s+sentir|pude\s+sentir)\s+(?:la|el|mi|mis|los|las)\s+(?:\w+\s+)?"
        r"(?:pierna|pie|mano|brazo|dedo)",
        # strength tests failed at home: tiptoes, heels, one side weaker, a weak grip
        r"\b(?:cant|couldnt|cannot|unable\s+to|hard\s+to)\s+(?:stand|walk|go|get\s+up)\s+on\s+(?:my\s+)?"
        r"(?:tip\s*toes|toes|heels?)\b|\bno\s+(?:me\s+)?puedo\s+(?:parar|poner|sostener)\w*\s+(?:de|en)\s+"
        r"(?:puntas|puntitas|talones)\b|\b(?:left|right|one)\s+(?:side|leg|arm|hand|foot)\s+(?:\w+\s+){0,2}"
        r"weaker\b|\bweak\s+(?:grip|hand|hands|arm|foot)\b"
        r"|\b(?:pierna|pie|rodilla)\s+(?:\w+\s+){0,2}?se\s+me\s+va\s+(?:de\s+lado|para\s+(?:un\s+)?lado)",
        # face, speech and sight: a drooping mouth, slurred words, double vision
        r"\bslurr\w+|\bdouble\s+vision\b|\bseeing\s+double\b|\bvision\s+is\s+double\b|\bveo\s+doble\b"
        r"|\bvision\s+doble\b|\b(?:face|mouth|smile)\s+(?:is\s+)?(?:droop\w*|crooked|uneven)\b"
        r"|\bse\s+me\s+(?:tuerce|torcio|chueque\w*)\s+la\s+(?:boca|cara)\b|\bboca\s+(?:chueca|torcida)\b"
        r"|\b(?:cara|labios|lengua)\s+(?:\w+\s+)?(?:dormid[oa]|entumid[oa]|adormecid[oa])\b"
        r"|\b(?:siento|tengo)\s+(?:la\s+)?(?:cara|lengua|labios)\s+(?:dormid[oa]s?|entumid[oa]s?)\b",
    ),
)
# The phrases of data/signs.json come last.
# Order matters only for overlaps: saddle numbness is cauda equina, not neuro; skin cut
# again in secret is self-harm, not an injury.
RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    BLADDER,
    NERVE,
    LIMBS,
    HEART,
    MOOD,
    INJURY,
    SWELLING,
    DISTRESS,
    LIVING,
    *load_signs(),
)

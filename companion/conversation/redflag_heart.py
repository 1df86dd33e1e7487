"""Heart and breathing signs: chest pain, breathlessness, fainting and near-fainting."""

from companion.conversation.redflag_words import near, rule, together

HEART = (
    "cardiac_resp",
    rule(
        r"\bchest\s+(?!(?:press|fly|flies|day|stretch|opener|exercise|workout)\b)(?:\w+\s+){0,2}?(?:pain\w*|pressure|presure|preasure|tight\w*|hurt\w*|ache\w*|heavy"
        r"|heaviness|discomfort)",
        r"\b(?:pain|pressure|presure|tightness|ache|discomfort|heaviness)\s+(?:\w+\s+){0,2}chest\b",
        r"\bshort(?:ness)?\s+(?:of|a|o)\s+breathe?\b|\b(?:out\s+of|outta|outa|out\s+a)\s+breath\b|\bgasping\b",
        r"\b(?:cant|couldnt|cannot)\s+get\s+(?:enough\s+)?(?:air|a\s+(?:full|deep)\s+breath)\b"
        r"|\bair\s+hunger\b|\b(?:keeled|keel)\s+over\b|\b(?:grayed|greyed|whited)\s+out\b",
        r"\b(?:cant|couldnt|cannot|hard\s+to|trouble|difficulty|struggl\w+\s+to)\s+(?:\w+\s+)?"
        r"(?:breathe?|breathing|br?eating|brething|catch\s+my\s+breath)\b",
        r"\bfaint(?:ed|ing|ness)\b",
        r"\b(?:felt|feel|feeling|feels|going\s+to|gonna|about\s+to|almost|nearly|might|would"
        r"|like\s+i)\s+(?:\w+\s+){0,2}faint\b",
        r"\b(?:passed|pass|passing)\s+out\b|\bblack(?:ed)?\s+out\b|\blight\s*-?\s*headed\w*",
        r"\bdiz+(?:y|ie|ey|i|iness|yness|ines+|ynes+)\b|\bpalpitations?\b|\b(?:taquicardia|tachycardia|arritmia|arrhythmia)\b|\bheart\s+attack\b",
        r"\bheart\s+(?:is\s+|was\s+)?(?:racing|pounding|fluttering)",
        # a pang told by its kind: "una punzada en el pecho", "un piquete en el pecho"
        r"\b(?:dolor|presion|opresion|ardor|molestia|duele|dolio|dolia|punzadas?|pinchazos?|piquetes?|puntadas?"
        r"|peso|apreton|punzante)\s+(?:\w+\s+){0,2}(?:pecho|torax)\b",
        r"\bpecho\s+(?:\w+\s+){0,2}(?:apret\w*|duele|dolor|presion|opresion)\b",
        r"\bapret\w+\s+(?:\w+\s+){0,2}pecho\b|\bse\s+me\s+(?:fue|va|iba|acabo|acaba)\s+el\s+aire\b",
        r"\b(?:everything|vision|eyes|world|it\s+all)\s+(?:\w+\s+){0,3}?(?:went|goes|going|turned"
        r"|got)\s+(?:dark"
        r"|black|grey|gray|white|fuzzy|spotty)\b|\b(?:saw|seeing)\s+stars\b|\btunnel\s+vision\b",
        r"\bshort[\s-]?winded\b|\bskipp\w*\s+(?:a\s+)?beats?\b|\bwheez\w*|\bbreathless\w*"
        r"|\bsuffocat\w*|\bwoozy\b|\bvertigo\b|\bhard\s+time\s+breathing\b",
        r"\b(?:room|everything|world|head)\s+(?:\w+\s+)?(?:spinning|spun|spins|spin"
        r"|went\s+sideways|tilted|tilting)\b"
        r"|\bse\s+me\s+nublo\s+(?:la\s+vista|todo)\b|\bvista\s+nublada\b",
        together(
            r"chest(?!\s+(?:press|fly|flies|day|stretch|opener|exercise|workout)\b)|pecho",
            r"squeez\w*|crush\w*|burn\w*|weird|funny|strange|apr[ie]+t\w*|elephant|sitting\s+on|standing\s+on|stepping\s+on|on\s+top\s+of"
            r"|vi[cs]e|heav\w*|pressure|band|strap|belt|stab\w*|sharp|shooting|pangs?|twinges?|pinch\w*"
            r"|knife|punzad\w*|pinchazo|piquete",
        ),
        near(r"jaw", r"pain|hurt\w*|ache\w*|numb\w*|tight\w*"),
        together(
            r"corazon",
            r"late\s+(?:muy\s+)?(?:rapido|fuerte)|latia|aceler\w*|brinca\w*|a\s+mil|como\s+loco|golpea\w*|desbocad\w*|agitad\w*"
            r"|rapidisimo|muy\s+rapido",
        ),
        near(
            r"heart",
            r"racing|pounding|flutter\w*|skipping|irregular|flip\w*|out\s+of\s+rhythm|thump\w*"
            r"|stopped\s+for|paused|lurch\w*|did\s+a\s+flip"
            r"|hammer\w*|beat\w*\s+(?:weird|funny|strange|wrong|off|hard|irregular\w*)|feels?\s+(?:weird|funny"
            r"|off)|beating\s+(?:out\s+of|so\s+fast|really\s+fast|like\s+crazy|like\s+a\s+drum)"
            r"|going\s+(?:crazy|nuts|a\s+mile\s+a\s+minute)|doing\s+(?:flips|somersaults)",
        ),
        r"\bfalta\s+(?:de\s+)?aire\b|\b(?:me|le)\s+falt(?:a|aba|e|o|ara|aria)\s+(?:el\s+)?(?:aire|aliento)\b"
        r"|\bsin\s+aire\b",
        r"\bahog\w+",
        r"\b(?:no\s+puedo|me\s+cuesta|dificultad\s+para|no\s+podia)\s+respirar\b|\bdesmay\w+|\bdesmall\w+",
        r"\bmare(?:o|os|ado|ada|e)\b|\bme\s+mare\w+|\bmariad[oa]s?\b|\bme\s+marie\b|\bpalpitaciones\b",
        r"\bcorazon\s+(?:muy\s+)?acelerado",
        # near-fainting in Spanish: "se me puso todo negro", "senti que me iba"
        r"\bse\s+me\s+(?:puso|pone|ponia|fue|nublo|oscurecio)\s+(?:todo\s+)?(?:negro|oscuro|blanco"
        r"|borroso|nublado)\b|\btodo\s+(?:se\s+(?:me\s+)?)?(?:puso|volvio|vio)\s+(?:negro|oscuro|borroso)\b",
        r"\b(?:senti|sentia|siento)\s+que\s+me\s+(?:iba|desmayaba|desvanecia|caia|moria)\b"
        r"|\bme\s+iba\s+a\s+(?:desmayar|caer)\b|\bse\s+me\s+(?:bajo|baja)\s+la\s+presion\b"
        r"|\bvi\s+(?:estrellas|estrellitas|lucecitas|puntitos)\b|\bva[hg]u?ido\b",
        # air hunger in everyday words: "sucking wind", "gulping air like a fish"
        r"\bsuck\w*\s+(?:\w+\s+)?wind\b|\bgulp\w*\s+(?:for\s+)?(?:air|breath)|\b(?:fighting|struggling"
        r"|starved|starving|hungry)\s+for\s+(?:air|breath)\b|\bwinded\s+(?:\w+\s+){0,2}(?:walking"
        r"|talking|going\s+up|climbing|getting\s+up|getting\s+dressed|doing\s+nothing|sitting|showering)",
        # lips or fingers gone blue: "lips went kinda blue", "labios morados" (not from a popsicle)
        r"(?:\b(?:lips|fingertips|fingernails|nails|face|mouth)\s+(?:\w+\s+){0,3}?(?:blue|bluish|purple"
        r"|purplish|gray|grey)\b|\b(?:blue|bluish|purple)\s+lips\b|\b(?:labios|unas|boca|cara)\s+"
        r"(?:\w+\s+){0,3}?(?:morad\w*|azul\w*)|\bmorad\w*\s+(?:los\s+)?labios\b)"
        r"(?![^.!?]{0,25}\b(?:popsicle|candy|slushie|raspado|paleta|lipstick|marker|kool))",
        # Spanish breathlessness: "no me alcanza el aire", "no me entra el aire"
        r"\bno\s+me\s+(?:alcanza|llega)(?:ba)?\s+(?:el\s+)?(?:aire|aliento|respiracion)\b|\bno\s+(?:me\s+)?entra"
        r"(?:ba)?\s+(?:el\s+|nada\s+de\s+)?aire\b|\b(?:no\s+puedo|no\s+podia|me\s+cuesta|batallo\s+para)\s+"
        r"(?:jalar|agarrar|tomar|recuperar|meter)\s+(?:el\s+)?aire\b|\bsin\s+aliento\b|\bjadea\w*"
        r"|\brespir\w+\s+con\s+dificultad\b|\bme\s+agito\s+(?:mucho\s+)?(?:con\s+nada|caminando|al\s+caminar)",
        # fainting: "me desvanecí", "no supe de mí", "me privé", "lost consciousness"
        r"\bme\s+(?:desvaneci|desvanezco|desvanecia|prive|privo|privaba)\b|\bno\s+supe\s+(?:nada\s+)?de\s+mi\b"
        r"|\bperd\w+\s+(?:el\s+)?(?:conocimiento|sentido)\b(?!\s+(?:del?|de\s+la|para)\b)|\bme\s+dio\s+un\s+(?:soponcio|patatus|desmayo)\b"
        r"|\blost\s+consciousness\b|\b(?:went|was|knocked)\s+unconscious\b|\bswoon\w*",
        # a chest named after its feeling, breathing said to be hard, colour draining away
        r"\b(?:tight|heavy|crushing|squeezing|tightness\s+in\s+(?:my|the))\s+chest\b(?!\s+(?:press|fly"
        r"|flies|stretch|day|workout|exercise|opener|muscles?))|\bbreathing\s+(?:is|was|has\s+been"
        r"|feels|felt)\s+(?:\w+\s+)?(?:hard|difficult|labou?red|tough|a\s+struggle)\b"
        r"|\bme\s+falta(?:ba)?\s+(?:la\s+respiracion|el\s+aliento)\b",
        r"\b(?:went|turned|got)\s+(?:all\s+|really\s+|super\s+|totally\s+|white\s+as\s+a\s+sheet\s+)?"
        r"(?:white|pale|ashen|gray|grey)\s+(?:and\s+)?(?:sweaty|clammy|shaky|dizzy)\b|\bcold\s+(?:and\s+)?clammy\b"
        r"|\bme\s+puse\s+(?:bien\s+|muy\s+|todo\s+|toda\s+)?(?:palid[oa]|blanc[oa]|amarill[oa])\b"
        r"(?!\s+(?:del?|por\s+el)\s+(?:susto|coraje|verguenza|miedo|pena))",
        r"\bbreathing\s+(?:really\s+|so\s+|too\s+)?fast\s+(?:and\s+)?(?:cant|couldnt)\b|\b(?:cant|couldnt)"
        r"\s+slow\s+(?:my\s+|down\s+my\s+)?breathing\b",
        # breath too short to talk, to walk a few steps, or to sleep: "woke up choking for air"
        r"\b(?:cant|couldnt)\s+(?:talk|speak)\s+in\s+full\s+sentences\b|\b(?:cant|couldnt)\s+finish\s+a\s+"
        r"sentence\b|\bstop\w*\s+every\s+(?:few|couple(?:\s+of)?|\d+)\s+(?:steps|stairs|feet|yards|houses)"
        r"\s+to\s+(?:breathe|catch\s+my\s+breath|get\s+air)\b|\bchok\w+\s+for\s+(?:air|breath)\b"
        r"|\bwoke\s+up\s+(?:\w+\s+)?(?:gasping|choking|short\s+of\s+breath|breathless)\b"
        r"|\bdormir\s+sentad[oa]\s+(?:porque|por\s+que|pq)\s+(?:me\s+ahog\w+|no\s+(?:puedo|podia)\s+respirar)",
        # the breastbone for the chest; sleeping propped up to breathe
        r"\b(?:pain|pressure|presure|tight\w*|ache|aching|burning|squeez\w*|heavy|heaviness|discomfort)\s+"
        r"(?:\w+\s+){0,5}(?:breastbone|sternum|esternon)\b|\b(?:breastbone|sternum|esternon)\s+(?:\w+\s+){0,2}"
        r"(?:pain|hurts?|pressure|tight\w*|ache\w*|burn\w*)",
        r"\bpropped\s+up\s+(?:on\s+(?:\d|a\s+few|two|three|several|extra)\s+pillows\s+)?(?:to|so\s+i\s+can)\s+"
        r"breathe\b|\bsleep\w*\s+(?:sitting\s+up|in\s+(?:a|the|my)\s+(?:chair|recliner))\s+(?:to|so\s+i\s+can"
        r"|because\s+i\s+cant)\s+breathe\b",
        # air hunger told as drowning or choking (not "drowning in paperwork")
        r"\b(?:feel|feels|felt|feeling)\s+like\s+(?:im|i\s+am|i\s+was|i)\s+(?:drowning|choking)\b(?!\s+(?:in|on)\b)"
        r"|\bsiento\s+que\s+me\s+ahogo\b",
    ),
)

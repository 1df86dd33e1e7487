"""Injury signs: falls and new acute injuries."""

from companion.conversation.redflag_words import LIMB, near, rule

# Mexican, Central American and Caribbean words for a hard knock: "me di un madrazo", "un
# costalazo", "un cantazo".
_KNOCK = (
    r"madrazo|chingadazo|putazo|trancazo|golpazo|guamazo|catorrazo|costalazo|sentonazo|senton"
    r"|ranazo|azoton|porrazo|trompazo|fregadazo|vergazo|zapotazo|cachimbazo|culazo|nalgazo"
    r"|tortazo|golpe|cantazo|guantazo|lenazo|trastazo|castanazo|cacharrazo|golpetazo|caida|resbalon|tropezon|pijazo|chingazo|madrazote|sopapo"
)
# The ways one lands, Spanish: "me fui de nalgas", "de boca", "de espaldas".
_LANDED_ES = (
    r"nalgas|senton|sentadon|boca|bruces|espaldas|lado|cara|hocico|jeta|trompa|panza|pompas"
    r"|rodillas|cabeza|sentada|culo|pecho|frente"
)
# Where one lands, English: "came down on my butt", "landed on my tailbone".
_LANDED_ON = r"butt|ass|bum|rear|behind|backside|tailbone|tail\s*bone|coccyx|face|head|side|bottom"
# What one slips on or falls off.
_SURFACE = (
    r"ice|icy|black\s+ice|stairs?|steps?|floor|ground|driveway|sidewalk|pavement|ladder|porch|snow"
    r"|curb|wet|kitchen|bathroom|garage|shower|tub|yard|mud|parking\s+lot|ramp|roof|deck|concrete"
)
# Spanish body words a weight lands on or a bone breaks in.
_BODY_ES = (
    r"pies?|manos?|dedos?|piernas?|brazos?|rodillas?|tobillos?|cabeza|espalda|hombros?|munecas?"
    r"|costillas?|hueso|codos?|una"
)
# Where one comes to after a collapse: "next thing I know I'm on the kitchen floor".
_CAME_TO = r"next\s+thing\s+i\s+(?:know|knew)|woke\s+up|came\s+to|came\s+around|found\s+myself"

INJURY = (
    "fall_injury",
    rule(
        r"\bfell\b|\bfall(?:en|ing)?\s+(?:down|over|off)\b|\btripped\b|\bslipped\b",
        r"\b(?:had|took)\s+a\s+(?:\w+\s+){0,2}?(?:fall|spill|tumble)\b",
        r"\bslip\s+and\s+f\w+|\bi\s+collapsed\b",
        r"\b(?:heard|felt)\b[^.!?,;]{0,30}?\b(?:pop|popping|crack|cracking|snap|tear|rip|crunch)\b",
        r"\ba\s+(?:\w+\s+)?(?:pop|snap|crack)\s+in\s+my\b|\b(?:landed|came\s+down|stepped)\s+(?:\w+\s+){0,4}?"
        r"(?:wrong|funny|awkward\w*|badly|bad)\b",
        r"\bsomething\s+(?:popped|snapped|tore|cracked)\b|\b(?:tore|torn|ripped)\s+something\b|\bpopped\s+out\b",
        rf"\b{LIMB}\s+(?:\w+\s+){{0,2}}(?:popped|snapped)\b",
        rf"\bsprain\w*|\b(?:twisted|rolled|jammed|turned)\s+my\s+(?:\w+\s+)?{LIMB}",
        r"\bpulled\s+(?:a\s+muscle|something|my\s+\w+)|\btweaked\s+(?:my\s+(?:\w+\s+)?(?:back|neck|knee|ankle|shoulder|hip|wrist|elbow|hamstring|calf|groin|something)\b|something)",
        r"\bwent\s+down\s+(?:hard|on\s+my)\b|\bmissed\s+(?:a|the)\s+(?:step|stair)s?\b"
        r"|\blanded\s+(?:hard\s+)?on\s+my\b|\bback\s+(?:went|goes|gone|going)\s+out\b",
        r"\blost\s+(?:my\s+)?(?:balance|footing)\s+and\s+(?:\w+\s+)?(?:hit|landed|banged|smacked"
        r"|twisted|rolled)\b|\bhit\s+the\s+(?:ground|floor|deck|pavement)\b(?!\s+running)"
        r"|\b(?:car|auto)\s+(?:accident|wreck|crash)\b|\brear[\s-]?ended\b|\bhyperextend\w*"
        r"|\bdislocat\w*|\bstrain(?:ed)?\s+(?:my|a)\s+(?!bit|little|lot)\w+",
        rf"\bfelt\s+(?:my\s+|something\s+in\s+my\s+)?{LIMB}\s+(?:tweak|pop|snap|tear|rip|crack)\w*"
        rf"|\b(?:ankles?|knees?|wrists?|foot)\b[^.!?]{{0,40}}\b(?:rolled|twisted|sprained)\s+it\b",
        rf"\b(?:slammed|crushed|caught|pinched|jammed)\s+my\s+(?:\w+\s+)?{LIMB}"
        r"|\bme\s+(?:jale|estire|desgarre)\s+(?:un\s+)?musculo\b",
        r"\b(?:and|then|so)\s+(?:i\s+)?went\s+down\b|\bi\s+went\s+down\b(?!\s+(?:to|in|on|a|the"
        r"|stairs|with)\b)",
        r"\bwiped\s+out\s+(?:on|off|going|while|when|in\s+the|at\s+the)\b|\bate\s+(?:dirt|pavement"
        r"|shit)\b|\btook\s+a\s+(?:digger|tumble|spill)\b|\b(?:landed|fell)\s+(?:\w+\s+){0,2}on\s+my"
        rf"\s+{LIMB}",
        r"\b(?:cracking|popping|snapping|tearing|ripping|crunching)\s+(?:sound|noise)\b"
        r"|\b(?:made|gave|let\s+out|there\s+was)\s+a\s+(?:\w+\s+)?(?:pop|crack|snap|crunch|clunk|thunk)\b",
        r"\b(?:ankles?|foot|knees?|wrists?)\s+(?:\w+\s+)?(?:rolled|twisted)\b",
        r"\bthrew\s+(?:my\s+back\s+out|out\s+my\s+back)\b",
        rf"\b(?:broke|tore|fractured|dislocated)\s+(?:my\s+|a\s+)(?:\w+\s+)?(?:bone|rib|muscle"
        rf"|ligament|tendon|nose|{LIMB})\b",
        rf"\bbroken\s+{LIMB}|\b{LIMB}\s+(?:is\s+)?broken",
        rf"\b(?:dropped|fell|came\s+down|crashed\s+down|toppled|tipped\s+over)\s+(?:\w+\s+){{0,3}}on"
        rf"\s+my\s+{LIMB}|\bme\s+(?:doble|torci|tuerzo|doblo)\s+(?:el|la)\s+(?:tobillo|pie|muneca"
        r"|rodilla|dedo|mano)\b|\bme\s+(?:lo|la)\s+(?:torci|disloque|zafe|quebre|fracture)\b",
        rf"\b(?:hit|bumped|banged|smashed|whacked|smacked|bonked|clipped|knocked)\s+my\s+(?:head|{LIMB})\b",
        r"\bme\s+(?:cai|caigo|resbale|tropece|lastime|lesione|golpee|torci|desgarre)\b"
        r"(?!\s+con\s+(?:las\s+palabras|un|una)\b)",
        r"\bme\s+di\s+un\s+golpe\b|\bcaida\b|\besguince\b|\bfractura\w*|\bse\s+me\s+zafo\b",
        r"\bcrujido\b|\btronido\b|\btrono\b",
        # slang for a fall: "ate it on the ice", "busted my butt", "face-planted"
        # a surface says it was a fall: "ate it on the couch" is supper
        rf"\b(?:ate|eat|eating|bit|biffed|biff)\s+it\s+(?:hard\b|(?:on|off|in)\s+(?:the\s+|some\s+"
        rf"|a\s+|my\s+)?(?:{_SURFACE})|(?:going|coming|walking|getting|climbing)\s+(?:up|down|off"
        r"|out\s+of|into)\b)",
        rf"\bbusted\s+(?:my\s+)?(?:ass|butt|but|rear|bum)\s+(?:on|off|down|in)\s+(?:the\s+|some\s+"
        rf"|a\s+|my\s+)?(?:{_SURFACE})|\bbusted\s+(?:my\s+)?tail\s*bone\b|\bface[\s-]?plant\w*"
        r"|\btook\s+a\s+(?:header|nosedive|nose\s+dive|face\s*plant)\b|\bi\s+went\s+flying\b"
        r"|\bkeeled\s+over\b|\bbit\s+the\s+(?:dust|pavement|concrete)\b",
        rf"\b(?:landed|came\s+down|fell|dropped)\s+(?:\w+\s+){{0,2}}on\s+my\s+(?:{_LANDED_ON})\b"
        r"|\bmissed\s+(?:a|the|my)\s+(?:rung|footing|last\s+step|bottom\s+step)s?\b",
        # something heavy over a limb, and a patient sure it is broken
        rf"\b(?:rolled|ran|drove|went)\s+(?:back\s+|right\s+)?over\s+my\s+(?:\w+\s+)?{LIMB}"
        r"|\b(?:pretty\s+sure|think|sure|feels\s+like|might\s+have|maybe|probably|i\s+bet)\s+"
        r"(?:something\s+is|somethings|something\s+s|its|it\s+is|i)\s+(?:broken|fractured"
        r"|broke|cracked|broke\s+(?:it|something|a\s+bone))\b(?!\s+(?:down|up)\b)"
        r"(?![^.!?]{0,20}\b(?:app|phone|link|screen|scale))",
        rf"\b(?:{_CAME_TO})\s+(?:\w+\s+){{0,3}}?(?:on|flat\s+on)\s+(?:the|my)\s+(?:\w+\s+)?"
        r"(?:floor|ground|pavement|driveway|stairs)\b",
        # Spanish: "me di un madrazo", "me fui de nalgas", "me azoté", "rodé por la escalera"
        rf"\bme\s+(?:di|dio|pegue|puse|lleve|aviente|eche)\s+(?:un|una|tremendo|tremenda|flor\s+de)"
        rf"\s+(?:{_KNOCK})\b|\bme\s+di\s+en\s+la\s+(?:madre|torre|maceta)\b",
        # "kissed the pavement", "tumbled down the stairs", "went down like a sack of potatoes"
        r"\b(?:ate|kissed)\s+(?:the\s+)?(?:floor|pavement|concrete|ground|dirt|carpet|asphalt|sidewalk)\b"
        r"|\b(?:rolled|tumbled|slid|bounced)\s+down\s+(?:the\s+)?(?:\w+\s+){0,2}(?:stairs|steps"
        r"|ladder)\b|\bwent\s+down\s+like\s+a\s+(?:sack|ton|rock|log|bag|brick|tree|stone)\b",
        rf"\bme\s+(?:fui|voy|iba)\s+de\s+(?:{_LANDED_ES})\b|\bme\s+(?:fui|cai)\s+(?:al|contra\s+el"
        r"|hasta\s+el)\s+(?:piso|suelo)\b",
        r"\bme\s+(?:azot\w+|desplom\w+|tropez\w*|tropes\w*|resvale|caia)\b"
        r"|\brod[eo]\s+(?:por|de)\s+(?:la|las)\s+escaleras?\b"
        r"|\b(?:desperte|amaneci|termine|aparec\w+|quede)\s+(?:tirad[oa]\s+)?en\s+el\s+(?:piso|suelo)\b",
        # something heavy on a limb: "se me vino la caja encima del pie"
        rf"\b(?:se\s+)?me\s+(?:cayo|cayeron|vino|vinieron|resbalo)\s+(?:\w+\s+){{0,4}}?(?:encima|sobre|en)\s+"
        rf"(?:de\s+)?(?:el|la|los|las|mi|mis|del)?\s*(?:{_BODY_ES})\b",
        # a bone broken or put out: "me quebré un dedo", "se me zafó el hombro"
        r"\bme\s+(?:machuque|apachurre|prense|quebre|rompi|fracture|disloque|zafe|safe|luxe)\b"
        rf"|\bse\s+me\s+(?:quebro|rompio|zafo|safo|disloco|torcio|doblo)\s+(?:el|la|un|una|mi)\s+"
        rf"(?:{_BODY_ES})\b|\bpise\s+mal\b|\bdi\s+un\s+(?:mal\s+paso|resbalon|tropezon|traspie)\b"
        r"|\b(?:resbale|tropece|tropeze)\b(?!\s+con\s+(?:las\s+palabras|un|una)\b)|\bse\s+me\s+(?:fueron|fue)\s+(?:los|el)\s+pies?\b",
        # feet taken out, a fall broken by a hand: "my feet went out from under me"
        # (a knee that "went out from under me" gave way: that is a nerve sign, not a fall)
        r"\b(?:feet|foot|ladder|chair|stool|step\s*stool)\s+(?:\w+\s+){0,3}?out\s+from\s+under(?:neath)?"
        r"\s+me\b|\bswept\s+(?:my\s+)?(?:feet|legs)\s+out\b"
        rf"|\bwent\s+down\s+(?:on|in|at)\s+(?:the\s+|some\s+|a\s+)?(?:{_SURFACE})\b"
        rf"|\b(?:caught|catch)\s+myself\s+(?:on|with)\s+my\s+(?:\w+\s+)?{LIMB}|\bbroke\s+my\s+fall\b"
        rf"|\blost\s+my\s+footing\b|\bstumbl\w+\s+(?:down|off)\s+(?:the\s+)?(?:{_SURFACE})",
        # a knee that locks or will not take weight since: "now it won't straighten all the way"
        near(
            r"knees?|elbows?|fingers?|thumbs?|rodilla|codo",
            r"locked(?!\s+in\b)|locks|locking|(?:wont|cant|will\s+not|doesnt)\s+(?:fully\s+)?straighten|gets\s+stuck"
            r"|got\s+stuck|se\s+(?:trabo|traba|atoro|atora)|no\s+se\s+(?:endereza|estira)",
            80,
        ),
        rf"\b(?:cant|couldnt|cannot|wont|unable\s+to)\s+(?:put|bear)\s+(?:any\s+)?weight\s+on\s+(?:it\b"
        rf"|my\s+(?:\w+\s+)?{LIMB}|(?:the|that|this)\s+(?:\w+\s+)?(?:leg|foot|ankle|knee|side|hip))"
        r"|\bno\s+(?:puedo|podia|pude)\s+(?:ni\s+)?(?:apoyar|pisar\s+con)\s+(?:el|la|mi)\s+(?:pie|pierna"
        r"|tobillo|rodilla|talon|mano)\b|\bno\s+(?:puedo|podia|pude)\s+(?:ni\s+)?(?:apoyarlo|apoyarla|pisar)\b",
        # struck by a tool: "the hammer glanced off and got my thumb"; the nail gone black
        rf"\b(?:hammer|mallet|door|weight|plate|dumbbell|kettlebell|bar|box|crate|board|wrench)\s+"
        rf"(?:\w+\s+){{0,6}}?(?:got|hit|smashed|caught|slammed|crushed|pinched)\s+my\s+(?:\w+\s+)?{LIMB}"
        r"|(?<!painted\smy\s)(?<!paint\smy\s)(?<!did\smy\s)\b(?:finger|toe)?nails?\s+(?:is\s+|are\s+|went\s+|turned\s+|going\s+)?(?:all\s+)?(?:black|purple)\b"
        r"(?!\s+(?:from|with|de)\s+(?:the\s+)?(?:grease|oil|dirt|paint|polish|grasa|aceite|pintura))"
        r"|\buna\s+(?:\w+\s+)?(?:negra|morada)\b",
        # knocked over, run over, a pull felt in the back: "el perro me tumbó", "me atropellaron"
        r"\b(?:knocked|bumped|pushed|shoved)\s+me\s+(?:over|down)\b|\bknocked\s+(?:me\s+)?off\s+my\s+feet"
        r"|\bme\s+(?:tumbo|tumbaron)\b|\bme\s+(?:tiro|tiraron|avento|aventaron)\s+al\s+(?:piso|suelo)\b"
        r"|\batropell\w+|\bme\s+(?:pisaron|machucaron|aplastaron|prensaron)\s+(?:el|la)\s+\w+",
        r"\b(?:senti|oi|escuche|se\s+oyo|se\s+escucho)\s+(?:un|como\s+un)\s+(?:\w+\s+)?(?:jalon|tiron|trueno"
        r"|tronido|trone|truene|tronazon|crujido|crujir|desgarre|chasquido|crack|crac|pop|tronar)\b"
        r"|\bme\s+(?:crujio|chasqueo)\s+(?:la|el)\s+(?:espalda|rodilla|tobillo|hombro|cadera|cuello"
        r"|muneca|codo)\b(?![^.!?]{0,30}\b(?:como\s+siempre|normal|no\s+(?:me\s+)?dol|sin\s+dolor|rico))"
        r"|\bfelt\s+(?:something|it|my\s+\w+)\s+(?:pull|give|let\s+go|shift|slip\s+out)\b"
        r"|\bno\s+me\s+(?:pude|puedo|podia)\s+enderezar\b|\b(?:cant|couldnt)\s+straighten\s+up\b",
        # a part hurt at a task, cut or burnt, bumped in Spanish: "hurt my back lifting the couch"
        rf"\b(?:hurt|injured|wrenched|messed\s+up|screwed\s+up)\s+my\s+(?:\w+\s+)?{LIMB}\b"
        rf"|\b(?:cut|burn(?:ed|t)|sliced|gashed)\s+my\s+(?!wrists?)(?:\w+\s+)?{LIMB}\b"
        r"(?!\s+(?:again|on\s+purpose))|\b(?:deep|bad|nasty)\s+(?:cut|gash|burn)\b|\b(?:needed|got)\s+stitches\b",
        rf"\bme\s+(?:pegue|golpee|lastime|lesione|corte|queme)\s+(?:en\s+|con\s+)?(?:el|la|los|las|mi)\s+"
        rf"(?:{_BODY_ES})\b(?!\s+(?:a\s+proposito|adrede))|\bme\s+(?:falsee|falsie)\b",
        # a seat missed and the floor met: "missed the chair and landed on the floor"
        r"\blanded\s+(?:\w+\s+){0,2}on\s+(?:the\s+)?(?:floor|ground|pavement|concrete|ice|stairs)\b"
        r"|\bmissed\s+(?:the|my)\s+(?:chair|seat|bed|toilet|couch)\b"
        r"(?!\s+(?:squats?|exercises?|stands?|dips?|raises?|sits?|ups?)\b)",
        # where one ended up, what hit one, what it left: "ended up on my back in the driveway"
        r"\bended\s+up\s+(?:flat\s+)?on\s+(?:my\s+(?:back|butt|ass|face|side|knees|tailbone)|the\s+(?:floor"
        r"|ground|ice|pavement|stairs))\b(?![^.!?,]{0,20}\b(?:doing|stretch\w*|playing|for\s+the))"
        r"|\bwent\s+one\s+way\s+and\s+(?:i|my\s+\w+|the\s+rest\s+of\s+me)\s+went\s+the\s+other\b"
        r"|\b(?:ankle|foot|knee)\s+(?:went|turned)\s+sideways\b",
        rf"\bgot\s+my\s+(?:\w+\s+)?{LIMB}\s+(?:caught|stuck|pinched|jammed|smashed|crushed)\s+(?:in|between"
        r"|under)\b|\bfelt\s+a\s+(?:sharp|sudden|bad|big|weird|nasty)\s+(?:pull|tug|twang|twinge)\b"
        r"|(?<!if\sa\s)(?<!if\sthe\s)\b(?:car|truck|bike|forklift|van)\s+(?:\w+\s+)?(?:hit|struck|clipped|ran\s+into|backed\s+into)"
        r"\s+me\b|\bgot\s+hit\s+by\s+(?:a|the)\s+(?:car|truck|forklift|bike|van)\b",
        r"\b(?:big|huge|nasty|massive|deep)\s+bruis\w*|\b(?:lump|knot|bump|bruis\w*)\s+(?:\w+\s+){0,4}where"
        r"\s+i\s+(?:hit|landed|fell|banged|bumped)\b|\bgoose\s*egg\b|\bmoret[oó]n(?:es)?\s+(?:enorme|grande"
        r"|gigante|bien\s+feo)|\bchich[oó]n\b|\bchipote\b",
        # something shut or dropped on a limb, a finger left bent the wrong way
        rf"\b(?:slammed|smashed|crushed|closed|shut|came\s+down|landed|fell)\s+(?:right\s+)?on\s+my\s+"
        rf"(?!feet\b|heels\b)(?:\w+\s+)?{LIMB}\b|\b(?:{LIMB}|one)\s+(?:\w+\s+){{0,2}}?(?:bent|crooked|pointing)\s+(?:funny|wrong"
        r"|sideways|weird|the\s+wrong\s+way)\b",
        # came down on the floor; "felt down the latter" (fell, ladder) spelt by ear
        r"\bcame\s+down\s+(?:hard\s+)?on\s+(?:the\s+)?(?:floor|ground|concrete|deck|pavement|tile)\b"
        r"|\bfelt\s+(?:down|off)\s+(?:the|a|my)\s+(?:ladder|latter|stairs|steps|step\s*stool|roof)\b"
        r"|\b(?:off|down)\s+the\s+latter\b(?!\s+(?:half|part))",
    ),
)

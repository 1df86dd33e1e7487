"""Injury signs: falls and new injuries, swelling and infection."""

from companion.conversation.redflag_words import INFECTED, LIMB, WOUND, near, rule

INJURY = (
    (
        "fall_injury",
        rule(
            r"\bfell\b|\bfall(?:en|ing)?\s+(?:down|over|off)\b|\btripped\b|\bslipped\b",
            r"\b(?:had|took)\s+a\s+(?:bad\s+|big\s+)?(?:fall|spill|tumble)\b",
            r"\bslip\s+and\s+f\w+|\bi\s+collapsed\b",
            r"\b(?:heard|felt)\b[^.!?,;]{0,30}?\b(?:pop|popping|crack|cracking|snap|tear|rip|crunch)\b",
            r"\ba\s+(?:\w+\s+)?(?:pop|snap|crack)\s+in\s+my\b|\b(?:landed|came\s+down|stepped)\s+(?:wrong"
            r"|funny|awkward\w*|badly|bad)\b",
            r"\bsomething\s+(?:popped|snapped|tore|cracked)\b|\bpopped\s+out\b",
            rf"\b{LIMB}\s+(?:\w+\s+){{0,2}}(?:popped|snapped)\b",
            rf"\bsprain\w*|\b(?:twisted|rolled|jammed)\s+my\s+(?:\w+\s+)?{LIMB}",
            r"\bpulled\s+(?:a\s+muscle|something|my\s+\w+)|\btweaked\s+my\b",
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
            r"|\bmade\s+a\s+(?:\w+\s+)?(?:pop|crack|snap)\b",
            r"\b(?:ankles?|foot|knees?|wrists?)\s+(?:\w+\s+)?(?:rolled|twisted)\b",
            r"\bthrew\s+(?:my\s+back\s+out|out\s+my\s+back)\b",
            rf"\b(?:broke|tore|fractured|dislocated)\s+(?:my\s+|a\s+)(?:\w+\s+)?(?:bone|rib|muscle"
            rf"|ligament|tendon|nose|{LIMB})\b",
            rf"\bbroken\s+{LIMB}|\b{LIMB}\s+(?:is\s+)?broken",
            rf"\b(?:dropped|fell)\s+(?:\w+\s+){{0,3}}on\s+my\s+{LIMB}",
            rf"\b(?:hit|bumped|banged|smashed)\s+my\s+(?:head|{LIMB})\b",
            r"\bme\s+(?:cai|caigo|resbale|tropece|lastime|lesione|golpee|torci|desgarre)\b",
            r"\bme\s+di\s+un\s+golpe\b|\bcaida\b|\besguince\b|\bfractura\w*|\bse\s+me\s+zafo\b",
            r"\bcrujido\b|\btronido\b|\btrono\b",
            r"\bse\s+me\s+cayo\s+(?:\w+\s+){1,3}en\s+el\s+(?:pie|dedo|mano)\b",
        ),
    ),
    (
        "swelling_infection",
        rule(
            r"\bswell\w*|\bswollen\b|\bpuffy\b|\binflam\w+|\binfect\w*|\bfever\w*|\bchills\b",
            rf"\b{LIMB}\b[^.!?]{{0,60}}?\b(?:its|it\s+is|is|got|looks|went)\s+(?:so\s+|really\s+"
            r"|all\s+|super\s+)?(?:huge|massive|enormous|ballooned)\b|\b(?:swole|puffed|blown)\s+up\b"
            r"|\btwice\s+(?:the|its)\s+(?:normal\s+)?size\b",
            near(WOUND, INFECTED),
            r"\b(?:bigger|larger|fatter|thicker)\s+than\s+the\s+other\b",
            r"\bpus\b|\booz\w+|\bred\s+streaks?\b|\bred\w*\s+(?:\w+\s+){0,4}spreading\b|\bspreading\s+redness\b|\b(?:hot|warm)\s+to\s+the\s+touch\b|\bredness\b",
            rf"\b(?:{LIMB}|calf|wound|incision|scar|skin|stitches)\s+(?:is\s+|looks\s+|feels\s+"
            r"|got\s+|turned\s+|very\s+|really\s+|all\s+)*(?:red|hot|warm(?!\s*up)|tender|hard)\b",
            r"\bhinch\w+|\binflamad\w*|\binflamacion\b|\binfectad\w*|\binfeccion\b|\bfiebre\b",
            r"\bcalentura\b|\bescalofrios\b|\bsupur\w+|\benrojecid\w*|\bcaliente\s+al\s+tacto\b",
            r"\brojo\s+y\s+caliente\b|\brunning\s+a\s+(?:temp|temperature)\b|\bhigh\s+temp",
            r"\b(?:temp|temperature|temperatura)\s+(?:\w+\s+){0,2}"
            r"(?:99\.\d|1[01]\d|3[89](?:[.,]\d)?)\b",
        ),
    ),
)

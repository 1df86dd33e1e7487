"""Swelling and infection signs: a swollen limb, a hot red wound, fever."""

from companion.conversation.redflag_words import INFECTED, LIMB, WOUND, near, rule

# Fever told by its sweats: "burning up", "sweating through my sheets". A shirt or clothes
# sweated through at night or in bed is the same; at the carries it is the work.
_SOAKED = r"sweat\w*\s+(?:\w+\s+)?(?:through|thru)\s+(?:my\s+|the\s+|all\s+my\s+)?"
_FEVERISH = (
    rf"\bnight\s+sweats\b|\b{_SOAKED}(?:sheets|pajamas|pjs|bed|pillow)\b"
    rf"|\bsoaked\s+(?:my\s+|the\s+)?(?:sheets|bed|pillow)\b|\b{_SOAKED}(?:shirt|clothes|t-?shirt)"
    r"\b(?=[^.!?]{0,40}\b(?:night|sleep\w*|asleep|in\s+bed))"
    r"|\b(?:woke|waking|wake)\s+up\s+(?:\w+\s+){0,2}?sweat\w*\s+(?:\w+\s+)?(?:through|thru)\b"
    r"|\bfeverish\b|\bfebril\b|\bsudores?\s+(?:nocturnos|en\s+la\s+noche|de\s+noche)\b"
    r"|\bempap\w+\s+(?:las\s+)?sabanas\b|\b(?:tengo|traigo|con)\s+(?:temperatura|calentura)\b"
    r"|\bescalofrio\b"
    # ("burning up in this heat" is the weather)
    # "burning up" opening a clause, or said of oneself; not "quads burning up the stairs"
    r"|(?:^|[,.!?;]\s*|\b(?:im|i\s+am|ive\s+been|been|was|feel\s+like\s+im|feeling|body\s+is"
    r"|forehead\s+is|skin\s+is)\s+)burning\s+up\b(?!\s+(?:the|those|these|calories"
    r"|in\s+(?:this|the|here)|out\s+(?:here|there)|outside))"
)

SWELLING = (
    "swelling_infection",
    rule(
        r"\bswell\w*|\bswollen\b|\bpuffy\b|\binflam\w+|\binfect\w*|\bfever\w*|\bchills\b",
        # misspelt: "swolen", "fevr", "inchazón" (the h dropped)
        r"\bswol+[eo]n\b|\b(?:fevr|fevor|feavor|feaver|fiever|fevar)\b|\binchaz\w+|\binchad[oa]s?\b"
        r"|\bse\s+(?:me\s+|le\s+)?inch[oa]\b",
        rf"\b{LIMB}\b[^.!?]{{0,60}}?\b(?:its|it\s+is|is|got|looks|went)\s+(?:so\s+|really\s+"
        r"|all\s+|super\s+)?(?:huge|massive|enormous|ballooned)\b|\b(?:swole|puffed|blown)\s+up\b"
        r"|\btwice\s+(?:the|its)\s+(?:normal\s+)?size\b|\bdoubled\s+in\s+size\b|\bel\s+doble\s+de\s+"
        r"(?:grande|tamano)\b",
        near(WOUND, INFECTED),
        # "puss coming out of the insicion": what drains, named before the wound
        near(
            r"puss?|pus\w+|ooz\w*|drain\w*|discharge|gunk|goo|goop|liquido|aguita|fluid|supura\w*",
            WOUND,
        ),
        # one side bigger than the other: "left calf is fatter than the right one"
        near(
            rf"{LIMB}|calf|side|pantorrilla|lado",
            r"(?:bigger|larger|fatter|thicker|wider|puffier|more\s+swollen)\s+than\s+(?:the|my)\s+"
            r"(?:other|right|left)|mas\s+(?:gord[oa]|grande|grues[oa]|hinchad[oa]|inflamad[oa])\s+que"
            r"\s+(?:la|el|mi)\s+otr[oa]",
        ),
        # (after a hot pack or a shower the warmth is the treatment)
        r"\b(?:hot|warm|caliente|calientit[oa])\s+(?:to|al)\s+(?:the\s+)?(?:touch|tacto)\b"
        r"(?![^.!?]{0,30}\b(?:hot\s+pack|heat\w*\s+pad|heat\s+pack|compresa|shower|bath|sun|regadera))",
        r"\bpus\b|\booz\w+|\bred\s+streaks?\b|\bred\w*\s+(?:\w+\s+){0,4}spreading\b|\bspreading\s+redness\b|\b(?:hot|warm)\s+to\s+the\s+touch\b|\bredness\b",
        rf"\b(?:{LIMB}|calf|wound|incision|scar|skin|stitches)\s+(?:is\s+|looks\s+|feels\s+"
        r"|got\s+|turned\s+|very\s+|really\s+|all\s+|super\s+|ta\s+|esta\s+|bien\s+|muy\s+"
        # ("ta", "está" clipped, as in "mi codo ta super red"; a fat, puffy or sore limb as well as
        # red, the signs listed with commas: "knee is big, red and warm"; "hard to bend" is stiff)
        r"|(?:fat|puffy|swollen|big|huge|tight|shiny|sore|stiff|achy|painful)\s*(?:,\s*(?:and\s+|y\s+)?"
        r"|\s+(?:and|y|&)\s+))*(?:red|hot|warm(?!\s*up)|tender|hard(?!\s+to\b)|caliente)\b",
        r"\bhinch\w+|\binflamad\w*|\binflamacion\b|\binfectad\w*|\binfeccion\b|\bfiebre\b",
        r"\bcalentura\b|\bescalofrios\b|\bsupur\w+|\benrojecid\w*|\bcaliente\s+al\s+tacto\b",
        r"\b(?:roj[oa]s?|colorad[oa]s?)\s+y\s+calient\w+|\bcalient\w+\s+y\s+(?:roj[oa]s?|colorad[oa]s?)\b"
        r"|\bred\s+(?:line|streak|stripe)s?\s+(?:going|running|moving|up|down)\b|\b(?:raya|linea)\s+roja\b|\brunning\s+a\s+(?:temp|temperature)\b|\bhigh\s+temp",
        r"\b(?:temp|temperature|temperatura|thermometer|termometro)\s+(?:\w+\s+){0,2}"
        r"(?:99\.\d|1[01]\d|3[89](?:[.,]\d)?)\b",
        _FEVERISH,
        # a limb that "blew up like a balloon", "se puso como pelota"
        rf"\b{LIMB}\b[^.!?]{{0,30}}?\b(?:blew|blows|blowing|blown|puffed|puffing|ballooned"
        r"|ballooning)\s+(?:right\s+)?up\b|\bballoon\w*\s+up\b",
        rf"\b(?:{LIMB}|calf)\b[^.!?]{{0,40}}?\b(?:like|size\s+of)\s+an?\s+(?:ball?oo?n|grapefruit"
        r"|softball|baseball|melon|football|golf\s*ball|tennis\s+ball|orange)\b",
        rf"\b(?:{LIMB}|pantorrilla)\b[^.!?]{{0,40}}?\bcomo\s+(?:una\s+|un\s+)?(?:pelota|globo|bola|tamal|camote|toronja"
        r"|naranja|melon)\b|\bse\s+me\s+(?:inflo|infla|hizo\s+una\s+bola)\b",
        # swelling told by its marks and look: cankles, sock dents, pitting, tight shiny skin
        r"\bcankles?\b|\bpitting\b|\bsocks?\s+(?:\w+\s+){0,3}(?:dents?|marks?|lines?|indent\w*)\b"
        r"|\bleaves?\s+a\s+(?:deep\s+)?(?:dent|dimple)\b"
        rf"|\b(?:{LIMB}|skin|piel|pierna|pie|tobillo)\s+(?:\w+\s+){{0,3}}?(?:shiny|brillos[oa]|tirante)\b",
        r"\b(?:red\w*|pink\w*|rosad\w*|purpl\w*)\s+(?:\w+\s+){0,6}(?:spreading|getting\s+bigger|growing"
        r"|se\s+extiende|esta\s+creciendo)\b",
        # fever by other words: "afiebrado", "with a temp", shivering yet sweating
        r"\bafiebrad[oa]s?\b|\b(?:with|have|had|got|running|ran)\s+a\s+(?:temp|temperature)\b",
        r"\b(?:tiemblo|temblando|shivering)\s+(?:\w+\s+){0,3}?(?:pero|but|and|y)\s+(?:\w+\s+){0,2}?"
        r"(?:sudando|sweating|burning\s+up)\b",
    ),
)

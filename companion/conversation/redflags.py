"""Red flags: warning signs a therapist must see, negations and figures of speech left out."""

import re

from companion.conversation.lexicon import Folded
from companion.conversation.words import BODY

_LIMB = rf"(?:{BODY}|toes?|fingers?|grip)"
_GROIN = (
    r"(?:groin|crotch|saddle|genitals?|genital\s+area|privates|private\s+(?:parts|area)|butt|"
    r"buttocks|bottom|perineum|inner\s+thighs?|between\s+my\s+legs|ingle|entrepierna|genitales|"
    r"partes\s+intimas|gluteos|nalgas|silla\s+de\s+montar)"
)
_NUMB = (
    r"(?:numb\w*|tingl\w*|entumec\w*|adormec\w*|dormid[oa]s?|hormigue\w*|no\s+feeling|cant\s+feel)"
)


def _rule(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


# Order matters only for overlaps: saddle numbness is cauda equina, not neuro.
RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "cauda_equina",
        _rule(
            r"\b(?:bladder|bowels?|vejiga|esfinter|incontinen\w*)\b",
            r"\b(?:cant|cannot|can\s+not|couldnt|trouble|hard\s+to|difficulty|unable\s+to"
            r"|problems?)"
            r"\s+(?:\w+\s+)?(?:pee|peeing|urinat\w*|poop\w*|go\s+to\s+the\s+bathroom)\b",
            r"\b(?:wet|peed|pissed|pooped|soiled)\s+(?:myself|my\s+pants|the\s+bed)\b",
            r"\b(?:leak|leaks|leaking|leaked)\s+(?:urine|pee)\b",
            r"\bcant\s+hold\s+(?:my\s+|it\s+)?(?:pee|urine|in|bladder|bowels|poop)\b",
            r"\bcant\s+(?:feel|tell)\s+(?:when|if)\s+i\s+(?:need|have)\s+to\s+(?:pee|go)\b",
            rf"\b{_NUMB}\s+(?:\w+\s+){{0,3}}{_GROIN}\b",
            rf"\b{_GROIN}\s+(?:\w+\s+){{0,3}}{_NUMB}",
            r"\b(?:no\s+puedo|no\s+podia|me\s+cuesta|dificultad\s+para|problemas?\s+para)\s+"
            r"(?:orinar|hacer\s+pipi|hacer\s+del\s+bano|defecar|evacuar)\b",
            r"\bme\s+(?:orine|hice\s+pipi|hice\s+encima)\b",
            r"\bse\s+me\s+(?:sale|salio|escapa|escapo)\s+(?:la\s+)?(?:orina|pipi|popo)\b",
            r"\bno\s+(?:puedo\s+)?control\w*\s+(?:la\s+|el\s+)?(?:orina|vejiga|intestino|esfinter)",
        ),
    ),
    (
        "neuro",
        _rule(
            r"\bnumb(?:ness|ed|ing|ish)?\b|\btingl(?:e|es|ed|ing|y|iness)\b",
            r"\bpins\s+(?:and|&)\s+needles",
            r"\bweakness\b|\b(?:feels?|felt|feeling)\s+weak\b",
            rf"\bweak\s+(?:in|on)\s+(?:my\s+|the\s+)?(?:\w+\s+)?{_LIMB}",
            rf"\b{_LIMB}\s+(?:\w+\s+){{0,3}}weak\b",
            r"\b(?:gave|give|gives|giving)\s+(?:out|way)\b|\bbuckl(?:ed|es|ing|e)\b",
            r"\bfoot\s+drop\b|\bdrop\s+foot\b|\bdragging\s+my\s+(?:foot|leg)\b",
            rf"\b(?:foot|leg|feet)\s+(?:is\s+|are\s+|keeps\s+)?dragg\w*|\b{_LIMB}\s+collapsed",
            rf"\b(?:cant|cannot|couldnt)\s+(?:feel|move|lift)\s+(?:my|the)\s+(?:\w+\s+)?{_LIMB}",
            r"\b(?:lost|losing|loss\s+of|no)\s+(?:all\s+)?(?:feeling|sensation)\b",
            r"\bdropping\s+things\b",
            r"\bentum\w*|\badormec\w*|\bhormigue\w*|\bcosquille\w*|\bhormiguitas\b|\bdebilidad\b",
            r"\bdebil(?:es)?\b|\bse\s+me\s+(?:duerme|durmio|duermen|durmieron|adormece)n?\b",
            r"\b(?:pierna|pie|mano|brazo|dedos)s?\s+(?:\w+\s+)?dormid[oa]s?\b",
            r"\bno\s+siento\s+(?:la|el|mi|mis|los|las)\s+(?:\w+\s+)?(?:pierna|pie|mano|brazo|dedo)",
            r"\bperd\w+\s+(?:la\s+)?(?:sensibilidad|sensacion|fuerza)\b|\bpie\s+caido\b",
            r"\bse\s+me\s+(?:doblo|dobla|vencio|vence|fue)\s+(?:la|el)\s+"
            r"(?:rodilla|pierna|tobillo)",
            r"\bno\s+me\s+responde\b|\barrastr\w+\s+(?:el|la)\s+(?:pie|pierna)\b",
        ),
    ),
    (
        "cardiac_resp",
        _rule(
            r"\bchest\s+(?:\w+\s+){0,2}?(?:pain\w*|pressure|tight\w*|hurt\w*|ache\w*|heavy"
            r"|heaviness|discomfort)",
            r"\b(?:pain|pressure|tightness|ache|discomfort|heaviness)\s+(?:\w+\s+){0,2}chest\b",
            r"\bshort(?:ness)?\s+of\s+breath\b|\bout\s+of\s+breath\b|\bgasping\b",
            r"\b(?:cant|couldnt|cannot|hard\s+to|trouble|difficulty|struggl\w+\s+to)\s+(?:\w+\s+)?"
            r"(?:breathe|breathing|catch\s+my\s+breath)\b",
            r"\bfaint(?:ed|ing|ness)\b",
            r"\b(?:felt|feel|feeling|feels|going\s+to|gonna|about\s+to|almost|nearly|might|would"
            r"|like\s+i)\s+(?:\w+\s+){0,2}faint\b",
            r"\b(?:passed|pass|passing)\s+out\b|\bblack(?:ed)?\s+out\b|\blight\s*-?\s*headed\w*",
            r"\bdizz(?:y|iness)\b|\bpalpitations?\b|\bheart\s+attack\b",
            r"\bheart\s+(?:is\s+|was\s+)?(?:racing|pounding|fluttering)",
            r"\b(?:dolor|presion|opresion|ardor|molestia|duele)\s+(?:\w+\s+){0,2}pecho\b",
            r"\bpecho\s+(?:\w+\s+){0,2}(?:apretado|duele|dolor|presion|opresion)\b",
            r"\bfalta\s+(?:de\s+)?aire\b|\bme\s+falta(?:ba)?\s+el\s+aire\b|\bsin\s+aire\b",
            r"\bahog\w+",
            r"\b(?:no\s+puedo|me\s+cuesta|dificultad\s+para|no\s+podia)\s+respirar\b|\bdesmay\w+",
            r"\bmare(?:o|os|ado|ada|e)\b|\bme\s+mare\w+|\bpalpitaciones\b",
            r"\bcorazon\s+(?:muy\s+)?acelerado",
        ),
    ),
    (
        "fall_injury",
        _rule(
            r"\bfell\b|\bfall(?:en|ing)?\s+(?:down|over|off)\b|\btripped\b|\bslipped\b",
            r"\b(?:had|took)\s+a\s+(?:bad\s+|big\s+)?(?:fall|spill|tumble)\b",
            r"\bslip\s+and\s+f\w+|\bi\s+collapsed\b",
            r"\b(?:heard|felt)\s+(?:a\s+|an\s+|something\s+|it\s+)?(?:\w+\s+)?(?:pop|popping|crack"
            r"|cracking|snap|tear|rip|crunch)\b",
            r"\bsomething\s+(?:popped|snapped|tore|cracked)\b|\bpopped\s+out\b",
            rf"\b{_LIMB}\s+(?:\w+\s+){{0,2}}(?:popped|snapped)\b",
            rf"\bsprain\w*|\b(?:twisted|rolled|jammed)\s+my\s+(?:\w+\s+)?{_LIMB}",
            r"\bpulled\s+(?:a\s+muscle|something|my\s+\w+)|\btweaked\s+my\b",
            r"\bthrew\s+(?:my\s+back\s+out|out\s+my\s+back)\b",
            rf"\b(?:broke|tore|fractured|dislocated)\s+(?:my\s+|a\s+)(?:\w+\s+)?(?:bone|rib|muscle"
            rf"|ligament|tendon|nose|{_LIMB})\b",
            rf"\bbroken\s+{_LIMB}|\b{_LIMB}\s+(?:is\s+)?broken",
            rf"\b(?:dropped|fell)\s+(?:\w+\s+){{0,3}}on\s+my\s+{_LIMB}",
            rf"\b(?:hit|bumped|banged|smashed)\s+my\s+(?:head|{_LIMB})\b",
            r"\bme\s+(?:cai|caigo|resbale|tropece|lastime|lesione|golpee|torci|desgarre)\b",
            r"\bme\s+di\s+un\s+golpe\b|\bcaida\b|\besguince\b|\bfractura\w*|\bse\s+me\s+zafo\b",
            r"\bcrujido\b|\btronido\b|\btrono\b",
            r"\bse\s+me\s+cayo\s+(?:\w+\s+){1,3}en\s+el\s+(?:pie|dedo|mano)\b",
        ),
    ),
    (
        "swelling_infection",
        _rule(
            r"\bswell\w*|\bswollen\b|\bpuffy\b|\binflam\w+|\binfect\w*|\bfever\w*|\bchills\b",
            r"\bpus\b|\booz\w+|\bred\s+streaks?\b|\b(?:hot|warm)\s+to\s+the\s+touch\b|\bredness\b",
            rf"\b(?:{_LIMB}|calf|wound|incision|scar|skin|stitches)\s+(?:is\s+|looks\s+|feels\s+"
            r"|got\s+|turned\s+|very\s+|really\s+|all\s+)*(?:red|hot|warm(?!\s*up)|tender|hard)\b",
            r"\bhinch\w+|\binflamad\w*|\binflamacion\b|\binfectad\w*|\binfeccion\b|\bfiebre\b",
            r"\bcalentura\b|\bescalofrios\b|\bsupur\w+|\benrojecid\w*|\bcaliente\s+al\s+tacto\b",
            r"\brojo\s+y\s+caliente\b|\brunning\s+a\s+(?:temp|temperature)\b|\bhigh\s+temp",
            r"\b(?:temp|temperature|temperatura)\s+(?:\w+\s+){0,2}"
            r"(?:99\.\d|1[01]\d|3[89](?:[.,]\d)?)\b",
        ),
    ),
    (
        "severe_pain",
        _rule(
            r"\bunbearabl\w*|\bexcruciat\w*|\bintolerable\b|\bagoni\w*|\bagony\b",
            r"\bworst\s+(?:\w+\s+)?pain\b|\bpain\s+(?:is\s+|was\s+)?the\s+worst\b",
            r"\bworst\s+(?:it\s+has|its)\s+ever\b",
            r"\bcant\s+(?:take|stand|bear|handle)\s+(?:the|this)\s+pain\b",
            r"\b(?:crying|screaming|tears)\s+(?:from|in|because\s+of|with)\s+(?:the\s+)?pain\b",
            r"\binsoportable\b|\binaguantable\b|\bel\s+peor\s+dolor\b|\batroz\b",
            r"\bno\s+(?:aguanto|soporto)\s+(?:el|este|tanto|mas\s+el)\s+dolor\b",
            r"\bllorando\s+de(?:l)?\s+dolor\b",
        ),
    ),
    (
        "mental_health",
        _rule(
            r"\bkill(?:ing)?\s+(?:my\s*self|me\s+self)\b(?!\s+(?:over|at|with|for|trying|doing"
            r"|working|on\s+(?:these|this|the)|to\s+(?:finish|get|make|keep)))",
            r"(?<!\d\s)\bkms\b|\bsuicid\w*|\bunalive\w*|\bself[\s-]?harm\w*|\boverdos\w*",
            r"\bend(?:ing)?\s+(?:my\s+(?:own\s+)?life|it\s+all)\b|\btake\s+my\s+(?:own\s+)?life\b",
            r"\b(?:want|wanna)\s+to\s+end\s+it\b",
            r"\bwant\s+(?:it\s+all|everything)\s+to\s+(?:end|stop)",
            r"\b(?:want|wanna|wanted|ready|wish(?:ing)?)\s+(?:to\s+)?die\b",
            r"\bwish\s+i\s+(?:was|were|could\s+be)\s+dead\b",
            r"\bbetter\s+off\s+(?:dead|gone|without\s+me)",
            r"\bwish\s+i\s+(?:wasnt|werent|was\s+never)\s+(?:alive|born|here)\b",
            r"\bwish\s+i\s+(?:wouldnt|would\s+not)\s+wake\b|\btake\s+all\s+(?:my|the)\s+pills\b",
            r"\b(?:no|nothing|(?:dont|cant)\s+see\s+(?:a|any|the))\s+(?:\w+\s+)?(?:reason|point)\s+"
            r"(?:to|in|for)\s+(?:keep(?:ing)?\s+)?(?:live|living|go(?:ing)?\s+on|being\s+alive)\b",
            r"\bpoint\s+(?:of|in)\s+(?:living|life|going\s+on|being\s+alive)\b",
            r"\bnothing\s+(?:left\s+)?to\s+live\s+for\b|\bnot\s+worth\s+living",
            r"\b(?:life|living)\s+(?:is\s+)?(?:not|isnt)\s+worth\b",
            r"\btired\s+of\s+(?:living|life|being\s+alive)",
            r"\b(?:dont|not|no)\s+(?:want|wanting|wanna)\s+(?:to\s+)?(?:live|be\s+alive"
            r"|be\s+here\s+any\s*more|wake\s+up)\b",
            r"\b(?:cant|cannot)\s+go\s+on\b|\bcant\s+(?:do|take)\s+(?:this|it)\s+any\s*more\b",
            r"\bhopeless(?!\s+at\b)",
            r"\b(?:me\s+quiero|quiero|quisiera|ganas\s+de|deseo|voy\s+a|pienso\s+en"
            r"|me\s+voy\s+a)\s+(?:morir(?:me)?|matar(?:me)?|suicidar(?:me)?"
            r"|quitar(?:me)?\s+la\s+vida|desaparecer)\b",
            r"\bmorirme\b|\bquitarme\s+la\s+vida\b|\bmatarme\b(?!\s+(?:\w+ndo|en\s+el|de\s+risa))",
            r"\b(?:quisiera|quiero|ojala)\s+no\s+despertar\b|\bpara\s+que\s+vivir\b",
            r"\bno\s+quiero\s+(?:seguir\s+)?vivi\w*",
            r"\bno\s+(?:vale|tiene)\s+(?:la\s+pena|sentido)\s+(?:vivir|seguir|la\s+vida)",
            r"\bno\s+tengo\s+(?:razon|razones|motivos?|ganas)\s+(?:para|de)\s+vivir\b",
            r"\bmejor\s+muert[oa]\b|\bmejor\s+sin\s+mi\b|\bsin\s+esperanza\b|\bdesesperanza\w*",
            r"\bhacerme\s+dano\b|\blastimarme\b",
            r"\bcortarme\b(?!\s+(?:el|las)\s+(?:pelo|cabello|unas))",
        ),
    ),
)
# "I hurt myself lifting" is an injury; "I hurt myself" alone or "want to hurt
# myself" is read as self-harm, because missing that costs more than a false alarm.
_HURT_MYSELF = re.compile(
    r"\b(?:hurt|harm|hurting|harming|injured|cut|cutting)\s+myself\b"
    r"(?P<activity>\s+(?:lifting|doing|on|at|during|while|when|with\s+the|playing|working|"
    r"exercising|in\s+the|carrying|moving|pushing|pulling|bending|squatting|again\s+at|\w+ing)\b)?"
)
_INTENT_TO = re.compile(
    r"\b(?:want|wanna|wanted|going\s+to|gonna|thinking\s+(?:about|of)|thoughts\s+(?:of|about)|"
    r"urge\s+to|might|feel\s+like|tempted\s+to)\s+$"
)
# Figures of speech and harmless look-alikes, blanked out before matching.
_FIGURES = re.compile(
    r"\bf(?:e|a)ll(?:ing)?\s+(?:asleep|behind|short|apart|through|for|in\s+love"
    r"|off\s+(?:the\s+wagon|track))\b"
    r"|\bslip(?:ped)?\s+(?:my\s+mind|up)\b|\bkill(?:ing|ed)?\s+(?:me|it|the\s+\w+)\b"
    r"|\bdying\b|\bdead\s+tired\b|\bmuert[oa]s?\s+de\b"
    r"|\bme\s+(?:muero|estoy\s+muriendo|mori)\s+de\b"
    r"|\bnumb\w*\s+(?:from|after)\s+(?:the\s+)?ic(?:e|ing)\b|\b(?:peed|pissed)\s+myself\s+laugh\w*"
    r"|\bfall\s+(?:semester|season)\b|\bthis\s+fall\b"
    # a joint that pops or clicks "as usual", "no pain": crepitus, not an injury
    r"|\b(?:knees?|joints?|back|neck|shoulders?|hips?)\s+(?:\w+\s+){0,2}(?:pops?|popped|popping"
    r"|cracks?|cracked|clicks?)\b(?=[^.!?]*\b(?:no\s+pain|normal|always|as\s+usual|doesnt\s+hurt))"
)
_CLAUSE_END = re.compile(
    rf"[.!?;]|\b(?:but|pero|though|although|however|except|aunque|sino|and\s+(?:my|the|i|it)|"
    rf"y\s+(?:mi|el|la|me))\b|,\s*(?=(?:my|the|i|im|it|its|mi|el|la|me|{BODY})\b)"
)
_NEGATOR = re.compile(
    r"\b(?:no(?!\s*[,.!])|not|without|denies|deny|denied|never|dont|doesnt|didnt|havent|hasnt|"
    r"hadnt|isnt|arent|wasnt|werent|nor|sin|ni|nunca|tampoco|free\s+of|negative\s+for|ya\s+no|"
    r"nada\s+de)\b"
)
_HEDGES = re.compile(
    r"\b(?:not|no|dont)\s+(?:sure|saying|know|much|as|that|too|idea|mean)\b|\bno\s+se\b"
    r"|\bno\s+idea\b"
)
_RESOLVED = re.compile(
    r"^(?:\W+\w+){0,4}?\W+(?:is\s+|has\s+|have\s+|are\s+)?(?:gone|went\s+away|resolved"
    r"|cleared\s+up|stopped|se\s+(?:fue|quito)|desaparecio|ya\s+se\s+quito"
    r"|(?:hasnt|has\s+not|havent|didnt)\s+(?:come\s+back|returned|been\s+back))\b"
)
_SWELLING_EASED = re.compile(
    r"^(?:\W+\w+){0,4}?\W+(?:is\s+|has\s+)?(?:down|went\s+down|going\s+down"
    r"|better|improving|bajo|ha\s+bajado|disminuyo)\b"
)
_NEAR_MISS = re.compile(r"\b(?:almost|nearly|casi)\s+(?:\w+\s+)?$")
_SWELLING_LESS = re.compile(r"\b(?:less|reduced|minimal|menos|poca)\s+$")


def _negated(text: str, start: int, end: int, category: str) -> bool:
    # The whole text is searched: a clause break may look ahead past `start` (", me caí").
    clause_start = max((m.end() for m in _CLAUSE_END.finditer(text) if m.end() <= start), default=0)
    before = _HEDGES.sub(" ", text[clause_start:start])
    window = 1 if category == "mental_health" else 3
    negators = list(_NEGATOR.finditer(before))
    if negators and len(before[negators[-1].end() :].split()) <= window:
        return True
    if category == "fall_injury" and _NEAR_MISS.search(before):
        return True  # "almost fell" is not a fall (near-fainting, though, is a cardiac sign)
    clause_end = _CLAUSE_END.search(text, end)
    after = text[end : clause_end.start() if clause_end else len(text)]
    if _RESOLVED.search(after):
        return True
    if category == "swelling_infection":
        return bool(_SWELLING_EASED.search(after) or _SWELLING_LESS.search(before))
    return False


def read_red_flags(folded: Folded) -> dict[str, str]:
    """Each red-flag category the reply shows, with the patient's words that showed it."""
    text = _FIGURES.sub(lambda m: " " * len(m.group()), folded.text)
    evidence: dict[str, list[str]] = {}
    taken: list[tuple[int, int]] = []

    def keep(category: str, start: int, end: int) -> None:
        if _negated(text, start, end, category):
            return
        words = folded.source(start, end)
        if words not in evidence.setdefault(category, []):
            evidence[category].append(words)
        taken.append((start, end))

    for match in _HURT_MYSELF.finditer(text):
        intent = _INTENT_TO.search(text, 0, match.start())
        injury = match.group("activity") and not intent
        keep("fall_injury" if injury else "mental_health", match.start(), match.end())
    for category, pattern in RULES:
        for match in pattern.finditer(text):
            if any(s <= match.start() and match.end() <= e for s, e in taken):
                continue  # already read as a more specific sign
            keep(category, match.start(), match.end())
    return {category: "; ".join(words) for category, words in sorted(evidence.items()) if words}

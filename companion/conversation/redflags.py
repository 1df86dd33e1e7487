"""Red flags: warning signs a therapist must see, each graded certain or possible.

Plain denials and figures of speech are no sign; a sign whose context says it has passed,
is someone else's, hypothetical, a screening answer or an unsure denial is possible (the
conversation asks the patient); the rest is certain. The signs are patterns per category
(redflag_signs.py and the family modules it gathers, plus data/signs.json).
"""

import re
from bisect import bisect_right
from typing import NamedTuple

from companion.conversation.lexicon import Folded
from companion.conversation.redflag_context import (
    HURT_NOBODY,
    not_the_patients_now,
    organ_said_well,
)
from companion.conversation.redflag_model import likely_flags
from companion.conversation.redflag_passed import asleep_and_passed, winded_and_recovered
from companion.conversation.redflag_signs import RULES
from companion.conversation.redflag_words import only_saddle_numbness
from companion.conversation.words import BODY

# "I hurt myself lifting" is an injury; "I hurt myself" alone or "want to hurt
# myself" is read as self-harm, because missing that costs more than a false alarm.
_HURT_MYSELF = re.compile(
    r"\b(?:hurt|harm|hurting|harming|injured|cut|cutting)\s+myself\b"
    r"(?P<activity>\s+(?:lifting|doing|on(?!\s+purpose)|at|during|while|when|with\s+the|playing|working|"
    r"exercising|in\s+the|carrying|moving|pushing|pulling|bending|squatting|again\s+(?:at|on|while|with|\w+ing)|\w+ing)\b)?"
)
_INTENT_TO = re.compile(
    r"\b(?:want|wanna|wanted|going\s+to|gonna|thinking\s+(?:about|of)|thoughts\s+(?:of|about)|"
    r"urge\s+to|might|feel\s+like|tempted\s+to)\s+$"
)
# Words of severe pain, and what else they often describe: weather, a wait, a chore.
_SEVERE = r"unbearabl\w*|excruciating\w*|intolerabl\w*|agoniz\w*|insoportable|inaguantable"
_NOT_PAIN = (
    r"hot|cold|humid|muggy|heat|calor|frio|bochorno|humedad|weather|boring|bored|slow|loud|noisy"
    r"|traffic|trafico|wait|waiting|line|noise|ruido|boss|jefe|coworkers?|kids|neighbou?rs?"
)
# Figures of speech and harmless look-alikes, blanked out before matching.
_FIGURES = re.compile(
    r"\bf(?:e|a)ll(?:ing|s)?(?=\s+asleep\b)|\bf(?:e|a)ll(?:ing)?\s+(?:behind|short|apart|through|for"
    r"|in\s+love"
    r"|off\s+(?:the\s+wagon|track))\b"
    r"|\bslip(?:ped)?\s+(?:my\s+mind|up)\b|\bkill(?:ing|ed)?\s+(?:me|it|the\s+\w+)\b"
    # ("thinking about dying" is no figure: only the dying of "dying lol" is blanked)
    r"|(?<!about\s)(?<!of\s)\bdying\b|\bdead\s+tired\b|\bmuert[oa]s?\s+de\b"
    r"|\bme\s+(?:muero|estoy\s+muriendo|mori)\s+de\b"
    r"|\b(?:\w+\s+){1,2}(?:from|of|de)\s+(?:lo\s+|la\s+)?(?:boredom|laugh\w*|aburrimiento|risa|flojera"
    r"|cansad\w*|cansancio|sueno|exhaustion)\b"
    r"|\b(?:mind|brain|soul)[\s-]?numb\w*|\bnumbingly\b"
    r"|\bnumb\w*\s+(?:from|after)\s+(?:the\s+)?ic(?:e|ing)\b|\b(?:peed|pissed)\s+myself\s+laugh\w*"
    r"|\bfall\s+(?:semester|season)\b|\bthis\s+fall\b"
    # waiting anxiously, and bladder and bowels said to work as usual
    r"|\b(?:im|i\s+am|was|been|were|all|sitting)\s+on\s+pins\s+(?:and|&|n)\s+needles\b"
    r"|\bpins\s+(?:and|&|n)\s+needles\s+(?=(?:waiting|for|about|over|until|til|till|to\s+hear)\b)"
    r"|\bcontrol\w*\s+(?:bien|normal)\s+(?:la\s+|el\s+)?(?:orina|vejiga|pipi|bano)\b"
    r"|\b(?:going\s+to\s+the\s+bathroom|peeing|pooping|urinating)\s+(?:like\s+|as\s+)?normal(?:ly)?\b"
    # a tool that "fell out of my hand" was dropped; the hand may be a sign, there was no fall
    r"|\b(?:fell|slipped|slid)\s+(?:right\s+)?(?:out\s+of|from)\s+my\s+(?:hands?|grip|fingers)\b"
    r"|\b(?:phone|cell|watch|celular)\s+(?:\w+\s+){0,2}buzz\w*"
    # "unbearably hot in the garage", "the heat was unbearable": the weather or the wait, not pain
    # (a body part named with it keeps the sign: "the heat in my knee is unbearable")
    rf"|\b(?:{_SEVERE})\s+(?:(?!(?:pain|dolor|ache|hurt\w*|{BODY})\b)\w+\s+)?(?:{_NOT_PAIN})\b"
    rf"(?!\s+(?:{BODY})\b)"
    rf"|\b(?:{_NOT_PAIN})\s+(?:(?!(?:{BODY})\b)\w+\s+){{0,4}}(?:{_SEVERE})"
    # "feel like I got hit by a truck": sore all over, said the usual way
    r"|\b(?:feel|feels|felt|feeling)\s+like\s+(?:i\s+)?(?:got\s+|was\s+|been\s+|have\s+been\s+)?(?:hit"
    r"|run\s+over|ran\s+over)\s+by\s+(?:a\s+)?(?:truck|bus|train|car|semi|mack\s+truck)\b"
    # a joint that pops or clicks "as usual", "no pain": crepitus, not an injury
    r"|\b(?:knees?|joints?|back|neck|shoulders?|hips?)\s+(?:\w+\s+){0,2}(?:pops?|popped|popping"
    r"|cracks?|cracked|clicks?)\b(?=[^.!?]*\b(?:no\s+pain|normal|always|as\s+usual|doesnt\s+hurt"
    r"|felt\s+(?:good|better|great)|feels\s+(?:good|better)|relief))"
    # numb from sitting on it or cross-legged: a limb asleep by posture, not by a nerve
    r"|\b(?:asleep|numb|tingly|pins\s+and\s+needles)\s+(?:lol\s+|haha\s+)?(?:(?:from|after|while)\s+"
    r"(?:sitting|laying|lying|kneeling|sleeping|leaning)\b(?:\s+(?:on\s+(?:it|them|my\s+\w+)"
    r"|cross[\s-]?legged|wrong|funny|too\s+long))?|(?:sitting|laying|lying|kneeling|sleeping|leaning)"
    r"\s+(?:on\s+(?:it|them|my\s+\w+)|cross[\s-]?legged|wrong|funny))"
)
_CLAUSE_END = re.compile(
    rf"[.!?;]|\b(?:but|pero|though|although|however|except|aunque|sino|and\s+(?:my|the|i|it)|"
    rf"y\s+(?:mi|el|la|me))\b|,\s*(?=(?:my|the|i|im|it|its|mi|el|la|me|nomas|namas|solo|just|only"
    rf"|then|luego|so|{BODY})\b)"
    # "didn't do them, fell off my bike": a new verb after a comma starts a new statement
    r"|,\s*(?=(?:\w{3,}ed|fell|got|felt|hit|broke|tore|went|came|threw|woke)\b)"
    # "no termine, casi me desmayo": a Spanish clause opens on a clitic or an adverb
    r"|,\s*(?=(?:se|te|le|casi|tuve|tengo|siento|senti|estoy|ando|almost|nearly)\b)"
    # "no hice nada, ayer me caí": a day or a time after a comma tells of something else
    r"|,\s*(?=(?:ayer|anoche|antier|hoy|luego|despues|yesterday|today|tonight|then|later"
    r"|last\s+night|this\s+morning|esta\s+manana|el\s+otro\s+dia|the\s+other\s+day)\b)"
)
_NEGATOR = re.compile(
    r"\b(?:no(?!\s*[,.!])|not|without|denies|deny|denied|never|dont|doesnt|didnt|havent|hasnt|"
    r"hadnt|isnt|arent|wasnt|werent|nor|sin|ni|nunca|tampoco|free\s+of|negative\s+for|ya\s+no|"
    r"nada\s+de|zero|0|ningun|ninguna|ningun\s+tipo\s+de)\b"
)
_HEDGES = re.compile(
    r"\b(?:not|no|dont)\s+(?:sure|saying|know|much|as|that|too|idea|mean)\b|\bno\s+se\b"
    r"|\bno\s+idea\b"
    # "not joking, worst it's ever been", "no lie", "no es broma": said to insist, not to deny
    r"|\b(?:not|no|aint|im\s+not)\s+(?:even\s+)?(?:joking|kidding|lying|exaggerating|playing|lie"
    r"|joke|cap|bs|gonna\s+lie|going\s+to\s+lie)\b|\bno\s+(?:es\s+broma|(?:te\s+)?miento|exagero"
    r"|estoy\s+(?:jugando|bromeando|exagerando))\b|\bsin\s+(?:mentir|exagerar|broma)\b"
)
# A sign said to be over: "numbness is gone", "the tingling in my fingers I told you about
# went away". Going away reaches further than stopping, though not past a conjunction ("numb
# since the swelling went away" is still numb), and never when denied ("hasn't gone away").
_NOT_OVER = r"(?<!\bnot\s)(?<!nt\s)(?<!never\s)(?<!\bno\s)(?<!\bnunca\s)"
_NO_CONJUNCTION = (
    r"(?!(?:when|while|after|since|until|because|bc|cuz|and|but|so|y|pero|cuando|porque|desde"
    r"|mientras)\b)"
)
_RESOLVED = re.compile(
    rf"^(?:\W+{_NO_CONJUNCTION}\w+){{0,4}}?\W+{_NOT_OVER}(?:is\s+|has\s+|have\s+|are\s+)?(?:gone|went\s+away|resolved"
    r"|cleared\s+up|stopped|se\s+(?:fue|quito)|desaparecio|ya\s+se\s+quito"
    r"|(?:hasnt|has\s+not|havent|didnt)\s+(?:come\s+back|returned|been\s+back))\b"
    # ("the tingling in my hand I told you about last week is totally gone": told signs reach far)
    rf"|^(?:\W+{_NO_CONJUNCTION}\w+){{0,10}}?\W+{_NOT_OVER}(?:(?:is|are|has\s+been|have\s+been)\s+)?"
    r"(?:(?:totally|completely|all|fully|finally|pretty\s+much)\s+)?(?:gone|went\s+away|resolved"
    r"|cleared\s+up|disappeared|se\s+(?:me\s+)?(?:fue|quito)|desaparecio|broke"
    r"|ya\s+no\s+me\s+(?:pasa|da|ha\s+vuelto))\b"
)
# "went away but came back today": back again, the sign counts ("hasn't come back" does not).
_CAME_BACK = re.compile(
    r"[^.!?]*?(?<!nt\s)(?<!not\s)(?<!never\s)(?<!\bno\s)\b(?:(?:came|comes|coming|come|is|its"
    r"|was|are|were)\s+(?:right\s+)?back(?!\s+(?:to|from|home|in|inside|out|up|down)\b)|returned"
    r"|back\s+again|started\s+(?:up\s+)?again|volvio|regreso|volvieron|regresaron)\b"
)
# "swelling in my knee is way down", "la hinchazón ya bajó bastante" ("not down", "down my
# shin" and "no less" are not easing)
_SWELLING_EASED = re.compile(
    r"^(?:\W+\w+){0,4}?\W+(?<!not\s)(?<!nt\s)(?<!\bno\s)(?:is\s+|has\s+|ha\s+|va\s+|esta\s+)?"
    r"(?:went\s+|gone\s+|going\s+|come\s+|came\s+|coming\s+)?(?:(?:way|much|a\s+lot|lots|so\s+much"
    r"|mostly|almost|pretty\s+much|a\s+bit|mucho|bastante|ya)\s+)?(?:down(?!\s+(?:my|the|his|her"
    r"|to|into)\b)|better|improving|improved|less|smaller|bajo|bajando|bajado|disminuyo"
    r"|disminuyendo|menos|mejor)\b"
)
# "nothing popped, nothing swelled" denies the sign right after it; "nothing helps, worst
# pain ever" does not, so "nothing" negates only the word it stands before.
_NOTHING = re.compile(r"\bnothing\s+(?:(?:too|that|really|very|so)\s+)?$")
# "ya se me quitó el hormigueo": in Spanish the sign often comes after its going away.
_RESOLVED_BEFORE = re.compile(
    r"\b(?:se\s+(?:me\s+|le\s+)?(?:quito|fue|paso|bajo)|desaparecio|got\s+rid\s+of)\s+"
    r"(?:el|la|los|las|lo|mi|mis|the|my)?\s*$"
)
# "bladder fine, bowels fine": the sign's word said to be well.
_FINE_AFTER = re.compile(
    r"\s*(?:is\s+|are\s+|was\s+|were\s+|feels?\s+|felt\s+|all\s+|working\s+|esta\s+|estan\s+)?"
    r"(?:fine|ok|okay|good|great|perfect\w*)\b(?![^.!]*\?)"
)
_CANT_WITHOUT = re.compile(
    r"\b(?:cant|cannot|couldnt|can\s+not|no\s+puedo|no\s+podia|unable\s+to)\b[^,.;!?]{0,40}"
    r"\b(?:without|sin)\s+(?:\w+\s+){0,3}$"
)
_OR = ("or", "nor", "o", "ni")
_NEVER = re.compile(r"(?:never|nunca)\b")
_NEAR_MISS = re.compile(r"\b(?:almost|nearly|casi)\s+(?:\w+\s+)?$")
_SWELLING_LESS = re.compile(r"\b(?:less|reduced|minimal|menos|poca)\s+$")


DENIED, POSSIBLE, OTHERS, CERTAIN = "denied", "possible", "others", "certain"

# A screening answer ("chest pain? no", "numb? nah"): the sign named to be denied.
_SCREENED = re.compile(r"(?:\s+\w+){0,2}?\s*\?+\s*(?:no|nah|nope|nop|none|negative|nada|tampoco)\b")
# A sign said of a feeling, not the body: "heart attack when i saw the bill", "me quiero
# morir de la pena" (of sadness, "de tristeza", it stays).
_FIGURATIVE = re.compile(
    r"\s+(?:when\s+i\s+(?:saw|seen|see|heard|got|read|opened|looked)|at\s+the\s+(?:price|bill|cost"
    r"|total)|over\s+the\s+(?:bill|price)|de\s+(?:la\s+|el\s+)?(?:pena|verguenza|risa|hambre|sueno"
    r"|aburrimiento|calor|frio|envidia|ganas|nervios|coraje|gusto))\b"
)
# "last month", "over the weekend", "la semana pasada": a sign of days gone, asked about.
_RECENT_PAST = re.compile(
    r"\b(?:last\s+(?:week|month|year|weekend|time)|over\s+the\s+weekend|(?:el|la)\s+(?:semana|mes"
    r"|ano|fin\s+de\s+semana)\s+pasad[oa]|el\s+otro\s+dia|the\s+other\s+day)\b"
)
_UP_TO_NOW = re.compile(
    r"\b(?:still|again|now|today|todavia|aun|sigue|siguen|otra\s+vez|hoy|ahora)\b"
)
# "I used to want to die", "antes se me dormía la pierna": a sign of the past.
_USED_TO = re.compile(r"\b(?:used\s+to|solia|solian|me\s+solia|antes\s+(?:se\s+me|me|tenia))\b")
# "what if the numbness comes back", "si me da dolor de pecho", "in case I fall": not now.
_HYPOTHETICAL = re.compile(
    r"\b(?:if|whether|in\s+case|what\s+if|should\s+i\s+(?:worry|be\s+worried)|si|en\s+caso\s+de"
    r"|por\s+si|y\s+si|worried\s+about|afraid\s+of|scared\s+of|miedo\s+(?:a|de)"
    r"|preocupa(?:do|da)?\s+(?:por|de)|watch\s+(?:out\s+)?for|look\s+out\s+for)\b"
)
# ...unless the patient says it did happen: "should I worry if my leg goes numb? happened twice"
_HAPPENED = re.compile(
    r"\b(?:happened|happens|happening|it\s+did|it\s+does|today|twice|me\s+paso|me\s+pasa"
    r"|hoy)\b"
)
# "I don't think it's numbness", "no creo que sea", "not sure if": a denial without certainty.
_UNSURE_DENIAL = re.compile(
    r"\b(?:dont|do\s+not|didnt)\s+(?:think|believe|know\s+if)\b|\bno\s+(?:creo|se\s+si|estoy\s+segur)"
    r"|\bnot\s+sure\b|\bmaybe\s+not\b"
)


def _grade(text: str, start: int, end: int, category: str, breaks: list[int]) -> str:
    """Whether a sign is denied (not a sign), possible (ask the patient) or certain.

    Possible: the context says it has passed, is someone else's, is hypothetical, is a
    screening answer, or an unsure denial.
    """
    # `breaks` are where clauses end in the whole text: a break may look ahead past
    # `start` (", me caí"). Only the last words before a sign can negate it.
    clause_start = breaks[bisect_right(breaks, start) - 1]
    raw_before = text[max(clause_start, start - 120) : start]
    before = _HEDGES.sub(" ", raw_before)
    window = 1 if category == "mental_health" else 3
    negators = list(_NEGATOR.finditer(before))
    if _NEVER.match(text, start):
        negators = []  # "no puedo ni pararme, nunca me había dolido así": the sign says never
    if negators and negators[-1].group() in ("without", "sin") and _CANT_WITHOUT.search(before):
        negators = []  # "can't lie flat without getting short of breath" says the sign comes
    # ("no problems with bladder or bowels": the words of a list joined by "or" add no reach)
    said = [w for w in before[negators[-1].end() :].split() if w not in _OR] if negators else []
    if category == "mental_health" and any("," in w for w in said):
        negators = []  # "no job no future, don't see why I should stick around"
    if negators and len(said) <= window or _NOTHING.search(before):
        return POSSIBLE if _UNSURE_DENIAL.search(raw_before) else DENIED
    if category == "fall_injury" and _NEAR_MISS.search(before):
        return DENIED  # "almost fell" is not a fall (near-fainting, though, is a cardiac sign)
    if _FINE_AFTER.match(text, end) or organ_said_well(text, start, end):
        return DENIED
    if _SCREENED.match(text, end):
        return POSSIBLE
    clause_end = _CLAUSE_END.search(text, end, end + 120)
    after = text[end : clause_end.start() if clause_end else end + 120]
    resolved = _RESOLVED.search(after)
    if (resolved or _RESOLVED_BEFORE.search(before)) and not _CAME_BACK.match(
        text, end + resolved.end() if resolved else end
    ):
        return POSSIBLE
    if not_the_patients_now(text, start, end, before, after, category):
        return OTHERS  # possible, and no report of the patient's own
    if category == "cardiac_resp" and winded_and_recovered(text, start, end):
        return POSSIBLE
    if category == "neuro" and asleep_and_passed(text, start, end):
        return POSSIBLE
    if category == "swelling_infection" and (
        _SWELLING_EASED.search(after) or _SWELLING_LESS.search(before)
    ):
        return POSSIBLE
    told_unsure = (
        _HYPOTHETICAL.search(before) and not _HAPPENED.search(text, end, end + 80)
    ) or _UNSURE_DENIAL.search(raw_before)
    if _USED_TO.search(before) or _FIGURATIVE.match(text, end):
        return POSSIBLE
    if _RECENT_PAST.search(after) and not _UP_TO_NOW.search(before + after):
        return POSSIBLE
    if told_unsure and category != "mental_health":  # "afraid I'll hurt myself" is the sign
        return POSSIBLE
    return CERTAIN


class Signs(NamedTuple):
    """The categories a reply shows, each with the patient's words: sure, or to ask about."""

    certain: dict[str, str]
    possible: dict[str, str]
    others: frozenset[str] = frozenset()  # possible only as someone else's, long ago or a thing's


def read_red_flags(folded: Folded) -> Signs:
    """Each red-flag category the reply shows, graded certain or possible.

    The rules read first and grade each sign by its context. The model then reads the
    reply with every sign the rules judged denied or uncertain blanked out: a category it
    sees that the rules did not find certain is possible, never certain on the model's word;
    a reply that says something missed or hurt nobody denies the injury it might guess.
    """
    certain, possible, others, blanked = _read_signs(folded)
    whole = folded.source(0, len(folded.text)).strip()
    for category in likely_flags(blanked):
        if category == "fall_injury" and HURT_NOBODY.search(blanked):
            continue
        if category not in certain and category not in possible:
            possible[category] = whole
    possible = {c: w for c, w in possible.items() if c not in certain}
    return Signs(
        dict(sorted(certain.items())),
        dict(sorted(possible.items())),
        frozenset(others & set(possible)),
    )


def unsaid_blanked(folded: Folded) -> str:
    """The folded reply with figures of speech and denied or uncertain signs blanked out."""
    return _read_signs(folded)[3]


# What an injury brings with it: "ankle swole up huge after i rolled it", "knee puffy since i
# twisted it" are an injury and a swelling, so a wide injury match does not swallow them.
_COMES_WITH = {"fall_injury": ("swelling_infection", "severe_pain")}
# "no siento la pierna y me hice pipi": a limb not felt inside a wider bladder match is neuro.
_LIMB_INSIDE = re.compile(r"\b(?:legs?|foot|feet|arms?|hands?|piernas?|pies?|brazos?|manos?)\b")


def _read_signs(folded: Folded) -> tuple[dict[str, str], dict[str, str], set[str], str]:
    text = _FIGURES.sub(lambda m: " " * len(m.group()), folded.text)
    evidence: dict[str, dict[str, list[str]]] = {CERTAIN: {}, POSSIBLE: {}, OTHERS: {}}
    taken: list[tuple[str, int, int]] = []
    unsaid: list[tuple[int, int]] = []
    breaks = [0] + [m.end() for m in _CLAUSE_END.finditer(text)]

    def keep(category: str, start: int, end: int) -> None:
        grade = _grade(text, start, end, category, breaks)
        if grade != CERTAIN:
            unsaid.append((start, end))
        if grade == DENIED:
            return
        words = folded.source(start, end)
        if words not in evidence[grade].setdefault(category, []):
            evidence[grade][category].append(words)
        taken.append((category, start, end))

    for match in _HURT_MYSELF.finditer(text):
        intent = _INTENT_TO.search(text, 0, match.start())
        injury = match.group("activity") and not intent
        keep("fall_injury" if injury else "mental_health", match.start(), match.end())
    for category, pattern in RULES:
        for match in pattern.finditer(text):
            limb = category == "neuro" and _LIMB_INSIDE.search(match.group())
            if any(
                s <= match.start()
                and match.end() <= e
                and category not in _COMES_WITH.get(c, ())
                and not (limb and c == "cauda_equina")
                for c, s, e in taken
            ):
                continue  # already read as a more specific sign
            keep(category, match.start(), match.end())
    certain = evidence[CERTAIN]
    if certain.get("cauda_equina") and only_saddle_numbness(text, certain.get("neuro", [])):
        certain.pop("neuro", None)  # "groin went numb, still numb": one sign, said twice
    for start, end in unsaid:
        text = text[:start] + " " * (end - start) + text[end:]
    found = {
        grade: {category: "; ".join(words) for category, words in sorted(by.items()) if words}
        for grade, by in evidence.items()
    }
    return (
        found[CERTAIN],
        found[POSSIBLE] | found[OTHERS],
        set(found[OTHERS]) - set(found[POSSIBLE]),
        text,
    )

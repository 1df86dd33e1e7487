"""Grading a red-flag sign by its context: denied, possible (ask the patient) or certain.

One ConText-style layer for every category, in English and Spanish: negation (scoped to
the clause), a sign said to be over or easing, someone else's (redflag_others) or long ago
(redflag_then), a mood denied for now, a question or a screening answer (redflag_denials),
passed from a harmless cause (redflag_passed), asked of what might happen or dreamt
(redflag_asked), hypothetical, an unsure denial, the past ("used to", "last week") and a
feeling told in a sign's words.
"""

import re
from bisect import bisect_right

from companion.conversation.redflag_apart import (
    others_set_apart,
    over_next_sentence,
    today_unlike,
)
from companion.conversation.redflag_asked import (
    asked_what_might_happen,
    called_so_only_if,
    dreamt,
    screened_and_said_no,
    supposed,
)
from companion.conversation.redflag_denials import (
    HEDGES,
    answered_no,
    asked_not_had,
    asked_what_it_is,
    harm_disowned,
    hopeless_about_a_goal,
    mood_denied_for_now,
    named_as_an_example,
    organ_said_well,
    screened_no_to_all,
    screened_or_taken_back,
)
from companion.conversation.redflag_others import not_the_patients_now
from companion.conversation.redflag_passed import (
    asleep_and_passed,
    breathed_fine_after,
    from_a_daily_cause,
    numb_from_ice,
    passed_later,
    still_in_sentence,
    tripped_not_fell,
    winded_and_recovered,
    winded_by_the_work,
)
from companion.conversation.redflag_then import of_days_gone, over_since
from companion.conversation.words import BODY

CLAUSE_END = re.compile(
    rf"[.!?;]|\b(?:but|pero|though|although|however|except|aunque|sino|and\s+(?:my|the|i|it)|"
    rf"y\s+(?:mi|el|la|me))\b|,\s*(?=(?:my|the|i|im|it|its|mi|el|la|me|nomas|namas|solo|just|only"
    rf"|then|luego|so|pain|dolor|{BODY})\b)"
    # "didn't do them, fell off my bike": a new verb after a comma starts a new statement
    r"|,\s*(?=(?:\w{3,}ed|fell|got|felt|hit|broke|tore|went|came|threw|woke)\b)"
    # "no termine, casi me desmayo": a Spanish clause opens on a clitic or an adverb
    r"|,\s*(?=(?:se|te|le|casi|tuve|tengo|siento|senti|estoy|ando|almost|nearly)\b)"
    # "no hice nada hoy, no puedo hacer del baño": what one cannot do is told anew
    r"|,\s*(?=(?:no\s+(?:puedo|pude|podia)|cant|cannot|couldnt)\b)"
    # "no hice nada, ayer me caí": a day or a time after a comma tells of something else
    r"|,\s*(?=(?:ayer|anoche|antier|hoy|luego|despues|yesterday|today|tonight|then|later"
    r"|last\s+night|this\s+morning|esta\s+manana|el\s+otro\s+dia|the\s+other\s+day|now|ahora)\b)"
)
_NEGATOR = re.compile(
    # the screening questions denied as a whole: "nada de lo que preguntan de la vejiga", "none
    # of the stuff you ask about with the bladder" (the words up to the sign are the question's)
    r"\b(?:(?:nada|ninguna\s+cosa)\s+de\s+lo\s+que\s+(?:me\s+|nos\s+)?(?:preguntan|pregunta|preguntas"
    r"|preguntaron|pregunto|dicen|dice|mencionan|menciona)(?:\s+(?:de|del|sobre|con|en|por))?"
    r"|none\s+of\s+(?:the\s+)?(?:stuff|things|what)\s+(?:that\s+)?(?:you\s+(?:guys\s+)?)?(?:ask|asked"
    r"|mention|mentioned)(?:\s+about)?(?:\s+(?:with|for|on|re))?"
    r"|no(?!\s*[,.!])|not|without|denies|deny|denied|never|dont|doesnt|didnt|havent|hasnt|"
    # ("the pain aint unbearable": an "aint" right before the sign, "is not")
    r"aint(?=\s+(?:(?:that|so|too|really|even)\s+)?$)|"
    r"hadnt|isnt|arent|wasnt|werent|nor|sin|ni|nunca|tampoco|free\s+of|negative\s+for|ya\s+no|"
    r"nada\s+de|nada(?=\s*$)|cero|zero|0|ningun|ninguna|ningun\s+tipo\s+de)\b"
)
# A sign said to be over: "numbness is gone", "the tingling in my fingers I told you about
# went away". Going away reaches further than stopping, though not past a conjunction ("numb
# since the swelling went away" is still numb), and never when denied ("hasn't gone away").
# ("if I disappeared for good": the patient gone, not the sign)
_NOT_OVER = r"(?<!\bnot\s)(?<!nt\s)(?<!never\s)(?<!\bno\s)(?<!\bnunca\s)(?<!\bi\s)(?<!\bi\sjust\s)"
_NO_CONJUNCTION = (
    r"(?!(?:when|while|after|since|until|because|bc|cuz|and|but|so|y|pero|cuando|porque|desde"
    r"|mientras)\b)"
)
_RESOLVED = re.compile(
    rf"^(?:\W+{_NO_CONJUNCTION}\w+){{0,4}}?\W+{_NOT_OVER}(?:is\s+|has\s+|have\s+|are\s+)?(?:gone|went\s+away|resolved"
    r"|cleared\s+up|stopped|se\s+(?:fue|quito)|desaparecio|ya\s+se\s+quito"
    # ("the redness where the tape was came off the next day", "se me borró lo rojo")
    r"|came\s+off|wore\s+off|faded(?:\s+away)?|se\s+(?:me\s+)?borro"
    # ("el peor de mi vida, ya pasó"; "ya me pasó" says it happened, "ya se me pasó" it is over)
    r"|ya\s+(?:se\s+(?:me\s+|le\s+)?)?paso(?!\s+(?:otra|de\s+nuevo)\b)"
    r"|(?:hasnt|has\s+not|havent|didnt)\s+(?:come\s+back|returned|been\s+back))\b"
    # ("the tingling in my hand I told you about last week is totally gone": told signs reach far)
    rf"|^(?:\W+{_NO_CONJUNCTION}\w+){{0,10}}?\W+{_NOT_OVER}(?:(?:is|are|has\s+been|have\s+been)\s+)?"
    r"(?:(?:totally|completely|all|fully|finally|pretty\s+much)\s+)?(?:gone|went\s+away|resolved"
    r"|cleared\s+up|disappeared|se\s+(?:me\s+)?(?:fue|quito)|desaparecio|broke|clear\s+now|recovered"
    r"|(?:ya\s+)?me\s+dieron\s+de\s+alta|(?:ya\s+)?(?:me\s+)?(?:cure|recupere|alivie)"
    r"|ya\s+no\s+me\s+(?:pasa|da|ha\s+vuelto)"
    # "fue nomás un ratito, ya estoy bien", "only lasted a minute, I'm fine now"
    r"|ya\s+(?:estoy|esta|ando|me\s+siento)\s+(?:bien|normal)"
    r"|(?:im|i\s+am|i\s+feel|feeling|all|its)\s+(?:fine|ok|okay|good|better)\s+now"
    r"|(?:fue|duro)\s+(?:nomas|namas|nada\s+mas|solo)\s+un\s+(?:ratito|rato|momento|segundo)"
    r"|(?:was|lasted)\s+(?:just|only)\s+(?:for\s+)?a\s+(?:minute|second|sec|moment|few\s+(?:minutes|seconds)))\b"
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
    # ("the swelling from the bee sting on my neck went down": a told sign reaches far)
    rf"^(?:\W+{_NO_CONJUNCTION}\w+){{0,8}}?\W+"
    r"(?<!not\s)(?<!nt\s)(?<!\bno\s)(?:is\s+|has\s+|ha\s+|va\s+|esta\s+)?"
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
_MOOD_LINK = {"am", "im", "is", "are", "was", "be", "been", "being", "feel", "feeling", "felt"}
_MOOD_LINK |= {"feels", "get", "getting", "really", "so", "too", "very", "estoy", "esta", "ando"}
_MOOD_LINK |= {"siento", "sentia", "senti", "soy", "me", "have", "having", "had", "tengo", "tenia"}
_MOOD_LINK |= {"muy", "tan", "andaba", "estaba", "sentirme", "sentir"}
_NEVER = re.compile(r"(?:never|nunca)\b")
# ("caught it before it hit my foot", "la agarré antes de que me pegara": a blow that never came)
_NEAR_MISS = re.compile(
    r"\b(?:almost|nearly|casi)\s+(?:\w+\s+)?$|\bbefore\s+(?:it|they|the\s+\w+)\s+(?:could\s+)?$"
    r"|\bantes\s+de\s+que\s+(?:(?:el|la|los|las)\s+\w+\s+)?(?:me\s+|le\s+)?$"
)
_SWELLING_LESS = re.compile(r"\b(?:less|reduced|minimal|menos|poca)\s+$")


DENIED, POSSIBLE, OTHERS, CERTAIN = "denied", "possible", "others", "certain"

# A sign said of a feeling, not the body: "heart attack when i saw the bill", "me quiero
# morir de la pena" (of sadness, "de tristeza", it stays).
_FIGURATIVE = re.compile(
    r"\s+(?:when\s+i\s+(?:saw|seen|see|heard|got|read|opened|looked)|at\s+the\s+(?:price|bill|cost"
    r"|total)|over\s+the\s+(?:bill|price)|de\s+(?:la\s+|el\s+)?(?:pena|verguenza|risa|hambre|sueno"
    r"|aburrimiento|calor|frio|envidia|ganas|nervios|coraje|gusto))\b"
    # ("me late rápido el corazón cuando veo a mi novia", "se quiere matar de trabajar")
    r"|\s+cuando\s+(?:veo|vi|miro|mire|oigo|escucho)\s+a\b|(?:(?<=matar)|(?<=matarme)|(?<=morir)"
    r"|(?<=morirme))\s+(?:de\s+(?:tanto\s+)?)?trabaja(?:r|ndo)\b"
)
# A sign said to be what everyone gets: "winded up the hill like everybody does", "me falta el
# aire en la subida como a todo el mundo" (asked about: the patient's word that it is ordinary)
_LIKE_EVERYONE = re.compile(
    r"\b(?:like|as|same\s+as|como(?:\s+a)?|igual\s+que(?:\s+a)?)\s+(?:everybody|everyone|anybody|anyone"
    r"|any\s+(?:other\s+)?(?:person|guy|one)|the\s+rest\s+of\s+us|todo\s+el\s+mundo|todos|cualquiera"
    r"|cualquier\s+(?:persona|otro|otra))\b(?!\s+(?:else\s+)?(?:says?|said|thinks?|tells?|dice|dicen|cree))"
)
# "I used to want to die", "antes se me dormía la pierna": a sign of the past.
_USED_TO = re.compile(r"\b(?:used\s+to|solia|solian|me\s+solia|antes\s+(?:se\s+me|me|tenia))\b")
# "I don't think it's numbness", "no creo que sea", "not sure if": a denial without certainty.
_UNSURE_DENIAL = re.compile(
    r"\b(?:dont|do\s+not|didnt)\s+(?:think|believe|know\s+if)\b|\bno\s+(?:creo|se\s+si|estoy\s+segur)"
    r"|\bnot\s+sure\b|\bmaybe\s+not\b"
)


def grade(text: str, start: int, end: int, category: str, breaks: list[int]) -> str:
    """Whether a sign is denied (not a sign), possible (ask the patient) or certain.

    Possible: the context says it has passed, is someone else's, is hypothetical, is a
    screening answer, or an unsure denial.
    """
    # `breaks` are where clauses end in the whole text: a break may look ahead past
    # `start` (", me caí"). Only the last words before a sign can negate it.
    clause_start = breaks[bisect_right(breaks, start) - 1]
    raw_before = text[max(clause_start, start - 120) : start]
    before = HEDGES.sub(" ", raw_before)
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
    # (of a mood, a denial reaches only over a link: "not hopeless", "no estoy deprimido"; "ya
    # no puedo me quiero matar" denies the strength, not the wish)
    touching = len(said) <= window and (category != "mental_health" or set(said) <= _MOOD_LINK)
    if category == "mental_health" and (
        negators
        and mood_denied_for_now(text, start, end, before, touching)
        or harm_disowned(text, start, before)
        or hopeless_about_a_goal(text, start, end)
    ):
        return OTHERS  # asked, with the crisis line (a mood is never closed by a no), no report
    if negators and touching or _NOTHING.search(before):
        return POSSIBLE if _UNSURE_DENIAL.search(raw_before) else DENIED
    if category == "fall_injury" and (
        _NEAR_MISS.search(before) or tripped_not_fell(text, start, end)
    ):
        return DENIED  # "almost fell" is not a fall (near-fainting, though, is a cardiac sign)
    if screened_no_to_all(text, start, end):
        return OTHERS if category == "mental_health" else DENIED
    if screened_and_said_no(text, start, end):
        return POSSIBLE
    if _FINE_AFTER.match(text, end) or answered_no(text, end) or organ_said_well(text, start, end):
        return DENIED
    if (
        screened_or_taken_back(text, end)
        or asked_not_had(text, end)
        or over_since(text, end)
        or (
            category != "mental_health"
            and (asked_what_it_is(text, end, before) or named_as_an_example(text, end))
        )
    ):
        return POSSIBLE
    clause_end = CLAUSE_END.search(text, end, end + 120)
    after = text[end : clause_end.start() if clause_end else end + 120]
    resolved = _RESOLVED.search(after)
    if (resolved or _RESOLVED_BEFORE.search(before)) and not _CAME_BACK.match(
        text, end + resolved.end() if resolved else end
    ):
        return POSSIBLE
    if passed_later(text, start, end, category):
        return POSSIBLE
    if category != "mental_health" and (
        today_unlike(text, start, end) or over_next_sentence(text, end)
    ):
        return POSSIBLE
    if not_the_patients_now(text, start, end, before, after, category) or (
        category != "mental_health" and others_set_apart(text, start, end)
    ):
        return OTHERS  # possible, and no report of the patient's own
    if category == "cardiac_resp" and (
        winded_and_recovered(text, start, end)
        or winded_by_the_work(text, start, end)
        or from_a_daily_cause(text, start, end)
        or breathed_fine_after(text, end)
    ):
        return POSSIBLE
    if category == "neuro" and (
        asleep_and_passed(text, start, end) or numb_from_ice(text, start, end)
    ):
        return POSSIBLE
    if category == "swelling_infection" and (
        _SWELLING_EASED.search(after) or _SWELLING_LESS.search(before)
    ):
        return POSSIBLE
    told_unsure = bool(
        supposed(text, end, before)
        or _UNSURE_DENIAL.search(raw_before)
        or asked_what_might_happen(text, start, end)
        or dreamt(text, start)
    )
    if (
        _USED_TO.search(before)
        or _FIGURATIVE.match(text, end)
        or called_so_only_if(text, end, before)
    ):
        return POSSIBLE
    if category not in ("mental_health", "cauda_equina") and _LIKE_EVERYONE.search(after):
        return POSSIBLE
    if of_days_gone(text, end, before, after) and not still_in_sentence(text, end):
        return POSSIBLE
    if told_unsure and category != "mental_health":  # "afraid I'll hurt myself" is the sign
        return POSSIBLE
    return CERTAIN

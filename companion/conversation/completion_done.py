"""The words that say the day's work was done, and what turns them: a negation before them
("didn't finish" is partial, "didn't do it" skipped) or a "done" that is not about the work."""

import re

from companion.conversation.words import SOILED_ES, WATER_ES, any_of

# "did nothing", "done absolutely nothing": the word of doing, with nothing done.
NOTHING = (
    r"\s+(?:absolutely\s+|literally\s+|pretty\s+much\s+|basically\s+)?(?:nothing|nada|zilch|zero"
    r"|none)\b(?!\s+(?:wrong|else)\b)"
)
# "im done with living like this": fed up with life, no day's work done
_FED_UP = (
    r"\s+with\s+(?:living|life|it\s+all|all\s+of\s+(?:this|it)|being\s+\w+|this\s+(?:life"
    r"|world)|the\s+world|people)\b"
)
DONE = any_of(
    # ("me hice del baño encima" is an accident; "they've done that for years" a habit)
    # ("driving off the dock and being done" ends a life, not a day's work)
    rf"\b(?:(?<!being\s)done(?!\s+(?:that|this|it)\s+(?:for\s+(?:years|months|weeks|ages|a\s+while|a\s+long)|since"
    rf"|before)\b)(?!{NOTHING})(?!{_FED_UP})|dn|finished|finito|complete|completed"
    # ("thanks for everything you guys did" is the clinic's doing, not the patient's; "never did
    # that before" tells of a sign)
    rf"|(?<!you\s)(?<!u\s)(?<!guys\s)(?<!yall\s)did(?!\s+(?:you|u|yall)\b)(?!{NOTHING})(?!\s+(?:that|this|it)\s+before\b)(?!\s+not\b)"
    # ("desde que hice los pulls" dates a sign, it tells no work of today)
    rf"|(?<!desde\sque\s)hice(?!\s+(?:(?:{WATER_ES})\s+)?(?:{WATER_ES}|encima|dano|{SOILED_ES})\b)|listo|(?<!la\s)(?<!mi\s)(?<!una\s)(?<!tu\s)lista|listos|hecho(?!\s+(?:eso|esto|algo\s+asi)\b)|hechos|"
    r"hecha|termine|hizo\s+(?:todo|todos|todas|sus)\b|terminado|terminados|(?<!se\s)acabe|completados?|realice|realizad[oa]s?|efectue"
    # the day said whole: "todo completo" ("se me quitó por completo" is a sign gone)
    r"|(?<!dolor\s)(?<!pain\s)(?<!por\s)complet[oa]s?|completit[oa]s?)\b",
    # a state told after the work says it was done: "legs shaky after my workout", "bien
    # cansada después de la rutina"
    r"\b(?:sore|tired|wobbly|shaky|stiff|fine|good|great|ok|okay|achy|beat|spent|wiped|pumped"
    r"|cansad[oa]|adolorid[oa]|bien|tembloros[oa]|agotad[oa])\s+(?:\w+\s+){0,2}?(?:after|despues"
    r"\s+de)\s+(?:the|my|todays|los|las|la|el|mis)\s+(?:workout|exercises|session|routine|lifts"
    r"|ejercicios|rutina|sesion|cargas)\b",
    # "cumplí con todo", "I complied with the plan": the plan kept
    r"\b(?:cumpli|cumplido|cumplimos)\b(?!\s+(?:anos|\d))",
    # "I make all exercise today": "make" for "do", as Spanish "hacer" says both
    # (the lookahead first, so the lookbehinds run only where "make" stands)
    # "I finish all", "I complete everything": the present said for the past, as "make" is
    r"(?<=\bi\s)(?:finish|complete)\s+(?:all|everything|them\s+all|it\s+all)\b",
    r"\b(?=ma[dk]e\b)(?<!to\s)(?<!will\s)(?<!ill\s)(?<!gonna\s)(?<!can\s)(?<!could\s)(?<!should\s)"
    r"(?<!you\s)(?<!u\s)(?<!they\s)(?:make|made)\s+(?:all\s+)?(?:(?:the|my|of\s+the)\s+)?(?:exercises?"
    r"|workouts?|routine|homework)\b(?!\s+(?:easier|harder|shorter|longer|more|less|better|worse)\b)",
    r"\bgot\s+(?:it|them|em|everything|all|my\s+\w+)\s+(?:\w+\s+)?(?:done|in|finished)\b",
    # the whole session named: "full workout 💪", "whole routine, pain 2"
    r"\b(?:full|whole|entire)\s+(?:workout|session|routine|program|circuit|set\s+of\s+exercises)\b"
    r"|\b(?:rutina|sesion|serie)\s+(?:entera|completita)\b",
    # every set or round told: "all 3 sets of everything", "todas las series", "las 3 vueltas
    # completas" ("all 3 sets hurt" still tells they were done)
    r"\ball\s+(?:the\s+|my\s+)?(?:\d+|two|three|four|five|six)\s+(?:sets|rounds|laps|circuits|reps)\b"
    r"(?!\s+(?:left|to\s+go|remaining)\b)|\btodas\s+(?:las|mis)\s+(?:\d+\s+)?(?:series|vueltas"
    r"|repeticiones|rondas)\b(?!\s+(?:me\s+)?(?:faltan|pendientes)\b)",
    r"\b(?:knocked|crushed|nailed|smashed|killed|wrapped|murdered|destroyed|demolished|owned)\s+"
    r"(?:it|them|em|out|up|the\s+\w+|every\s+\w+|everything|all\s+(?:of\s+)?(?:them|it|em))\b",
    r"\b(?:worked\s+out|(?:got|went|made\s+it|worked|pushed|powered|muscled|fought)\s+(?:through"
    r"|thru)|all\s+set)\b|[✅✔☑]",
    r"^\W*(?:all|all\s+of\s+(?:them|it|em)|everything|every\s+one|the\s+whole\s+thing|todo|todos"
    r"|todas|todito)\s*(?:[,.!;]|$)",
    # ("the skin looks stretched" describes a limb)
    # ("it went away after I stretched", "se quitó después de que estiré": the time a sign
    # passed, no day's work told)
    r"(?<!looks\s)(?<!looked\s)(?<!feels\s)(?<!is\s)(?<!cuando\s)(?<!when\s)(?<!when\si\s)(?<!after\si\s)"
    r"(?<!once\si\s)(?<!since\si\s)(?<!de\sque\s)\b(?:walked|stretched|lifted|biked|swam|carried"
    r"|climbed|camine"
    r"|estire|levante|corri|nade)\b",
    # ("ya está cerrando", "ya está mejor" describe a thing or a body, not the work)
    r"\bya\s+(?:quedo|quedaron|estuvo|estan|esta)\b(?!\s+(?:(?:menos|mas|muy|algo|un\s+poco)\s+)?"
    r"(?:\w+(?:ando|iendo|yendo)|mejor|peor|bien|normal\w*|tranquil\w*|estable|desinflamad[oa]s?"
    r"|mal|igual|san[oa]s?|cerrad[oa]s?|roj[oa]s?|hinchad[oa]s?|inflamad[oa]s?|calientes?|dormid[oa]s?"
    r"|adolorid[oa]s?|oscuro|de\s+noche|tarde)\b)|^\W*(?:yes|yep|yup|yeah|ya|si|sip)\s*[,.!]",
)
# Finishing words turn partial when negated ("didn't finish"); the others turn skipped.
FINISH_WORDS = frozenset(
    {"finished", "complete", "completed", "termine", "terminado", "acabe", "completo", "completa"}
)
NEGATED = re.compile(
    r"(?:\b(?:didnt|did\s+not|not|never|havent|have\s+not|hasnt|couldnt|could\s+not|wasnt|wont"
    r"|cant|cannot|aint|(?<!pain\s)(?<!p\s)(?<!fatigue\s)(?<!tired\s)(?<!f\s)0|none|nothing)\s+(?:(?:yet|quite|really|totally|fully|even|get|got|able\s+to|be"
    r"|been|manage\s+to|i|it|them|all)\s+){0,2}"
    r"|\b(?:no|ni|nunca|todavia\s+no|aun\s+no)\s+(?:(?:los|las|lo|la|me|he|ha|han|hemos|habia|pude)\s+){0,2})$"
)
# "i'm done. not the exercises": the patient's "done" says it is not about the work
DONE_NOT_THE_WORK = re.compile(
    r"\bdone\W+(?:i\s+mean\s+)?not\s+(?:with\s+)?(?:the|my)\s+(?:exercises|workouts?|routine|program)\b"
)
# "cant do this no more, not the exercises, life", "ya no puedo, no los ejercicios, la vida": the
# patient says the words of doing are about living, not the day's work
LIFE_NOT_THE_WORK = re.compile(
    r"\bnot\s+(?:just\s+)?(?:with\s+)?(?:the|my)\s+(?:exercises|workouts?|routine|program|pt|stretches)"
    r"\W+(?:(?:its|it\s+is|im\s+talking|i\s+mean|but|just)\s+)*(?:life|living|everything|all\s+of\s+it"
    r"|this\s+life|being\s+alive)\b|\bno\s+(?:solo\s+)?(?:los|las|la|el|mis)\s+(?:ejercicios|rutina"
    r"|programa|estiramientos)\W+(?:(?:sino|es|hablo\s+de|digo|pero)\s+)*(?:la\s+vida|vivir|todo|esta\s+vida)\b"
)

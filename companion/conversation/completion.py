"""Whether a reply says the day's work was done, partly done or skipped."""

import re

from companion.conversation.task_verdicts import some_tasks_done_others_not
from companion.conversation.words import BODY, PASS_WATER_ES, SOILED_ES, WATER_ES


def _any(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


# "did nothing", "done absolutely nothing": the word of doing, with nothing done.
_NOTHING = (
    r"\s+(?:absolutely\s+|literally\s+|pretty\s+much\s+|basically\s+)?(?:nothing|nada|zilch|zero"
    r"|none)\b(?!\s+(?:wrong|else)\b)"
)
_DONE = _any(
    # ("me hice del baño encima" is an accident; "they've done that for years" a habit)
    rf"\b(?:done(?!\s+(?:that|this|it)\s+(?:for\s+(?:years|months|weeks|ages|a\s+while|a\s+long)|since)\b)(?!{_NOTHING})|dn|finished|finito|complete|completed|did(?!{_NOTHING})"
    rf"|hice(?!\s+(?:(?:{WATER_ES})\s+)?(?:{WATER_ES}|encima|dano|{SOILED_ES})\b)|listo|(?<!la\s)(?<!mi\s)(?<!una\s)(?<!tu\s)lista|listos|hecho|hechos|"
    r"hecha|termine|terminado|terminados|acabe|completados?|realice|realizad[oa]s?|efectue)\b",
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
    r"\b(?:knocked|crushed|nailed|smashed|killed|wrapped|murdered|destroyed|demolished|owned)\s+"
    r"(?:it|them|em|out|up|the\s+\w+|every\s+\w+|everything|all\s+(?:of\s+)?(?:them|it|em))\b",
    r"\b(?:worked\s+out|(?:got|went|made\s+it|worked|pushed|powered|muscled|fought)\s+(?:through"
    r"|thru)|all\s+set)\b|[✅✔☑]",
    r"^\W*(?:all|all\s+of\s+(?:them|it|em)|everything|every\s+one|the\s+whole\s+thing|todo|todos"
    r"|todas|todito)\s*(?:[,.!;]|$)",
    # ("the skin looks stretched" describes a limb)
    r"(?<!looks\s)(?<!looked\s)(?<!feels\s)(?<!is\s)\b(?:walked|stretched|lifted|biked|swam|camine"
    r"|estire|levante|corri|nade)\b",
    # ("ya está cerrando", "ya está mejor" describe a thing or a body, not the work)
    r"\bya\s+(?:quedo|quedaron|estuvo|estan|esta)\b(?!\s+(?:(?:menos|mas|muy|algo|un\s+poco)\s+)?"
    r"(?:\w+(?:ando|iendo|yendo)|mejor|peor|bien|normal\w*|tranquil\w*|estable|desinflamad[oa]s?"
    r"|mal|igual|san[oa]s?|cerrad[oa]s?|roj[oa]s?|hinchad[oa]s?|inflamad[oa]s?|calientes?|dormid[oa]s?"
    r"|adolorid[oa]s?)\b)|^\W*(?:yes|yep|yup|yeah|ya|si|sip)\s*[,.!]",
)
# Finishing words turn partial when negated ("didn't finish"); the others turn skipped.
_FINISH_WORDS = frozenset({"finished", "complete", "completed", "termine", "terminado", "acabe"})
_NEGATED = re.compile(
    r"(?:\b(?:didnt|did\s+not|not|never|havent|have\s+not|hasnt|couldnt|could\s+not|wasnt|wont"
    r"|cant|cannot|aint|(?<!pain\s)(?<!p\s)(?<!fatigue\s)(?<!tired\s)(?<!f\s)0|none|nothing)\s+(?:(?:yet|quite|really|totally|fully|even|get|got|able\s+to|be"
    r"|been|manage\s+to|i|it|them|all)\s+){0,2}"
    r"|\b(?:no|ni|nunca|todavia\s+no|aun\s+no)\s+(?:(?:los|las|lo|la|me|he|ha|han|hemos|habia|pude)\s+){0,2})$"
)
# "just the one leg", "solo la rodilla": a place named, not a share of the work ("just the leg
# exercises" is one)
_WHERE = (
    # a side alone ends its clause: "hinchada, nomás la izquierda", "just the left one"
    r"(?!\s+(?:left|right|izquierd[oa]|derech[oa])(?:\s+one)?\s*(?:$|[,.!;?]))"
    rf"(?!\s+(?:(?:one|left|right|other|izquierd[oa]|derech[oa])\s+)?(?:side|lado|{BODY})s?\b"
    r"(?!\s+(?:exercises?|stretch\w*|stuff|ones?|work\w*|lifts?|ejercicios?|estiramientos?)\b))"
)
# A task named by its number: "2", "#2", "number 2", "the second one"'s digit ("1 and 2").
_NUMBERED = r"(?:#\s*|no\.\s*|number\s+|numero\s+)?[1-9]\d?"
# "did it all but I was dragging": "but" opening a clause, not "all but the carries".
AND_THEN = (
    r"\s+(?:i|im|it|its|my|was|felt|feel|man|damn|dang|so|really|very|pretty|tired|sore|hurt|hurts"
    r"|honestly|tbh|ngl|now|then|me|the\s+(?:\w+\s+){1,2}(?:is|was|were|are|felt|hurt\w*)"
    # an adverb or a verb after "but" opens a clause ("did it all but almost fainted")
    r"|almost|nearly|barely|kinda|sorta|kind\s+of|sort\s+of|had|got|ended|also|still|after"
    r"|afterwards|at\s+the\s+end|when)\b"
)
_PARTIAL = _any(
    # (half a span of time or half a state is no share of the work: "lay awake half the night",
    # "half asleep", "la mitad de la noche")
    r"\bhalf(?:way)?\b(?<!and\sa\shalf)(?!\s+(?:(?:the|my|a|an|of\s+the)\s+)?(?:days?|nights?|hours?"
    r"|mornings?|afternoons?|evenings?|weeks?|months?|years?|time|life|shift|sleep)\b|\s+(?:asleep"
    r"|awake|dead|alive|joking|kidding|serious)\b)|\bpartial(?:ly)?\b|\bpart\s*way\b|\ba\s+medias\b"
    r"|\bmitad\b(?!\s+(?:de\s+la|del)\s+(?:noche|dia|manana|tarde|semana|mes|tiempo)\b)",
    r"^\W*(?:some|sum|mostly|most|partly|a\s+(?:few|couple)|couple|algo|algunos|algunas"
    r"|unos\s+cuantos)\W*$",
    r"\btoo\s+(?:sore|tired|painful|stiff|weak|swollen)\s+(?:for|to\s+do)\s+(?:the|my)\s+\w+",
    # ("got a bit winded" is a state: a bit got is work only when done, in or of something)
    r"\b(?!got\s+(?:\w+\s+)?a\s+(?:bit|little|lil)\s+(?!(?:of|done|in|through|thru|finished)\b))"
    r"(?:did|done|completed|finished|got|managed)\s+(?:\w+\s+)?(?:some|sum|most|part|a\s+few"
    r"|a\s+couple|a\s+bit|a\s+little)\b(?!\s+(?:min|mins|minutes|hours?|hrs?|ago|seconds|secs)\b)",
    # what else was done says something was not: "did the other stuff", "hice lo demás"
    r"\b(?:did|done|finished|completed|got\s+through|hice|termine)\s+(?:all\s+)?(?:the\s+|my\s+)?"
    r"(?:other\s+(?!(?:side|leg|arm|hand|foot|knee|half|day|week|time|night)s?\b)\w+|others"
    r"|everything\s+else|rest(?!\s+(?:of\s+(?:them|it|em)\s+)?(?:later|tonight|after\w*|this\s+(?:afternoon"
    r"|evening)|in\s+the\s+(?:afternoon|evening)|when)\b))\b"
    r"|\b(?:hice|termine)\s+(?:todo\s+)?(?:(?:lo|los|las)\s+(?:demas|otr[oa]s)|el\s+resto)\b"
    r"(?!\s+(?:mas\s+tarde|en\s+la\s+(?:tarde|noche)|despues|luego)\b)",
    r"\b(?:some|most|part|a\s+few|a\s+couple|couple)\s+of\s+(?:them|it|the|my|em|those|these)\b",
    # ("pain only 1" is a score, not a share of the work)
    rf"(?<!pain\s)(?<!dolor\s)(?<!tired\s)(?<!fatigue\s)(?<!p\s)(?<!f\s)"
    rf"\bonly\s+(?:did|the\b{_WHERE}|got|managed|finished|completed|made|lasted|\d)|\b(?:did|done|finished)\s+"
    rf"(?:\w+\s+){{0,3}}only\b|\bjust\s+the\b{_WHERE}",
    r"\b(?:did|only|just|hice|solo)\s+(?:the\s+|los\s+|las\s+)?(?:first|primer\w*)\s+(?:\d+|few"
    r"|couple|half|part)\b",
    # ("numb like after a bike ride, except I haven't been on a bike" rules out a cause)
    r"(?<!issues\s)(?<!problems\s)(?<!good\s)(?<!fine\s)\bexcept\b"
    r"(?!\s+(?:that\s+)?i\s+(?:havent|hadnt|wasnt|never)\s+(?:even\s+)?been\b)(?!\s+(?:for\s+)?(?:that\s+)?"
    r"(?:my|the)\s+(?:\w+\s+){0,2}(?:is|was|felt|feels|hurt|hurts|hurting|got|started|kept|being))",
    rf"\b(?:all|everything)\s+but\b(?!{AND_THEN})|\beverything\s+except\b|\btodo\s+(?:excepto|menos)\b",
    r"\bnot\s+(?:all|every|the\s+whole)\b|\bbut\s+not\s+(?:the|my|all|any|those|these)\b",
    # "hice los lifts pero no el ladder" ("pero no la sentí bien" is a pronoun and a verb)
    r"\bpero\s+no\s+(?:el|la|los|las|mis?)\s+(?!(?:senti|siento|aguante|pude|hice|termine|acabe"
    r"|quiero|puedo|tengo)\b)(?:de\s+)?\w+(?:\s+de\s+\w+)?\s*(?:$|[,.!;?])",
    r"\balmost\s+(?:done|finished|all|everything|complete)\b",
    r"^\W*(?:some|sum|mostly|most|partly|algo|algunos|algunas)\s*[,.!;]",
    # (a day "called" after everything is a day done: "did them all and called it a day")
    r"\bstarted\s+(?:\w+\s+){0,3}?(?:but|then|and\s+then)\b|\b(?:so|then|and)\s+(?:i\s+)?(?:stopped"
    r"|quit|called\s+it\b(?!\s+(?:a\s+day|a\s+night|quits)\b))\b|\bso\s+(?:i\s+)?called\s+it\b"
    r"|\bhad\s+to\s+call\s+it\b|\bhad\s+to\s+(?:stop|leave|quit|bail|go)"
    r"\s+(?:after|halfway|early|partway|in\s+the\s+middle)\b|\bhice\s+(?:muy\s+)?(?:poquitos|poquitas"
    r"|pocos|pocas)\b",
    r"\b(?:did|done|completed|finished|got\s+through|hice)\s+(?:\w+\s+)?[1-9]\d?\s*%",
    r"\b(?:quit|stopped|skipped|skip|ditched|bailed\s+on|dropped|left\s+out|didnt\s+do"
    r"|couldnt\s+do|didnt\s+get\s+to)\s+the\s+rest\b|\bhad\s+to\s+skip\s+(?:the|one|some|a|my|\d)\b",
    r"\bbarely\s+(?:got|made\s+it)\s+(?:through|thru|to)\s+(?:\d|one|two|three|a\s+few|a\s+couple"
    r"|the\s+first|half)|\b(?:and|but|so)\s+(?:thats|that\s+was|that\s+is)\s+(?:it|all)\b",
    r"\b(?:stopped|quit|gave\s+up)\s+(?:\w+\s+)?(?:early|halfway|partway|midway|after|before|at"
    r"|mid[\s-]?(?:set|rep|workout|session|exercise|walk|carry|lift|stretch|way)\w*"
    # ("had to stop every few steps" is for breath, said of the walking)
    r"|in\s+the\s+middle)\b|\bhad\s+to\s+(?:stop|quit|bail)\b(?!\s+(?:every|my\s+job|the\s+job|work"
    r"|smoking|drinking|vaping)\b)|\bcut\s+(?:it\s+)?short\b"
    r"|\bran\s+out\s+of\s+(?:time|steam|gas|energy|daylight)\s+(?:for|before|on)\b",
    r"\b(?:couldnt|could\s+not|didnt|did\s+not|wasnt\s+able\s+to|unable\s+to|cant)\s+(?:\w+\s+)?"
    r"(?:finish|complete)\b",
    r"\b(?:couldnt|didnt|could\s+not|did\s+not|cant)\s+(?:do|finish|get\s+to)\s+(?:the\s+)?"
    r"(?:last|final|first|second|third|\d+\s*(?:st|nd|rd|th)?)\b",
    r"\b(?:skipped|bailed\s+on|ditched|passed\s+on|blew\s+off|left\s+out|sat\s+out)\s+(?:the|one|some|a"
    r"|\d)\s+(?!exercises|workout|session|routine|program|day\b)\w+",
    r"\by\s+(?:los|las|el|la|lo)\s+(?:\w+\s+){0,4}no\s*(?:$|[,.!;])|\bhalfsies\b|\bhalf[\s-]?ass\w*",
    r"\b(?:algunos|algunas|unos\s+cuantos|unas\s+cuantas|unos\s+pocos|unas\s+pocas|la\s+mayoria"
    # ("tengo dormida la parte de las pompis" names a place, not a share of the work)
    r"|(?<!la\s)parte\s+de|excepto)\b",
    r"\bcasi\s+(?:todo|todos|todas|termin\w*|acab\w*)\b|\b(?:no\s+todos|no\s+todo"
    r"|tod[oa]s?\s+menos)\b",
    # ("fue nomás un ratito" is how long a thing lasted, no share of the work)
    r"(?<!dolor\s)(?<!pain\s)(?<!cansancio\s)\b(?:solo|nomas|namas|nada\s+mas|solamente|unicamente)\s+(?:hice|aguante|dure|(?:los|las|el|la|un|una)\b"
    rf"{_WHERE}(?!\s+(?:rat\w*|momento|moment\w*|minut\w*|segund\w*|hora|dia|noche|tarde|poco"
    rf"|poquito)\b)|\d|pude|alcance)\b|\bhice\s+(?:\w+\s+){{0,6}}?(?:solo|nomas|namas|nada\s+mas)\s*(?:$|[,.!;]|y\b)",
    r"\bmedio\s+(?:los|las|lo|la|hice)\b|\bme\s+falt(?:o|aron)\b(?!\s+(?:el\s+)?aire)"
    # ("me falta el aire" is breath, "me faltan fuerzas" strength)
    r"|\bme\s+falta(?:n)?\s+(?:uno|una|dos|tres|\d|poco|poquito|algunos|algunas|el\s+ultimo"
    r"|la\s+ultima|los|las|(?:el|la|mi)\s+(?!aire|respir\w*|fuerzas?|animo|ganas|sueno)\w+)\b",
    r"\bno\s+(?:los\s+|las\s+|lo\s+)?(?:pude\s+)?(?:terminar|acabar|termine)\b",
    # tasks named by number, one of them denied: "did #2 and #4 but not #5", "hice la 2, la 4
    # no", "finished one and three, not two"
    rf"\b(?:did|done|finished|completed|hice|termine|acabe)\s+(?:\w+\s+)?{_NUMBERED}\b[^.!?]{{0,40}}?"
    rf"(?:\b(?:not|no|nor|ni)\s+(?:(?:the|el|la|los|las)\s+)?{_NUMBERED}\b(?!\s*(?:/|out\s+of|de\s+\d"
    rf"|sets|reps|series|lbs?|min|veces|times))|\b(?:the|el|la|los|las)\s+{_NUMBERED}\s+(?:no|not)\b"
    r"(?!\s+(?:me|te|le|lo|la|se|pude|puedo|hice)\b))",
    # numbered tasks done, then something happened: "did 2 and 3 then my back locked up"
    rf"\b(?:did|done|finished|hice|termine)\s+(?:\w+\s+)?{_NUMBERED}(?:\s*(?:,|and|&|y)\s*"
    rf"(?:(?:the|el|la)\s+)?{_NUMBERED}\b)+\s*,?\s+(?:and\s+|y\s+)?(?:then|but|pero|luego|despues"
    r"|after\s+that)\b",
    # the rest said done beside what was not: "the rest yes", "lo demás sí", "el resto ya"
    r"\b(?:the\s+rest|everything\s+else|the\s+others|lo\s+demas|el\s+resto|los\s+demas|las\s+demas"
    r"|l[oa]s\s+otr[oa]s)\s+(?:(?:si|yes|yeah|yep)\b|(?:ya|all)\s+(?:done|hech[oa]s?|list[oa]s?)\b)",
    # an exception told, then the rest whole: "..., everything else full", "lo demás completo"
    r"\b(?:everything\s+else|all\s+the\s+rest|the\s+rest|the\s+others|lo\s+demas|el\s+resto"
    r"|todo\s+lo\s+demas|los\s+demas|las\s+demas)\s+(?:was\s+|were\s+|(?:lo\s+)?hice\s+)?(?:full"
    r"|complete|completed|completo|completos|completa|completas|done|finished|hecho|hechos"
    r"|terminado|terminados|entero|normal|as\s+usual|como\s+siempre)\b",
    # started, then stopped: "stopped right there", "called it a day after that", "y ya no seguí",
    # "dejé de hacerlos", "tuve que parar a medio ejercicio" ("me tuve que parar" is to stand up)
    r"\b(?:stopped|quit|called\s+it(?:\s+(?:a\s+day|a\s+night|quits))?)\s+(?:right\s+)?(?:there|then"
    r"|early|after\s+(?:that|(?:the\s+)?(?:first|one|two|\d+|a\s+few|a\s+couple|half)))\b"
    r"|(?<!me\s)\btuve\s+que\s+(?:parar|detenerme|dejarlo|dejarlos|dejarlas|suspender|cortar|salirme)\b"
    r"|\ba\s+(?:medio|media|mitad\s+de)\s+(?:ejercicio|rutina|serie|sesion|entrenamiento|caminata"
    r"|camino|set)\b|\b(?:ahi|hasta\s+ahi)\s+(?:lo\s+|le\s+|la\s+)?(?:deje|pare|corte|llegue)\b"
    r"|\b(?:y|entonces|asi\s+que|por\s+eso)\s+(?:ya\s+)?(?:le\s+)?(?:pare|me\s+detuve)\b"
    r"|\b(?:ya\s+)?no\s+(?:segui|pude\s+seguir|continue|pude\s+continuar)\b|\bdeje\s+de\s+hacer\w*",
)
SKIPPED = _any(
    # (Spanglish "skipié", "lo skipeé"; "it missed my feet" is a near miss, not a session)
    r"\bskip(?:ped|ping|t|d|pd|ie|ee|eo|e|ear|eamos|earon|eado)?\b(?!\s+(?:a\s+)?beats?\b)|\bmissed\b"
    r"(?!\s+(?:a|the|my|one)\s+(?:\w+\s+)?(?:rung|steps?|stairs?|footing|curb|beat)\b)"
    rf"(?!\s+(?:me|us|him|her)\b|\s+(?:my|his|her)\s+(?:\w+\s+)?(?:{BODY}|toes?|head|face|fingers?)s?\b"
    r"(?!\s+(?:exercises?|stretch\w*|work\w*|routine|stuff|ones?|lifts?|sets?|session)\b))|\bn(?:o)?t\s+today\b|\bhoy\s+no\b|\bno\s+hoy\b",
    r"\b(?:day|dia)\s+(?:off|libre)\b|\brest\s+day\b|\btoday\s+off\b|\btook\s+(?:a\s+|the\s+)?"
    r"(?:break|rest|day\s+off)\b",
    r"\bnot\s+doing\b|\bdidnt\s+get\s+(?:around\s+)?to\b|\bdidnt\s+happen\b|\b(?:wouldnt|would\s+not|didnt)\s+let\s+me\b",
    r"\bno\s+(?:exercises?|workouts?|ejercicios?)\b",
    r"\bforgot\b(?!\s+(?:what|which|how|the\s+(?:exercises|plan)|to\s+(?:text|reply|answer|respond"
    r"|tell|message|write|send|let|check\s+in)))|\bdescanse\b|\bme\s+tome\s+el\s+dia\b"
    r"|\brested\s+(?:today|instead|all\s+day)\b|\bse\s+me\s+olvido\b"
    # ("se me pasó rapidito", "enseguida se me pasó", "se me pasó el mareo" are a symptom that
    # passed, not a session forgotten)
    r"|\b(?=se\s+me\s+paso\b)(?<!enseguida\s)(?<!luego\s)(?<!pronto\s)(?<!rapido\s)(?<!rapidito\s)"
    r"(?<!rato\s)(?<!solito\s)se\s+me\s+paso\b(?!\s+(?:rapid\w*|luego|pronto|enseguida|solo|sola|al\s+rato|con|(?:el|la|lo)\s+"
    r"(?:mareo|dolor|hormigueo|calambre|susto|cansancio|ardor|malestar|aire|entumecimiento))\b)",
    r"\b(?:didnt|did\s+not|couldnt|could\s+not|havent|have\s+not|wasnt\s+able\s+to"
    r"|werent\s+able\s+to|no\s+can|no\s+could|(?=no\s)(?<=\bi\s)no"
    r"|unable\s+to|wont|will\s+not|not\s+going\s+to|not\s+gonna|cant|cannot)\s+(?:\w+\s+){0,2}?"
    r"(?:do|doing|touch|get\s+to|make\s+it(?!\s+(?:\w+\s+)?(?:to\s+the\s+(?:bathroom|toilet|restroom)|in\s+time))"
    r"|manage|start|work\s+out|exercise)\b"
    r"|\bbefore\s+i\s+(?:could|got\s+to|had\s+a\s+chance\s+to)\s+(?:do|start|get\s+to)\s+(?:them|it|em|my"
    r"|the)\b",
    r"\b(?:i\s+)?(?:didnt|couldnt|havent|did\s+not|could\s+not|have\s+not|cant)\s*"
    r"(?:today|tonight)?\s*(?:[,.!;]|$)",
    r"\b(?:probably\s+)?(?:wont|will\s+not)\s*(?:today|,|$|be\s+able)|\bso\s+no\s*$"
    r"|\bnot\s+(?:going\s+to|gonna)\s+(?:today|happen)\b",
    r"\b(?:didnt|did\s+not|no|never)\s+(?:have|had|get|got|tuve|hubo)\s+(?:the\s+|a\s+)?"
    r"(?:time|chance|tiempo|oportunidad)\b|\bno\s+time\b|\bno\s+me\s+dio\s+(?:el\s+)?(?:tiempo|chance"
    r"|oportunidad)\b(?!\s+de\s+llegar\s+al\s+(?:bano|inodoro|sanitario))",
    r"\btoo\s+(?:sore|tired|busy|painful|much\s+pain)\s+(?:today|tonight|for\s+(?:them|it))\b"
    r"|\btoo\s+(?:busy|sore|tired)\s*(?:,|$)",
    r"\b(?:too|muy)\s+(?:tired|sore|busy|cansad[oa]|ocupad[oa])\s+(?:to|para)\b",
    r"\b(?:im|i\s+am|feeling|been|was|estoy|me\s+siento)\s+(?:\w+\s+)?(?:sick|ill|enferm[oa])\b"
    r"(?!\s+of)",
    r"\bnone\s+of\s+(?:them|it|em|the)\b",
    rf"\b(?:did|done|accomplished)(?={_NOTHING})|\bgot\s+(?:nothing|zero|nada)\s+done\b"
    r"|\bnothing\s+(?:got\s+)?done\b",
    r"\bno\s+(?:los\s+|las\s+|lo\s+)?(?:hice|alcance|he\s+podido)\b"
    # ("no he podido orinar" is a bladder sign, not a skipped session)
    rf"(?!\s+(?:{PASS_WATER_ES}|dormir))|\bme\s+(?:los|las|lo)\s+salte\b"
    rf"|\bsalte\b|\bno\s+(?:los\s+|las\s+|lo\s+)?pude\s*(?:hacer\w*(?!\s+(?:{WATER_ES})\b)|hoy|today|[,.!;]|$)",
    # nothing managed, past or present: "no pude con nada", "no puedo hacer nada hoy", "ya no
    # puedo con los ejercicios" ("no puedo hacer pipí" is a bladder sign)
    r"\bno\s+(?:pude|puedo|podia)\s+(?:con|hacer)\s+(?:nada|ninguno|ninguna|ningun\s+\w+|ellos|ellas"
    r"|los\s+ejercicios|la\s+rutina|mis\s+ejercicios|el\s+ejercicio|ejercicio)\b",
    # today's work moved to tomorrow
    r"\b(?:do|doing|try|catch\s+up|make\s+(?:it|them)\s+up|hago|hare|hacerlos)\s+(?:\w+\s+){0,3}?"
    r"(?:tomorrow|manana)\b|\b(?:tomorrow|manana)\s+(?:\w+\s+){0,2}?(?:hago|hare|i\s+will|ill)\b",
)
# "1 of 3 exercises", "did 2/3", "2 sets instead of 3": how much of the day's work was done.
_OUT_OF = (
    r"(?P<did>\d+)\s*(?:of|out\s+of|de|/)\s*(?:the\s+|my\s+|los\s+|las\s+|mis\s+)?(?P<all>\d+)\b"
)
_HOW_MUCH = (
    re.compile(
        rf"\b{_OUT_OF}(?=\s*(?:exercises|ejercicios|sets|series|tasks|them|em|things|los|las))"
    ),
    re.compile(
        rf"\b(?:did|done|finished|completed|got\s+through|made\s+it\s+through|hice|termine)\s+"
        rf"(?:\w+\s+)?{_OUT_OF}"
    ),
    re.compile(
        r"\b(?P<did>\d+)\s+(?:\w+\s+){0,5}?(?:instead\s+of|rather\s+than|en\s+vez\s+de"
        r"|en\s+lugar\s+de)\s+(?:the\s+|las\s+|los\s+)?(?P<all>\d+)\b"
    ),
    # "20 minutes out of 30", "aguanté 20 minutos de 30" ("3 sets of 10" is the prescription)
    re.compile(
        r"\b(?P<did>\d+)\s*(?:min|mins|minutes|secs|seconds|reps|laps|sets|minutos|segundos|vueltas"
        r"|repeticiones|series)\s+out\s+of\s+(?:the\s+|my\s+)?(?P<all>\d+)\b"
    ),
    re.compile(
        r"\b(?P<did>\d+)\s*(?:minutos|segundos|vueltas)\s+de\s+(?:los\s+|las\s+)?(?P<all>\d+)\b"
    ),
    re.compile(
        r"\b(?P<did>\d+)\s*/\s*(?P<all>\d+)\s+(?:of\s+(?:it|them|em|my|the)\b|done|finished)"
    ),
)


_TOILET_BEFORE = re.compile(r"\b(?:bathroom|toilet|restroom|potty|bano|inodoro)\b[^.!?,;]{0,40}$")


# "my heart keeps skipping", "el corazón se salta": the heart skips, not the patient
_HEART_BEFORE = re.compile(
    r"\b(?:heart|hearts|heartbeat|pulse|corazon|pulso|latidos?)\b(?:\s+\w+){0,3}\s*$"
)


def _the_heart(statements: str, skip: re.Match[str]) -> bool:
    return bool(_HEART_BEFORE.search(statements, 0, skip.start()))


def _an_accident(statements: str, skip: re.Match[str]) -> bool:
    """ "Ran to the bathroom and didn't make it": an accident, not a session skipped."""
    return "make" in skip.group() and bool(_TOILET_BEFORE.search(statements, 0, skip.start()))


_ANOTHER_DAY = re.compile(
    r"(?<!than\s)(?<!since\s)(?<!as\s)(?<!from\s)\b(?:yesterday|ayer|last\s+night|anoche|the\s+other\s+day|antier"
    # a day named by the week's name is not today's session: "skipping PT thursday"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day|lunes|martes|miercoles|jueves|viernes|sabado"
    r"|domingo)\b"
)
_TODAY = re.compile(r"\b(?:today|todays|hoy|this\s+morning|tonight|esta\s+manana)\b")


def _about_another_day(statements: str, start: int, end: int) -> bool:
    """Whether the clause around [start, end) speaks of another day and not of today."""
    stop = statements.find(",", end)
    clause = statements[statements.rfind(",", 0, start) + 1 : stop if stop >= 0 else None]
    return bool(_ANOTHER_DAY.search(clause)) and not _TODAY.search(clause)


# "almost dropped it on my foot but didn't": the "didn't" answers the near miss, not the work.
_NEAR_MISS_DENIED = re.compile(
    r"\b(?:almost|nearly|casi|por\s+poco)\b[^.!?]{0,60}?\b(?:but|pero)\s+(?:i\s+|it\s+)?(?:didnt|did\s+not"
    r"|wasnt|no(?!\s+\w))\b"
)
# A sign or a limb told before a bare "se me pasó": the sign passed ("se me durmió la pierna,
# ya se me pasó"), no session forgotten.
_PASSED_SIGN = re.compile(
    rf"\b(?:{BODY}|pantorrillas?|durmio|durmieron|dormid[oa]s?|mare\w*|dolor|dolia|duele|hormigue\w*"
    r"|acalambr\w*"
    r"|calambres?|entumi\w*|ardor|comezon|punzada|nausea\w*|asco)\b"
)
_BARE_PASSED = re.compile(r"\bse\s+me\s+paso\s*(?:$|[,.!;])")


def _sign_passed(statements: str, skip: re.Match[str]) -> bool:
    """ "se me durmió el pie, ya se me pasó": the sign passed, not the session."""
    return bool(
        _BARE_PASSED.match(statements, skip.start())
        and _PASSED_SIGN.search(statements, 0, skip.start())
    )


def read_completion(statements: str) -> str | None:
    """done / partial / skipped from what the patient states; some of each is partial."""
    statements = _NEAR_MISS_DENIED.sub(lambda m: " " * len(m.group()), statements)
    kinds: set[str] = set()
    for match in _DONE.finditer(statements):
        if _about_another_day(statements, match.start(), match.end()):
            continue  # "did them yesterday but not today"
        if _NEGATED.search(statements, 0, match.start()) is None:
            kinds.add("done")
        elif not re.match(r"\W*(?:\w+\W+)?(?:yet|todavia)\b", statements[match.end() :]):
            kinds.add("partial" if match.group() in _FINISH_WORDS else "skipped")
        # "not done yet" is neither: it reads as a snooze
    for pattern in _HOW_MUCH:
        for match in pattern.finditer(statements):
            did, of = int(match.group("did")), int(match.group("all"))
            kinds.add("skipped" if did == 0 else "done" if did >= of else "partial")
    if _PARTIAL.search(statements) or some_tasks_done_others_not(statements):
        kinds.add("partial")
    # "dropped the ball yesterday and forgot, did them all today": beside today's work done,
    # yesterday's skip is not today's
    skips = [
        (m.start(), m.end())
        for m in SKIPPED.finditer(statements)
        if not _an_accident(statements, m)
        and not _sign_passed(statements, m)
        and not _the_heart(statements, m)
    ]
    if any("done" not in kinds or not _about_another_day(statements, *span) for span in skips):
        kinds.add("skipped")
    if "partial" in kinds or {"done", "skipped"} <= kinds:
        return "partial"
    return "skipped" if "skipped" in kinds else "done" if "done" in kinds else None

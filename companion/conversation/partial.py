"""A day partly done: the words that say some of the work was done and some not, and how much
("did half", "hice los lifts pero no el ladder", "2 of 3 exercises")."""

import re

from companion.conversation.words import BODY, any_of

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
    r"|honestly|tbh|ngl|now|then|me|(?:the|both|each)\s+(?:\w+\s+){1,2}(?:is|was|were|are|felt|went|got|hurt\w*)"
    # an adverb or a verb after "but" opens a clause ("did it all but almost fainted")
    r"|almost|nearly|barely|kinda|sorta|kind\s+of|sort\s+of|had|got|ended|also|still|after"
    r"|afterwards|at\s+the\s+end|when"
    # a score after "but": "pushed thru it all but pain is a 6"
    r"|pain|the\s+pain|fatigue|energy)\b"
)
# The work told by its own verb, first person past: "cargué 2 cubetas", "carried 3 loads"
_WORKED_EN = r"carried|lifted|climbed|walked|pulled|pushed|hauled|dragged"
_WORKED_ES = r"cargue|levante|subi|camine|jale|empuje|acarree|arrastre|aguante|termine"
# What cuts the work short as it happens: a pop heard, the strength gone, a limb that gives out
_CUT_SHORT_BY = (
    r"(?:i\s+)?(?:heard|felt|oi|escuche|senti)\s+(?:a|an|un|una|something|algo|como\s+un)\s+(?:\w+\s+)?"
    r"(?:pop|snap|crack|tear|rip|clunk|twinge|chasquido|tronido|crujido|jalon|piquete|desgarre)\b"
    r"|(?:me\s+)?quede\s+sin\s+(?:fuerzas?|aire|energia)\b|(?:i\s+)?(?:lost|had\s+no)\s+(?:all\s+)?(?:my\s+)?"
    r"(?:strength|grip|breath)\b|(?:my\s+\w+\s+|it\s+|se\s+me\s+(?:\w+\s+)?)?(?:gave\s+(?:out|way)|locked"
    r"\s+up|popped|snapped|doblo|trabo|bloqueo|trono)\b"
)
PARTIAL = any_of(
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
    rf"\bonly\s+(?:did|the\b{_WHERE}|got|managed|finished|completed|made|lasted|\d)|\b(?:did|done|finished|{_WORKED_EN})\s+"
    rf"(?:\w+\s+){{0,3}}only\b|\bjust\s+the\b{_WHERE}",
    # a count of the work, then what cut it short: "did 2 sets then heard a pop", "hice 3 series
    # luego me quedé sin fuerza" ("all 3 sets, then felt a pop" was the whole work)
    rf"\b(?:did|hice|{_WORKED_EN}|{_WORKED_ES})\s+(?!all\b|tod[oa]s\b|every\b)(?:\w+\s+)?\d+\s+(?:\w+\s+){{0,5}}?"
    rf"(?:then|and\s+then|but\s+then|and|when|luego|y\s+luego|y\s+despues|despues|pero\s+luego|y|cuando)"
    rf"\s+(?:{_CUT_SHORT_BY})",
    r"\b(?:did|only|just|hice|solo)\s+(?:the\s+|los\s+|las\s+)?(?:first|primer\w*)\s+(?:\d+|few"
    r"|couple|half|part)\b",
    # ("numb like after a bike ride, except I haven't been on a bike" rules out a cause)
    r"(?<!issues\s)(?<!problems\s)(?<!good\s)(?<!fine\s)\bexcept\b"
    r"(?!\s+(?:that\s+)?i\s+(?:havent|hadnt|wasnt|never)\s+(?:even\s+)?been\b)(?!\s+(?:for\s+)?(?:that\s+)?"
    r"(?:my|the)\s+(?:\w+\s+){0,2}(?:is|was|felt|feels|hurt|hurts|hurting|got|started|kept|being))"
    # ("feels like when you sleep on it, except it's been like that all day" tells of a sign)
    r"(?!\s+(?:that\s+)?(?:its|it\s+is|it\s+has|it\s+was|theyve|they\s+have)\b)",
    rf"\b(?:all|everything)\s+but\b(?!{AND_THEN})|\beverything\s+except\b|\btodo\s+(?:excepto|menos)\b",
    r"\bnot\s+(?:all|every|the\s+whole)\b|\bbut\s+not\s+(?:the|my|all|any|those|these)\b",
    # "hice los lifts pero no el ladder" ("pero no la sentí bien" is a pronoun and a verb)
    r"\bpero\s+no\s+(?:el|la|los|las|mis?)\s+(?!(?:senti|siento|aguante|pude|hice|termine|acabe"
    r"|quiero|puedo|tengo)\b)(?:de\s+)?\w+(?:\s+de\s+\w+)?\s*(?:$|[,.!;?])",
    r"\balmost\s+(?:done|finished|all|everything|complete)\b",
    # something done, or the rest done after a setback: "hice algo pero...", "lo demás lo hice
    # sentado" ("did something to my back" is an injury)
    r"\b(?:hice\s+algo|did\s+something)\b(?!\s+(?:to|mal|raro|wrong|weird)\b)"
    r"|\b(?:lo|los|las)\s+(?:demas|otr[oa]s)\s+(?:lo|los|las)\s+(?:hice|termine|acabe)\b",
    # the work cut short by what happened in it: "was doing the carry and the box slid", "did
    # two lifts then the pain hit and i had to lay down"
    # ("was doing the lifts and felt great" tells how they went)
    r"\b(?:was|estaba)\s+(?:doing|haciendo)\s+(?:the|my|la|el|los|las|mis)\s+\w+\s+(?:when|cuando"
    r"|(?:and|y)\b(?!\s+(?:i\s+|it\s+|me\s+)?(?:felt|feel|feels|was\s+(?:fine|good|great)|senti|sentia"
    r"|siento|bien)\b))\b|\b(?:did|hice)\s+(?:\w+\s+){1,3}?(?:then|y\s+luego|y\s+despues)\s+(?:\w+\s+){0,10}?"
    r"(?:had\s+to\s+(?:stop|quit|lay|lie|sit)|tuve\s+que\s+(?:parar|dejar\w*|acostarme|sentarme))\b",
    r"^\W*(?:some|sum|mostly|most|partly|algo|algunos|algunas)\s*[,.!;]",
    # (a day "called" after everything is a day done: "did them all and called it a day")
    r"\bstarted\s+(?:\w+\s+){0,3}?(?:but|then|and\s+then)\b|\b(?:empece|comence)\s+(?:\w+\s+){0,3}?(?:,\s*)?"
    r"(?:pero|y\s+luego|y\s+despues)\b|\b(?:so|then|and)\s+(?:i\s+)?(?:stopped"
    r"|quit|called\s+it\b(?!\s+(?:a\s+day|a\s+night|quits)\b))\b|\bso\s+(?:i\s+)?called\s+it\b"
    r"|\bhad\s+to\s+call\s+it\b|\bhad\s+to\s+(?:stop|leave|quit|bail|go)"
    r"\s+(?:after|halfway|early|partway|in\s+the\s+middle)\b|\bhice\s+(?:muy\s+)?(?:poquitos|poquitas"
    r"|pocos|pocas|poquito|poco|un\s+poco|un\s+poquito)\b(?!\s+(?:de\s+)?(?:pipi|pis|del\s+bano))",
    r"\b(?:did|done|completed|finished|got\s+through|hice)\s+(?:\w+\s+)?[1-9]\d?\s*%",
    r"\b(?:quit|stopped|skipped|skip|ditched|bailed\s+on|dropped|left\s+out|didnt\s+do"
    r"|couldnt\s+do|didnt\s+get\s+to)\s+the\s+rest\b|\bhad\s+to\s+skip\s+(?:the|one|some|a|my|\d)\b",
    r"\bbarely\s+(?:got|made\s+it)\s+(?:through|thru|to)\s+(?:\d|one|two|three|a\s+few|a\s+couple"
    r"|the\s+first|half)|\b(?:and|but|so)\s+(?:thats|that\s+was|that\s+is)\s+(?:it|all)\b"
    # ("but that's all fixed now" says a trouble is over)
    r"(?!\s+(?:fixed|better|healed|gone|good|over|cleared|resolved|done\s+with|behind))",
    # ("it stopped after the injection" is a sign over, not the work)
    r"(?<!it\s)(?<!pain\s)(?<!that\s)\b(?:stopped|quit|gave\s+up)\s+(?:\w+\s+)?(?:early|halfway|partway"
    r"|midway|after|before|at"
    r"|mid[\s-]?(?:set|rep|workout|session|exercise|walk|carry|lift|stretch|way)\w*"
    # ("had to stop every few steps" is for breath, said of the walking)
    r"|in\s+the\s+middle)\b|\bhad\s+to\s+(?:stop|quit|bail)\b(?!\s+(?:every|my\s+job|the\s+job|work|twice|(?:\d+|two|three|four"
    r"|a\s+(?:few|couple(?:\s+of)?))\s+times"
    r"|smoking|drinking|vaping)\b)|\bcut\s+(?:it\s+|(?:the|my)\s+\w+\s+)?short\b"
    r"|\bran\s+out\s+of\s+(?:time|steam|gas|energy|daylight)\s+(?:for|before|on)\b",
    r"\b(?:couldnt|could\s+not|didnt|did\s+not|wasnt\s+able\s+to|unable\s+to|cant)\s+(?:\w+\s+)?"
    r"(?:finish|complete)\b",
    r"\b(?:couldnt|didnt|could\s+not|did\s+not|cant)\s+(?:do|finish|get\s+to)\s+(?:the\s+)?"
    r"(?:last|final|first|second|third|\d+\s*(?:st|nd|rd|th)?)\b",
    # one of several left out: "bailed on the carries", "skipped the last one" ("skipped the
    # walking" alone names no other task done: it is a skip, and beside one done, partial)
    r"\b(?:(?:bailed\s+on|ditched|passed\s+on|blew\s+off|left\s+out|sat\s+out)\s+(?:the|one|some|a"
    r"|\d)\s+|skipped\s+(?:(?:one|some|a|\d)\s+|the\s+(?=(?:last|first|second|third|final|hardest"
    r"|other|\w+\s+one)\b)))(?!exercises|workout|session|routine|program|day\b)\w+",
    r"\by\s+(?:los|las|el|la|lo)\s+(?:\w+\s+){0,4}no\s*(?:$|[,.!;])|\bhalfsies\b|\bhalf[\s-]?ass\w*",
    r"\b(?:algunos|algunas|unos\s+cuantos|unas\s+cuantas|unos\s+pocos|unas\s+pocas|la\s+mayoria"
    # ("tengo dormida la parte de las pompis" names a place, not a share of the work)
    r"|(?<!la\s)parte\s+de|excepto)\b",
    r"\bcasi\s+(?:todo|todos|todas|termin\w*|acab\w*)\b|\b(?:no\s+todos|no\s+todo"
    r"|tod[oa]s?\s+(?:(?:los|las|mis)\s+)?(?:\w+\s+)?menos)\b",
    # ("fue nomás un ratito" is how long a thing lasted, no share of the work)
    r"(?<!dolor\s)(?<!pain\s)(?<!cansancio\s)\b(?:solo|nomas|namas|nada\s+mas|solamente|unicamente)\s+(?:hice|aguante|dure|(?:los|las|el|la|un|una)\b"
    rf"{_WHERE}(?!\s+(?:rat\w*|momento|moment\w*|minut\w*|segund\w*|hora|dia|noche|tarde|poco"
    rf"|poquito)\b)|\d|pude|alcance)\b|\b(?:hice|{_WORKED_ES})\s+(?:\w+\s+){{0,6}}?(?:solo|nomas|namas|nada\s+mas)\s*(?:$|[,.!;]|y\b)",
    r"\bmedio\s+(?:los|las|lo|la|hice)\b|\bme\s+falt(?:o|aron)\b(?!\s+(?:el\s+)?(?:aire|breath|air)\b)"
    # ("me falta el aire" or Spanglish "el breath" is breath, "me faltan fuerzas" strength)
    r"|\bme\s+falta(?:n)?\s+(?:uno|una|dos|tres|\d|poco|poquito|algunos|algunas|el\s+ultimo"
    r"|la\s+ultima|los|las|(?:el|la|mi)\s+(?!aire|breath|air\b|respir\w*|fuerzas?|animo|ganas|sueno)\w+)\b",
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
    # the rest put off to another day: "hice los squats, lo demás mañana", "rest tomorrow"
    r"\b(?:the\s+rest|everything\s+else|the\s+others|lo\s+demas|el\s+resto|los\s+demas|las\s+demas"
    r"|l[oa]s\s+otr[oa]s|lo\s+otro)\s+(?:(?:lo|los|las)\s+(?:hago|hare)\s+|(?:i\s+will|ill)\s+do\s+)?"
    r"(?:tomorrow|manana|tmrw)\b",
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
    r"|\b(?:lo\s+|le\s+|la\s+)?(?:deje|pare|corte|me\s+detuve)\s+(?:hasta\s+)?ahi\b"
    r"|\b(?:y|entonces|asi\s+que|por\s+eso)\s+(?:ya\s+)?(?:le\s+)?(?:pare|me\s+detuve)\b"
    r"|\b(?:ya\s+)?no\s+(?:segui|pude\s+seguir|continue|pude\s+continuar)\b|\bdeje\s+de\s+hacer\w*",
)


# "1 of 3 exercises", "did 2/3", "2 sets instead of 3": how much of the day's work was done.
_OUT_OF = (
    r"(?P<did>\d+)\s*(?:of|out\s+of|outta|outa|de|/)\s*"
    r"(?:the\s+|my\s+|los\s+|las\s+|mis\s+)?(?P<all>\d+)\b"
)
HOW_MUCH = (
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
    # "did maybe 10 min of the 30": the minutes of the whole walk ("10 min of rest" is no share)
    re.compile(
        r"\b(?P<did>\d+)\s*(?:min|mins|minutes|secs|seconds)\s+of\s+(?:the|my)\s+(?P<all>\d+)\b"
    ),
    re.compile(
        r"\b(?P<did>\d+)\s*/\s*(?P<all>\d+)\s+(?:of\s+(?:it|them|em|my|the)\b|done|finished)"
    ),
)

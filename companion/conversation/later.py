"""A session put off: the words that ask for a snooze, and a later time told with its reason."""

import re

from companion.conversation.words import any_of

_SOON_ES = r"ahorita|orita|horita|al\s+rato|en\s+un\s+rato|luego|despues|mas\s+tarde"
_DO_ES = r"(?:hago|hare|termino|empiezo|hacemos|checo|reviso|acabo)"

SNOOZE_ASKED = any_of(
    # the answer itself promised for later, in the first person: "al rato te digo", "luego le
    # contesto", "I'll let you know later", "will text u back tonight"
    r"\b(?:al\s+rato|luego|despues|mas\s+tarde|ahorita|orita|en\s+un\s+rato)\s+(?:te|le|les)\s+"
    r"(?:digo|contesto|respondo|escribo|aviso|cuento|mando|marco)\b|\b(?:te|le|les)\s+(?:digo|contesto"
    r"|respondo|escribo|aviso|cuento)\s+(?:al\s+rato|luego|despues|mas\s+tarde|en\s+un\s+rato)\b",
    r"\b(?:ill|i\s+will|will|gonna|going\s+to)\s+(?:tell|text|answer|reply|let|get\s+back\s+to|write)"
    r"\s+(?:to\s+)?(?:you|u|ya)\s+(?:know\s+|back\s+)?(?:later|tonight|in\s+a\s+(?:bit|while)|after)\b",
    # a bare number of minutes asked for, or a bare duration as its own clause: "give me 30",
    # "In a meeting. 1 hr?"
    r"^\W*(?:give|gimme|dame)\s+(?:me\s+)?\d{1,3}\W*$",
    r"^\W*in\s+\d+\s*(?:m|min|mins|minutes|h|hr|hrs)?\W*$|\b(?:doing|starting|working\s+on)\s+(?:them"
    r"|it|em|my\s+\w+)\s+(?:now|rn|right\s+now)\b",
    # a later time said first, as its own clause: "in a bit, at the dollar general", "mañana
    # temprano mejor, ya está oscuro", "tomorrow morning pls"
    r"^\W*(?:later|l8r|in\s+a\s+(?:bit|while|few|sec|min)|(?:tomorrow|tmrw|manana)\s+(?:morning|am"
    r"|temprano|en\s+la\s+manana|por\s+la\s+manana)|al\s+rato|mas\s+tarde|luego)\s*(?:pls|please|plz"
    r"|porfa|por\s+favor|mejor)?\s*[,.;!]",
    # ... or as the last clause, after the reason: "gotta call her, later", "ando en misa, al rato"
    r"[,.;!]\s*(?:later|l8r|luego|al\s+rato|mas\s+tarde)\s*(?:pls|please|plz|porfa|por\s+favor)?\W*$",
    r"\bsnooze\b|\bremind\s+me\b|\bttyl\b|\btalk\s+(?:to\s+(?:you|u)\s+)?later\b|\bbrb\b"
    r"|\bhablamos\s+(?:luego|despues|al\s+rato)\b|\b(?:give|gimme|dame)\s+(?:me\s+)?(?:til|till|until"
    r"|hasta)\b|\brecuerda(?:s|me|nme|melos?|melas?)?\b|\brecordarme\b"
    # the formal "usted" and plural: "recuérdeme en una hora", "recuérdenmelo al rato"
    r"|\brecuerde(?:me|nme)(?:lo|la|los|las)?\b",
    # ("ahorita no me duele" is how the body is right now, nothing put off)
    # ("long time ago, not now" denies a sign of a time gone)
    # ("I'm not right now, just wondering" denies a state, it puts nothing off)
    r"(?<!ago\s)(?<!ago,\s)(?<!im\s)(?<!i\sam\s)\bnot\s+(?:right\s+)?now\b|\b(?:ahorita|orita|horita)\s+no\b(?!\s+(?:me\s+|te\s+|le\s+|se\s+)?"
    r"(?:duele\w*|dolia|siento|sent\w+|molest\w+|arde|pica|hay|tengo|esta|estoy|hinch\w+|mare\w+"
    # ("ahorita no puedo ni pisar" is a body that cannot, not a session put off)
    r"|puedo\s+(?:ni\s+)?(?:pisar|caminar|mover\w*|levantar\w*|respirar|doblar\w*|agachar\w*|pararme|sentarme)))"
    r"|\bbusy\s+(?:rn|right\s+now|now"
    r"|at\s+the\s+moment)\b|\b(?:cant|no\s+puedo)\s+(?:right\s+)?(?:now|rn|ahorita|orita|ahora)\b",
    r"\b(?:at\s+work|working|on\s+(?:my\s+)?shift|on\s+the\s+clock|trabajando|en\s+el\s+trabajo)"
    r"\s+(?:til|till|until|untill|hasta)\b",
    # ... or the texting itself asked for later: "text me back at 6", "message me tonight"
    r"\b(?:hit\s+me\s+(?:up|back)|hmu|get\s+back\s+(?:to|at)\s+me|check\s+(?:in\s+)?(?:with\s+me\s+)?|get\s+back\s+to\s+(?:you|u|ya)"
    r"|(?:text|txt|message|msg|write|ping)\s+me(?:\s+back)?)"
    r"\s+(?:later|after|tonight|tmrw|tomorrow|manana|in\s+(?:like\s+|about\s+|around\s+)?(?:an?\b|\d"
    r"|a\s+few|a\s+couple|half)|at\s+\d)",
    r"\b(?:text|message|msg|ping|ask|write)\s+(?:me\s+)?(?:again\s+)?(?:later|tonight|at\s+\d"
    # a clock hour: "text me after 6", "ping me after 5:30"
    r"|after\s+\d{1,2}(?::\d\d)?\s*(?:am|pm|oclock)?\b(?!\s*(?:min|mins|minutes|hours?|hrs?|sets|reps))"
    r"|after\s+(?:dinner|lunch|work|my\s+\w+|the\s+\w+)"
    r"|in\s+(?:like\s+|about\s+|around\s+)?(?:an?\b|\d|a\s+few|a\s+couple|half))",
    # the reminder asked for at a later hour, in Spanish or English: "mándame el mensaje a
    # las 9 mejor", "escríbeme más tarde", "send me the text at 7 instead"
    r"\b(?:mandame|mandenme|enviame|envienme|escribeme|escribanme|texteame|texteenme|recuerdame"
    r"|mandamelo|mandamela|send\s+(?:me\s+)?(?:it|that|the\s+(?:texts?|messages?|reminders?)))\s+"
    r"(?:(?:el|la|los|las)\s+(?:mensajes?|textos?|recordatorios?|texts?|reminders?|msgs?)\s+)?(?:otra\s+vez\s+|again\s+)?"
    r"(?:a\s+las\s+\d|at\s+\d|mas\s+tarde|al\s+rato|luego|despues|later|tonight|manana|tomorrow"
    r"|en\s+la\s+(?:noche"
    r"|tarde)|esta\s+(?:noche|tarde)|en\s+(?:una?|unos|\d+)\s+(?:horas?|minutos?|rat\w*))",
    # ("give me like 30 min", "dame como 20 minutos": a number said roughly)
    r"\b(?:give|gimme|dame)\s+(?:me\s+)?(?:like\s+|about\s+|maybe\s+|around\s+|como\s+|unos\s+)?(?:an?\s+"
    r"|a\s+few\s+|a\s+couple(?:\s+of)?\s+|some\s+|un\s+|una\s+|\d+\s*)?(?:hours?|hrs?|min|mins|minutes"
    r"|time|rato|hora|horas|minutos|few)\b",
    r"\b(?:will|ill|gonna|going\s+to|about\s+to)\s+(?:do|start|get\s+to|finish)\s+(?:them|it|em"
    r"|my|the)\b(?!\s+(?:\w+\s+){0,3}(?:tomorrow|manana))|\babout\s+to\s+start\b",
    # the work promised in a moment, in the first person: "ahorita lo hago", "al rato los termino",
    # "los hago más tarde" ("mañana los hago" is a day skipped)
    rf"\b(?:{_SOON_ES})\s+(?:(?:ya|si)\s+)?(?:lo|los|las|la)\s+{_DO_ES}\b"
    rf"|\b(?:lo|los|las)\s+{_DO_ES}\s+(?:{_SOON_ES})\b",
)
# A bare duration as the last clause asks for that much time ("In a meeting. 1 hr?"), unless the
# clause before tells of a past stretch it measures ("drove back sunday, 12 hrs", "manejé desde
# Juárez ayer, 10 horas").
_BARE_DURATION = re.compile(
    r"(?:^|[.,!;]\s*)(?:in\s+)?(?:like\s+|about\s+|maybe\s+)?(?:an?|\d{1,3})\s*(?:h|hr|hrs|hour|hours|m|min"
    r"|mins|minutes|horas?|minutos)\W*$"
)
_A_STRETCH_GONE = re.compile(
    r"\b(?:yesterday|last\s+night|ayer|anoche|antier|(?:mon|tues|wednes|thurs|fri|satur|sun)day|el\s+(?:lunes"
    r"|martes|miercoles|jueves|viernes|sabado|domingo)|drove|driven|rode|flew|took|spent|slept|sat|worked|waited"
    r"|walked|hiked|lasted|travell?ed|maneje|viaje|trabaje|dormi|estuve|espere|fue|fui|duro|tardamos|manejamos"
    r"|viajamos|trabajamos)\b"
)


def duration_asked(text: str) -> bool:
    """Whether the reply ends asking for a bare stretch of time, and not measuring one gone."""
    found = _BARE_DURATION.search(text)
    if not found:
        return False
    before = re.split(r"[.!?;]", text[: found.start()])[-1]
    return not _A_STRETCH_GONE.search(before)


# Not done yet, said of the work: read in what the patient states, for "¿puedo cargar las tejas
# o todavía no?" asks the therapist whether it is time yet.
NOT_YET = re.compile(
    r"\b(?:not|havent|have\s+not|hasnt)\s+(?:\w+\s+){0,3}?yet\b|\b(?:todavia|aun)\s+no\b"
    r"|\bno\s+(?:\w+\s+)?todavia\b"
)
# A sign not had yet is no session put off: "todavía no me pasa, nomás pregunto"
NOT_YET_A_SIGN = re.compile(
    r"\b(?:todavia|aun)\s+no\s+(?:me|le|lo|la)\s+(?:pasa|ha\s+pasado|da|ha\s+dado|duele|sucede"
    r"|ha\s+sucedido|siento)\b|\b(?:havent|have\s+not|hasnt)\s+(?:had|felt|noticed|gotten)\s+(?:it|that"
    r"|any)\b"
)
# A later time today asks for a snooze when the reply is short or says it will happen.
LATER = re.compile(
    # ("back to work soon" is the job the programme leads to, not a session put off)
    r"(?<!you\s)(?<!ya\s)(?<!u\s)\b(?:later|l\s?8\s?r|(?<!work\s)soon|tonight|this\s+(?:evening|afternoon)"
    r"|after\s+(?:(?:the|my|\w+s)\s+){0,2}(?:work|dinner|lunch|shift|school|practice|game|class|meeting"
    r"|appointment|church|gym|bed)|when\s+i\s+get\s+(?:home|back|off)|ya\s+mero"
    r"|(?:after|once|when)\s+i\b(?!\s+(?:\w+ed|was|got|felt|did|went|woke|came|fell|hit|sat|stood"
    r"|knelt|bent|took)\b)|in\s+a\s+(?:bit|while|little\s+bit|sec|few|min|minute|moment)"
    r"|in\s+(?:an?|a\s+few|a\s+couple|\d+|un|una|unos)\s+(?:hour|hours|hr|hrs|min|mins|minutes"
    r"|horas?|minutos?|rato)|en\s+(?:una?|unos|\d+)\s+(?:horas?|minutos?|rat\w*)"
    r"|mas\s+tard\w*|luego|despues|pronto|al\s+rat\w*|en\s+la\s+(?:noche|tarde)"
    r"|esta\s+(?:noche|tarde))\b"
)
LATER_CONTEXT = re.compile(
    # (going to rest is no session put off: "gonna crash early", "me voy a dormir temprano")
    r"\b(?:(?:will|ill|gonna|going\s+to|plan\s+to|planning|voy\s+a)\b(?!\s+(?:\w+\s+){0,2}(?:crash|sleep"
    r"|bed|nap|rest|lie\s+down|lay\s+down|pass\s+out|turn\s+in|dormir|acostar\w*|descansar|echarme)\b)"
    r"|try|do\s+(?:them|it|em|mine)|doing\s+(?:them|it"
    r"|em|mine)|hago|hare|intentare|busy|ocupad[oa]|at\s+work|driving|manejando|trabajando"
    # out of the house: "ando en la calle", "running errands"
    r"|ando\s+(?:en\s+la\s+calle|fuera|afuera|de\s+viaje)|en\s+la\s+calle|running\s+errands"
    r"|out\s+and\s+about|on\s+the\s+road"
    # on a shift: "al rato, ando en el turno", "estoy de turno"
    r"|(?:en|de)\s+(?:el\s+|mi\s+)?turno"
    # at a shop or an errand: "al rato porfa, ando en la tienda", "at the store"
    r"|ando\s+en\s+(?:la|el)\s+\w+|estoy\s+en\s+(?:la\s+tienda|el\s+super|el\s+mercado|el\s+banco)"
    r"|at\s+the\s+(?:store|grocery\s+store|mall|bank|market|pharmacy)"
    # still at the job: "still on my route", "on shift ahorita", "estoy en la chamba"
    # (not "later on my shift": when a score came, not a session put off)
    r"|(?:still\s+)?(?<!later\s)(?:on|at)\s+(?:my\s+|the\s+)?(?:route|shift|job|jobsite|job\s+site|clock)"
    r"|still\s+(?:at\s+)?work(?:ing)?|(?:estoy|ando|sigo|todavia\s+estoy|aun\s+estoy)\s+en\s+"
    r"(?:la\s+chamba|el\s+jale|el\s+trabajo|la\s+obra|el\s+turno|la\s+ruta)|en\s+(?:la\s+chamba"
    r"|el\s+jale|la\s+ruta))\b"
)
# A reminder asked for outright: "fell asleep before I could do em, remind me tmrw morning",
# "no pude, recuérdame mañana" ask to be texted again, whatever the day's skip told before it
# ("remind me what the exercises are" asks for the plan).
REMINDER_ASKED = re.compile(
    r"\bremind\s+me\b(?!\s+(?:what|which|how|of|about|the|my|to\s+(?!do\b)))"
    r"|\brecuerd(?:a|e)(?:me|nme)(?:lo|la|los|las)?\b|\b(?:me\s+)?(?:lo|la|los|las)\s+recuerd(?:as|a|e|en)\b"
    r"|\b(?:me\s+)?recuerd(?:as|es)\s+(?:manana|en|a\s+las|al\s+rato|mas\s+tarde|luego|esta)\b"
)

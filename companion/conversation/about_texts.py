"""Replies about the texts themselves: asking for them back, or lost with them (help)."""

from companion.conversation.words import any_of

_TEXTS = r"(?:texts?|txts?|messages?|msgs?|reminders?|check[\s-]?ins?)"
# What a text carries: the exercise videos and their links
_MEDIA = r"(?:videos?|links?|enlaces?|vids?|videitos?|the\s+app|la\s+app|la\s+pagina)\b"


# Asking for the texts back in plain words: "start texts again pls", "quiero volver a recibir
# los mensajes". Only an intent: consent itself changes on the exact START / UNSTOP keyword.
RESUME = any_of(
    rf"\b(?:start|restart|resume|turn\s+on|send)\s+(?:(?:the|my|your|ur|sending|texting)\s+)?"
    rf"(?:{_TEXTS}|texting\s+me|sending\s+me\s+(?:\w+\s+)?{_TEXTS})\s+(?:again|back)\b",
    # ("i'd like the texts back on please")
    rf"\b(?:want|need|like)\s+(?:the\s+|my\s+|your\s+)?{_TEXTS}\s+back\b|\b(?:start|resume)"
    r"\s+texting\s+me\b",
    r"\b(?:volver\s+a\s+recibir|recibir\s+otra\s+vez|recibir\s+de\s+nuevo)\s+(?:los\s+|sus\s+)?"
    r"(?:mensajes|textos|recordatorios)\b|\b(?:vuelvan|vuelve|vuelvanme)\s+a\s+(?:mandar|enviar)"
    r"(?:me)?\s+(?:los\s+)?(?:mensajes|textos|recordatorios)\b"
    r"|\breactiv\w+\s+(?:los\s+)?(?:mensajes|textos|recordatorios)\b",
    # leave to send given back: "ya puede volver a mandarme los ejercicios", "you can start
    # sending me the exercises again" ("can you send me the exercises again?" asks for the plan)
    r"\bya\s+(?:me\s+)?(?:puede|pueden|puedes)\s+volver\s+a\s+(?:mandar|enviar|escribir)\w*\s+"
    r"(?:los\s+|mis\s+|sus\s+)?(?:ejercicios|rutinas?|tareas|mensajes|textos|recordatorios)\b"
    r"|^\W*(?:ok\W+|okay\W+)?(?:you|u)\s+can\s+(?:now\s+)?start\s+(?:sending|texting)\s+(?:me\s+)?"
    r"(?:the\s+|my\s+)?(?:exercises|workouts|tasks|texts|messages|reminders)\s+again\b",
    # sending taken up again, in either language or both: "start sending them again", "start
    # mandándome los mensajes again", "empiecen a mandarme los mensajes", "sigan mandándolos"
    # ("me lo vuelve a mandar?" asks for the plan)
    r"\b(?:start|restart|resume)\s+(?:sending|texting|mandando|enviando)\w*\s+(?:(?:me|them|em|those"
    r"|it)\s+|(?:the|my|los|las|mis)\s+\w+\s+)*(?:again|back|otra\s+vez|de\s+nuevo)\b"
    r"|\b(?:empiecen|empiece|comiencen|comience|sigan|siga)\s+(?:a\s+)?(?:mandar|enviar|mandando"
    r"|enviando|escribir|textear)\w*",
    # a return announced on its own, with the sending asked for: "im back, send them again",
    # "ya volví, mándenme los mensajes" ("im back home, send me the list" asks for the plan)
    r"(?:\b(?:im|i\s+am)\s+back|\bya\s+(?:volvi|regrese|estoy\s+de\s+(?:vuelta|regreso))"
    r"|\bestoy\s+de\s+(?:vuelta|regreso))(?=\s*[,.!;]|\s+(?:and|y)\b)[^.!?]{0,30}?\b(?:start|send|resume|mand|envi|text"
    r"|escrib)",
)
# Lost with the texts themselves: "ayuda, no entiendo cómo contestar", "how do I answer these
# texts?". Only an intent, as with _RESUME: the HELP keyword itself is the exact word.
LOST = any_of(
    r"\b(?:no\s+entiendo|no\s+se)\s+(?:bien\s+)?(?:como|que)\s+(?:le\s+|les\s+|tengo\s+que\s+|debo\s+)?"
    r"(?:contestar|responder|poner|escribir|mandar|usar)\b|\bno\s+entiendo\s+(?:los|estos|sus|tus)\s+"
    r"(?:mensajes|textos)\b",
    r"\b(?:dont|do\s+not|cant|cannot)\s+(?:understand|figure\s+out|tell)\s+(?:how|what)\s+(?:im\s+"
    r"supposed\s+)?to\s+(?:answer|reply|respond|text\s+back|write|say|put)\b|\b(?:dont|do\s+not)\s+"
    rf"understand\s+(?:these|the|your|ur)\s+{_TEXTS}",
    rf"\bhow\s+do\s+i\s+(?:answer|reply\s+to|respond\s+to|use)\s+(?:this|these|the|your|ur)\s+"
    rf"(?:{_TEXTS}|questions?)\b",
    # help asked with the texts named: "need help with these texts, how do i answer", "necesito
    # ayuda con los mensajes"
    rf"\b(?:need|needs|want|necesito|ocupo)\s+(?:some\s+|a\s+little\s+|una\s+)?(?:help|ayuda|ayudita)\s+(?:with|con)"
    rf"\s+(?:these|the|your|ur|this|estos|los|sus|tus|este|el)\s+(?:{_TEXTS}|mensajes?|textos?|questions?"
    r"|preguntas?)\b",
    # what the texts carry will not open: "no me abren los videos", "the video link won't load"
    rf"\bno\s+(?:me\s+)?(?:abre|abren|carga|cargan|funciona|funcionan|sirve|sirven|se\s+ve|se\s+ven"
    rf"|reproduce|reproducen)\s+(?:\w+\s+){{0,2}}?{_MEDIA}"
    rf"|{_MEDIA}\s+(?:\w+\s+){{0,4}}?(?:no\s+(?:me\s+)?(?:abre|abren|carga|cargan|funciona\w*|sirve\w*"
    r"|se\s+ven?|reproduce\w*)|(?:wont|doesnt|dont|isnt|arent|wasnt|cant|wouldnt)\s+(?:be\s+)?(?:open|load"
    r"|play|work|opening|loading|playing|working)\w*)\b"
    rf"|\b(?:cant|cannot|couldnt|can\s+not)\s+(?:get\s+)?(?:open|load|play|see|watch)\s+(?:\w+\s+)?{_MEDIA}",
    # the HELP word leading, then lost: "help, no entiendo qué tengo que hacer", "ayuda, i dont
    # get what im supposed to do" (the word alone is the keyword, settled before this)
    r"^\W*(?:help|ayuda|ayudenme|auxilio)\W+(?:(?:pls|please|porfa|por\s+favor)\W+)?(?:i\s+)?"
    r"(?:no\s+entiendo|no\s+le\s+entiendo|dont\s+(?:understand|get\s+it|get\s+what|know\s+what)"
    r"|im\s+(?:confused|lost)|estoy\s+(?:confundid[oa]|perdid[oa])|no\s+se\s+(?:que|como))\b",
)

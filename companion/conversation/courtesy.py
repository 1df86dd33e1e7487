"""Courtesies: replies that say nothing to act on ("thanks", "ok 👍", "gracias").

Any other text that records nothing is read by a person instead: it may be a sign or a
worry in words the interpreter does not know.
"""

import re

from companion.conversation.lexicon import fold

COURTESY_WORDS = frozenset(
    """thanks thank thankyou thx thnx tnx ty tyvm you u very much so ok okay okey k kk
    cool great good nice perfect awesome sweet fine alright allright sure yes yep yup yeah ya
    no problem np got it will do sounds ill i will noted understood gotcha roger bet
    morning night evening afternoon gm gn hi hello hey bye later see cya have a day
    lol haha hahaha lmao and you too same to hmm hm umm idk dunno
    gracias muchas mil vale bueno buena buenos buenas dias tardes noches sale orale dale
    perfecto perfecta claro si de nada hola adios igualmente entendido listo ok ya
    bendiciones dios le te bendiga jaja jajaja saludos""".split()
)
_WORD = re.compile(r"[a-z]+")


def is_courtesy(text: str) -> bool:
    """True when every word of the text is a courtesy (emoji and punctuation alone count)."""
    words = _WORD.findall(fold(text).text)
    return all(word in COURTESY_WORDS for word in words)

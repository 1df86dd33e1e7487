"""The words of a sign or a state of the body or the mind, had, denied or over: what a reply
that tells of them is about (whether one is a red flag is for the red-flag rules)."""

import re

SYMPTOM = re.compile(
    r"\b(?:sore|soreness|hurt|hurts|hurting|pain|painful|ache|aches|aching|achy|stiff|stiffness"
    r"|tired|exhausted|fatigued?|wiped|drained|bugging|energy|energia|duele(?!\s+el\s+alma)|duelen|dolor"
    r"|adolorid[oa]|cansad\w*|molid[oa]|rendid[oa]|reventad[oa]|beat|whooped|gassed|dol(?:io|ia|ian|ieron)|agotad\w*|rigid[oa]|molest\w+|(?:feel|feeling|felt|me\s+siento|estoy"
    r"|ando)\s+(?:\w+\s+)?(?:good|great|fine|ok|okay|bad|rough|awful|terrible|bien|mal|strong|fuerte)"
    r"|(?:can|could)\s+(?:barely|hardly)\s+(?:walk|move|stand|bend|sit|sleep|get\s+up)"
    # the signs a therapist asks about, said to be absent or over: "no fever, incision clean"
    r"|swelling|swollen|hinchaz\w+|hinchad\w*|fever|fiebre|calentura|numb(?!ers?\b)\w*|tingl\w*|bladder"
    r"|bowels?|incision|wound|herida|stitches|burn|burning|ardor|orinar|chest|pecho|dizz\w+"
    r"|mareos?|short\s+of\s+breath|sin\s+aire|hormigue\w*|entum\w*|adormec\w*|inflam\w*|vejiga"
    r"|dormid[oa]|calambres?|cramp\w*|se\s+me\s+(?:durmio|durmieron|duerme|duermen)"
    r"|(?:arm|leg|hand|foot|feet|finger|toe)s?\s+(?:\w+\s+)?asleep"
    r"|orina|pipi|pis|cracks?|cracking|pops|popping|clicks?|clicking|truena\w*|trona\w*"
    # a limb's strength, back or still missing: "doesn't feel weak anymore, strong as ever"
    r"|weak|weakness|weaker|stronger|strong\s+as\s+ever|debil|debilidad|sin\s+fuerza"
    # fainting, sickness or drowsiness, had or denied, and a fever told by its figure
    r"|desmay\w*|faint\w*|nause\w*|vomit\w*|sleepy|drowsy|groggy|somnolien\w*|(?:me\s+da|tengo"
    r"|con)\s+sueno|running\s+(?:a\s+)?(?:temp\w*|fever|1\d\d|3[89])|(?:is|looks|looked|got|turned"
    r"|went|getting|esta|se\s+puso|se\s+ve)\s+(?:\w+\s+)?(?:red|rojo|roja|purple|morad[oa])"
    # the sight going, and a mind told in plain words: "the room goes dark", "se me puso todo
    # negro", "I'm not ok", "me estoy cortando", "better off sin mí", "planning how I'd do it"
    r"|(?:room|everything|vision|todo)\s+(?:goes|went|going|turns|turned|se\s+(?:me\s+)?(?:puso|pone))"
    r"\s+(?:\w+\s+)?(?:dark|black|negro|oscuro)|blacked\s+out|hit\s+the\s+floor"
    r"|(?:im|i\s+am)\s+not\s+(?:ok|okay|alright|fine|well)(?=\s*(?:$|[,.!;]))"
    r"|(?:cutting|hurting|cortando|lastimando|haciendo\s+dano)\s+(?:myself|me|mis?\s+\w+)"
    r"|me\s+(?:estoy|estaba|estuve|he\s+estado|sigo)\s+cortando|better\s+off\s+(?:without\s+me|sin\s+mi)"
    r"|(?:mejor|better)\s+(?:off\s+)?sin\s+mi|(?:planning|plan|planeando|pensando)\s+(?:out\s+)?"
    r"(?:how|como)\s+(?:id|i\s+would|i\s+could|to|lo\s+haria|hacerlo)\b)\b"
)

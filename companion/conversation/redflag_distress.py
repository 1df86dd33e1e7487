"""Severe pain: pain told as unbearable, the worst ever, past the scale or crying out."""

from companion.conversation.redflag_words import LIMB, near, rule, together

PAIN_WORD = r"pain|hurts?|hurting|dolor|duele"
# A pain score ten times the top of the scale ("a 100 out of 10", "a million/10") cannot
# be a slip for a score in range, as "15/10" or "11/10" may be: it says the pain is off
# the scale.
_PAST_TEN = (
    r"\b(?:\d{3,}|a\s+(?:hundred|thousand|million|billion|gazillion)|cien|mil|un\s+millon)\s*"
    r"(?:/|out\s+of|de|sobre)\s*10\b"
)
# Crying out with pain, or as one moves: "literally screaming when I roll over" (not
# "I yelled when the Packers scored").
_MOVE = (
    r"move|moved|moving|roll|rolled|stand|stood|get|got|bend|bent|sit|sat|turn|turned|walk|walked"
    r"|lift|lifted|try|tried|step|stepped|put|cough|coughed|sneeze|sneezed|lay|lie|touch|twist"
)
_CRYING_OUT = (
    r"\b(?:im|i\s+am|i\s+was|i|literally|been|just|was|keep|kept)\s+(?:literally\s+)?(?:screaming"
    r"|screamed|yelling|yelled|howling|crying\s+out|cried\s+out|scream|yell)\s+(?:out\s+)?(?:in\s+pain"
    r"|from\s+(?:the\s+)?pain|(?:when|every\s+time|whenever|each\s+time|if|as\s+soon\s+as)\s+"
    rf"(?:i\s+)?(?:even\s+|try\s+to\s+)?(?:{_MOVE}))\b"
)

DISTRESS = (
    "severe_pain",
    rule(
        r"\bunbearabl\w*|\bexcruciat\w*|\bintolerable\b|\bagoni\w*|\bagony\b",
        r"\bworst\s+(?:\w+\s+)?pain\b|\bpain\s+(?:is\s+|was\s+)?the\s+worst\b",
        r"\bworst\s+(?:it\s+has|its)\s+ever\b",
        # "worst my back has ever been", "never hurt this bad"
        r"\bworst\s+(?:my\s+|the\s+|this\s+)?(?:\w+\s+){0,2}(?:has|have|had|it\s+has|its)\s+ever"
        r"\s+(?:been|felt|hurt)\b|\bnever\s+(?:\w+\s+)?(?:hurt|been|felt)\s+(?:this|so)\s+(?:bad|much"
        r"|badly)\b|\bnunca\s+me\s+(?:habia|ha)\s+dolido\s+(?:tanto|asi)\b",
        _PAST_TEN,
        _CRYING_OUT,
        # "un dolor que no aguanto"
        r"\b(?:dolor|duele)\s+(?:\w+\s+){0,2}?que\s+(?:ya\s+)?no\s+(?:me\s+)?(?:aguanto|soporto|aguanta"
        r"|puedo\s+(?:aguantar|soportar))\b",
        together(
            r"pain|hurts?|hurting|dolor|duele",
            r"(?:its|it\s+is|thats|this\s+is)\s+the\s+worst"
            r"|off\s+the\s+(?:charts?|scales?)|(?:through|thru)\s+the\s+roof|past\s+10|beyond\s+10",
            60,
        ),
        r"\bcant\s+(?:take|stand|bear|handle)\s+(?:the|this)\s+pain\b",
        r"\b(?:crying|screaming|tears)\s+(?:from|in|because\s+of|with)\s+(?:the\s+)?pain\b",
        together(
            r"pain|hurts?|hurting|dolor|duele",
            r"in\s+tears|crying|screaming|sobbing|llorando"
            r"|lloro|llore",
        ),
        r"\bnever\s+(?:\w+\s+)?(?:felt|had)\s+(?:pain|anything)\s+like\s+(?:this|that|it)\b",
        together(
            r"pain|hurts?|hurting|dolor|duele",
            r"beyond\s+(?:anything|belief|words)|cant\s+function"
            r"|no\s+(?:lo|la)\s+(?:soporto|aguanto)|so\s+bad\s+(?:that\s+)?i\s+(?:cant|couldnt)",
            60,
        ),
        r"\binsoportable\b|\binaguantable\b|\bel\s+peor\s+dolor\b|\batroz\b",
        r"\bno\s+(?:aguanto|soporto)\s+(?:el|este|tanto|mas\s+el)\s+dolor\b",
        r"\bllorando\s+de(?:l)?\s+dolor\b",
        # past the top of the scale in words: "a 10 and then some", "un 10 y más"
        r"\b(?:a|at|is|its|pain|dolor|en|un)\s+(?:10|ten|diez)\s*(?:\+|plus|and\s+then\s+some"
        r"|and\s+(?:beyond|higher)|y\s+(?:mas|pico|cacho))(?!\s*(?:reps|sets|lbs?|min|veces))",
        # beyond bearing, with the pain named near: "back is screaming, I can't take it"
        together(
            r"pain|hurts?|hurting|dolor|duele|screaming|throbbing",
            r"(?:cant|can\s+not|cannot|couldnt)\s+(?:take|stand|bear|handle|tolerate|deal\s+with)\s+"
            r"(?:it|this|the\s+pain)(?!\s+when)|(?:ya\s+)?no\s+(?:lo\s+|la\s+)?(?:aguanto|soporto)",
            80,
        ),
        # nothing relieves it: "nothing touches it", "ni las pastillas me lo quitan"
        r"\bnothing\s+(?:even\s+)?touch\w*\s+(?:it|the\s+pain)\b|\b(?:meds|pills|painkillers|medicine"
        r"|medication|ibuprofen|tylenol|advil|motrin|aleve)\s+(?:dont|do\s+not|arent|are\s+not|wont"
        r"|didnt|doesnt)\s+(?:even\s+)?touch\w*\s+(?:it|the\s+pain)\b|\bni\s+(?:las\s+|la\s+)?(?:pastillas?"
        r"|medicinas?|pildoras?)\s+(?:me\s+)?(?:lo\s+|la\s+)?(?:quitan|quita|calman|calma|hacen\s+nada)",
        # never hurt like this: "never hurt like this in my life", "nunca en mi vida había sentido"
        r"\bnever\s+(?:\w+\s+){0,2}?(?:hurt|felt|had|been\s+in)\s+(?:\w+\s+){0,2}?(?:like\s+(?:this|that)"
        r"|this\s+(?:bad|much)|so\s+(?:bad|much))|\bnunca\s+(?:en\s+mi\s+vida\s+)?(?:me\s+)?(?:habia|he"
        r"|ha)\s+(?:sentido|tenido|dolido)\s+(?:\w+\s+){0,3}?(?:asi|tanto|igual)\b"
        r"|\bnunca\s+en\s+mi\s+vida\b[^.!?]{0,40}\b(?:dolor|dolido)\b",
        # so much it stops a body: "me duele tanto que no puedo ni pararme"
        r"\b(?:duele|duelen|dolia|dolor)\s+(?:\w+\s+){0,2}?tan(?:to)?\s+(?:fuerte\s+)?que\s+(?:ya\s+)?"
        r"(?:no|ni)\s+(?:puedo|podia|pude|me\s+puedo)\b|\bhurts?\s+so\s+(?:bad|much)\s+(?:that\s+)?i\s+"
        r"(?:cant|couldnt)\b",
        together(
            r"pain|hurts?|hurting|dolor|duele",
            r"worst\s+(?:\w+\s+)?(?:ive|i\s+have|i\s+ve)\s+(?:ever\s+)?(?:had|felt|experienced)"
            # (Caribbean speech drops the d and turns r into l: "lo peol que he sentío")
            r"|(?:el|la|lo|e)\s+pe(?:or|ol)\s+(?:\w+\s+)?que\s+(?:he|haya|habia)\s+(?:tenid[oa]|sentid[oa]"
            r"|teni[oa]|senti[oa])",
            60,
        ),
        r"\bno\s+se\s+lo\s+deseo\s+(?:ni\s+)?a\s+nadie\b|\bwouldnt\s+wish\s+(?:it|this|that)\s+(?:\w+\s+)?on\s+"
        r"(?:anyone|anybody|my\s+worst\s+enemy)\b",
        # a pain past words: "the pain is insane", "out of this world", "me duele horrible"
        together(
            r"pain|hurts?|hurting|dolor|duele",
            r"insane|out\s+of\s+this\s+world|unreal|hellish|like\s+hell|torture|horrendous|horrible"
            r"|espantos[oa]|infernal|de\s+muerte|un\s+infierno|del\s+demonio|de\s+la\s+fregada|del\s+carajo"
            r"|de\s+los\s+mil\s+demonios",
            40,
        ),
        r"\bno\s+me\s+deja\s+ni\s+(?:dormir|caminar|moverme|respirar|pararme|sentarme)\b"
        r"|\b(?:cant|couldnt)\s+(?:even\s+)?(?:sleep|sit|stand|walk|move|think)\s+(?:from|because\s+of"
        r"|with)\s+(?:the|this)\s+pain\b",
        # pain that pins one down: "literally can't move", "me duele muchísimo, no puedo moverme"
        together(
            r"pain|hurts?|hurting|duele\s+(?:muchisimo|demasiado|horrores|bien\s+feo)|dolor",
            r"(?:literally|physically)\s+(?:cant|couldnt)\s+(?:move|walk|stand|get\s+up|get\s+out\s+of"
            r"\s+bed)|no\s+(?:me\s+)?(?:puedo|podia)\s+(?:ni\s+)?(?:mover|caminar|parar|levantar)\w*",
            40,
        ),
        # pain that sends one to the ER, to vomiting, to writhing
        r"\b(?:went|go|going|had\s+to\s+go|ended\s+up|took\s+me)\s+(?:to\s+)?(?:the\s+)?(?:er|emergency\s+room"
        r"|urgent\s+care|hospital)\s+(?:for|because\s+of)\s+(?:the\s+|my\s+)?pain\b|\bfui\s+a\s+urgencias\s+"
        r"(?:por|del)\s+(?:el\s+)?dolor\b",
        together(
            r"pain|hurts?|hurting|dolor|duele",
            r"threw\s+up|throw\s+up|throwing\s+up|vomit\w*|puk(?:e|ed|ing)|gomit\w*|guacare\w*",
            40,
        ),
        r"\b(?:writh\w+|doubled\s+over|rolling\s+around)\s+(?:in|from|with)\s+(?:the\s+)?pain\b"
        r"|\bme\s+retorc\w+\s+(?:del|de|por\s+el)\s+dolor\b|\bretorciendome\b",
        r"\b(?:want|wanna|wanted|could)\s+to\s+(?:cut|chop|rip|saw)\s+(?:it|my\s+\w+)\s+off\b"
        r"|\bme\s+(?:la|lo)\s+quiero\s+(?:cortar|arrancar)\b",
        r"\bworst\s+headache\b|\bpeor\s+dolor\s+de\s+cabeza\b",
        # past the worst before, said of the pain or the part: "my back is worse than ever",
        # "me duele como nunca" (not "traffic worse than ever, back pain 3")
        near(
            rf"{PAIN_WORD}|{LIMB}",
            r"worse\s+than\s+ever|(?:never|nunca)\s+(?:\w+\s+)?(?:been|felt|estado|sentido)\s+(?:worse|peor)"
            r"|peor\s+que\s+nunca|como\s+nunca",
            30,
        ),
        # measured against the pains everyone knows are worst (not "Labor Day")
        # (not "worse than manual labor" or "Labor Day")
        r"\bworse\s+than\s+(?:(?:my|being\s+in|going\s+into)\s+)?labou?r\b(?!\s+(?:day|market|union|force"
        r"|work|jobs?)\b)|\bworse\s+than\s+(?:\w+\s+){0,2}?(?:childbirth|giving\s+birth|kidney\s+stones?"
        r"|(?:a\s+)?broken\s+(?:bone|leg|arm|back)|being\s+(?:shot|stabbed)|el\s+parto|dar\s+a\s+luz)\b"
        r"|\bpeor\s+que\s+(?:el\s+)?(?:parto|dar\s+a\s+luz|una\s+fractura)\b",
        r"\b(?:blinding|crippling|debilitating)\s+(?:\w+\s+)?pain\b|\blike\s+a\s+hot\s+knife\b|\bhot\s+knife\s+(?:in|into|stab\w*|twist\w*|through\s+my)\b|\bknife\s+(?:\w+\s+)?twist\w*"
        r"|\btwist\w*\s+(?:a|the)\s+knife\b",
        # a score past ten said in earnest: "11/10 no joke", "shoulder is screaming, 12/10"
        together(
            r"(?:1[1-9]|[2-9]\d)\s*(?:/|out\s+of|de)\s*10",
            r"no\s+joke|not\s+(?:joking|kidding)|no\s+lie|seriously|for\s+real|literally|screaming"
            r"|en\s+serio|neta",
            40,
        ),
    ),
)

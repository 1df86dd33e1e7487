"""Mood signs: thoughts of suicide, self-harm or hopelessness about living."""

from companion.conversation.redflag_words import rule, together

# Thinking of a way to die: "thinking about driving off the overpass".
_PONDER = (
    r"(?:thinking|thought|think|thoughts|urge|want|wanna|tempted|gonna|going\s+to|might|could\s+just"
    r"|should\s+just|plan\w*|considered|considering|imagin\w*|pictur\w*)\s+(?:about\s+|of\s+|to\s+)?"
)
_LETHAL_PLACE = (
    r"(?:\w+\s+)?(?:bridge|overpass|cliff|ledge|wall|tree|pole|traffic|river|lake|ocean|semi|train"
    r"|truck|bus|embankment|guardrail|roof|building|balcony|parking\s+garage|road|highway|freeway"
    r"|interstate|ditch|canyon|median|oncoming\s+traffic)"
)
# Self-harm told by its method: cutting or burning oneself, again or on purpose.
_SELF_HARM = (
    # ("burning myself out" is overwork; "cut myself again shaving" is an accident)
    r"\b(?:been|started|start|keep|kept|back\s+to|relapsed\s+(?:on|into))\s+(?:cutting|burning"
    r"|hurting|scratching|hitting|punching)\s+(?:my\s*self|my\s+(?:arms?|wrists?|thighs?|legs?|skin))"
    r"(?!\s+out\b)|\b(?:cut|cutting|burn|burning|burned|burnt)\s+(?:my\s*self|my\s+(?:arms?|wrists?"
    r"|thighs?|skin))\s+(?:again|on\s+purpose|when|to\s+(?:feel|cope))\b(?!\s+(?:on|at|while|with"
    r"|cooking|shaving|in\s+the|\w+ing)\b)|\b(?:started|been|back\s+to)\s+cutting"
    r"\s+again\b|\bslit\w*\s+my\s+wrists?\b"
    # kept secret: "cut my arms last night, don't tell my wife"
    r"|\b(?:cut|cutting|burn|burning|burned|burnt)\s+(?:my\s*self|my\s+(?:arms?|wrists?|thighs?|skin))\b"
    r"[^.!?]{0,40}\b(?:dont|do\s+not)\s+tell\b"
)
# Skin cut or burnt again, on purpose or in secret: "me corté los brazos otra vez anoche, no le
# digan a mi esposa" (a finger cut again with the knife is an accident, read as an injury).
_CUT_ES = r"\bme\s+(?:corte|corto|cortaba|queme|quemo|quemaba)\s+"
_SKIN_ES = r"(?:los|las|mis|el|la|mi)\s+(?:brazos?|antebrazos?|munecas?|muslos?|piel)\b"
_AGAIN_ES = r"otra\s+vez|de\s+nuevo"
_SELF_HARM_ES = (
    rf"{_CUT_ES}(?:{_AGAIN_ES})\s+{_SKIN_ES}|{_CUT_ES}{_SKIN_ES}\s+(?:{_AGAIN_ES}|a\s+proposito|adrede)\b"
    r"(?!\s+(?:con|cortando|cocinando|en\s+el\s+trabajo|al\s+\w+)\b)"
    rf"|{_CUT_ES}{_SKIN_ES}[^.!?]{{0,40}}\bno\s+(?:le\s+|les\s+)?(?:digan|digas|diga|cuentes|cuenten)\b"
    r"|\bme\s+(?:volvi|vuelvo|he\s+vuelto|volvio)\s+a\s+(?:cortar|lastimar|quemar|hacer\s+dano)\b"
    r"|\bme\s+(?:corte|corto|cortaba|estoy\s+cortando|sigo\s+cortando|lastime|lastimo|queme|quemo"
    r"|pegue|golpee)\s+(?:\w+\s+){0,3}(?:a\s+proposito|adrede|apropo\w*)"
)

MOOD = (
    "mental_health",
    rule(
        r"\bkill(?:ing)?\s+(?:my\s*self|me\s+self)\b(?!\s+(?:over|at|with|for|trying|doing"
        r"|working|on\s+(?:these|this|the)|to\s+(?:finish|get|make|keep)))",
        r"(?<!\d\s)\bkms\b|\bsuicid\w*|\bunalive\w*|\bself[\s-]?harm\w*|\boverdos\w*",
        r"\bend(?:ing)?\s+(?:my\s+(?:own\s+)?life|it\s+all)\b|\btak(?:e|ing)\s+my\s+(?:own\s+)?life\b",
        r"\b(?:want|wanna)\s+to\s+end\s+it\b",
        r"\bwant\s+(?:it\s+all|everything)\s+to\s+(?:end|stop)",
        r"\b(?:want|wants|wanna|wanted|wanting|ready|wish(?:es|ing)?)\s+(?:to\s+)?die\b",
        # told by family of someone else: "mom says she wants to die", "dice que se quiere morir"
        r"\b(?:kill|killing|end|ending)\s+(?:himself|herself|themselves|themself|(?:his|her|their)"
        r"\s+(?:own\s+)?life)\b|\btak(?:e|ing)\s+(?:his|her|their)\s+(?:own\s+)?life\b"
        r"|\bse\s+(?:quiere|va\s+a)\s+(?:morir|matar|suicidar)\b|\b(?:quiere|quisiera|ganas\s+de)\s+"
        r"(?:morirse|matarse|suicidarse)\b|\bya\s+no\s+quiere\s+vivir\b",
        r"\bwish\s+i\s+(?:was|were|could\s+be)\s+dead\b",
        r"\bbetter\s+off\s+(?:dead|gone|without\s+me)|\bbetter\s+without\s+me\b",
        r"\bwish\s+i\s+(?:wasnt|werent|was\s+never)\s+(?:alive|born|here)\b",
        r"\bwish\s+i\s+(?:wouldnt|would\s+not)\s+wake\b|\btake\s+all\s+(?:my|the)\s+pills\b",
        r"\b(?:no|nothing|(?:dont|cant)\s+see\s+(?:a|any|the))\s+(?:\w+\s+)?(?:reason|point)\s+"
        r"(?:to|in|for)\s+(?:keep(?:ing)?\s+)?(?:live|living|go(?:ing)?\s+on|being\s+alive"
        r"|going\b(?!\s+(?:with|to|on\s+the|at)\b))\b",
        r"\bpoint\s+(?:of|in)\s+(?:living|life|going\s+on|being\s+alive)\b",
        r"\b(?:dont|cant|do\s+not|no)\s+see\s+(?:a|any)\s+way\s+out\b|\bno\s+way\s+out\b(?!\s+of\b)",
        r"\bnothing\s+(?:left\s+)?to\s+live\s+for\b|\bnot\s+worth\s+living",
        r"\b(?:life|living)\s+(?:is\s+)?(?:not|isnt)\s+worth\b",
        r"\btired\s+of\s+(?:living|life|being\s+alive)",
        # (of someone else too: "he doesn't want to live anymore"; living with or near someone
        # is a household)
        r"\b(?:dont|doesnt|does\s+not|not|no)\s+(?:really\s+|even\s+|just\s+)?(?:want|wanting|wanna)\s+"
        r"(?:to\s+)?(?:live(?!\s+(?:with|near|next\s+to|there|alone|together)\b)|be\s+alive"
        r"|be\s+here\s+any\s*more|wake\s+up)\b",
        r"\b(?:cant|cannot)\s+go\s+on\b|\bcant\s+(?:do|take)\s+(?:this|it)\s+any\s*more\b",
        r"\bhopeless(?!\s+at\b)",
        r"\b(?:me\s+quiero|quiero|quisiera|ganas\s+de|deseo|voy\s+a|pienso\s+en"
        r"|me\s+voy\s+a)\s+(?:morir(?:me)?|matar(?:me)?|suicidar(?:me)?"
        r"|quitar(?:me)?\s+la\s+vida|desaparecer)\b",
        r"\bmorirme\b|\bquitarme\s+la\s+vida\b|\bmatarme\b(?!\s+(?:\w+ndo|en\s+el|de\s+risa))",
        r"\b(?:quisiera|quiero|ojala|mejor|ganas\s+de)\s+(?:ya\s+)?no\s+(?:volver\s+a\s+)?despertar\b"
        r"|\bpara\s+que\s+vivir\b|\bpara\s+que\s+(?:sigo|seguir)(?:\s+(?:aqui|viviendo|vivo))?\s*(?:$|[,.!?;])",
        r"\bno\s+le\s+(?:veo|encuentro|hallo)\s+(?:el\s+)?(?:sentido|caso|chiste)\s+a\s+(?:nada|la\s+vida"
        r"|vivir|seguir)\b|\bya\s+no\s+tiene\s+(?:caso|sentido)\s+(?:nada|vivir|seguir)\b"
        r"|\bya\s+no\s+quiero\s+seguir\s*(?:$|[.,!;]|asi|viviendo|adelante)|\bsoy\s+una\s+carga\b",
        r"\b(?:(?:dont|cant|do\s+not|no)\s+see|whats|what\s+is)\s+(?:the\s+|a\s+|any\s+)?point\s+(?:of"
        r"|in|to)\s+(?:anything|everything|it\s+all|any\s+of\s+it|trying|life|living|going\s+on|me)\b"
        r"|\bwhats\s+the\s+point\s+(?:any\s*more|of\s+me)\b",
        r"\b(?:want|wish|need)\s+(?:it\s+all|everything|all\s+of\s+(?:it|this))\s+to\s+(?:be\s+over"
        r"|end|stop)\b",
        r"\b(?:think|thinking|thought|thoughts)\s+(?:about|of)\s+(?:just\s+)?(?:ending|end)\s+(?:it"
        r"|things|my\s+life)\b|\b(?:think|thinking|thought|wanna|want\s+to|gonna|just)\s+(?:about\s+)?"
        r"(?:just\s+)?tak(?:e|ing)\s+(?:all|a\s+bunch\s+of)\s+(?:of\s+)?(?:my|the)\s+(?:pills|meds)\b",
        r"\b(?:rather|prefer)\s+(?:just\s+)?not\s+(?:wake\s+up|be\s+(?:here|alive|around)|exist|live)\b"
        r"|\bdark\s+thoughts\b|\bthoughts?\s+(?:about|of)\s+not\s+being\s+(?:around|here|alive)\b",
        r"\b(?:easier|better|happier)\s+(?:off\s+)?if\s+i\s+(?:just\s+)?(?:wasnt|werent|was\s+not"
        r"|were\s+not|was\s+gone|were\s+gone|died|didnt\s+exist|disappeared|vanished|never\s+woke\s+up|didnt\s+wake\s+up)\b|\bbetter\s+off\s+if\s+i\s+(?:wasnt|werent|was\s+not|were\s+not|was\s+gone|were\s+gone"
        r"|died|didnt\s+exist)\b|\b(?:no\s*one|nobody)\s+would\s+(?:even\s+)?(?:notice|care"
        r"|miss\s+me)\s+if\s+i\b(?:\s+\w+){0,3}",
        r"\b(?:im|i\s+am|feel\s+like|feeling\s+like)\s+(?:\w+\s+)?(?:a\s+)?burden\b",
        # told of the patient by family, or tired of being one: "he's tired of being a burden",
        # "says we'd all be better off without him", "dice que piensa en quitarse la vida"
        r"\b(?:hes|shes|he\s+is|she\s+is|theyre|feels\s+like|of\s+being)\s+(?:\w+\s+)?(?:a\s+)?burden\b"
        r"|\b(?:says|said|told\s+(?:me|us)|tells\s+(?:me|us)|thinks|feels|keeps\s+saying)\b[^.!?]{0,60}?"
        r"\b(?:we|wed|well|were|everyone|everybody|family|kids|yall|you|youd|they|theyd)\s+(?:\w+\s+){0,3}?"
        r"better\s+off\s+without\s+(?:him|her|them)\b",
        r"\b(?:piensa|pensando|penso|habla|hablando|hablo|intento)\s+(?:en|de)\s+(?:matarse|suicidarse"
        r"|morirse|quitarse\s+la\s+vida)\b|\bquitarse\s+la\s+vida\b"
        r"|\b(?:dice|dijo|cree|siente|piensa)\s+que\s+(?:\w+\s+){0,3}?(?:es\s+una\s+carga|(?:estariamos"
        r"|estarian|estariais|estaremos|estaran)\s+mejor\s+sin\s+(?:el|ella))\b"
        r"|\bse\s+siente\s+(?:\w+\s+)?una\s+carga\b|\b(?:cansad|hart)[oa]s?\s+de\s+ser\s+una\s+carga\b",
        r"\bgiv(?:e|ing)\s+up\s+on\s+(?:life|living)\b|\bend\s+of\s+my\s+rope\b"
        r"|\b(?:cant|dont|never)\s+see\s+(?:things|it|anything|life)\s+(?:ever\s+)?(?:getting|get)"
        r"\s+better\b",
        r"\b(?:quisiera|quiero|ojala|prefiero)\s+(?:ya\s+)?no\s+(?:estar\s+aqui|existir|estar\s+viv[oa]"
        r"|vivir)\b|\b(?:want|wanna|wish\s+i\s+could)\s+(?:to\s+)?(?:just\s+)?(?:go\s+to\s+)?sleep"
        r"\s+(?:and\s+)?(?:not|never)\s+wake",
        r"\bmight\s+as\s+well\s+(?:not\s+be\s+(?:here|alive|around)|be\s+dead|die|end\s+it)\b"
        r"|\b(?:want|wanna)\s+to\s+(?:just\s+)?disappear\b|\bwish\s+i\s+could\s+(?:just\s+)?"
        r"(?:disappear|vanish|sleep\s+forever|not\s+wake)",
        r"\b(?:no\s+aguanto|hart[oa]\s+de|cansad[oa]\s+de)\s+(?:mas\s+)?(?:esta\s+|la\s+|mi\s+)?"
        r"vida\b|\b(?:lost\s+all|no)\s+hope\b(?!\s+(?:of|for|to|that)\b)",
        r"\bno\s+quiero\s+(?:seguir\s+)?vivi\w*",
        r"\bno\s+(?:vale|tiene)\s+(?:la\s+pena|sentido)\s+(?:vivir|seguir|la\s+vida)",
        r"\bno\s+tengo\s+(?:razon|razones|motivos?|ganas)\s+(?:para|de)\s+vivir\b",
        r"\bmejor\s+muert[oa]\b|\bmejor\s+sin\s+mi\b|\bsin\s+esperanza\b|\bdesesperanza\w*",
        r"\bhacerme\s+dano\b|\blastimarme\b",
        r"\bcortarme\b(?!\s+(?:el|las)\s+(?:pelo|cabello|unas))",
        # "better off not waking up", "hope I don't wake up"
        r"\bbetter\s+off\s+(?:not\s+(?:waking\s+up|being\s+(?:here|alive|around)|existing|living)"
        r"|never\s+waking\s+up|asleep\s+forever)\b|\b(?:hope|hoping|pray|praying)\s+i\s+(?:dont|do\s+not"
        r"|never|wont)\s+wake\s+up\b",
        _SELF_HARM,
        _SELF_HARM_ES,
        r"\b(?:hang|hanging|shoot|shooting)\s+myself\b(?!\s+in\s+the\s+foot)|\bgun\s+to\s+my\s+head\b",
        rf"\b(?:jump|jumping|throw\w*\s+myself)\s+(?:off|from|in\s+front\s+of)\s+(?:a|the|an|some)\s+"
        rf"{_LETHAL_PLACE}\b",
        rf"\b{_PONDER}(?:just\s+)?(?:driving|drive|steering|swerving|swerve|crashing|crash|stepping"
        rf"|step|walking|walk|jumping|jump)\s+(?:my\s+(?:car|truck)\s+)?(?:off|into|in\s+front\s+of"
        rf"|out\s+in\s+front\s+of)\s+(?:a\s+|the\s+|an\s+|some\s+|oncoming\s+)?{_LETHAL_PLACE}\b",
        # Spanish: "pienso en acabar con todo", "aventarme del puente", "colgarme"
        r"\b(?:pienso|pensando|pense|pensado|quiero|quisiera|ganas\s+de|ideas\s+de|deseo)\s+(?:en\s+)?"
        r"(?:acabar|terminar)\s+con\s+(?:todo|mi\s+vida)\b(?!\s+(?:el|la|los|las|lo|mis?|hoy"
        r"|ejercicios|rutina|antes)\b)|\bacabar\s+con\s+mi\s+vida\b",
        r"\b(?:aventarme|tirarme|lanzarme|echarme|arrojarme)\s+(?:de|del|desde|a|al|frente\s+a"
        r"|enfrente\s+de)\s+(?:un\s+|una\s+|el\s+|la\s+)?(?:puente|edificio|techo|azotea|carro|tren"
        r"|camion|trafico|carretera|barranco|precipicio|paso\s+a\s+desnivel)\b"
        r"|\b(?:aventar|tirar|lanzar|arrojar)(?:me)?\s+(?:de|del|desde)\s+(?:un\s+|una\s+|el\s+|la\s+)?"
        r"(?:puente|edificio|techo|azotea|barranco|precipicio|paso\s+a\s+desnivel)\b"
        r"|\b(?:dormir(?:me)?|acostarme)\s+y\s+(?:ya\s+)?no\s+(?:volver\s+a\s+)?despertar\b"
        # "sewer slide": the slang spelling that slips past filters
        r"|\bsewer\s*slide\w*"
        r"|\b(?:colgarme|ahorcarme|pegarme\s+un\s+tiro|darme\s+un\s+tiro"
        r"|tomarme\s+todas\s+las\s+pastillas)\b",
        # dwelling on not waking: "been thinking a lot about just not waking up"
        r"\b(?:think|thinking|thought|thoughts|dream\w*|fantasi\w+)\s+(?:\w+\s+){0,3}?(?:about|of)\s+"
        r"(?:just\s+)?(?:not\s+(?:waking|wake|being\s+(?:here|around|alive)|existing|living)|never\s+waking"
        r"|being\s+dead|my\s+(?:own\s+)?(?:funeral|death))\b",
        # a stock of pills and the whole of it: "thinking about taking every last one"
        together(
            r"pills?|meds|medication|bottle|painkillers|pastillas|medicinas?|frasco",
            r"(?:take|taking|took|swallow\w*|downing|tomarme|tomar(?:me)?)\s+(?:them\s+)?(?:every\s+(?:last"
            r"|single)\s+one|the\s+whole\s+(?:bottle|thing|lot)|(?:them\s+)?all\s+at\s+once"
            r"|todo\s+el\s+frasco|todas\s+(?:de\s+(?:un\s+)?golpe|juntas|de\s+una\s+vez))",
            60,
        ),
        rf"\b{_PONDER}(?:just\s+)?(?:take|taking|swallow\w*|down|downing)\s+(?:the\s+|a\s+)?whole\s+bottle\b"
        r"(?!\s+of\s+(?:water|wine|beer|gatorade|juice|soda|protein))",
        # getting ready to go: goodbye letters, affairs in order, giving things away
        r"\b(?:goodbye|farewell)\s+(?:letters?|notes?|messages?|videos?)\b|\bsuicide\s+note\b"
        r"|\b(?:affairs|things|everything)\s+in\s+order\s+(?:for\s+when|before\s+i|just\s+in\s+case)"
        r"|\bgiv\w+\s+away\s+(?:all\s+)?(?:my\s+)?(?:stuff|things|belongings|guns?|dog|cat)\b"
        r"|\bcartas?\s+de\s+despedida\b|\bregal\w+\s+(?:todas\s+)?mis\s+cosas\b"
        r"|\b(?:despedirme|me\s+despedi)\s+de\s+(?:todos|mis\s+hijos|mi\s+familia)\b",
        # no wish to live, Spanish: "ya ni ganas de vivir tengo", "sin ganas de vivir"
        r"\b(?:ni|sin|no\s+tengo|ya\s+no\s+tengo|se\s+me\s+quitaron\s+las|perdi\s+las)\s+ganas\s+de"
        r"\s+(?:vivir|seguir\s+viviendo|seguir\s+aqui|estar\s+aqui)\b",
        # no point left, better not to be: "don't see the point anymore", "sería mejor no estar"
        r"\b(?:dont|cant|do\s+not|no\s+longer)\s+see\s+(?:the\s+|a\s+|any\s+)?point\s+(?:any\s*more"
        r"|at\s+all|in\s+anything|of\s+it\s+all)\b|\bno\s+point\s+(?:any\s*more|in\s+(?:anything|living"
        r"|trying|going\s+on))\b",
        r"\b(?:seria|estaria)\s+mejor\s+(?:si\s+)?(?:no\s+estar|no\s+estuviera|no\s+existir|no\s+existiera"
        r"|desaparecer|morir(?:me)?|estar\s+muert[oa])\b|\bmejor\s+no\s+(?:estar|existir)\b(?!\s+(?:en|ahi"
        r"|alli|presente|tan))",
        r"\bya\s+no\s+quiero\s+(?:estar\s+aqui|existir|seguir\s+aqui)\b(?!\s+en\b)"
        r"|\b(?:been|started|keep|kept)\s+cutting\s*(?:$|[.,!;?]|again\b|lately\b)",
        # going forever, missed by nobody, unable to live like this
        r"\b(?:me\s+quiero|quisiera|quiero)\s+ir(?:me)?\s+para\s+siempre\b|\birme\s+para\s+siempre\b"
        # ("giving up on everything" is despair the corpus keeps apart from a wish to die)
        r"|\b(?:no\s*one|nobody)\s+would\s+(?:even\s+)?"
        r"miss\s+me\b|\bnadie\s+me\s+(?:extranaria|va\s+a\s+extranar|echaria\s+de\s+menos)\b"
        r"|\b(?:cant|can\s+not|cannot)\s+(?:keep\s+)?(?:living|live|go\s+on\s+living)\s+(?:like\s+this"
        r"|this\s+way|any\s*more)\b|\bno\s+puedo\s+seguir\s+viviendo\s+asi\b"
        r"|\b(?:hart|cansad)[oa]s?\s+de\s+vivir\b",
        r"\bmi\s+vida\s+(?:ya\s+)?no\s+vale\s+(?:nada|la\s+pena)\b|\bmy\s+life\s+is\s+(?:worthless|pointless"
        r"|meaningless|over)\b",
        # hoping for death without acting: "ojalá me muera", "hope I die in my sleep"
        r"\bojala\s+(?:ya\s+)?me\s+muera\b|\bque\s+me\s+lleve\s+la\s+muerte\b|\b(?:ya\s+)?no\s+quiero"
        r"\s+(?:volver\s+a\s+)?despertar\b(?!\s+(?:temprano|tan\s+temprano|a\s+las|manana|hoy|todavia))"
        r"|\bpara\s+que\s+vivo\b|\bmejor\s+me\s+muero\b"
        r"|\b(?:hope|hoping|pray|praying|wish)\s+i\s+(?:just\s+)?(?:die|pass)\s+(?:in\s+my\s+sleep|tonight"
        r"|soon)\b|\bwouldnt\s+(?:mind|care)\s+if\s+(?:i\s+(?:didnt\s+wake\s+up|died|never\s+woke\s+up"
        r"|was\s+gone|got\s+hit)|(?:a|some)\s+(?:truck|car|bus|train)\s+hit\s+me)\b",
        # not wanting to be here, said plainly: "just dont want to be here", "no quiero seguir
        # aqui" (but "at this job", "en este trabajo", "todo el dia" are about a place or a day)
        r"\b(?:dont|do\s+not)\s+(?:really\s+|even\s+|just\s+)?(?:want|wanna)\s+(?:to\s+)?be\s+"
        r"(?:here|around)\b(?!\s+(?:at|in|for|on|today|tonight|tomorrow|with|when|if|during|until"
        r"|til|all|this|that|the|people|anyone|anybody|everyone|them|him|her|my|kids)\b)|\bno\s+quiero\s+(?:estar|seguir)\s+aqui\b(?!\s+(?:en|todo|mas"
        r"|tanto|hoy|manana|sol[oa]|con|cuando|si)\b)",
        # everything has stopped mattering: "nothing matters anymore", "ya nada importa"
        r"\bnothing\s+matters\s+any\s*more\b|\bya\s+nada\s+(?:me\s+)?importa\b"
        r"|\bnada\s+(?:me\s+)?importa\s+ya\b",
        r"\b(?:think|thinking|thought|thoughts|dream\w*)\s+(?:\w+\s+){0,2}?(?:about|of)\s+(?:dying|death"
        r"|being\s+dead)\b(?!\s+(?:of|in)\b)|\bpienso\s+(?:\w+\s+)?en\s+(?:la\s+muerte|morirme)\b",
    ),
)

"""Word lists (as regex alternations) shared by the score, red-flag and intent rules."""

import re


def any_of(*patterns: str) -> re.Pattern[str]:
    """One pattern matching any of these (each kept whole as a group)."""
    return re.compile("|".join(f"(?:{p})" for p in patterns))


def _alternation(words: str) -> str:
    """Longest first, so "knees" is taken whole rather than as "knee"."""
    return "|".join(sorted(words.split(), key=len, reverse=True))


PAIN = _alternation(
    """pain pains painful p dolor dolores duele duelen dolio hurt hurts hurting sore soreness ache
    aches aching achy discomfort molestia molestias adolorido adolorida excruciating unbearable
    agonizing insoportable"""
)
# "energy" runs the other way (energy 8 is little fatigue), so it is not a fatigue
# label: an energy number is claimed and recorded nowhere.
FATIGUE = _alternation(
    """fatigue fatigued f tired tiredness exhausted exhaustion wiped drained cansancio cansado canse
    cansada cansados cansadisimo cansadisima fatiga agotado agotada agotamiento"""
)
# A session's effort, asked as "how hard was it, 0-10" (conversation.effort); labelled only
# by these words, so "hard" in "hard day" never takes a number.
EFFORT = _alternation("""effort esfuerzo exertion rpe""")
BODY = _alternation(
    r"""knee knees back hip hips shoulder shoulders neck ankle ankles wrist wrists elbow elbows hand
    hands foot feet leg legs arm arms spine hamstring hamstrings calf calves thigh thighs
    glute glutes rodilla rodillas espalda cadera caderas hombro hombros cuello tobillo
    tobillos muneca munecas codo codos mano manos pie pies pierna piernas brazo brazos
    columna cintura lumbar shin shins heel heels forearm forearms bicep biceps quad quads
    muscle muscles musculo musculos tailbone coccyx coxis rabadilla"""
)
# The body part that may take a score; "back" only as the body, not as the adverb of coming
# back, texting back or being back at the work ("text me back at 5", "back on the tasks, 3
# of 4"), which would tie a time or a count to the back.
BODY_PART = (
    rf"(?:(?!back\b)(?:{BODY})s?"
    r"|(?<!me\s)(?<!us\s)(?<!get\s)(?<!got\s)(?<!came\s)(?<!come\s)(?<!went\s)(?<!go\s)(?<!be\s)"
    r"(?<!im\s)(?<!am\s)(?<!its\s)(?<!way\s)(?<!bounce\s)(?<!bounced\s)(?<!write\s)(?<!call\s)"
    r"backs?\b(?!\s+(?:on\s+(?:the|my)\s+(?:tasks?|exercises?|program|routine|track|plan|schedule"
    r"|workouts?)|to\s+(?:work|normal|it|the\s+(?:tasks?|exercises?|routine))|home|in\s+action)\b))"
)
OTHER_MEASURES = (
    r"\b(?:energy|energia|mood|animo|sleep|slept|sueno|dormi|stress|estres|motivation|"
    r"weight|peso|sets?|reps?|series|round|rounds|day|dia|week|semana|exercise|ejercicio)"
)
# Words that may stand between a label and its number: "knee is at a 4",
# "pretty tired tho, 6", "dolor como en 5".
FILLERS = _alternation(
    """is was are were at a an about around like maybe prob probably roughly approx approximately
    only just still now today tonight this morning level levels score rating of to up down
    from i id say would guess think feels feel felt feeling it its my the hmm um tho though
    pretty very really super kinda kind sort sorta so too bit little lil bout abt round near
    close almost nearly high low moderate medium least over under sitting sits hovering
    staying stays out went goes going got gets getting been has have had be solid rn right
    es esta estoy en un una de como mas menos o sea yo creo diria el la mi hoy ahora ahorita
    nivel me anda ando sigue sigo quedo tengo tiene tenia aprox masomenos unos unas
    alrededor cerca casi ish nomas namas ok okay fine good alright better worse bad af asf lol lmao
    haha jaja honestly tbh ngl lvl lv more less somewhere prolly probs def definitely"""
)
# Looser signs, for a number nothing else claims in the same sentence: "shoulder
# felt off, prob a 4", "hip was bugging me a bit, 4ish", "pretty beat, 7".
PAIN_LIKE = _alternation(
    """tight tightness stiff stiffness bugging throbbing tender dolia dolian dolieron molesta
    molestaba"""
)
FATIGUE_LIKE = _alternation(
    """beat whooped gassed cooked spent toast sleepy rendido rendida fundido fundida molido
    molida reventado reventada muerto muerta dead"""
)
# After a number, these units mean it is not a score ("3 sets", "25 lb", "5pm").
UNITS = _alternation(
    """sets set reps rep lb lbs pound pounds libras kg kgs kilos min mins minute minutes minutos
    hour hours hr hrs horas hora sec secs seconds segundos times veces time vez x am pm days
    day dias week weeks semanas months meses years anos miles mile millas km kms steps pasos
    laps rounds round st nd rd th oclock series repeticiones percent porciento degrees
    grados"""
)
# A bare number followed by any other word counts things ("2 advil", "3 squats").
NOT_A_NOUN = frozenset(
    FILLERS.split("|")
    + """and y or but pero because cause cuz bc since after before when if then lol lmao haha hahaha
    jaja jajaja jk ok okay thanks thank thx gracias again otra vez maybe i you we it for
    with today hoy yesterday ayer tomorrow manana tonight now ya please pls and out outta
    ten diez sobre overall total todo by on in at during while til till until since""".split()
    # tags of doubt or emphasis ("prob a 6 idk", "7 out of 10 fr", "un 7 nose")
    + "idk idc fr frfr imo smh lowkey highkey istg bruh bro dude ig nose neta".split()
    # ("10/10 no joke", "9/10 sin mentir", "8 honestly"), never a thing counted
    + "no not ni sin seriously honestly literally legit".split()
    # a new clause opening ("10/10 cant take this pain"), never a thing counted
    + "cant cannot couldnt dont didnt wont never im ive".split()
)
# Spanish for passing water or stool: "no puedo hacer pis" is a bladder sign, "hice pis" no work.
WATER_ES = r"pipi|pis|chis|popo|del\s+(?:uno|dos|bano)"
PASS_WATER_ES = rf"orinar|mear|hacer\s+(?:{WATER_ES})|defecar|evacuar|ir\s+al\s+bano"
# "me hice en los pantalones": the clothes or the bed wet, the water itself left unsaid.
SOILED_ES = (
    r"en\s+(?:los|las|la|el|mis?)\s+(?:pantalon(?:es)?|pants|calzones|calzon|chones|ropa(?:\s+interior)?"
    r"|cama|shorts?)"
)
# Parts of the body the score rules do not tie numbers to, named when a patient tells of a
# sign: "can't feel my big toe", "me duele el pecho", "la herida ya cerró".
MORE_BODY = _alternation(
    """toe toes finger fingers chest head stomach belly groin butt buttocks behind booty bum skin
    wound incision scar dedo dedos pecho cabeza estomago panza ingle nalgas nalga pompis pompas
    trasero piel herida cortada cicatriz pantorrilla pantorrillas muslo muslos"""
)
# The mind told: low mood, hopelessness, wishing to be gone. (Only what a reply is about;
# whether it is a red flag is for the red-flag rules.)
MOOD_WORDS = (
    r"hopeless|depressed|anxious|sad|lonely|worthless|empty|deprimid[oa]|ansios[oa]|triste"
    r"|desesperad[oa]|vaci[oa]|desanimad[oa]|depression|anxiety|hopelessness|ansiedad|depresion"
    r"|tristeza"
)
MOOD = (
    # a word of mood said of the person ("hopeless traffic" is of a thing)
    r"(?:feel\w*|felt|im|i\s+am|been|so|very|super|kinda|kind\s+of|really|pretty|estoy|ando|me\s+siento"
    r"|muy|bien|un\s+poco|tan)\s+(?:\w+\s+)?(?:hopeless|depressed|down|anxious|sad|lonely|worthless"
    r"|empty|deprimid[oa]|ansios[oa]|triste|sol[oa]|desesperad[oa]|vaci[oa]|desanimad[oa])"
    r"|depression|anxiety|hopelessness|ansiedad|depresion|tristeza|sin\s+esperanza"
    r"|(?:dont|do\s+not|cant|cannot)\s+see\s+(?:the|any)\s+point"
    # ("no point doing the stretches if it hurts" is of the work)
    r"|no\s+point\s+(?:in\s+)?(?:going\s+on|living|being\s+here|carrying\s+on|trying\s+anymore|anymore"
    r"|to\s+(?:life|living|any\s+of\s+(?:this|it)))|(?:ya\s+)?no\s+tiene\s+(?:caso|sentido)\s+(?:seguir"
    r"|vivir|estar\s+aqui)|no\s+(?:le\s+)?(?:veo|encuentro)\s+"
    r"(?:el\s+|ningun\s+)?sentido|no\s+vale\s+la\s+pena(?:\s+(?:despertar\w*|levantar\w*|seguir|vivir"
    r"|nada|intentar\w*|estar\s+aqui)|\s*(?:$|[,.!]))"
    r"|(?:want|wanna|hope|wish|rather)\s+(?:\w+\s+){0,3}?(?:disappear|to\s+die|be\s+dead|be\s+gone"
    r"|(?:not|dont|didnt)\s+(?:be\s+here|wake\s+up|exist))"
    r"|(?:quiero|ganas\s+de|ojala)\s+(?:\w+\s+){0,2}?(?:desaparecer|morir\w*|no\s+despertar\w*"
    r"|no\s+existir)|no\s+despertar\w*|(?:mejor|ojala)\s+(?:que\s+)?(?:me\s+muera|me\s+muriera"
    r"|morirme|me\s+muero)|better\s+off\s+dead"
    # a life to be ended, or the means kept ready: "gonna end it tonight", "pills saved up",
    # "acabar con mi vida" ("gonna end it here for today" ends a session)
    r"|(?:gonna|going\s+to|want\s+to|wanna|plan\s+to|planning\s+to|about\s+to|ready\s+to|voy\s+a|quiero)"
    r"\s+(?:end|acabar\s+con|terminar\s+con)\s+(?:it(?:\s+all)?|my\s+life|things|mi\s+vida)\b(?!\s+(?:here"
    r"|there|early|for\s+(?:today|tonight|now)|now|w\w*\s+the\s+\w+)\b)|end\s+it\s+all|end\s+my\s+life"
    r"|quitarme\s+la\s+vida|(?:pills|meds|pastillas|medicinas)\s+(?:\w+\s+)?(?:saved|stashed|stockpiled"
    r"|guardadas|juntadas)|(?:saving|saved|stashing|stashed|stockpiling|juntando|guardando|junte|guarde)"
    r"\s+(?:up\s+)?(?:\w+\s+){0,2}?(?:pills|meds|pastillas|medicinas)"
    # the means looked at with the act in mind: "staring at my pill bottles thinking bout taking
    # every one of em", "pensando en tomarme todas las pastillas"
    r"|(?:pills?|bottles?|meds|pastillas|frascos?|medicinas?)\b[^.!?]{0,40}?\b(?:taking|swallowing"
    r"|tomarme|tragarme|tomar)\s+(?:every\s+(?:single\s+)?one|all\s+of|todas|todos|toda)\b"
    r"|(?:thinking|thought|pensando|pienso|pense|want|wanna|quiero|ganas\s+de)\s+(?:\w+\s+){0,2}?"
    r"(?:taking|take|swallow\w*|tomarme|tragarme)\s+(?:every\s+(?:single\s+)?one\s+of|all\s+(?:of\s+)?"
    r"|the\s+whole|todas|todos|toda)\s*(?:my|the|mis|las|los|el|la)?\s*(?:pills|meds|bottle|pastillas"
    r"|medicinas|frasco)"
    # worn out with living itself: "i just cant keep doing this", "ya no puedo seguir así"
    # ("can't keep doing this exercise" is the work)
    r"|(?:cant|cannot|can\s+not)\s+(?:keep\s+(?:doing|living)|go\s+on)\s+(?:like\s+)?(?:this|that)"
    r"(?=\s*(?:$|[,.!;]))|(?:ya\s+)?no\s+puedo\s+seguir\s+(?:viviendo\s+)?asi(?=\s*(?:$|[,.!;]))"
)
# The patient's own fall or slip, said or denied: "no me he caído", "I slipped on the ice"
# ("my coworker slipped" is someone else's).
FALL = (
    r"(?:i|me|se\s+me|me\s+he|i\s+(?:almost|nearly|just|have|havent|didnt|never))\s+"
    r"(?:fell|fallen|slipped|tripped|cai|caido|cay\w*|resbal\w*|tropec\w*)"
    r"(?!\s+(?:asleep|behind|apart|short|for|through|in\s+love|my\s+mind|up|de\s+(?:la\s+)?risa)\b)"
)
# Belongings a patient forgets or drops: "forgot my log sheet", "se me cayó el celular" (a thing
# left behind or fallen, neither the work skipped nor the patient's own fall). (Not the bands or
# the weights: without them the work is not done.)
THINGS = _alternation(
    """log sheet paper papers phone keys key wallet charger lunch bag glasses water bottle hoja
    hojas papel papeles celular cel telefono llaves llave cartera lonche bolsa lentes agua
    botella"""
)
# The work tasks a patient names, in either language (stems): "the lifts", "la escalera",
# "the sled", "las cargas". A task named with a verdict beside it tells of that task alone.
TASK_WORDS = (
    r"(?:lift|carr(?:y|ies)|ladder|squat|sled|stair|step(?:\s*ups?)?|push|pull|row|lunge|plank"
    r"|crawl|kneel|reach|walk|bike|stretch|climb|drag|grip|balance|levant|alz|carg|acarre|escaler"
    r"|escalon|sentadill|trineo|carrito|empuj|jal|caminat|estiramient|arrodill|gate|plancha"
    r"|agach|cuclill|bici|remo|zancad)\w*"
)
# The people a patient tells of besides themself: "my coworker fell", "mi compañero se cayó".
PEOPLE = _alternation(
    """wife husband son daughter kid kids mom mother dad father brother sister coworker coworkers
    friend buddy neighbor neighbour boss cousin nephew niece uncle aunt grandma grandpa partner
    esposa esposo marido hijo hija hijos mama papa hermano hermana companero companera companeros
    compa coworkers vecino vecina amigo amiga primo prima sobrino sobrina suegra suegro tio tia
    jefe jefa abuelo abuela cunado cunada"""
)

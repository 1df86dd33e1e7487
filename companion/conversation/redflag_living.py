"""More mood signs: living or dying told as indifference, insurance, a stash of pills, leaving."""

from companion.conversation.redflag_words import rule, together

LIVING = (
    "mental_health",
    rule(
        # indifference to living: "stopped caring if I live or die", "me da igual si vivo o muero"
        # (the "don't care" belongs to the sign: it is no denial of it)
        r"\b(?:(?:dont|do\s+not|doesnt|didnt|stopped|no\s+longer)\s+(?:even\s+|really\s+)?car(?:e|ing)\s+)?"
        r"(?:if|whether)\s+i\s+(?:live|living)\s+or\s+(?:die|dying)\b"
        r"|\b(?:no\s+me\s+importa\s+|me\s+da\s+igual\s+)?si\s+vivo\s+o\s+(?:me\s+)?muero\b",
        # no reason to stay: "don't see why I should stick around", "what's the point of waking up"
        r"\b(?:dont|cant|do\s+not)\s+see\s+why\s+i\s+(?:should|would)\s+(?:even\s+)?(?:stick\s+around|stay"
        r"|keep\s+going|go\s+on|bother)\b|\bno\s+reason\s+to\s+stick\s+around\b"
        r"|\b(?:whats|what\s+is)\s+the\s+(?:point|use)\s+(?:of|in)\s+(?:waking\s+up|existing|being\s+here"
        r"|sticking\s+around)\b",
        # the family provided for by one's death
        together(
            r"life\s+insurance|seguro\s+de\s+vida",
            # (collecting or cashing in a policy is money talk)
            r"better\s+off|worth\s+more\s+(?:dead|than\s+me)|estarian\s+mejor",
            60,
        ),
        # a way to die kept in view: "staring at the pills, thinking about taking all of them"
        together(
            r"pills|meds|pastillas|bottle",
            # ("want to take all my pills at night" is a dosing question)
            r"(?:think\w*|thought|tempted|urge)\s+(?:about\s+|of\s+|to\s+)?(?:\w+\s+)?"
            r"(?:taking|take|swallow\w*)\s+(?:all\s+of\s+them|them\s+all|every\s+(?:single\s+)?one"
            r"|the\s+whole\s+bottle|all\s+at\s+once)\b",
            60,
        ),
        r"\b(?:irme|ir|salir(?:me)?)\s+de\s+este\s+mundo\b|\bleave\s+this\s+(?:world|earth)\b",
    ),
)

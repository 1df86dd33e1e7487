"""More nerve signs: a limb that lets go, feels foreign or muffled, or buzzes down its length."""

from companion.conversation.redflag_words import LIMB, rule, together

# Limbs spelt by ear or in a hurry: "my feat are buzzing".
_LIMB_TYPO = r"feat|feets|foots|leggs|fingres|fingeres|hnads|toez"
_SENSED = r"buzz\w*|tingl\w*|numb\w*|electric\w*|prickl\w*"

LIMBS = (
    "neuro",
    rule(
        # a hand that lets go by itself, "forgot how to hold on" (the limb forgot, not "I")
        rf"\b{LIMB}\s+(?:\w+\s+){{0,2}}(?:keeps?|kept)\s+letting\s+go\b|\bletting\s+go\s+(?:of\s+\w+\s+)?"
        r"(?:\w+\s+){0,3}on\s+(?:its|their)\s+own\b"
        rf"|\b(?:{LIMB}|it|they)\s+(?:just\s+)?(?:forgot|forgets|forgotten)\s+how\s+to\s+(?:hold|grip"
        r"|walk|move|work|close|open|stand)\b",
        # a limb that is not one's own, or felt as through a glove
        # ("hand me that jacket, it isnt mine" lends a coat: the limb must feel it)
        rf"\b{LIMB}\b[^.!?,]{{0,30}}?\b(?:feels?|felt|feeling)\s+(?:like\s+)?(?:it|they|its|theyre)?\s*"
        r"(?:isnt|arent)\s+mine\b|\blike\s+(?:\w+\s+){0,2}(?:touching|feeling)\s+"
        r"(?:\w+\s+){0,2}?through\s+(?:a\s+|thick\s+)*(?:gloves?|mittens?|blanket|towel|cloth)\b",
        together(_LIMB_TYPO, _SENSED, 30),
        # a sensation travelling a limb's length: "a crawly electric feeling running down my leg"
        r"\b(?:electric\w*|crawl\w*|buzz\w*|zing\w*|zap\w*|tingl\w*)\s+(?:\w+\s+){0,3}?(?:running|shooting"
        rf"|going|traveling|travelling|goes|runs|shoots|moving)\s+(?:down|into|through|up)\s+(?:\w+\s+){{0,5}}?{LIMB}",
        # a leg or knee that goes out from under one gives way (feet that do so slipped)
        r"\b(?:legs?|knees?)\s+(?:\w+\s+){0,2}?(?:went|goes|going|gone|keeps\s+going)\s+(?:right\s+)?out"
        r"\s+from\s+under\b",
        # limbs gone wooden; Spanish numbness with more words between ("se siente dormido")
        rf"\b{LIMB}\s+(?:\w+\s+){{0,2}}(?:feel|feels|felt|feeling|are|is)\s+(?:\w+\s+)?wooden\b",
        r"\b(?:pierna|pie|mano|brazo|dedo)s?\s+(?:\w+\s+){2,3}?(?:dormid[oa]s?|entumid[oa]s?|adormecid[oa]s?)\b",
    ),
)

"""The yellow-flag screen: the FABQ work subscale by text, at intake and week 4.

FABQ (Fear-Avoidance Beliefs Questionnaire; Waddell et al. 1993, Pain 52:157-168), work
subscale: items 6, 7, 9, 10, 11, 12 and 15, each 0 (completely disagree) to 6 (completely
agree), summed 0-42. The questionnaire is published and free to use (RehabMeasures lists
its cost as free; no licence is asked for); the English statements below are the
published items, the Spanish ones our own translation (not a validated version, such as
Kovacs et al. 2006's, which a clinic may prefer). Above 34 predicted not returning to
work in acute work-related low back pain (Fritz & George 2002, Phys Ther 82:973-983);
other studies use lower cut-offs (> 29), so the cut-off is one constant.

A score past the cut-off opens a watch alert for the care team's psychologist or
vocational counsellor: fear-avoidance is theirs to address, not a dose to change.
Chosen over the ÖMPSQ short form because its items are published word for word and
free, and its work subscale is the part that predicts return to work.
"""

import re
from datetime import datetime
from typing import Any

from sqlalchemy import select

from companion.alerts import raise_alert
from companion.conversation.tasks_reading import fold
from companion.extensions import db
from companion.models import Alert, Patient, QuestionnaireResponse, Role, Severity, Therapist

CUTOFF = 34  # above this: a yellow flag (Fritz & George 2002)
ITEMS = {
    "6": {
        "en": "My pain was caused by my work or by an accident at work.",
        "es": "Mi dolor fue causado por mi trabajo o por un accidente de trabajo.",
    },
    "7": {"en": "My work aggravated my pain.", "es": "Mi trabajo empeoró mi dolor."},
    "9": {"en": "My work is too heavy for me.", "es": "Mi trabajo es demasiado pesado para mí."},
    "10": {
        "en": "My work makes or would make my pain worse.",
        "es": "Mi trabajo empeora o empeoraría mi dolor.",
    },
    "11": {"en": "My work might harm my back.", "es": "Mi trabajo podría dañar mi espalda."},
    "12": {
        "en": "I should not do my normal work with my present pain.",
        "es": "No debería hacer mi trabajo normal con el dolor que tengo ahora.",
    },
    "15": {
        "en": "I do not think that I will be back to my normal work within 3 months.",
        "es": "No creo que vuelva a mi trabajo normal dentro de 3 meses.",
    },
}
ROUTED_TO = (Role.PSYCHOLOGIST, Role.VOCATIONAL_COUNSELLOR)
_AGREEMENT = [
    (0, r"completely disagree|totally disagree|strongly disagree|totalmente en desacuerdo"
        r"|nada de acuerdo|para nada"),
    (6, r"completely agree|totally agree|strongly agree|totalmente de acuerdo"
        r"|completamente de acuerdo"),
    (3, r"unsure|not sure|dont know|no se|no estoy seguro|no estoy segura|maybe|tal vez"),
]  # fmt: skip


def read_agreement(text: str) -> int | None:
    """A 0-6 agreement in the patient's words; None when there is none or it is out of range."""
    folded = fold(text if isinstance(text, str) else "")
    numbers = [int(n) for n in re.findall(r"(?<![\d.])\d{1,2}(?![\d])", folded)]
    if numbers:
        return min(numbers) if max(numbers) <= 6 else None
    for value, words in _AGREEMENT:
        if re.search(rf"\b(?:{words})\b", folded):
            return value
    return None


def evaluate_screen(
    patient: Patient, response: QuestionnaireResponse, now: datetime
) -> Alert | None:
    """Past the cut-off: a watch alert naming the team members it is for (caller commits)."""
    total = sum(a.value for a in response.answers)
    if total <= CUTOFF:
        return None
    team = db.session.scalars(
        select(Therapist).where(
            Therapist.clinic_id == patient.clinic_id,
            Therapist.role.in_(ROUTED_TO),
            Therapist.is_active.is_(True),
        )
    ).all()
    evidence: dict[str, Any] = {
        "fabq_work": total,
        "cutoff": CUTOFF,
        "occasion": response.occasion,
        "for_roles": [role.value for role in ROUTED_TO],
        "for": [{"id": t.id, "name": t.name, "role": t.role.value} for t in team],
        "suggestion": "Fear-avoidance beliefs about work: psychology or vocational review.",
    }
    return raise_alert(patient, "yellow_flag_fabq", Severity.WATCH, now, evidence)

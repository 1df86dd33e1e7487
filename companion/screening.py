"""The yellow-flag screen: the FABQ work subscale by text, at intake and week 4.

FABQ (Fear-Avoidance Beliefs Questionnaire; Waddell et al. 1993, Pain 52:157-168), work
subscale: items 6, 7, 9, 10, 11, 12 and 15, each 0 (completely disagree) to 6 (completely
agree), summed 0-42. The questionnaire is published and free to use (RehabMeasures lists
its cost as free; no licence is asked for); the English statements below are the published
items.

The Spanish statements are OUR OWN translation, not a validated version. The published
Spanish version is Kovacs FM et al. (Spanish Back Pain Research Network), "Psychometric
characteristics of the Spanish version of the FAB questionnaire", Spine 2006 (31(1):104-110
as usually cited, not checked here; translated and back-translated, validated on 209 low back
pain patients in 21 Spanish centres). Only
its abstract could be read here (ScienceOpen record f506562d-4e5b-4c37-8b21-9392bdb2ed9b);
its item wording could not be obtained, so none of it is claimed below. A clinic serving
Spanish-speaking workers should put the published wording in place of ours. (An unattributed
Spanish FABQ circulates on Scribd; its source is not Kovacs et al., so it is not used.) Note
also Kovacs et al. 2005 (Spine 30(22):E676-E682): in Spanish patients fear-avoidance
explained far less disability than in Anglo-Saxon and Northern European ones.

The cut-off: Fritz JM, George SZ, "Identifying psychosocial variables in patients with acute
work-related low back pain: the importance of fear-avoidance beliefs", Phys Ther 2002
82(10):973-983 (abstract read at scholars.duke.edu/display/pub1242995): 78 patients with
acute work-related low back pain; the outcome was work status at 4 weeks (22, 29 %, still
under work restrictions); the work subscale was the strongest predictor, positive likelihood
ratio 3.33 for scores above 34 and negative likelihood ratio 0.08 for scores below 30. So
"above 34" predicts prolonged work restrictions at 4 weeks (not, strictly, never returning to
work), in acute work-related low back pain in the US. Other studies chose other cut-offs
(> 29 in a Norwegian acute sample; <= 27.5 and > 39.5 in Holden et al., J Back Musculoskelet
Rehabil), so the cut-off is one constant.

A score past the cut-off opens a watch alert for the care team's psychologist or
vocational counsellor: fear-avoidance is theirs to address, not a dose to change.
Chosen over the ÖMPSQ short form because its items are published word for word and
free, and its work subscale is the part that predicts return to work.
"""

from datetime import datetime
from typing import Any

from sqlalchemy import select

from companion.alerts import raise_alert
from companion.conversation.item_scores import read_item_rating
from companion.conversation.tasks_reading import fold
from companion.extensions import db
from companion.models import Alert, Patient, QuestionnaireResponse, Role, Severity, Therapist

CUTOFF = 34  # above this: a yellow flag (Fritz & George 2002, LR+ 3.33; see above)
CUTOFF_SOURCE = (
    "Above 34 predicted work restrictions still in place at 4 weeks in acute work-related "
    "low back pain (Fritz & George 2002, Phys Ther 82:973-983)."
)
SPANISH_WORDING = (
    "Asked in the clinic's own Spanish translation, not the validated Spanish FABQ "
    "(Kovacs et al. 2006): read the score with that in mind."
)
# "en": the published items (Waddell 1993); "es": our own translation (see above), not the
# validated Spanish version of Kovacs et al. 2006, whose wording could not be obtained here.
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
    # "casi nada" (hardly at all) before "nada": the wording of the PSFS's own anchors
    (1, r"casi nada|apenas|barely|hardly"),
    (0, r"completely disagree|totally disagree|strongly disagree|totalmente en desacuerdo"
        r"|nada de acuerdo|para nada|nada|not at all"),
    (6, r"completely agree|totally agree|strongly agree|totalmente de acuerdo"
        r"|completamente de acuerdo"),
    (3, r"unsure|not sure|dont know|no se|no estoy seguro|no estoy segura|maybe|tal vez"),
]  # fmt: skip


def read_agreement(text: str) -> int | None:
    """A 0-6 agreement in the patient's words, read as every score is (conversation.scores);
    None when there is none or it is out of range. Of two numbers ("3-4") the higher, and a
    decimal rounds up: the reading that does not miss fear-avoidance (the contract's rule)."""
    folded = fold(text if isinstance(text, str) else "")
    return read_item_rating(folded, 6, higher_is_cautious=True, words=_AGREEMENT)


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
        "cutoff_source": CUTOFF_SOURCE,
    }
    if patient.language == "es":
        evidence["wording"] = SPANISH_WORDING
    return raise_alert(patient, "yellow_flag_fabq", Severity.WATCH, now, evidence)

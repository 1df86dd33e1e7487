"""When the conversation asks how hard a session was.

The question is ours: "how hard was today's session, 0 to 10? 0 = no effort at all, 10 = all
you had" (texts.py), read by the usual score reading
(conversation.scores, `expecting="effort"`). It is not the Borg CR10, whose wording is
copyrighted (Borg Perception), and is never labelled as one; "how tired" stays the fatigue
question.

Where: folded into the check-in, after pain and fatigue, for a session done or partly done
by a patient on graded activity, at most once a day. In graded activity pain does not hold
the quota (within the agreed ceiling), so how hard the session felt is what the therapist
weighs at each scheduled rise; in pain-monitoring the rule reads pain, fatigue and the next
morning, already asked, and an extra daily question would only add texts. Being part of the
reply to the patient's own text, it waits for no sending window: quiet hours allow answers,
and it counts against no daily budget of texts we start.
"""

from sqlalchemy import exists, select

from companion.extensions import db
from companion.models import CheckIn, Completion, Patient, ProgressionModel

SESSION = (Completion.DONE, Completion.PARTIAL)


def effort_due(patient: Patient, checkin: CheckIn) -> bool:
    """Whether to ask this check-in's effort: a graded-activity session, pain and fatigue in,
    no effort yet, and no other session reported today (so at most one question a day)."""
    if patient.progression_model != ProgressionModel.GRADED_ACTIVITY:
        return False
    if checkin.completion not in SESSION or checkin.effort is not None:
        return False
    if checkin.pain is None or checkin.fatigue is None:
        return False
    db.session.flush()
    earlier = select(
        exists().where(
            CheckIn.patient_id == patient.id,
            CheckIn.local_date == checkin.local_date,
            CheckIn.id != checkin.id,
            CheckIn.completion.in_(SESSION),
        )
    )
    return not db.session.scalar(earlier)

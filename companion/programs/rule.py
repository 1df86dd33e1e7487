"""The "2 for 2" rule adapted to pain monitoring, as pure functions over a task's sessions.

Two sessions done in a row with pain ≤ 5, fatigue ≤ 6 and the next morning not worse earn
the next dose; pain above 5 asks for a hold, a worse next morning (or pain above 5 twice)
for an easing.
"""

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from companion.models import ProposalKind, Trend
from companion.programs.dose import Dose, eased_dose, next_dose
from companion.programs.sessions import FATIGUE_LIMIT, PAIN_LIMIT, Session


@dataclass(frozen=True)
class Finding:
    kind: ProposalKind
    rule: str
    sessions: list[Session]


def _fine_so_far(session: Session) -> bool:
    """Done with pain ≤ 5 and fatigue ≤ 6, both reported."""
    return session.acceptable and session.fatigue is not None and session.fatigue <= FATIGUE_LIMIT


def _earns_progress(session: Session) -> bool:
    """Fine so far, and the next morning was not worse (or passed without an answer)."""
    return _fine_so_far(session) and session.settled and session.next_morning != Trend.WORSE


def assess(sessions: list[Session]) -> Finding | None:
    """The rule over a task's sessions (oldest first).

    Holding and easing read the last two sessions, as soon as a signal shows. Advancing
    reads the last two settled sessions (their next morning is known): a session whose
    morning is still to come only has to be fine so far, or daily training would never
    leave a moment when the last two sessions are both settled.
    """
    recent = sessions[-2:]
    if any(s.next_morning == Trend.WORSE for s in recent):
        return Finding(ProposalKind.EASE, "worse_next_morning", recent)
    painful = [s for s in recent if s.pain is not None and s.pain > PAIN_LIMIT]
    if len(painful) == 2:
        return Finding(ProposalKind.EASE, "pain_above_limit_twice", recent)
    if painful:
        return Finding(ProposalKind.HOLD, "pain_above_limit", recent)
    # Settled sessions come first: a day's session settles before the next day's can.
    settled = [s for s in sessions if s.settled][-2:]
    unsettled = [s for s in sessions if not s.settled]
    if (
        len(settled) == 2
        and all(_earns_progress(s) for s in settled)
        and all(_fine_so_far(s) for s in unsettled)
    ):
        return Finding(ProposalKind.ADVANCE, "two_good_sessions", settled + unsettled)
    return None


def proposed_dose(
    finding: Finding, dose: Dose, target: Decimal | None
) -> tuple[ProposalKind, Dose] | None:
    """The dose the finding asks for; None when an advance would pass the target.

    An easing with nothing left to take off becomes a hold.
    """
    if finding.kind == ProposalKind.ADVANCE:
        raised = next_dose(dose, target)
        return None if raised is None else (ProposalKind.ADVANCE, raised)
    if finding.kind == ProposalKind.EASE:
        eased = eased_dose(dose)
        if eased is not None:
            return ProposalKind.EASE, eased
    return ProposalKind.HOLD, dose


# Why each rule proposes what it does, for the therapist deciding (Silbernagel et al. 2007:
# pain during activity up to 5/10 is acceptable, and it should settle by the next morning).
RULE_REASONS = {
    "two_good_sessions": (
        f"The last two sessions were done with pain at most {PAIN_LIMIT} and fatigue at most "
        f"{FATIGUE_LIMIT}, and the next morning was no worse."
    ),
    "worse_next_morning": "Pain was worse the next morning after a recent session.",
    "pain_above_limit_twice": f"Pain was above {PAIN_LIMIT} in both of the last two sessions.",
    "pain_above_limit": f"Pain was above {PAIN_LIMIT} in one of the last two sessions.",
}


def rule_reason(rule: str | None) -> str:
    """The rule behind a proposal, in a sentence ('' for none recorded)."""
    return RULE_REASONS.get(rule or "", f"Rule: {rule}" if rule else "")


def reason(finding: Finding, target: Decimal | None, unit: str | None) -> dict[str, Any]:
    """The evidence a proposal carries, as JSON the dashboard can show."""
    return {
        "rule": finding.rule,
        "sessions": [s.evidence for s in finding.sessions],
        "limits": {"pain": PAIN_LIMIT, "fatigue": FATIGUE_LIMIT},
        "target": None if target is None else {"value": float(target), "unit": unit},
    }

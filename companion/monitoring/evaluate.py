"""Running the alert rules for a patient: raise, upgrade or resolve alerts, escalate urgent ones."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from companion import inbound_batch
from companion.alerts import raise_alert, unresolved_alerts
from companion.extensions import db
from companion.models import (
    Alert,
    AlertStatus,
    CheckIn,
    DayOutcome,
    Patient,
    ProgramDay,
    Severity,
)
from companion.monitoring.plateau import plateau_candidates, progress_of
from companion.monitoring.redflags import notify_therapist
from companion.monitoring.rules import (
    CHECKIN_RULES,
    DAY_RULES,
    PROGRESS_RULES,
    SELF_RESOLVING,
    History,
    Rule,
)
from companion.monitoring.thresholds import thresholds
from companion.planning import close_days

LOOKBACK = timedelta(days=28)  # the weeks companion/inbound_batch.py reads for a batch, too
RANK = {Severity.WATCH: 1, Severity.HIGH: 2, Severity.URGENT: 3}


def history_for(patient_id: int, today: date, *, with_days: bool = True) -> History:
    """The last four weeks of check-ins and, unless the rules read none, programme days."""
    since = today - LOOKBACK
    checkins = db.session.scalars(
        select(CheckIn)
        .where(CheckIn.patient_id == patient_id, CheckIn.local_date.between(since, today))
        .order_by(CheckIn.local_date, CheckIn.id)
    ).all()
    if not with_days:
        return History(today=today, checkins=list(checkins))
    days = db.session.execute(
        select(ProgramDay.local_date, ProgramDay.outcome)
        .where(ProgramDay.patient_id == patient_id, ProgramDay.local_date >= since)
        .order_by(ProgramDay.local_date)
    ).all()
    return History(today=today, checkins=list(checkins), days=[(d, o) for d, o in days])


def evaluate(
    patient: Patient,
    rules: list[tuple[str, Rule]],
    now: datetime,
    recorded: CheckIn | None = None,
    history: History | None = None,
) -> list[Alert]:
    """Apply the rules; return the alerts raised or made more severe (caller commits).

    `recorded` is a check-in the caller has just made or changed, perhaps not yet flushed;
    `history`, when given, is what the rules read instead of the database's.
    """
    today = now.astimezone(ZoneInfo(patient.timezone)).date()
    if history is None and recorded is not None and rules is CHECKIN_RULES:
        # In the conversation worker's batch: its check-ins were read with the others'.
        prepared = inbound_batch.take(inbound_batch.CHECKINS, (patient.id, today))
        if prepared is not inbound_batch.MISSING:
            history = History(today=today, checkins=list(prepared))
    if history is None:
        # The check-in rules read check-ins only: the programme days would be a wasted query.
        history = history_for(patient.id, today, with_days=rules is not CHECKIN_RULES)
    history.model, history.pain_ceiling = patient.progression_model, patient.pain_ceiling
    if recorded is not None and recorded not in history.checkins:
        history.checkins.append(recorded)  # today's and the newest: it goes last
    limits = thresholds(patient.clinic)
    unresolved = unresolved_alerts(patient.id)
    changed = []
    for kind, rule in rules:
        finding = rule(history, limits)
        existing = unresolved.get(kind)
        if finding is None:
            if existing is not None and kind in SELF_RESOLVING:
                existing.resolve(None, now)
            continue
        severity, evidence = finding
        if existing is None:
            alert = raise_alert(patient, kind, severity, now, evidence, unresolved)
        elif RANK[severity] > RANK[existing.severity]:
            existing.severity, existing.evidence, alert = severity, evidence, existing
        else:
            continue
        if alert is not None:
            changed.append(alert)
    for alert in changed:
        if alert.severity == Severity.URGENT:
            escalate(patient, alert, now)
    return changed


def escalate(patient: Patient, alert: Alert, now: datetime) -> None:
    """Urgent: the therapist is texted at once and programme texts pause until resumed."""
    patient.pause("urgent_alert")
    notify_therapist(patient, alert, now)


def evaluate_checkin(
    patient: Patient, now: datetime, recorded: CheckIn | None = None
) -> list[Alert]:
    """The check-in rules; the check-in just `recorded` is read from memory.

    Then without autoflush: the rules' reads would otherwise write the conversation state
    in a flush of its own, and the webhook's commit would write it again.
    """
    if recorded is None:
        return evaluate(patient, CHECKIN_RULES, now)
    with db.session.no_autoflush:
        return evaluate(patient, CHECKIN_RULES, now, recorded)


def evaluate_settled_days(now: datetime, patient_ids: list[int]) -> int:
    """After day closing: silent streaks and adherence, for the patients just settled."""
    with_open = set(
        db.session.scalars(
            select(Alert.patient_id).where(
                Alert.kind.in_(SELF_RESOLVING), Alert.status != AlertStatus.RESOLVED
            )
        )
    )
    raised = 0
    for patient_id in sorted(set(patient_ids) | with_open):
        patient = db.session.get(Patient, patient_id)
        if patient is not None:
            raised += len(evaluate(patient, DAY_RULES, now))
    db.session.commit()
    return raised


def evaluate_plateaus(now: datetime, patient_ids: list[int]) -> int:
    """Once a settled day: has a patient stopped progressing? (readiness is read only for
    patients with no step up approved lately)."""
    window = timedelta(days=thresholds().plateau_days)
    raised = 0
    for patient_id in plateau_candidates(patient_ids, now, window):
        patient = db.session.get(Patient, patient_id)
        progress = progress_of(patient, now, window) if patient else None
        if patient is None or progress is None:
            continue
        today = now.astimezone(ZoneInfo(patient.timezone)).date()
        history = History(today=today, progress=progress)
        raised += len(evaluate(patient, PROGRESS_RULES, now, history=history))
    db.session.commit()
    return raised


def settle_days(now: datetime) -> dict[str, int]:
    """Close each patient's finished day, then judge silence, adherence and progress."""
    settled = close_days(now)
    worth_a_look = [pid for pid, outcome in settled.items() if outcome != DayOutcome.DONE]
    return {
        "days_settled": len(settled),
        "day_alerts": evaluate_settled_days(now, worth_a_look),
        "plateau_alerts": evaluate_plateaus(now, list(settled)),
    }

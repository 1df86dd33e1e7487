"""What a batch of inbound texts' conversations read, loaded at once for every sender.

The conversation worker claims up to 50 texts, at most one per number, and converses them
in one transaction. Each conversation read its patient, the patient's unresolved alerts
(often twice, by kind), the day's tasks and the four weeks of check-ins the alert rules
judge with queries of its own: four or five round trips a text, most of the worker's time
on a loaded machine. Here they are four queries a batch, kept in the worker's session (each
thread has its own). The patient, the tasks and the check-ins are taken once each: a second
read goes to the database. The alerts stay, kept up to date as the conversation raises them
(companion/alerts.py), since one conversation reads them again after raising one.
"""

from collections.abc import Callable, Collection, Sequence
from datetime import date, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import joinedload
from sqlalchemy.orm.attributes import set_committed_value

from companion.extensions import db
from companion.models import (
    Alert,
    AlertStatus,
    CheckIn,
    Conversation,
    Patient,
    Program,
    Task,
)
from messaging.models import Message

KEY = "companion_inbound_batch"
SENDERS, ALERTS, TASKS, CHECKINS = "senders", "alerts", "tasks", "checkins"
# The check-ins the alert rules read: companion/monitoring/evaluate.py's LOOKBACK.
LOOKBACK = timedelta(days=28)
MISSING: Any = object()


def senders(phones: Collection[str]) -> list[Patient]:
    """The patients texting from these numbers, each with today's conversation and check-in,
    the clinic whose alert thresholds apply and the therapist: one query however many."""
    return list(
        db.session.scalars(
            select(Patient)
            .where(Patient.phone.in_(phones))
            .options(
                joinedload(Patient.conversation).joinedload(Conversation.checkin),
                joinedload(Patient.clinic),
                joinedload(Patient.therapist),  # whom a red flag is texted to
            )
        )
    )


def prepare(messages: Sequence[Message]) -> None:
    """Load, for the senders of these texts, what their conversations will read."""
    phones = {message.phone for message in messages}
    patients = {patient.phone: patient for patient in senders(phones)}
    ids = [patient.id for patient in patients.values()]
    alerts: dict[int, dict[str, Alert]] = {patient_id: {} for patient_id in ids}
    tasks: dict[int, list[Task]] = {patient_id: [] for patient_id in ids}
    if ids:
        for alert in db.session.scalars(
            select(Alert).where(Alert.patient_id.in_(ids), Alert.status != AlertStatus.RESOLVED)
        ):
            alerts[alert.patient_id][alert.kind] = alert
        # Each task's programme comes with it (a plan asked again is sent by it).
        rows = db.session.execute(
            select(Task, Program)
            .join(Program, Program.id == Task.program_id)
            .where(Program.patient_id.in_(ids), Task.removed_at.is_(None))
            .order_by(Program.start_date.desc(), Program.id.desc(), Task.position, Task.id)
        )
        for task, program in rows:
            # Set on the task, not only in the session's identity map: that holds objects
            # weakly, and a programme nothing else held was read again at each plan asked.
            set_committed_value(task, "program", program)
            tasks[program.patient_id].append(task)
    checkins = recent_checkins(messages, patients)
    db.session.info[KEY] = {
        SENDERS: {phone: patients.get(phone) for phone in phones},
        ALERTS: alerts,
        TASKS: {patient_id: current(found) for patient_id, found in tasks.items()},
        CHECKINS: checkins,
    }


def recent_checkins(
    messages: Sequence[Message], patients: dict[str, Patient]
) -> dict[tuple[int, date], list[CheckIn]]:
    """By (patient id, the local day of their text): the check-ins of the four weeks up to
    that day, oldest first, as the alert rules read them after a conversation records one."""
    days = {}
    for message in messages:
        if (patient := patients.get(message.phone)) is not None:
            local = message.created_at.astimezone(ZoneInfo(patient.timezone)).date()
            days[patient.id] = local
    if not days:
        return {}
    found: dict[tuple[int, date], list[CheckIn]] = {(pid, day): [] for pid, day in days.items()}
    rows = db.session.scalars(
        select(CheckIn)
        .where(
            CheckIn.patient_id.in_(days),
            CheckIn.local_date.between(min(days.values()) - LOOKBACK, max(days.values())),
        )
        .order_by(CheckIn.local_date, CheckIn.id)
    )
    for checkin in rows:
        today = days[checkin.patient_id]
        if today - LOOKBACK <= checkin.local_date <= today:
            found[(checkin.patient_id, today)].append(checkin)
    return found


def current(tasks: list[Task]) -> list[Task]:
    """The current programme's tasks only (the first's), as the day's plan numbers them."""
    return [task for task in tasks if task.program_id == tasks[0].program_id]


def take(kind: str, key: object) -> Any:
    """What prepare loaded of this kind for this key, once; MISSING if it did not."""
    prepared: dict[str, dict[object, Any]] = db.session.info.get(KEY, {})
    return prepared.get(kind, {}).pop(key, MISSING)


def remembered(kind: str, key: object, load: Callable[[Any], Any]) -> Any:
    """`load(key)`, kept for the rest of the batch: loaded once per key in a batch (a red flag's
    therapist, say), every time outside one."""
    prepared: dict[str, dict[object, Any]] | None = db.session.info.get(KEY)
    if prepared is None:
        return load(key)
    known = prepared.setdefault(kind, {})
    if key not in known:
        known[key] = load(key)
    return known[key]


def alerts_of(patient_id: int) -> dict[str, Alert] | None:
    """The patient's alerts by kind as the batch knows them (prepared, then kept up to date
    by note_alert), or None outside a batch. Callers look at each one's status: one resolved
    meanwhile is still in the map."""
    prepared: dict[str, dict[int, dict[str, Alert]]] = db.session.info.get(KEY, {})
    return prepared.get(ALERTS, {}).get(patient_id)


def note_alert(alert: Alert) -> None:
    """An alert raised in the batch's transaction: later reads of its patient's alerts see it."""
    if (known := alerts_of(alert.patient_id)) is not None:
        known[alert.kind] = alert


def forget() -> None:
    """Drop what is left of the batch (its transaction ended)."""
    db.session.info.pop(KEY, None)

"""What a batch of inbound texts' conversations read, loaded at once for every sender.

The conversation worker claims up to 25 texts, at most one per number, and converses them
in one transaction. Each conversation read its patient, the patient's unresolved alerts
and the day's tasks with a query of its own: three round trips a text, most of the
worker's time on a loaded machine. Here they are three queries a batch, kept in the
worker's session (each thread has its own) and taken once each: a second read of the same
thing in the same conversation goes to the database, which then holds what the first
conversation wrote.
"""

from collections.abc import Collection, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import joinedload

from companion.extensions import db
from companion.models import Alert, AlertStatus, Conversation, Patient, Program, Task
from messaging.models import Message

KEY = "companion_inbound_batch"
SENDERS, ALERTS, TASKS = "senders", "alerts", "tasks"
MISSING: Any = object()


def senders(phones: Collection[str]) -> list[Patient]:
    """The patients texting from these numbers, each with today's conversation and check-in
    and the clinic whose alert thresholds apply: one query however many numbers."""
    return list(
        db.session.scalars(
            select(Patient)
            .where(Patient.phone.in_(phones))
            .options(
                joinedload(Patient.conversation).joinedload(Conversation.checkin),
                joinedload(Patient.clinic),
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
        rows = db.session.execute(
            select(Task, Program.patient_id)
            .join(Program, Program.id == Task.program_id)
            .where(Program.patient_id.in_(ids), Task.removed_at.is_(None))
            .order_by(Program.start_date.desc(), Program.id.desc(), Task.position, Task.id)
        )
        for task, patient_id in rows:
            tasks[patient_id].append(task)
    db.session.info[KEY] = {
        SENDERS: {phone: patients.get(phone) for phone in phones},
        ALERTS: alerts,
        TASKS: {patient_id: current(found) for patient_id, found in tasks.items()},
    }


def current(tasks: list[Task]) -> list[Task]:
    """The current programme's tasks only (the first's), as the day's plan numbers them."""
    return [task for task in tasks if task.program_id == tasks[0].program_id]


def take(kind: str, key: object) -> Any:
    """What prepare loaded of this kind for this key, once; MISSING if it did not."""
    prepared: dict[str, dict[object, Any]] = db.session.info.get(KEY, {})
    return prepared.get(kind, {}).pop(key, MISSING)


def forget() -> None:
    """Drop what is left of the batch (its transaction ended)."""
    db.session.info.pop(KEY, None)

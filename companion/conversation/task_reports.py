"""Per-task reports: what a reply says of each task, kept beside the day's check-in.

The day's completion stays the summary adherence reads; when the reply speaks of tasks one
by one, that summary is what the tasks add up to ("did the lifts but not the ladder" is a
day partly done, whatever word the reply began with).
"""

from dataclasses import replace
from datetime import date, datetime

from sqlalchemy import select

from companion import inbound_batch
from companion.conversation.interpret import Reading
from companion.conversation.tasks_reading import (
    PlannedTask,
    TaskMention,
    day_summary,
    read_tasks,
    says_what_was_done,
)
from companion.extensions import db
from companion.models import CheckIn, Completion, Patient, Program, Task, TaskReport

# The intents a reply naming tasks may be re-read from: not a keyword, a question or a plan.
_REREAD = frozenset({"done", "partial", "skipped", "report", "other"})
_COMPLETIONS = frozenset({"done", "partial", "skipped"})


def todays_tasks(patient: Patient) -> list[Task]:
    """The tasks as the day's plan numbers them (the current programme's, in order), in one
    statement: every reply reads them (none when the worker loaded its batch's at once)."""
    prepared = inbound_batch.take(inbound_batch.TASKS, patient.id)
    if prepared is not inbound_batch.MISSING:
        return list(prepared)
    rows = db.session.scalars(
        select(Task)
        .join(Program, Program.id == Task.program_id)
        .where(Program.patient_id == patient.id, Task.removed_at.is_(None))
        .order_by(Program.start_date.desc(), Program.id.desc(), Task.position, Task.id)
    ).all()
    return [task for task in rows if task.program_id == rows[0].program_id] if rows else []


def read_task_mentions(tasks: list[Task], text: str, intent: str) -> list[TaskMention]:
    """What the reply says of each of these tasks; [] if it names none, or names one only in
    passing (a reply that reports no completion and has no word of doing)."""
    if intent not in _COMPLETIONS and not says_what_was_done(text):
        return []
    return read_tasks(text, [PlannedTask(t.name, t.sets) for t in tasks])


def with_task_summary(reading: Reading, mentions: list[TaskMention], count: int) -> Reading:
    """The reading, its intent the day's summary of the tasks named (unchanged if none)."""
    if not mentions or reading.intent not in _REREAD:
        return reading
    summary = day_summary(mentions, count)
    if summary is None:
        summary = Completion.PARTIAL
    return replace(reading, intent=summary.value)


def record_task_reports(
    patient: Patient,
    checkin: CheckIn,
    tasks: list[Task],
    mentions: list[TaskMention],
    today: date,
    now: datetime,
) -> list[TaskReport]:
    """One row per task named, tied to the day's check-in (in the caller's transaction)."""
    rows = [
        TaskReport(
            checkin=checkin,
            patient_id=patient.id,
            task_id=tasks[m.index].id,
            local_date=today,
            completion=m.completion.value,
            sets=m.sets,
            reps=m.reps,
            load_lb=m.load_lb,
            pain=m.pain,
            fatigue=m.fatigue,
            effort=m.effort,
            created_at=now,
        )
        for m in mentions
    ]
    db.session.add_all(rows)
    return rows


def task_history(task_id: int, limit: int = 14) -> list[TaskReport]:
    """A task's own reports, newest first: what the patient page shows under the task."""
    return list(
        db.session.scalars(
            select(TaskReport)
            .where(TaskReport.task_id == task_id)
            .order_by(TaskReport.local_date.desc(), TaskReport.id.desc())
            .limit(limit)
        )
    )

"""The daily loop in bulk: plan, remind and settle each patient's day at their local time.

Every function takes `now` and works set-based, one query per time zone in use, so a
tick costs the same whether it finds ten patients due or a hundred thousand. The outbox's
unique dedupe keys, not these queries, are what guarantee one plan per patient per day.
"""

from collections import defaultdict
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import Any, cast
from zoneinfo import ZoneInfo

from sqlalchemy import String, Table, and_, exists, literal, or_, select
from sqlalchemy import cast as sql_cast
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.sql.elements import ColumnElement

from companion.extensions import db
from companion.models import (
    CheckIn,
    Clinic,
    Completion,
    DayOutcome,
    Message,
    Patient,
    PatientStatus,
    Program,
    ProgramDay,
    Task,
)
from companion.models.program import describe_task
from companion.texts import plan_text, render
from messaging.db import dialect_name
from messaging.quiet_hours import quiet_starts_at
from messaging.segments import segment_count


def zones_in_use() -> list[str]:
    return list(
        db.session.scalars(
            select(Patient.timezone).where(Patient.status == PatientStatus.ACTIVE).distinct()
        )
    )


def dedupe_key(kind: str, day: date) -> ColumnElement[str]:
    """`<kind>:<patient id>:<local date>` built in SQL, for NOT EXISTS against the outbox."""
    return literal(f"{kind}:") + sql_cast(Patient.id, String) + literal(f":{day.isoformat()}")


def _due_today(zone: str, day: date, now_local: time, at: Any) -> list[ColumnElement[bool]]:
    """Active patients in `zone` whose programme runs today and whose `at` time has come,
    while today's sending window is still open."""
    return [
        Patient.timezone == zone,
        Patient.status == PatientStatus.ACTIVE,
        Program.start_date <= day,
        or_(Program.end_date.is_(None), Program.end_date >= day),
        Program.days_mask.op("&")(1 << day.weekday()) != 0,
        at <= now_local,
        Clinic.quiet_end <= now_local,
        now_local < Clinic.quiet_start,
    ]


def _patients_with_program() -> Any:
    return (
        select(
            Patient.id,
            Patient.first_name,
            Patient.phone,
            Patient.language,
            Program.id,
            Clinic.quiet_start,
            Clinic.quiet_end,
        )
        .join(Program, Program.patient_id == Patient.id)
        .join(Clinic, Clinic.id == Patient.clinic_id)
    )


def _insert_messages(rows: list[dict[str, Any]]) -> int:
    if not rows:
        return 0
    insert = postgresql.insert if dialect_name() == "postgresql" else sqlite.insert
    # The Core table, not the ORM class: bulk rows need no unit-of-work bookkeeping.
    table = cast(Table, Message.__table__)
    statement = insert(table).on_conflict_do_nothing(index_elements=["dedupe_key"])
    # No RETURNING: on PostgreSQL it makes this insert several times slower. The count is
    # of rows offered; only a concurrent scheduler could make some of them no-ops.
    db.session.connection().execute(statement, rows)
    return len(rows)


@cache
def _valid_until(now: datetime, zone: str, start: time, end: time) -> datetime:
    """Texts planned now must not outlive the sending window (one answer per clinic window)."""
    return quiet_starts_at(now, zone, start, end)


def plan_due(now: datetime) -> int:
    """Queue today's plan for every patient whose local plan time has come; returns how many."""
    rows: list[dict[str, Any]] = []
    for zone in zones_in_use():
        local = now.astimezone(ZoneInfo(zone))
        day, yesterday = local.date(), local.date() - timedelta(days=1)
        session_yesterday = exists().where(
            CheckIn.patient_id == Patient.id,
            CheckIn.local_date == yesterday,
            CheckIn.completion.in_([Completion.DONE, Completion.PARTIAL]),
        )
        planned = exists().where(Message.dedupe_key == dedupe_key("plan", day))
        query = (
            _patients_with_program()
            .add_columns(
                session_yesterday.label("ask_trend"),
                Task.name_es,
                Task.name,
                Task.sets,
                Task.reps,
                Task.load_lb,
                Task.duration_min,
                Task.distance_ft,
            )
            .outerjoin(Task, (Task.program_id == Program.id) & Task.removed_at.is_(None))
            .where(*_due_today(zone, day, local.time(), Program.plan_time), ~planned)
            .order_by(Patient.id, Task.position, Task.id)
        )
        people: dict[int, Any] = {}
        tasks: dict[int, list[str]] = defaultdict(list)
        # Through the connection: plain rows, without the ORM's per-row loading (a third of
        # the tick for 100,000 patients).
        for row in db.session.connection().execute(query):
            people[row[0]] = row
            if row.name is not None:
                name = (row.name_es if row.language == "es" else None) or row.name
                tasks[row[0]].append(describe_task(name, *row[-5:]))
        for patient_id, row in people.items():
            body = plan_text(row.first_name, row.language, tasks[patient_id], bool(row.ask_trend))
            rows.append(
                _outbound(
                    patient_id,
                    row.phone,
                    body,
                    "plan",
                    day,
                    now,
                    _valid_until(now, zone, row.quiet_start, row.quiet_end),
                )
            )
    count = _insert_messages(rows)
    db.session.commit()
    return count


def _outbound(
    patient_id: int,
    phone: str,
    body: str,
    kind: str,
    day: date,
    now: datetime,
    valid_until: datetime,
) -> dict[str, Any]:
    return {
        "direction": "outbound",
        "status": "queued",
        "patient_id": patient_id,
        "phone": phone,
        "body": body,
        "purpose": kind,
        "dedupe_key": f"{kind}:{patient_id}:{day.isoformat()}",
        "segments": segment_count(body),
        "attempts": 0,
        "is_reply": False,
        "next_attempt_at": now,
        "valid_until": valid_until,
        "created_at": now,
        "updated_at": now,
    }


def remind_due(now: datetime) -> int:
    """Queue the evening reminder for patients who were planned today and reported nothing."""
    rows: list[dict[str, Any]] = []
    for zone in zones_in_use():
        local = now.astimezone(ZoneInfo(zone))
        day = local.date()
        reported = exists().where(CheckIn.patient_id == Patient.id, CheckIn.local_date == day)
        planned = exists().where(Message.dedupe_key == dedupe_key("plan", day))
        reminded = exists().where(Message.dedupe_key == dedupe_key("remind", day))
        snoozed = exists().where(Message.dedupe_key == dedupe_key("snooze", day))
        query = _patients_with_program().where(
            *_due_today(zone, day, local.time(), Program.reminder_time),
            planned,
            ~reported,
            ~reminded,
            ~snoozed,
        )
        for row in db.session.execute(query):
            body = render("reminder", row.language, name=row.first_name)
            rows.append(
                _outbound(
                    row[0],
                    row.phone,
                    body,
                    "remind",
                    day,
                    now,
                    _valid_until(now, zone, row.quiet_start, row.quiet_end),
                )
            )
    count = _insert_messages(rows)
    db.session.commit()
    return count


# A day's best report settles it: done beats partial beats skipped.
_BEST = {Completion.DONE: 3, Completion.PARTIAL: 2, Completion.SKIPPED: 1}


def close_days(now: datetime) -> dict[int, DayOutcome]:
    """Settle yesterday (patient-local) as done / partial / skipped / silent, once per day.

    Returns the outcome of each patient settled now.
    """
    rows: list[dict[str, Any]] = []
    for zone in zones_in_use():
        yesterday = now.astimezone(ZoneInfo(zone)).date() - timedelta(days=1)
        settled = exists().where(
            ProgramDay.patient_id == Patient.id, ProgramDay.local_date == yesterday
        )
        scheduled = list(
            db.session.scalars(
                select(Patient.id)
                .join(Program, Program.patient_id == Patient.id)
                .where(
                    Patient.timezone == zone,
                    Patient.status.not_in((PatientStatus.STOPPED, PatientStatus.DISCHARGED)),
                    Program.start_date <= yesterday,
                    or_(Program.end_date.is_(None), Program.end_date >= yesterday),
                    Program.days_mask.op("&")(1 << yesterday.weekday()) != 0,
                    ~settled,
                )
            )
        )
        best: dict[int, Completion] = {}
        reports = db.session.execute(
            select(CheckIn.patient_id, CheckIn.completion)
            .join(Patient, Patient.id == CheckIn.patient_id)
            .where(
                and_(
                    Patient.timezone == zone,
                    CheckIn.local_date == yesterday,
                    CheckIn.completion.is_not(None),
                )
            )
        )
        for patient_id, completion in reports:
            if completion and _BEST[completion] > _BEST.get(best.get(patient_id), 0):  # type: ignore[arg-type]
                best[patient_id] = completion
        rows += [
            {
                "patient_id": pid,
                "local_date": yesterday,
                "settled_at": now,
                "outcome": DayOutcome(best[pid].value) if pid in best else DayOutcome.SILENT,
            }
            for pid in scheduled
        ]
    if rows:
        insert = postgresql.insert if dialect_name() == "postgresql" else sqlite.insert
        db.session.execute(insert(ProgramDay).on_conflict_do_nothing(), rows)
    db.session.commit()
    return {row["patient_id"]: row["outcome"] for row in rows}

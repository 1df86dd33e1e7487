"""What the plateau rule reads: the latest approved step up and readiness a window ago."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import distinct, func, select

from companion.extensions import db
from companion.models import (
    Alert,
    AlertStatus,
    CheckIn,
    Completion,
    Patient,
    Program,
    Proposal,
    ProposalKind,
    ProposalStatus,
)
from companion.monitoring.rules import Progress
from companion.programs.readiness import readiness

CHUNK = 5_000  # ids per IN list: SQLite caps the parameters of one statement
APPROVED_STEP_UP = (Proposal.status == ProposalStatus.APPROVED) & (
    Proposal.kind == ProposalKind.ADVANCE
)


def progress_of(patient: Patient, now: datetime, window: timedelta) -> Progress | None:
    """The patient's progress for the plateau rule, or None without a programme."""
    program = patient.program
    if program is None:
        return None
    decided = db.session.scalar(
        select(func.max(Proposal.decided_at)).where(
            Proposal.patient_id == patient.id, APPROVED_STEP_UP
        )
    )
    zone = ZoneInfo(patient.timezone)
    last = decided.astimezone(zone).date() if decided else None
    today = now.astimezone(zone).date()
    sessions = db.session.scalar(
        select(func.count(distinct(CheckIn.local_date))).where(
            CheckIn.patient_id == patient.id,
            CheckIn.local_date > today - window,
            CheckIn.completion.in_([Completion.DONE, Completion.PARTIAL]),
        )
    )
    now_ready, then_ready = readiness(patient, now), readiness(patient, now - window)
    before = {d.demand_id: d.readiness for d in then_ready.demands}
    gains = [
        d.name
        for d in now_ready.demands
        if d.readiness is not None and d.readiness > (before.get(d.demand_id) or 0)
    ]
    return Progress(program.start_date, sessions or 0, last, now_ready.overall, gains)


def plateau_candidates(patient_ids: list[int], now: datetime, window: timedelta) -> list[int]:
    """Of these patients, those the plateau rule could concern: running long enough with no
    step up approved in the window, or with a plateau alert still open (it may resolve)."""
    stepped_up = select(Proposal.patient_id).where(
        APPROVED_STEP_UP, Proposal.decided_at >= now - window
    )
    candidates = set(
        db.session.scalars(
            select(Alert.patient_id).where(
                Alert.kind == "plateau", Alert.status != AlertStatus.RESOLVED
            )
        )
    )
    for start in range(0, len(patient_ids), CHUNK):
        candidates |= set(
            db.session.scalars(
                select(Program.patient_id).where(
                    Program.patient_id.in_(patient_ids[start : start + CHUNK]),
                    Program.start_date <= (now - window).date(),
                    Program.patient_id.not_in(stepped_up),
                )
            )
        )
    return sorted(candidates)

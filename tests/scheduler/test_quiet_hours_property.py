"""Property: whatever the zone, schedule, outage and DST date, nothing starts in quiet hours."""

import threading
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete

from companion.extensions import db
from companion.models import CheckIn, ConsentEvent, Message, Patient, Program, ProgramDay, Task
from companion.planning import plan_due, remind_due
from messaging.dispatch import dispatch_due
from messaging.transports import SendResult, SentRecord
from tests.builders import make_patient, make_therapist

pytestmark = pytest.mark.usefixtures("app")

ZONES = [
    "America/New_York",
    "America/Phoenix",
    "Europe/London",
    "Australia/Lord_Howe",
    "Asia/Kolkata",
    "Pacific/Chatham",
    "America/St_Johns",
]


class RecordingTransport:
    """Our own boundary: remembers when each text would have gone."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, datetime]] = []
        self.now = datetime.now(UTC)
        self._lock = threading.Lock()  # the dispatcher sends a batch from several threads

    def send(
        self, to: str, body: str, *, status_callback: str | None, valid_until: datetime | None
    ) -> SendResult:
        assert valid_until is None or valid_until > self.now
        with self._lock:
            self.sent.append((to, self.now))
            sid = f"SM{len(self.sent):032d}"
        return SendResult(sid, "queued", 1, None, None)

    def sent_to_since(self, to: str, since: datetime) -> list[SentRecord]:
        return []


def clear() -> None:
    for model in (Message, CheckIn, ProgramDay, Task, Program, ConsentEvent, Patient):
        db.session.execute(delete(model))
    db.session.commit()


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    zone=st.sampled_from(ZONES),
    plan_minutes=st.integers(0, 24 * 60 - 1),
    day=st.dates(datetime(2026, 1, 1).date(), datetime(2027, 12, 31).date()),
    delays=st.lists(st.integers(0, 36 * 60), min_size=1, max_size=4),
)
def test_no_text_starts_outside_0800_to_2100_patient_local(
    zone: str, plan_minutes: int, day: object, delays: list[int]
) -> None:
    therapist = make_therapist()
    make_patient(
        therapist,
        timezone=zone,
        start_date=day,
        plan_time=time(*divmod(plan_minutes, 60)),
        days=["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
    )
    transport = RecordingTransport()
    now = datetime.combine(day, time(0, 0), tzinfo=ZoneInfo(zone)).astimezone(UTC)
    try:
        for minutes in delays:  # the scheduler wakes after each outage of that length
            now += timedelta(minutes=minutes)
            transport.now = now
            plan_due(now)
            remind_due(now)
            dispatch_due(transport, now)
        for _, at in transport.sent:
            assert time(8, 0) <= at.astimezone(ZoneInfo(zone)).time() < time(21, 0)
    finally:
        clear()

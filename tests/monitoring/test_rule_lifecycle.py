"""Every alert rule in the database, table-driven: fires, stays quiet, is raised once while
open, and resolves (by the therapist, or by itself when its condition clears)."""

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from companion.extensions import db
from companion.models import (
    Alert,
    AlertStatus,
    CheckIn,
    Completion,
    DayOutcome,
    Patient,
    ProgramDay,
    Trend,
)
from companion.monitoring.evaluate import evaluate_checkin, evaluate_settled_days
from companion.monitoring.rules import CHECKIN_RULES, DAY_RULES
from tests.builders import make_patient

pytestmark = pytest.mark.usefixtures("app")

NOW = datetime(2026, 11, 23, 18, 0, tzinfo=UTC)  # noon in Chicago
TODAY = date(2026, 11, 23)
DONE, WORSE, WORRIED = Completion.DONE, Trend.WORSE, "worried_reinjury"

# Per check-in rule: reports (`ago`: days before today) that fire it, and reports that don't.
CHECKIN_CASES: dict[str, tuple[list[dict[str, Any]], list[dict[str, Any]]]] = {
    "pain_urgent": ([{"pain": 8}], [{"pain": 7}]),
    "pain_after_session": (
        [{"completion": DONE, "pain": 6}],
        [{"completion": DONE, "pain": 5}],
    ),
    "pain_above_baseline": (
        [{"pain": 2, "ago": 3}, {"pain": 2, "ago": 2}, {"pain": 3, "ago": 1}, {"pain": 4}],
        [{"pain": 3, "ago": 3}, {"pain": 3, "ago": 2}, {"pain": 3, "ago": 1}, {"pain": 4}],
    ),
    "worse_next_morning": (
        [{"trend": WORSE, "ago": 1}, {"trend": WORSE}],
        [{"trend": WORSE, "ago": 1}, {"trend": Trend.BETTER}],
    ),
    "fatigue_high": (
        [{"completion": DONE, "fatigue": 8, "ago": 1}, {"completion": DONE, "fatigue": 9}],
        [{"completion": DONE, "fatigue": 8, "ago": 1}, {"completion": DONE, "fatigue": 5}],
    ),
    "reinjury_worry": (
        [{"skip_reason": WORRIED, "ago": 9}, {"skip_reason": WORRIED}],
        [{"skip_reason": WORRIED, "ago": 15}, {"skip_reason": WORRIED}],
    ),
}
# Per day rule: settled outcomes (oldest first, ending yesterday) that fire it and that don't.
DAY_CASES: dict[str, tuple[list[str], list[str]]] = {
    "silent_days": (["done", "silent", "silent"], ["silent", "silent", "done"]),
    "low_adherence": (
        ["done", "silent", "skipped", "skipped", "partial", "skipped", "skipped"],
        ["done", "done", "skipped", "done", "partial", "done", "done"],
    ),
}


def test_every_rule_has_a_case() -> None:
    assert set(CHECKIN_CASES) == {kind for kind, _ in CHECKIN_RULES}
    assert set(DAY_CASES) == {kind for kind, _ in DAY_RULES}


def reported(patient: Patient, reports: list[dict[str, Any]]) -> None:
    for item in reports:
        fields = dict(item)
        day = TODAY - timedelta(days=fields.pop("ago", 0))
        db.session.add(CheckIn(patient_id=patient.id, local_date=day, **fields))
    db.session.commit()


def settled(patient: Patient, outcomes: list[str], until: date = TODAY) -> None:
    for ago, outcome in enumerate(reversed(outcomes), start=1):
        day = until - timedelta(days=ago)
        db.session.add(
            ProgramDay(patient_id=patient.id, local_date=day, outcome=DayOutcome(outcome))
        )
    db.session.commit()


def kinds(patient: Patient) -> list[tuple[str, AlertStatus]]:
    rows = db.session.scalars(
        select(Alert).where(Alert.patient_id == patient.id).order_by(Alert.id)
    )
    return [(a.kind, a.status) for a in rows]


@pytest.mark.parametrize("kind", CHECKIN_CASES)
def test_a_checkin_rule_raises_one_alert_however_often_it_is_evaluated(kind: str) -> None:
    patient = make_patient()
    reported(patient, CHECKIN_CASES[kind][0])

    for minutes in (0, 5, 60):
        evaluate_checkin(patient, NOW + timedelta(minutes=minutes))
    db.session.commit()

    assert kinds(patient) == [(kind, AlertStatus.OPEN)]


@pytest.mark.parametrize("kind", CHECKIN_CASES)
def test_a_checkin_rule_stays_quiet_when_its_condition_does_not_hold(kind: str) -> None:
    patient = make_patient()
    reported(patient, CHECKIN_CASES[kind][1])

    evaluate_checkin(patient, NOW)
    db.session.commit()

    assert kinds(patient) == []


@pytest.mark.parametrize("kind", CHECKIN_CASES)
def test_a_checkin_alert_stays_until_the_therapist_resolves_it_then_may_fire_anew(
    kind: str,
) -> None:
    patient = make_patient()
    reported(patient, CHECKIN_CASES[kind][0])
    evaluate_checkin(patient, NOW)
    [alert] = db.session.scalars(select(Alert).where(Alert.patient_id == patient.id))
    alert.acknowledge(patient.therapist_id, NOW)
    db.session.commit()
    evaluate_checkin(patient, NOW + timedelta(minutes=5))  # acknowledged is still open: no new
    assert kinds(patient) == [(kind, AlertStatus.ACKNOWLEDGED)]

    alert.resolve(patient.therapist_id, NOW + timedelta(minutes=10))
    db.session.commit()
    evaluate_checkin(patient, NOW + timedelta(minutes=15))
    db.session.commit()

    assert kinds(patient) == [(kind, AlertStatus.RESOLVED), (kind, AlertStatus.OPEN)]
    assert alert.resolved_by_id == patient.therapist_id


@pytest.mark.parametrize("kind", DAY_CASES)
def test_a_day_rule_raises_one_alert_and_resolves_itself_when_the_days_improve(
    kind: str,
) -> None:
    patient = make_patient()
    fires, quiet = DAY_CASES[kind]
    settled(patient, fires)
    evaluate_settled_days(NOW, [patient.id])
    evaluate_settled_days(NOW + timedelta(minutes=5), [patient.id])
    assert kinds(patient) == [(kind, AlertStatus.OPEN)]

    # The following days go well: the newest settled days now read as the quiet case.
    tomorrow = TODAY + timedelta(days=len(quiet))
    settled(patient, quiet, until=tomorrow)
    evaluate_settled_days(NOW + timedelta(days=len(quiet)), [])

    [alert] = db.session.scalars(select(Alert).where(Alert.patient_id == patient.id))
    assert alert.status == AlertStatus.RESOLVED and alert.resolved_by_id is None


@pytest.mark.parametrize("kind", DAY_CASES)
def test_a_day_rule_stays_quiet_when_its_condition_does_not_hold(kind: str) -> None:
    patient = make_patient()
    settled(patient, DAY_CASES[kind][1])

    evaluate_settled_days(NOW, [patient.id])

    assert kinds(patient) == []

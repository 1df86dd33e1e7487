"""Model rules that the database and the ORM enforce."""

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from companion.extensions import db
from companion.models import (
    Alert,
    AlertStatus,
    CheckIn,
    ConsentEvent,
    ConsentKind,
    ConsentMethod,
    Severity,
)
from tests.builders import make_patient

pytestmark = pytest.mark.usefixtures("app")


def test_consent_ledger_rows_cannot_be_changed() -> None:
    patient = make_patient()
    grant = patient.consent_events[0]

    grant.kind = ConsentKind.REVOKED
    with pytest.raises(ValueError, match="append-only"):
        db.session.commit()
    db.session.rollback()


def test_consent_ledger_rows_cannot_be_deleted() -> None:
    patient = make_patient()

    db.session.delete(patient.consent_events[0])
    with pytest.raises(ValueError, match="append-only"):
        db.session.commit()
    db.session.rollback()


def test_consent_follows_the_newest_ledger_entry() -> None:
    patient = make_patient()
    assert patient.consented

    patient.consent_events.append(
        ConsentEvent(kind=ConsentKind.REVOKED, method=ConsentMethod.SMS_KEYWORD)
    )
    db.session.commit()

    assert not patient.consented
    assert [e.kind for e in patient.consent_events] == [ConsentKind.GRANTED, ConsentKind.REVOKED]


def test_datetimes_come_back_aware_and_in_utc() -> None:
    patient = make_patient(
        created_at=datetime(2026, 3, 8, 9, 30, tzinfo=timezone(timedelta(hours=-5)))
    )
    db.session.expire_all()

    assert db.session.get(type(patient), patient.id).created_at == datetime(
        2026, 3, 8, 14, 30, tzinfo=UTC
    )


def test_a_naive_datetime_is_refused() -> None:
    with pytest.raises(Exception, match="naive datetime"):
        make_patient(created_at=datetime(2026, 3, 8, 9, 30))
    db.session.rollback()


def test_scores_outside_zero_to_ten_are_refused_by_the_database() -> None:
    patient = make_patient()
    db.session.add(CheckIn(patient_id=patient.id, local_date=date(2026, 11, 2), pain=11))

    with pytest.raises(IntegrityError):
        db.session.commit()
    db.session.rollback()


def test_only_one_unresolved_alert_of_a_kind_per_patient() -> None:
    patient = make_patient()
    db.session.add(Alert(patient_id=patient.id, kind="silent", severity=Severity.WATCH))
    db.session.commit()

    db.session.add(Alert(patient_id=patient.id, kind="silent", severity=Severity.WATCH))
    with pytest.raises(IntegrityError):
        db.session.commit()
    db.session.rollback()


def test_a_resolved_alert_lets_the_same_kind_fire_again() -> None:
    patient = make_patient()
    first = Alert(patient_id=patient.id, kind="silent", severity=Severity.WATCH)
    db.session.add(first)
    db.session.commit()
    first.resolve(patient.therapist_id, datetime(2026, 11, 3, tzinfo=UTC))
    db.session.add(Alert(patient_id=patient.id, kind="silent", severity=Severity.WATCH))
    db.session.commit()

    statuses = db.session.scalars(select(Alert.status).order_by(Alert.id)).all()
    assert statuses == [AlertStatus.RESOLVED, AlertStatus.OPEN]


def test_programme_days_respect_weekdays_and_dates() -> None:
    program = make_patient(days=["mon", "wed"], start_date=date(2026, 11, 2)).program
    assert program is not None

    assert program.days == ["mon", "wed"]
    assert program.is_program_day(date(2026, 11, 2))  # a Monday, the first day
    assert not program.is_program_day(date(2026, 11, 3))  # Tuesday
    assert not program.is_program_day(date(2026, 10, 26))  # a Monday before the start

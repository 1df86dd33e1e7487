"""Snooze at the time the patient asks for, inside their sending window (conversation/snooze)."""

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from companion.extensions import db
from companion.models import Message, Patient
from tests.conversation.talk import AFTERNOON, EARLY_MORNING, EVENING, say

CHICAGO = timedelta(hours=6)  # local = UTC - 6 in November


def local(hour: int, minute: int = 0) -> datetime:
    """That Chicago time on the Tuesday of AFTERNOON, in UTC."""
    return datetime(2026, 11, 24, hour, minute, tzinfo=UTC) + CHICAGO


def reminders() -> list[Message]:
    return list(
        db.session.scalars(
            select(Message).where(Message.dedupe_key.like("snooze:%")).order_by(Message.id)
        )
    )


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("remind me tonight", local(19)),
        ("remind me in 2 hours", AFTERNOON + timedelta(hours=2)),
        ("later, in 30 min", AFTERNOON + timedelta(minutes=30)),
        ("can you remind me at 7:30?", local(19, 30)),
        ("remind me at 6pm", local(18)),
    ],
)
def test_a_snooze_with_a_time_reminds_then(ana: Patient, text: str, due: datetime) -> None:
    answer = say(text)

    [reminder] = reminders()
    assert reminder.next_attempt_at == due
    assert answer.startswith("OK Ana, I'll remind you at ")


def test_recuerdame_a_las_7_de_la_noche_reminds_at_seven_in_the_evening(rosa: Patient) -> None:
    answer = say("recuérdame a las 7 de la noche")

    [reminder] = reminders()
    assert reminder.next_attempt_at == local(19)
    assert answer == "Esta bien Rosa, te lo recuerdo a las 7 pm."  # á is not GSM-7


def test_en_dos_horas_reminds_two_hours_later(rosa: Patient) -> None:
    say("recuérdame en dos horas")

    [reminder] = reminders()
    assert reminder.next_attempt_at == AFTERNOON + timedelta(hours=2)


def test_a_time_inside_quiet_hours_reminds_before_the_night_instead(ana: Patient) -> None:
    answer = say("remind me at 10pm")

    [reminder] = reminders()
    assert reminder.next_attempt_at == local(20, 45)  # quiet hours start at 21:00
    assert answer == "OK Ana, I'll remind you at 8:45 pm, before texts stop for the night."


def test_late_in_the_evening_it_says_no_more_texts_today(ana: Patient) -> None:
    assert "no more texts today" in say("later", EVENING)
    assert reminders() == []


def test_in_the_early_morning_it_reminds_when_texts_start_and_never_says_late(
    ana: Patient,
) -> None:
    answer = say("later", EARLY_MORNING)

    [reminder] = reminders()
    assert reminder.next_attempt_at == datetime(2026, 11, 24, 14, 0, tzinfo=UTC)  # 08:00
    assert answer == "OK Ana, I'll remind you at 8 am, when texts start for the day."
    assert "late" not in answer


def test_en_la_madrugada_no_dice_que_ya_es_tarde(rosa: Patient) -> None:
    answer = say("más tarde", EARLY_MORNING)

    assert "tarde" not in answer.replace("más tarde", "")
    assert answer.startswith("Esta bien Rosa, te lo recuerdo a las 8 am")


def test_a_second_snooze_moves_the_reminder_still_waiting(ana: Patient) -> None:
    say("remind me at 5pm")
    say("actually remind me tonight", AFTERNOON + timedelta(minutes=5))

    [reminder] = reminders()
    assert reminder.next_attempt_at == local(19)

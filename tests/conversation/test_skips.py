"""Skipped days: reasons in words and in the menu (family among them), and yesterday's report
kept on yesterday (conversation/skips)."""

from datetime import date

from sqlalchemy import select

from companion.extensions import db
from companion.models import Completion, DayOutcome, Patient, ProgramDay
from companion.texts import render
from tests.conversation.talk import checkins, say

TUESDAY = date(2026, 11, 24)
MONDAY = date(2026, 11, 23)


def test_skipped_yesterday_because_of_the_kids_goes_on_yesterday_with_its_reason(
    ana: Patient,
) -> None:
    answer = say("skipped yesterday bc of my kids")

    [checkin] = checkins()
    assert (checkin.local_date, checkin.completion) == (MONDAY, Completion.SKIPPED)
    assert checkin.skip_reason == "family"
    assert answer == "Got it, Ana: yesterday noted as skipped. Thank you for telling me!"


def test_no_los_hice_ayer_por_los_ninos_goes_on_yesterday_with_its_reason(rosa: Patient) -> None:
    answer = say("no los hice ayer por los niños")

    [checkin] = checkins()
    assert (checkin.local_date, checkin.skip_reason) == (MONDAY, "family")
    assert answer == "Entendido, Rosa: anoté ayer como no hecho. ¡Gracias por avisar!"


def test_yesterday_settled_silent_takes_what_the_patient_now_says(ana: Patient) -> None:
    db.session.add(ProgramDay(patient_id=ana.id, local_date=MONDAY, outcome=DayOutcome.SILENT))
    db.session.commit()

    say("did them yesterday")

    day = db.session.scalars(select(ProgramDay)).one()
    assert day.outcome == DayOutcome.DONE
    assert [c.local_date for c in checkins()] == [MONDAY]


def test_a_skip_of_yesterday_without_a_reason_asks_it_and_files_the_answer_there(
    ana: Patient,
) -> None:
    assert "6 family or caregiving" in say("I skipped yesterday")
    assert say("6") == render("skip_noted", "en", name="Ana")

    [checkin] = checkins()
    assert (checkin.local_date, checkin.skip_reason) == (MONDAY, "family")


def test_todays_report_after_yesterdays_stays_on_today(ana: Patient) -> None:
    say("did them yesterday")
    say("done today, pain 2, tired 3")

    assert [(c.local_date, c.completion) for c in checkins()] == [
        (MONDAY, Completion.DONE),
        (TUESDAY, Completion.DONE),
    ]


def test_the_skip_menu_offers_family_in_both_languages(ana: Patient) -> None:
    assert "6 family or caregiving" in say("skipped today")
    assert "6 familia o cuidar a alguien" in render("ask_skip_reason", "es")


def test_todays_skip_with_a_reason_in_words_is_not_asked_the_menu(rosa: Patient) -> None:
    answer = say("hoy no pude, estaba cuidando a mi mamá")

    [checkin] = checkins()
    assert (checkin.local_date, checkin.skip_reason) == (TUESDAY, "family")
    assert "1 dolor" not in answer


def test_a_workout_is_not_a_work_reason(ana: Patient) -> None:
    say("skipped my workout today")

    [checkin] = checkins()
    assert checkin.skip_reason is None

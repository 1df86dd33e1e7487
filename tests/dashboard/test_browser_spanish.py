"""A Spanish-speaking patient enrolled through the real form in Chromium reads every task in
Spanish: the template's tasks in the trade's words and the one the therapist typed."""

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import select

from companion.extensions import db
from companion.models import Message, Patient, Task
from companion.planning import plan_due
from messaging.segments import encoding
from tests.dashboard.browser import SCREENSHOTS, needs_chromium

if TYPE_CHECKING:
    from playwright.sync_api import Page

pytestmark = needs_chromium
TUESDAY_8AM = datetime(2026, 11, 24, 14, 0, tzinfo=UTC)  # the morning after demo_clinic's NOW


def test_a_spanish_patients_first_plan_names_every_task_in_spanish(
    page: "Page",
    live_server: str,
) -> None:
    from playwright.sync_api import expect

    page.get_by_role("link", name="Enrol a patient").click()
    page.locator(".template-picker").get_by_label("Start from the template for").select_option(
        "warehouse"
    )
    page.get_by_role("button", name="Load template").click()
    form = page.locator("form.enrol")
    form.get_by_label("First name").fill("Javier")
    form.get_by_label("Mobile phone").fill("(312) 555-0177")
    form.get_by_label("Texts in").select_option(label="English")
    expect(form.get_by_label("Task in Spanish 1")).to_be_hidden()  # asked only for Spanish
    form.get_by_label("Texts in").select_option(label="Spanish")
    expect(form.get_by_label("Task in Spanish 1")).to_have_value(
        "Levantamiento del piso a la cintura"
    )
    form.get_by_label("Task 4", exact=True).fill("Bucket carry")
    form.get_by_label("Task in Spanish 4").fill("Cargar la cubeta")
    form.get_by_label("Reps 4").fill("6")
    for day in form.locator("input[name=days]").all():
        day.check()
    form.get_by_label("The patient agreed to receive programme texts", exact=False).check()
    page.screenshot(path=SCREENSHOTS / "enrol-spanish.png", full_page=True)
    form.get_by_role("button", name="Enrol and send the welcome text").click()
    expect(page.get_by_role("heading", name="Javier")).to_be_visible()

    db.session.commit()  # the live server enrolled in its own session
    plan_due(TUESDAY_8AM)

    javier = db.session.scalars(select(Patient).where(Patient.first_name == "Javier")).one()
    plan = db.session.scalars(
        select(Message).where(Message.patient_id == javier.id, Message.purpose == "plan")
    ).one()
    assert plan.body == (
        "Hola Javier, hoy: 1) Levantamiento del piso a la cintura 3x10 @ 20 lb "
        "2) Cargar caminando 50 ft x4 @ 25 lb 3) Empujar contra la pared 3x5 1 min "
        "4) Cargar la cubeta x6. Responde LISTO, ALGO o NO."
    )
    assert encoding(plan.body) == "GSM-7"


def test_a_task_renamed_in_spanish_on_the_programme_page_reaches_the_next_plan(
    page: "Page",
    live_server: str,
) -> None:
    from playwright.sync_api import expect

    named = {p.first_name: p for p in db.session.scalars(select(Patient))}
    ana, marcus = named["Ana"], named["Marcus"]  # Ana reads Spanish, Marcus English
    page.goto(f"{live_server}/patients/{marcus.id}/programme")
    expect(page.get_by_label("Name in Spanish")).to_have_count(0)

    page.goto(f"{live_server}/patients/{ana.id}/programme")
    carry = page.locator(".task-edit", has_text="Carry")
    expect(carry.get_by_label("Name in Spanish")).to_have_value("Cargar caminando")
    carry.get_by_label("Name in Spanish").fill("Cargar la caja")
    carry.get_by_label("Instructions in Spanish").fill("La caja pegada al cuerpo.")
    page.screenshot(path=SCREENSHOTS / "programme-spanish.png", full_page=True)
    carry.get_by_role("button", name="Save Carry").click()
    expect(page.get_by_role("status")).to_have_text("Task saved.")

    db.session.commit()  # the live server saved in its own session
    plan_due(TUESDAY_8AM)
    plan = db.session.scalars(
        select(Message.body).where(Message.patient_id == ana.id, Message.purpose == "plan")
    ).one()
    assert "2) Cargar la caja 50 ft x4 @ 25 lb" in plan
    task = db.session.scalars(select(Task).where(Task.name_es == "Cargar la caja")).one()
    assert task.instructions_es == "La caja pegada al cuerpo."

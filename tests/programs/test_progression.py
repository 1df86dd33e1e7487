"""The "2 for 2" progression rule, its doses, one pending proposal per task, approve and reject."""

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from flask import Flask
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from companion.extensions import db
from companion.models import (
    CheckIn,
    Completion,
    Message,
    Patient,
    Proposal,
    ProposalKind,
    ProposalStatus,
    Trend,
)
from companion.programs.dose import Dose, eased_dose, next_dose
from companion.programs.progression import propose_progressions
from companion.programs.proposals import ProposalClosed, approve_proposal, reject_proposal
from companion.texts import render
from messaging.segments import segment_count
from tests.builders import make_therapist
from tests.programs.builders import MONDAY, at, job_patient, report
from tests.statements import counting_statements

D = Decimal


@pytest.mark.parametrize(
    ("dose", "target", "expected"),
    [
        (Dose(10, D(20), None), None, Dose(10, D("22.5"), None)),  # a 2.5 lb plate at least
        (Dose(10, D(40), None), None, Dose(10, D("42.5"), None)),  # +6 %
        (Dose(10, D(100), None), None, Dose(10, D("107.5"), None)),  # +7.5 %
        (Dose(10, D(21), None), None, Dose(10, D("22.5"), None)),  # back onto the plates
        (Dose(10, D(48), None), D(50), Dose(10, D(50), None)),  # stops at the target
        (Dose(10, D(50), None), D(50), None),  # at the target: no advance
        (Dose(12, D(3), None), D(20), Dose(13, D(3), None)),  # light: reps, not a plate
        (Dose(10, None, None), None, Dose(11, None, None)),
        (Dose(20, None, None), None, Dose(22, None, None)),
        (Dose(None, None, 30), D(120), Dose(None, None, 33)),
        (Dose(None, None, 118), D(120), Dose(None, None, 120)),
        (Dose(None, None, None), None, None),
    ],
)
def test_next_dose_steps_up_by_practical_amounts_never_past_the_target(
    dose: Dose, target: Decimal | None, expected: Dose | None
) -> None:
    assert next_dose(dose, target) == expected


@pytest.mark.parametrize(
    ("dose", "expected"),
    [
        (Dose(10, D(20), None), Dose(10, D("17.5"), None)),
        (Dose(10, D(100), None), Dose(10, D(90), None)),
        (Dose(10, D(3), None), Dose(10, D("2.5"), None)),
        (Dose(10, D("2.5"), None), None),
        (Dose(10, None, None), Dose(9, None, None)),
        (Dose(None, None, 30), Dose(None, None, 27)),
        (Dose(1, None, None), None),
    ],
)
def test_eased_dose_takes_about_a_tenth_off(dose: Dose, expected: Dose | None) -> None:
    assert eased_dose(dose) == expected


# A session: (completion, pain, fatigue, the next morning's answer).
Session = tuple[Completion, int | None, int | None, Trend | None]
GOOD: Session = (Completion.DONE, 3, 4, Trend.SAME)


def train(patient: Patient, sessions: list[Session], start: date = MONDAY) -> date:
    """Sessions on consecutive days, each next-morning answer reported the day after."""
    day = start
    for completion, pain, fatigue, next_morning in sessions:
        report(patient, day, completion, pain, fatigue)
        if next_morning is not None:
            report(patient, day + timedelta(days=1), None, None, None, next_morning)
        day += timedelta(days=1)
    return day  # the morning after the last session


def pending(patient: Patient) -> list[Proposal]:
    return list(
        db.session.scalars(
            select(Proposal).where(
                Proposal.patient_id == patient.id, Proposal.status == ProposalStatus.PROPOSED
            )
        )
    )


RULE_CASES: list[tuple[str, dict[str, Any], list[Session], int, Any]] = [
    ("advances after two good sessions", {}, [GOOD, GOOD], 0, ("advance", {"load_lb": D("22.5")})),
    ("one good session is not enough", {}, [GOOD], 0, None),
    ("partly done earns nothing", {}, [GOOD, (Completion.PARTIAL, 3, 4, Trend.SAME)], 0, None),
    ("fatigue above 6 earns nothing", {}, [GOOD, (Completion.DONE, 3, 7, Trend.SAME)], 0, None),
    ("unreported pain earns nothing", {}, [GOOD, (Completion.DONE, None, 4, Trend.SAME)], 0, None),
    ("waits for the next morning", {}, [GOOD, (Completion.DONE, 3, 4, None)], 0, None),
    (
        "an unanswered morning counts once that day is over",
        {},
        [GOOD, (Completion.DONE, 3, 4, None)],
        1,
        ("advance", {"load_lb": D("22.5")}),
    ),
    (
        "a newer session fine so far need not wait for its morning",
        {},
        [GOOD, GOOD, (Completion.DONE, 3, 4, None)],
        0,
        ("advance", {"load_lb": D("22.5")}),
    ),
    (
        "a newer session partly done stops the advance",
        {},
        [GOOD, GOOD, (Completion.PARTIAL, 3, 4, None)],
        0,
        None,
    ),
    ("holds on pain above 5", {}, [GOOD, (Completion.DONE, 6, 4, Trend.SAME)], 0, ("hold", {})),
    (
        "eases on a worse next morning",
        {},
        [GOOD, (Completion.DONE, 3, 4, Trend.WORSE)],
        0,
        ("ease", {"load_lb": D("17.5")}),
    ),
    (
        "eases on pain above 5 twice",
        {},
        [(Completion.DONE, 6, 4, Trend.SAME), (Completion.DONE, 7, 4, Trend.SAME)],
        0,
        ("ease", {"load_lb": D("17.5")}),
    ),
    ("never beyond the target", {"load": 48}, [GOOD, GOOD], 0, ("advance", {"load_lb": D(50)})),
    ("nothing to propose at the target", {"load": 50}, [GOOD, GOOD], 0, None),
    ("adds reps to an unloaded task", {"load": None}, [GOOD, GOOD], 0, ("advance", {"reps": 11})),
    (
        "adds minutes to a timed task",
        {"load": None, "reps": None, "minutes": 30, "target": 120, "unit": "min"},
        [GOOD, GOOD],
        0,
        ("advance", {"duration_min": 33}),
    ),
]


@pytest.mark.parametrize(
    ("task", "sessions", "days_later", "expected"),
    [case[1:] for case in RULE_CASES],
    ids=[case[0] for case in RULE_CASES],
)
def test_the_rule(
    app: Flask, task: dict[str, Any], sessions: list[Session], days_later: int, expected: Any
) -> None:
    patient = job_patient(**task)
    morning_after = train(patient, sessions)
    before = Dose.of_task(patient.program.tasks[0])

    propose_progressions(at(morning_after + timedelta(days=days_later), 12))

    proposals = pending(patient)
    if expected is None:
        assert proposals == []
        return
    kind, changes = expected
    [proposal] = proposals
    assert proposal.kind == ProposalKind(kind)
    assert Dose.current_of(proposal) == before
    for field in ("reps", "load_lb", "duration_min"):
        assert getattr(proposal, f"proposed_{field}") == changes.get(field, getattr(before, field))


def test_the_proposal_carries_the_evidence_it_read(app: Flask) -> None:
    patient = job_patient()
    morning_after = train(patient, [GOOD, (Completion.DONE, 4, 6, Trend.BETTER)])

    propose_progressions(at(morning_after, 12))

    [proposal] = pending(patient)
    assert proposal.reason == {
        "rule": "two_good_sessions",
        "sessions": [
            {"date": "2026-11-02", "completion": "done", "pain": 3, "fatigue": 4}
            | {"effort": None, "next_morning": "same"},  # effort is asked in graded activity
            {"date": "2026-11-03", "completion": "done", "pain": 4, "fatigue": 6}
            | {"effort": None, "next_morning": "better"},
        ],
        "limits": {"pain": 5, "fatigue": 6},
        "target": {"value": 50.0, "unit": "lb"},
        "model": "pain_monitored",
        "at_dose_since": "2026-11-02",
        "one_step": {"order": "longest_at_dose", "waiting": []},
    }
    assert proposal.proposed_dose == "Floor-to-waist lift 3x10 @ 22.5 lb"


def test_running_again_adds_no_second_proposal(app: Flask) -> None:
    patient = job_patient()
    now = at(train(patient, [GOOD, GOOD]), 12)

    assert propose_progressions(now) == 1
    assert propose_progressions(now + timedelta(minutes=1)) == 0
    assert len(pending(patient)) == 1


def test_the_database_allows_one_pending_proposal_per_task(app: Flask) -> None:
    patient = job_patient()
    task = patient.program.tasks[0]
    for _ in range(2):
        db.session.add(Proposal(patient_id=patient.id, task_id=task.id, kind=ProposalKind.HOLD))

    with pytest.raises(IntegrityError):
        db.session.commit()


def test_a_different_finding_supersedes_the_pending_proposal(app: Flask) -> None:
    patient = job_patient()
    morning_after = train(patient, [GOOD, GOOD])
    propose_progressions(at(morning_after, 12))
    [advance] = pending(patient)

    train(patient, [(Completion.DONE, 7, 5, None)], start=morning_after)
    propose_progressions(at(morning_after, 21))

    [hold] = pending(patient)
    assert hold.kind == ProposalKind.HOLD
    assert db.session.get(Proposal, advance.id).status == ProposalStatus.SUPERSEDED


def test_a_dose_changed_by_hand_supersedes_the_pending_proposal(app: Flask) -> None:
    patient = job_patient()
    wednesday = train(patient, [GOOD, GOOD])
    propose_progressions(at(wednesday, 12))
    [first] = pending(patient)
    patient.program.tasks[0].load_lb = D(25)
    db.session.commit()

    with pytest.raises(ProposalClosed):
        approve_proposal(patient.therapist, first.id, at(wednesday, 13))
    assert first.status == ProposalStatus.SUPERSEDED and first.decided_by_id is None
    report(patient, wednesday + timedelta(days=1), pain=2, fatigue=3)
    propose_progressions(at(wednesday + timedelta(days=1), 20))

    [second] = pending(patient)
    assert (second.current_load_lb, second.proposed_load_lb) == (D(25), D("27.5"))


def test_a_pass_reads_only_what_arrived_since_the_last_one(app: Flask) -> None:
    patient = job_patient()
    wednesday = train(patient, [GOOD, GOOD])
    assert propose_progressions(at(wednesday, 20)) == 1
    [first] = pending(patient)
    reject_proposal(patient.therapist, first.id, at(wednesday, 20))
    other = job_patient()
    train(other, [GOOD, GOOD])  # reported days ago, as the check-ins' times say
    for checkin in db.session.scalars(select(CheckIn).where(CheckIn.patient_id == other.id)):
        checkin.created_at = at(MONDAY, 19)
    db.session.commit()

    assert propose_progressions(at(wednesday, 21)) == 0, "nothing new since the last pass"
    report(other, wednesday, None, None, None, Trend.SAME, hour=22)  # a new check-in
    assert propose_progressions(at(wednesday, 22)) == 1


def test_approving_applies_the_dose_and_queues_exactly_one_text(app: Flask) -> None:
    patient = job_patient()
    now = at(train(patient, [GOOD, GOOD]), 12)
    propose_progressions(now)
    [proposal] = pending(patient)

    approve_proposal(patient.therapist, proposal.id, now)
    with pytest.raises(ProposalClosed):
        approve_proposal(patient.therapist, proposal.id, now)

    assert patient.program.tasks[0].load_lb == D("22.5")
    assert proposal.status == ProposalStatus.APPROVED
    assert proposal.decided_by_id == patient.therapist_id
    texts = db.session.scalars(select(Message).where(Message.purpose == "progression")).all()
    assert [t.body for t in texts] == [
        "Nice work, Ana! Your therapist moved you up a step: Floor-to-waist lift 3x10 @ 22.5 lb. "
        "It starts with your next plan."
    ]
    assert texts[0].patient_id == patient.id and proposal.texted_at == now


def test_an_eased_dose_is_texted_in_the_patients_language(app: Flask) -> None:
    patient = job_patient(language="es")
    now = at(train(patient, [GOOD, (Completion.DONE, 3, 4, Trend.WORSE)]), 12)
    propose_progressions(now)
    [proposal] = pending(patient)

    approve_proposal(patient.therapist, proposal.id, now)

    body = db.session.scalars(select(Message.body).where(Message.purpose == "progression")).one()
    assert body.startswith("Ana, tu terapeuta bajo una tarea por ahora") and "17.5 lb" in body


def test_an_approved_hold_changes_nothing_and_sends_nothing(app: Flask) -> None:
    patient = job_patient()
    now = at(train(patient, [GOOD, (Completion.DONE, 6, 4, Trend.SAME)]), 12)
    propose_progressions(now)
    [hold] = pending(patient)

    approve_proposal(patient.therapist, hold.id, now)

    assert patient.program.tasks[0].load_lb == D(20) and hold.texted_at is None
    assert db.session.scalars(select(Message).where(Message.purpose == "progression")).all() == []


def test_a_paused_patient_gets_the_dose_but_no_text(app: Flask) -> None:
    patient = job_patient()
    now = at(train(patient, [GOOD, GOOD]), 12)
    propose_progressions(now)
    [proposal] = pending(patient)
    patient.pause("therapist")
    db.session.commit()

    approve_proposal(patient.therapist, proposal.id, now)

    assert patient.program.tasks[0].load_lb == D("22.5") and proposal.texted_at is None


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("template", ["dose_up", "dose_down"])
def test_the_dose_texts_fit_two_segments_with_the_longest_task(
    template: str, language: str
) -> None:
    task = "A" * 80 + " 100 ft 20x200 480 min @ 497.5 lb"

    body = render(template, language, name="María-Guadalupe Xochiquetzal", tasks=task)

    assert segment_count(body) <= 2


def test_rejecting_records_who_and_when_and_keeps_the_dose(app: Flask) -> None:
    patient = job_patient()
    now = at(train(patient, [GOOD, GOOD]), 12)
    propose_progressions(now)
    [proposal] = pending(patient)

    reject_proposal(patient.therapist, proposal.id, now)
    propose_progressions(now + timedelta(hours=1))

    assert proposal.status == ProposalStatus.REJECTED
    assert (proposal.decided_by_id, proposal.decided_at) == (patient.therapist_id, now)
    assert patient.program.tasks[0].load_lb == D(20)
    assert pending(patient) == [], "the same sessions do not propose again"
    assert db.session.scalars(select(Message).where(Message.purpose == "progression")).all() == []


def test_the_next_advance_needs_two_good_sessions_at_the_new_dose(app: Flask) -> None:
    patient = job_patient()
    wednesday = train(patient, [GOOD, GOOD])
    propose_progressions(at(wednesday, 12))
    approve_proposal(patient.therapist, pending(patient)[0].id, at(wednesday, 12))

    friday = train(patient, [GOOD], start=wednesday + timedelta(days=1))
    propose_progressions(at(friday, 12))
    assert pending(patient) == [], "one session at the new dose is not enough"

    saturday = train(patient, [GOOD], start=friday)
    propose_progressions(at(saturday, 12))
    [proposal] = pending(patient)
    assert (proposal.current_load_lb, proposal.proposed_load_lb) == (D("22.5"), D(25))


def test_another_clinic_cannot_decide_a_proposal(app: Flask) -> None:
    patient = job_patient()
    now = at(train(patient, [GOOD, GOOD]), 12)
    propose_progressions(now)
    [proposal] = pending(patient)
    outsider = make_therapist()

    assert approve_proposal(outsider, proposal.id, now) is None
    assert reject_proposal(outsider, proposal.id, now) is None
    assert proposal.status == ProposalStatus.PROPOSED


def test_a_paused_patient_gets_no_new_proposals(app: Flask) -> None:
    patient = job_patient()
    now = at(train(patient, [GOOD, GOOD]), 12)
    patient.pause("red_flag")
    db.session.commit()

    assert propose_progressions(now) == 0


def count_queries(now: Any) -> int:
    with counting_statements() as statements:
        propose_progressions(now)
    return len(statements)


def test_the_queries_do_not_grow_with_the_caseload(app: Flask) -> None:
    therapist = make_therapist()
    first = job_patient(therapist)
    now = at(train(first, [GOOD, GOOD]), 12)
    one = count_queries(now)
    for _ in range(5):
        train(job_patient(therapist), [GOOD, GOOD])

    six = count_queries(now + timedelta(minutes=1))

    assert six == one
    assert db.session.scalar(select(func.count(Proposal.id))) == 6

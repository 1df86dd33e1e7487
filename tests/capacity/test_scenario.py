"""A construction laborer from baseline test to re-test: readiness moves only with the clinic
tests, the untested ladder blocks the overall figure, home doses stay under the cap, a
duty needing overhead reach exceeds capacity, and the PDF and FHIR bundle carry it all."""

import io
from datetime import date, timedelta
from decimal import Decimal

from fhir.resources.R4B.bundle import Bundle
from pypdf import PdfReader
from sqlalchemy import select

from companion.capacity.duties import match_duty
from companion.capacity.plan import add_duty
from companion.capacity.readiness import Status, capacity_of
from companion.capacity.records import capacity_tests_of
from companion.capacity.summary import summarise
from companion.capacity.units import CapacityFrequency
from companion.extensions import db
from companion.models import CapacityMethod, CapacityPhase, Patient, Proposal, ProposalStatus
from companion.programs.progression import propose_progressions
from companion.programs.proposals import ProposalClosed, approve_proposal
from companion.reports.capacity_fhir import METHOD_SYSTEM
from companion.reports.fhir import patient_bundle
from companion.reports.pdf import period_report
from tests.capacity.builders import START, at, laborer, measured
from tests.programs.builders import report

RETEST = START + timedelta(days=21)


def grid(patient: Patient) -> list[tuple[str, Status, Decimal | None]]:
    capacity = capacity_of(patient, capacity_tests_of(patient))
    return [(d.name, d.status, d.capacity) for d in capacity.demands]


def lift_load(patient: Patient) -> Decimal:
    task = next(t for t in patient.program.tasks if t.name == "Floor-to-waist lift")  # type: ignore[union-attr]
    return Decimal(task.load_lb or 0)


def three_weeks_at_home(patient: Patient) -> None:
    """Every weekday done with pain 3, progression proposing, the therapist approving."""
    for n in range(21):
        day = START + timedelta(days=n)
        if day.weekday() < 5:
            report(patient, day, pain=3, fatigue=4)
        propose_progressions(at(day + timedelta(days=1), 7))
        pending = select(Proposal.id).where(Proposal.status == ProposalStatus.PROPOSED)
        for proposal_id in db.session.scalars(pending).all():
            try:
                approve_proposal(patient.therapist, proposal_id, at(day + timedelta(days=1), 8))
            except ProposalClosed:
                pass


def test_a_construction_laborer_from_baseline_to_retest(app: object) -> None:
    patient = laborer()
    measured(patient, "Floor-to-waist lift", 60)
    measured(patient, "Carry", 30, frequency=CapacityFrequency.FREQUENT, distance_ft=100,
             method=CapacityMethod.TIMED_CARRY)  # fmt: skip
    measured(patient, "Overhead reach", 5, method=CapacityMethod.POSITIONAL_TOLERANCE)
    at_baseline = grid(patient)

    three_weeks_at_home(patient)

    # Three weeks of sessions done and doses raised: readiness has not moved.
    assert grid(patient) == at_baseline
    # The home dose rose from the template's 40 lb up to 80 % of the tested 60 lb, no further.
    assert lift_load(patient) == Decimal(48)

    measured(patient, "Floor-to-waist lift", 70, on=RETEST, phase=CapacityPhase.RETEST)
    measured(patient, "Carry", 45, frequency=CapacityFrequency.FREQUENT, distance_ft=100,
             method=CapacityMethod.TIMED_CARRY, on=RETEST, phase=CapacityPhase.RETEST)  # fmt: skip
    after = dict((name, capacity) for name, _, capacity in grid(patient))
    assert (after["Floor-to-waist lift"], after["Carry"]) == (Decimal(70), Decimal(45))

    summary = summarise(patient, at(RETEST, 17))
    assert summary.capacity.overall is None
    assert summary.capacity.note == "No overall figure: not tested: ladder climb."
    assert (summary.outlook.earliest, summary.outlook.latest) == (None, None)
    assert "floor-to-waist lift up to 70 lb occasionally" in summary.restrictions
    assert "no ladder climbing" in summary.restrictions

    drywall = add_duty(
        patient.therapist, patient, "Hang drywall", Decimal(4),
        [{"kind": "position", "posture": "reach_overhead", "target": 20, "unit": "min",
          "frequency": "frequent"}],
        at(RETEST, 18),
    )  # fmt: skip
    match = match_duty(drywall, summary.capacity)
    assert match.exceeds == ["reach overhead 20 min: exceeds tested 5 min by 15 min"]

    text = " ".join(
        page.extract_text()
        for page in PdfReader(io.BytesIO(period_report(patient, at(RETEST, 19)))).pages
    )
    text = " ".join(text.split())
    for shown in (
        "Home programme, adjunct to clinic-based work hardening",
        "Floor-to-waist lift",
        "70 lb occasional (retest)",
        "EPIC-style progressive lift, 2026-11-23",
        "timed carry, 2026-11-23",
        "positional tolerance time, 2026-11-02",
        "Ladder climb",
        "not tested",
        "No overall figure: not tested: ladder climb.",
        "no ladder climbing",
        "Hang drywall: exceeds: reach overhead 20 min: exceeds tested 5 min by 15 min",
    ):
        assert shown in text, shown

    bundle = patient_bundle(patient, [], at(RETEST, 19))
    Bundle.model_validate(bundle)
    resources = [e["resource"] for e in bundle["entry"]]
    tests = [r for r in resources if r["id"].startswith("capacity-test-")]
    assert len(tests) == 5
    assert {r["method"]["coding"][0]["system"] for r in tests} == {METHOD_SYSTEM}
    assert {r["method"]["coding"][0]["code"] for r in tests} == {
        "epic_lift", "timed_carry", "positional_tolerance",
    }  # fmt: skip
    [restrictions] = [r for r in resources if r["id"] == "work-restrictions"]
    assert "no ladder climbing" in restrictions["valueString"]
    [duty] = [r for r in resources if r["id"] == f"duty-{drywall.id}"]
    assert duty["valueString"].startswith("exceeds: reach overhead 20 min")


def test_the_ladder_test_unblocks_the_overall_figure(app: object) -> None:
    patient = laborer()
    measured(patient, "Floor-to-waist lift", 70)
    measured(patient, "Carry", 45, frequency=CapacityFrequency.FREQUENT, distance_ft=100)
    measured(patient, "Overhead reach", 5, method=CapacityMethod.POSITIONAL_TOLERANCE)
    measured(patient, "Ladder climb", 20, method=CapacityMethod.TASK_SIMULATION,
             on=date(2026, 11, 9))  # fmt: skip

    capacity = capacity_of(patient, capacity_tests_of(patient))

    assert (
        capacity.overall == 0.25 and capacity.note == "1 of 4 critical demands met in clinic tests."
    )

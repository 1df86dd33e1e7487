"""The therapist's side of progression: list a patient's proposals, approve or reject one."""

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from companion import audit
from companion.capacity.dose_cap import check_home_load
from companion.capacity.records import CapacityError
from companion.extensions import db
from companion.models import (
    Alert,
    AlertStatus,
    Patient,
    PatientStatus,
    Proposal,
    ProposalKind,
    Severity,
    Therapist,
)
from companion.programs.dose import Dose
from companion.texts import render
from messaging.outbox import enqueue


class ProposalClosed(ValueError):
    """The proposal can no longer be decided: it was decided, or the task's dose moved on."""


class UrgentAlertOpen(Exception):
    """The patient has an unresolved urgent alert: the therapist confirms before progressing.

    A red flag (numbness, chest pain, a fall) is a reason to hold the dose until it is
    assessed; approving anyway is the therapist's call, made knowingly.
    """

    def __init__(self, proposal: Proposal, patient: Patient, alerts: list[Alert]) -> None:
        super().__init__("The patient has an urgent alert open.")
        self.proposal, self.patient, self.alerts = proposal, patient, alerts


def urgent_alerts(patient_id: int) -> list[Alert]:
    """The patient's unresolved urgent alerts, newest first."""
    return list(
        db.session.scalars(
            select(Alert)
            .where(
                Alert.patient_id == patient_id,
                Alert.severity == Severity.URGENT,
                Alert.status != AlertStatus.RESOLVED,
            )
            .order_by(Alert.created_at.desc(), Alert.id.desc())
        )
    )


def proposals_of(patient: Patient) -> list[Proposal]:
    """The patient's proposals, newest first (the caller has checked the clinic)."""
    return list(
        db.session.scalars(
            select(Proposal)
            .options(selectinload(Proposal.task))
            .where(Proposal.patient_id == patient.id)
            .order_by(Proposal.created_at.desc(), Proposal.id.desc())
        )
    )


def proposal_for(therapist: Therapist, proposal_id: int) -> Proposal | None:
    """The proposal if its patient is in the therapist's clinic, locked for the decision."""
    return db.session.scalar(
        select(Proposal)
        .join(Patient, Patient.id == Proposal.patient_id)
        .where(Proposal.id == proposal_id, Patient.clinic_id == therapist.clinic_id)
        .with_for_update(of=Proposal)
    )


def _open(proposal: Proposal, now: datetime) -> None:
    """Refuse a proposal that is decided, or whose task no longer has the dose it started from."""
    if not proposal.is_pending:
        raise ProposalClosed(f"This proposal is already {proposal.status.value}.")
    if Dose.of_task(proposal.task) != Dose.current_of(proposal):
        proposal.supersede(now)
        db.session.commit()
        raise ProposalClosed("The task's dose was changed since this proposal was made.")


def approve_proposal(
    therapist: Therapist, proposal_id: int, now: datetime, *, despite_urgent: bool = False
) -> Proposal | None:
    """Apply the proposed dose to the task and queue the news to the patient; None if unknown.

    The text goes out with the change's own dedupe key, ahead of the next plan, which
    shows the new dose too. Raises ProposalClosed when there is nothing left to approve,
    and UrgentAlertOpen when an urgent alert is unresolved and the therapist has not
    confirmed (`despite_urgent`) that the dose should still go up.
    """
    proposal = proposal_for(therapist, proposal_id)
    if proposal is None:
        return None
    _open(proposal, now)
    urgent = urgent_alerts(proposal.patient_id)
    if urgent and not despite_urgent:
        patient = db.session.get_one(Patient, proposal.patient_id)
        db.session.rollback()  # releases the proposal's row lock
        raise UrgentAlertOpen(proposal, patient, urgent)
    if proposal.kind == ProposalKind.ADVANCE:
        patient = db.session.get_one(Patient, proposal.patient_id)
        try:
            check_home_load(patient, proposal.task, proposal.proposed_load_lb)
        except CapacityError as error:  # a lower clinic test came in since it was proposed
            raise ProposalClosed(str(error)) from None
    proposal.approve(therapist.id, now)
    if proposal.changes_dose:
        Dose.proposed_of(proposal).apply_to(proposal.task)
        tell_patient(proposal, now)
    audit.record(
        therapist,
        "progression.approve",
        now,
        proposal.patient_id,
        proposal_id=proposal.id,
        kind=proposal.kind.value,
        dose=proposal.proposed_dose,
        despite_urgent=[a.id for a in urgent],
    )
    db.session.commit()
    return proposal


def reject_proposal(therapist: Therapist, proposal_id: int, now: datetime) -> Proposal | None:
    """Record that the therapist keeps the dose as it is; None if unknown."""
    proposal = proposal_for(therapist, proposal_id)
    if proposal is None:
        return None
    _open(proposal, now)
    proposal.reject(therapist.id, now)
    audit.record(
        therapist,
        "progression.reject",
        now,
        proposal.patient_id,
        proposal_id=proposal.id,
        kind=proposal.kind.value,
    )
    db.session.commit()
    return proposal


def tell_patient(proposal: Proposal, now: datetime) -> None:
    """Queue the approved dose to the patient, ahead of the next plan (not while paused)."""
    patient = db.session.get_one(Patient, proposal.patient_id)
    if patient.status != PatientStatus.ACTIVE:
        return  # no texts while paused or stopped; the next plan shows the new dose
    template = "dose_up" if proposal.kind == ProposalKind.ADVANCE else "dose_down"
    dose = proposal.proposed_dose_in(patient.language)
    body = render(template, patient.language, name=patient.first_name, tasks=dose)
    queued = enqueue(
        phone=patient.phone,
        body=body,
        dedupe_key=f"progression:{proposal.id}",
        now=now,
        patient_id=patient.id,
        purpose="progression",
    )
    if queued:
        proposal.texted_at = now

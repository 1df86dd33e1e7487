"""Progression endpoints: a patient's proposals, and approving or rejecting one."""

from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import Any

from flask import abort, request

from companion.api import bp
from companion.api.auth import current_therapist
from companion.api.patients import readable_patient
from companion.api.schemas import approve_query_schema, proposal_list_schema, proposal_schema
from companion.models import Proposal, Therapist
from companion.programs.proposals import (
    ProposalClosed,
    UrgentAlertOpen,
    approve_proposal,
    proposals_of,
    reject_proposal,
)
from messaging.db import utcnow

Decide = Callable[[Therapist, int, datetime], Proposal | None]


@bp.get("/patients/<id:patient_id>/progressions")
def get_progressions(patient_id: int) -> Any:
    """List the patient's progression proposals, newest first."""
    patient = readable_patient(patient_id, "progressions")
    return proposal_list_schema.dump({"items": proposals_of(patient)})


@bp.post("/progressions/<id:proposal_id>/approve")
def post_approve(proposal_id: int) -> Any:
    """Approve a proposal: the task takes the new dose and the patient is texted."""
    despite_urgent = approve_query_schema.load(request.args)["despite_urgent"]
    try:
        proposal = _decided(partial(approve_proposal, despite_urgent=despite_urgent), proposal_id)
    except UrgentAlertOpen:
        abort(409, "The patient has an urgent alert open: approve with despite_urgent=true.")
    return proposal_schema.dump(proposal)


@bp.post("/progressions/<id:proposal_id>/reject")
def post_reject(proposal_id: int) -> Any:
    """Reject a proposal: the dose stays as it is."""
    return proposal_schema.dump(_decided(reject_proposal, proposal_id))


def _decided(decide: Decide, proposal_id: int) -> Proposal:
    try:
        proposal = decide(current_therapist(), proposal_id, utcnow())
    except ProposalClosed as exc:
        abort(409, str(exc))
    if proposal is None:
        abort(404, "No such proposal.")
    return proposal

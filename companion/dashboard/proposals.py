"""Progression proposals on the patient page: approve or reject with one click."""

from typing import Any

from flask import abort, flash, redirect, url_for

from companion.dashboard import bp
from companion.programs.proposals import ProposalClosed, approve_proposal, reject_proposal
from companion.security import current_therapist
from messaging.db import utcnow


def _decide(proposal_id: int, approve: bool) -> Any:
    decide = approve_proposal if approve else reject_proposal
    try:
        proposal = decide(current_therapist(), proposal_id, utcnow())
    except ProposalClosed as closed:
        flash(str(closed))
        return redirect(url_for("dashboard.show_caseload"))
    if proposal is None:
        abort(404)
    page = url_for("dashboard.show_patient", patient_id=proposal.patient_id)
    return redirect(f"{page}#programme")


@bp.post("/proposals/<id:proposal_id>/approve")
def approve(proposal_id: int) -> Any:
    """Approve a proposed dose: the task changes and the patient is told."""
    return _decide(proposal_id, approve=True)


@bp.post("/proposals/<id:proposal_id>/reject")
def reject(proposal_id: int) -> Any:
    """Keep the dose as it is."""
    return _decide(proposal_id, approve=False)

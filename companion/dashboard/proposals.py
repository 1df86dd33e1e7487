"""Progression proposals on the patient page: approve or reject with one click, or with a
confirmation step while the patient has an urgent alert unresolved."""

from typing import Any

from flask import abort, flash, redirect, render_template, request, url_for

from companion.dashboard import bp
from companion.programs.proposals import (
    ProposalClosed,
    UrgentAlertOpen,
    approve_proposal,
    reject_proposal,
)
from companion.security import current_therapist
from messaging.db import utcnow


def _decided(proposal: Any) -> Any:
    if proposal is None:
        abort(404)
    page = url_for("dashboard.show_patient", patient_id=proposal.patient_id)
    return redirect(f"{page}#programme")


@bp.post("/proposals/<id:proposal_id>/approve")
def approve(proposal_id: int) -> Any:
    """Approve a proposed dose (after confirming, if an urgent alert is unresolved)."""
    therapist, confirmed = current_therapist(), request.form.get("despite_urgent") == "yes"
    try:
        proposal = approve_proposal(therapist, proposal_id, utcnow(), despite_urgent=confirmed)
    except ProposalClosed as closed:
        flash(str(closed))
        return redirect(url_for("dashboard.show_caseload"))
    except UrgentAlertOpen as urgent:
        return render_template("dashboard/confirm_approve.html", urgent=urgent)
    return _decided(proposal)


@bp.post("/proposals/<id:proposal_id>/reject")
def reject(proposal_id: int) -> Any:
    """Keep the dose as it is."""
    try:
        proposal = reject_proposal(current_therapist(), proposal_id, utcnow())
    except ProposalClosed as closed:
        flash(str(closed))
        return redirect(url_for("dashboard.show_caseload"))
    return _decided(proposal)

"""The clinic's team page: who works here and treats whom; a clinic admin adds colleagues and
lets leavers go, handing their patients over."""

from typing import Any

from flask import abort, flash, redirect, render_template, url_for

from companion.dashboard import bp
from companion.dashboard.forms import LetGoForm, MemberForm, MobileForm, attach_error
from companion.extensions import db
from companion.models import Role, Therapist
from companion.phones import readable
from companion.security import current_therapist
from companion.team import TeamError, add_member, let_go, member_of, members, set_mobile
from messaging.db import utcnow


def _admin() -> Therapist:
    """The signed-in user, who must be the clinic's admin to change the team."""
    user = current_therapist()
    if user.role != Role.ADMIN:
        abort(403)
    return user


def _page(
    add: MemberForm | None = None,
    let_go_form: LetGoForm | None = None,
    mobile: tuple[int, MobileForm] | None = None,
    status: int = 200,
) -> Any:
    """The team page; a mobile form that failed shows, for its member, what was typed."""
    user = current_therapist()
    team = members(user)
    successors = [m for m, _ in team if m.is_active and m.prescribes]
    mobiles = {
        m.id: MobileForm(formdata=None, data={"phone": readable(m.phone) if m.phone else ""})
        for m, _ in team
        if m.is_active and (user.role == Role.ADMIN or m.id == user.id)
    }
    if mobile is not None:
        mobiles[mobile[0]] = mobile[1]
    return render_template(
        "dashboard/team.html", team=team, successors=successors, me=user, mobiles=mobiles,
        add=add or MemberForm(formdata=None), let_go_form=let_go_form or LetGoForm(formdata=None),
    ), status  # fmt: skip


@bp.get("/team")
def show_team() -> Any:
    """The clinic's users, their roles and how many patients each treats."""
    return _page()


@bp.post("/team")
def add_to_team() -> Any:
    """Give a colleague a sign-in (clinic admin only)."""
    admin, form = _admin(), MemberForm()
    if form.validate():
        try:
            member = add_member(admin, form.data, utcnow())
        except TeamError as error:
            db.session.rollback()
            attach_error(form, error.field, str(error))
        else:
            flash(f"{member.name} can sign in now.")
            return redirect(url_for("dashboard.show_team"))
    return _page(add=form, status=422)


@bp.post("/team/<id:member_id>/mobile")
def save_mobile(member_id: int) -> Any:
    """Set the mobile urgent alerts text (the admin for anyone, each user for themselves)."""
    user, form = current_therapist(), MobileForm()
    member = member_of(user, member_id)
    if member is None or not member.is_active:
        abort(404)
    if user.role != Role.ADMIN and member.id != user.id:
        abort(403)
    if form.validate():
        try:
            set_mobile(user, member, form.phone.data or None, utcnow())
        except TeamError as error:
            db.session.rollback()
            attach_error(form, error.field, str(error))
        else:
            flash(f"Mobile saved for {member.name}." if member.phone else "Mobile cleared.")
            return redirect(url_for("dashboard.show_team") + f"#member-{member.id}")
    return _page(mobile=(member.id, form), status=422)


@bp.post("/team/<id:member_id>/let-go")
def let_member_go(member_id: int) -> Any:
    """End a leaver's access and hand their patients to a therapist (clinic admin only)."""
    member = member_of(current_therapist(), member_id)
    if member is None:
        abort(404)
    admin, form = _admin(), LetGoForm()
    successor = member_of(admin, form.successor.data or 0) if form.validate() else None
    try:
        handed = let_go(admin, member, successor, utcnow())
    except TeamError as error:
        db.session.rollback()
        form.successor.errors = [str(error)]
        return _page(let_go_form=form, status=422)
    flash(f"{member.name} no longer has access; {handed} patients handed over.")
    return redirect(url_for("dashboard.show_team"))

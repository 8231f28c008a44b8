"""A person's state in Sferum: invited (by which link), join request received, joined,
teacher status verified, extra administrator, removed.

One :class:`Membership` row per person, created on first use as «не приглашён». Every step
takes the day it happened; a day in the future, or before the step it follows, is refused
with a Russian message. Verifying a teacher or appointing an extra administrator can only
happen to someone who is in Sferum, so when the join was never recorded it is recorded on
that same day (the administrator saw the person in Sferum to do it).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...data.models import (
    Employment,
    InviteLink,
    Membership,
    MembershipState,
    Person,
    PersonKind,
)
from ..organisation import ValidationError

__all__ = [
    "mark_invited",
    "mark_joined",
    "mark_removed",
    "mark_requested",
    "membership_of",
    "set_extra_admin",
    "set_teacher_verified",
]


def _person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise ValidationError({"person": "Человек не найден: возможно, запись уже удалили."})
    return person


def membership_of(session: Session, person_id: int) -> Membership:
    """The person's membership row; a «не приглашён» one is created when there is none."""
    person = _person(session, person_id)
    membership = session.scalar(select(Membership).where(Membership.person_id == person_id))
    if membership is None:
        membership = Membership(person=person, state=MembershipState.NOT_INVITED)
        session.add(membership)
        session.flush()
    return membership


def _check_day(on: dt.date | None, today: dt.date | None, what: str) -> dt.date:
    if on is None:
        raise ValidationError({"on": f"Укажите дату: {what}."})
    if on > (today or dt.date.today()):
        raise ValidationError({"on": f"Дата ({what}) не может быть в будущем: {on:%d.%m.%Y}."})
    return on


def _not_before(on: dt.date, earlier: dt.date | None, what: str, earlier_what: str) -> None:
    if earlier is not None and on < earlier:
        raise ValidationError(
            {"on": f"Дата ({what}) {on:%d.%m.%Y} раньше, чем {earlier_what} {earlier:%d.%m.%Y}."}
        )


def mark_invited(
    session: Session,
    person_id: int,
    on: dt.date,
    invite_link_id: int | None = None,
    *,
    today: dt.date | None = None,
) -> Membership:
    """The person was sent an invite (optionally: by which link) on ``on``."""
    _check_day(on, today, "приглашение")
    membership = membership_of(session, person_id)
    if invite_link_id is not None and session.get(InviteLink, invite_link_id) is None:
        raise ValidationError({"invite_link_id": "Выбранная ссылка-приглашение не найдена."})
    if membership.state == MembershipState.JOINED:
        # Recording, after the fact, how a member was invited is fine; a new invitation is not.
        if membership.joined_on is not None and on > membership.joined_on:
            raise ValidationError(
                {"state": f"{membership.person.full_name} уже в Сферуме: приглашать не нужно."}
            )
        membership.invited_on = on
        membership.invite_link_id = invite_link_id
        session.flush()
        return membership
    if membership.state == MembershipState.REMOVED:
        _not_before(on, membership.removed_on, "приглашение", "удаление из Сферума")
        membership.removed_on = None
        membership.requested_on = None
        membership.joined_on = None
    membership.state = MembershipState.INVITED
    membership.invited_on = on
    membership.invite_link_id = invite_link_id
    session.flush()
    return membership


def mark_requested(
    session: Session, person_id: int, on: dt.date, *, today: dt.date | None = None
) -> Membership:
    """The person's join request reached the administrator on ``on``."""
    _check_day(on, today, "заявка на вступление")
    membership = membership_of(session, person_id)
    if membership.state == MembershipState.JOINED:
        if membership.joined_on is not None and on > membership.joined_on:
            raise ValidationError({"state": f"{membership.person.full_name} уже в Сферуме."})
        membership.requested_on = on  # recorded after the fact
        session.flush()
        return membership
    if membership.state == MembershipState.INVITED:
        _not_before(on, membership.invited_on, "заявка", "приглашение")
    membership.state = MembershipState.REQUESTED
    membership.requested_on = on
    membership.removed_on = None
    session.flush()
    return membership


def mark_joined(
    session: Session, person_id: int, on: dt.date, *, today: dt.date | None = None
) -> Membership:
    """The person is in the Centre's Sferum community since ``on``."""
    _check_day(on, today, "вступление в Сферум")
    membership = membership_of(session, person_id)
    if membership.state == MembershipState.JOINED:
        if membership.joined_on != on:
            membership.joined_on = on
            session.flush()
        return membership
    if membership.state != MembershipState.REMOVED:
        _not_before(on, membership.invited_on, "вступление", "приглашение")
        _not_before(on, membership.requested_on, "вступление", "заявка")
    else:
        _not_before(on, membership.removed_on, "вступление", "удаление из Сферума")
    membership.state = MembershipState.JOINED
    membership.joined_on = on
    membership.removed_on = None
    _mark_link_reached(membership, on)
    session.flush()
    return membership


def _mark_link_reached(membership: Membership, on: dt.date) -> None:
    """Joining through a link shows the link reached someone: its first use is recorded.
    A class link serves the whole class, so it stays active (not «использована»)."""
    link = membership.invite_link
    if link is not None and (link.used_on is None or link.used_on > on) and on >= link.created_on:
        link.used_on = on


def _joined_for(membership: Membership, on: dt.date, what: str) -> None:
    if membership.state == MembershipState.REMOVED:
        raise ValidationError(
            {"state": f"{membership.person.full_name} удалён(а) из Сферума: {what} невозможно."}
        )
    if membership.state != MembershipState.JOINED:
        _not_before(on, membership.invited_on, what, "приглашение")
        membership.state = MembershipState.JOINED
        membership.joined_on = on


def _require_staff(person: Person, what: str) -> None:
    if person.kind != PersonKind.STAFF:
        raise ValidationError(
            {"person": f"{what} — только для сотрудников; {person.full_name} не сотрудник."}
        )


def set_teacher_verified(
    session: Session,
    person_id: int,
    verified: bool,
    on: dt.date,
    *,
    today: dt.date | None = None,
) -> Membership:
    """Mark (or unmark) the staff member's status «Преподаватель» as verified in Sferum."""
    _check_day(on, today, "подтверждение статуса")
    person = _person(session, person_id)
    _require_staff(person, "Статус «Преподаватель»")
    membership = membership_of(session, person_id)
    if verified:
        if membership.verified_teacher and membership.verified_on == on:
            return membership
        _joined_for(membership, on, "подтверждение статуса")
        _not_before(on, membership.joined_on, "подтверждение статуса", "вступление")
        membership.verified_teacher = True
        membership.verified_on = on
    else:
        membership.verified_teacher = False
        membership.verified_on = None
    session.flush()
    return membership


def _active_employment(session: Session, person_id: int, on: dt.date) -> Employment | None:
    return session.scalar(
        select(Employment).where(
            Employment.person_id == person_id,
            Employment.hired_on <= on,
            (Employment.dismissed_on.is_(None)) | (Employment.dismissed_on > on),
        )
    )


def set_extra_admin(
    session: Session,
    person_id: int,
    admin: bool,
    on: dt.date,
    *,
    today: dt.date | None = None,
) -> Membership:
    """Appoint (or revoke) the staff member as an extra administrator of the Centre.
    Appointing needs an employment active on ``on``; revoking is always possible."""
    _check_day(on, today, "права администратора")
    person = _person(session, person_id)
    membership = membership_of(session, person_id)
    if not admin:
        membership.is_extra_admin = False
        membership.admin_since = None
        session.flush()
        return membership
    _require_staff(person, "Дополнительный администратор")
    if _active_employment(session, person_id, on) is None:
        raise ValidationError(
            {
                "person": f"{person.full_name} не работает в Центре на {on:%d.%m.%Y}: "
                "назначить администратором нельзя."
            }
        )
    if membership.is_extra_admin and membership.admin_since == on:
        return membership
    _joined_for(membership, on, "назначение администратором")
    _not_before(on, membership.joined_on, "назначение администратором", "вступление")
    membership.is_extra_admin = True
    membership.admin_since = on
    session.flush()
    return membership


def mark_removed(
    session: Session, person_id: int, on: dt.date, *, today: dt.date | None = None
) -> Membership:
    """The person was removed from the Centre's Sferum community on ``on``; their extra
    administrator rights go with it."""
    _check_day(on, today, "удаление из Сферума")
    membership = membership_of(session, person_id)
    if membership.state == MembershipState.REMOVED:
        return membership
    if membership.state == MembershipState.JOINED:
        _not_before(on, membership.joined_on, "удаление", "вступление")
    membership.state = MembershipState.REMOVED
    membership.removed_on = on
    membership.is_extra_admin = False
    membership.admin_since = None
    session.flush()
    return membership

"""Cancelling an event entered by mistake, and reconstructing a group on any date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session, joinedload

from ...data.models import (
    Employment,
    Enrolment,
    Group,
    GroupKind,
    MovementEvent,
    MovementKind,
    Person,
    SferumTask,
    TaskState,
)
from ..organisation import ValidationError
from .drafts import STAFF_KINDS

CANCELLED_NOTE = "Событие движения отменено"


def _d(day: dt.date) -> str:
    return f"{day:%d.%m.%Y}"


def _describe(event: MovementEvent) -> str:
    return f"«{event.kind.label}» от {_d(event.effective_on)} ({event.person.full_name})"


def _is_later(other: MovementEvent, event: MovementEvent) -> bool:
    return (other.effective_on, other.id) > (event.effective_on, event.id)


def dependent_event(session: Session, event: MovementEvent) -> MovementEvent | None:
    """The first later, not cancelled event of the same person that rests on ``event``:
    any later staff event for a staff event; for a student, a later event about one of the
    groups ``event`` is about."""
    query = select(MovementEvent).where(
        MovementEvent.person_id == event.person_id,
        MovementEvent.id != event.id,
        MovementEvent.cancelled_on.is_(None),
    )
    if event.kind in STAFF_KINDS:
        query = query.where(MovementEvent.kind.in_(STAFF_KINDS))
    else:
        groups = [g for g in (event.from_group_id, event.to_group_id) if g is not None]
        query = query.where(
            or_(MovementEvent.from_group_id.in_(groups), MovementEvent.to_group_id.in_(groups))
        )
    later = [e for e in session.scalars(query) if _is_later(e, event)]
    later.sort(key=lambda e: (e.effective_on, e.id))
    return later[0] if later else None


def tasks_withdrawn_by(session: Session, event_id: int) -> list[SferumTask]:
    """The open tasks that cancelling the event would withdraw (for the confirmation)."""
    return list(
        session.scalars(
            select(SferumTask)
            .where(SferumTask.movement_event_id == event_id, SferumTask.state == TaskState.OPEN)
            .order_by(SferumTask.id)
        )
    )


def cancel_event(session: Session, event_id: int, today: dt.date | None = None) -> None:
    """Cancel an event entered by mistake: the membership change is undone, its open tasks
    are withdrawn. Refused while a later event rests on it."""
    today = today or dt.date.today()
    event = session.get(MovementEvent, event_id)
    if event is None:
        raise ValidationError({"event": "Событие движения не найдено: возможно, его уже удалили."})
    if event.cancelled_on is not None:
        raise ValidationError(
            {"event": f"Событие {_describe(event)} уже отменено {_d(event.cancelled_on)}."}
        )
    later = dependent_event(session, event)
    if later is not None:
        raise ValidationError(
            {
                "event": f"Событие {_describe(event)} нельзя отменить: от него зависит более "
                f"позднее событие «{later.kind.label}» от {_d(later.effective_on)}. "
                "Сначала отмените его."
            }
        )
    _undo_membership(session, event)
    event.cancelled_on = today
    for task in tasks_withdrawn_by(session, event.id):
        task.state = TaskState.CANCELLED
        task.note = f"{task.note}\n{CANCELLED_NOTE}" if task.note else CANCELLED_NOTE
    session.flush()


def _reopen_employment(employment: Employment) -> None:
    employment.dismissed_on = None
    employment.dismiss_order_id = None


def _reopen_enrolment(enrolment: Enrolment) -> None:
    enrolment.left_on = None
    enrolment.leave_order_id = None
    enrolment.leave_reason = None


def _closed_by(session: Session, event: MovementEvent) -> Employment | Enrolment | None:
    """The employment or enrolment a transfer closed (ended on the event's day)."""
    if event.kind == MovementKind.STAFF_TRANSFERRED:
        return session.scalar(
            select(Employment)
            .where(
                Employment.person_id == event.person_id,
                Employment.dismissed_on == event.effective_on,
                Employment.id != event.employment_id,
            )
            .order_by(Employment.id.desc())
        )
    return session.scalar(
        select(Enrolment)
        .where(
            Enrolment.student_id == event.person_id,
            Enrolment.group_id == event.from_group_id,
            Enrolment.left_on == event.effective_on,
        )
        .order_by(Enrolment.id.desc())
    )


def _delete_enrolment(session: Session, enrolment: Enrolment) -> None:
    """Delete an enrolment a cancelled event created; cancelled events that still point at
    it (a cancelled expulsion from it) let go first."""
    for other in session.scalars(
        select(MovementEvent).where(MovementEvent.enrolment_id == enrolment.id)
    ):
        other.enrolment_id = None
    session.flush()
    session.delete(enrolment)


def _delete_employment(session: Session, employment: Employment, instead: Employment) -> None:
    """Delete an employment a cancelled transfer created; events pointing at it (the
    transfer itself, a cancelled dismissal) point at the reopened one instead."""
    for other in session.scalars(
        select(MovementEvent).where(MovementEvent.employment_id == employment.id)
    ):
        other.employment_id = instead.id
    session.flush()
    session.delete(employment)


def _undo_membership(session: Session, event: MovementEvent) -> None:
    kind = event.kind
    employment = session.get(Employment, event.employment_id) if event.employment_id else None
    enrolment = session.get(Enrolment, event.enrolment_id) if event.enrolment_id else None
    if kind == MovementKind.STAFF_HIRED and employment is not None:
        # The event must keep pointing at an employment (a schema rule): the mistaken one is
        # made zero-length, which no roster, count or check ever treats as employed.
        employment.dismissed_on = employment.hired_on
        employment.dismiss_order_id = None
    elif kind == MovementKind.STAFF_DISMISSED and employment is not None:
        _reopen_employment(employment)
    elif kind == MovementKind.STAFF_TRANSFERRED and employment is not None:
        old = _closed_by(session, event)
        if isinstance(old, Employment):
            _reopen_employment(old)
            _delete_employment(session, employment, old)
    elif kind == MovementKind.STUDENT_ENROLLED and enrolment is not None:
        _delete_enrolment(session, enrolment)
    elif kind == MovementKind.STUDENT_TRANSFERRED:
        old = _closed_by(session, event)
        if isinstance(old, Enrolment):
            _reopen_enrolment(old)
        if enrolment is not None:
            _delete_enrolment(session, enrolment)
    elif kind == MovementKind.STUDENT_EXPELLED and enrolment is not None:
        _reopen_enrolment(enrolment)


# -- a group on any date ------------------------------------------------------------------


def _active(start: Any, end: Any, day: dt.date) -> ColumnElement[bool]:
    return and_(start <= day, or_(end.is_(None), end > day))


def roster_on(session: Session, group_id: int, day: dt.date) -> list[Person]:
    """Who was in the group on ``day``: its students, or for the «Учительская» the staff
    employed that day; sorted by name."""
    group = session.get(Group, group_id)
    if group is None:
        return []
    if group.kind == GroupKind.STAFF_ROOM:
        query = (
            select(Person)
            .join(Employment, Employment.person_id == Person.id)
            .where(_active(Employment.hired_on, Employment.dismissed_on, day))
        )
    else:
        query = (
            select(Person)
            .join(Enrolment, Enrolment.student_id == Person.id)
            .where(
                Enrolment.group_id == group_id,
                _active(Enrolment.enrolled_on, Enrolment.left_on, day),
            )
        )
    people = session.scalars(query.distinct())
    return sorted(people, key=lambda p: (p.last_name, p.first_name, p.middle_name or "", p.id))


@dataclass(frozen=True)
class GroupChange:
    """One arrival in or departure from a group."""

    on: dt.date
    person_id: int
    person: str
    joined: bool  # False: left
    order: str | None


def group_history(session: Session, group_id: int) -> list[GroupChange]:
    """Every arrival and departure of the group's students, in date order."""
    enrolments = session.scalars(
        select(Enrolment)
        .where(Enrolment.group_id == group_id)
        .options(
            joinedload(Enrolment.student),
            joinedload(Enrolment.enrol_order),
            joinedload(Enrolment.leave_order),
        )
    )
    changes: list[GroupChange] = []
    for e in enrolments:
        if e.left_on is not None and e.left_on <= e.enrolled_on:
            continue  # never in the group
        name = e.student.full_name
        order = e.enrol_order.display if e.enrol_order else None
        changes.append(GroupChange(e.enrolled_on, e.student_id, name, True, order))
        if e.left_on is not None:
            left = e.leave_order.display if e.leave_order else None
            changes.append(GroupChange(e.left_on, e.student_id, name, False, left))
    changes.sort(key=lambda c: (c.on, not c.joined, c.person))
    return changes

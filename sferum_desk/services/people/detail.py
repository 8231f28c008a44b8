"""Everything the detail panel shows about one person, read in one short session."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, joinedload

from ...data.models import (
    ConsentState,
    Employment,
    Enrolment,
    Membership,
    MembershipState,
    MovementEvent,
    ParentLink,
    ParentRelation,
    Person,
    PersonKind,
    SferumTask,
    TaskState,
)
from .cards import PersonDraft, load_person
from .join_requests import JoinRequestRow, list_join_requests
from .validation import age_on

__all__ = [
    "EmploymentLine",
    "EnrolmentLine",
    "EventLine",
    "MembershipInfo",
    "PersonDetail",
    "RelativeLine",
    "TaskLine",
    "person_detail",
]


@dataclass(frozen=True)
class EmploymentLine:
    id: int
    position: str
    hired_on: dt.date
    dismissed_on: dt.date | None
    hire_order: str | None
    dismiss_order: str | None
    current: bool


@dataclass(frozen=True)
class EnrolmentLine:
    id: int
    group_id: int
    group_name: str
    enrolled_on: dt.date
    left_on: dt.date | None
    enrol_order: str | None
    leave_order: str | None
    leave_reason: str | None
    current: bool


@dataclass(frozen=True)
class RelativeLine:
    """A parent of a student, or a child of a parent, with the relation."""

    person_id: int
    full_name: str
    kind: PersonKind
    relation: ParentRelation


@dataclass(frozen=True)
class MembershipInfo:
    state: MembershipState
    invite_link_id: int | None
    invite_link_url: str | None
    invited_on: dt.date | None
    requested_on: dt.date | None
    joined_on: dt.date | None
    verified_teacher: bool
    verified_on: dt.date | None
    is_extra_admin: bool
    admin_since: dt.date | None
    removed_on: dt.date | None


@dataclass(frozen=True)
class TaskLine:
    id: int
    kind: str
    title: str
    due_on: dt.date | None
    overdue: bool


@dataclass(frozen=True)
class EventLine:
    id: int
    kind: str
    effective_on: dt.date
    order: str | None
    from_group: str | None
    to_group: str | None
    cancelled_on: dt.date | None
    note: str | None


@dataclass(frozen=True)
class PersonDetail:
    id: int
    version: int
    kind: PersonKind
    card: PersonDraft
    full_name: str
    age: int | None
    anonymised_on: dt.date | None
    consent_state: ConsentState
    consent_on: dt.date | None
    consent_document: str | None
    employments: list[EmploymentLine]
    enrolments: list[EnrolmentLine]
    parents: list[RelativeLine]
    children: list[RelativeLine]
    membership: MembershipInfo
    join_requests: list[JoinRequestRow]
    open_tasks: list[TaskLine]
    events: list[EventLine]

    @property
    def current_group_ids(self) -> list[int]:
        return [e.group_id for e in self.enrolments if e.current]

    @property
    def employed(self) -> bool:
        return any(e.current for e in self.employments)


def _active(start: dt.date, end: dt.date | None, day: dt.date) -> bool:
    return start <= day and (end is None or end > day)


def _membership(session: Session, person_id: int) -> MembershipInfo:
    row = session.scalar(
        select(Membership)
        .where(Membership.person_id == person_id)
        .options(joinedload(Membership.invite_link))
    )
    if row is None:
        return MembershipInfo(
            MembershipState.NOT_INVITED,
            None,
            None,
            None,
            None,
            None,
            False,
            None,
            False,
            None,
            None,
        )
    return MembershipInfo(
        state=row.state,
        invite_link_id=row.invite_link_id,
        invite_link_url=row.invite_link.url if row.invite_link else None,
        invited_on=row.invited_on,
        requested_on=row.requested_on,
        joined_on=row.joined_on,
        verified_teacher=row.verified_teacher,
        verified_on=row.verified_on,
        is_extra_admin=row.is_extra_admin,
        admin_since=row.admin_since,
        removed_on=row.removed_on,
    )


def _relatives(session: Session, person_id: int) -> tuple[list[RelativeLine], list[RelativeLine]]:
    links = session.scalars(
        select(ParentLink)
        .where(or_(ParentLink.parent_id == person_id, ParentLink.student_id == person_id))
        .options(joinedload(ParentLink.parent), joinedload(ParentLink.student))
    ).unique()
    parents, children = [], []
    for link in links:
        if link.student_id == person_id:
            p = link.parent
            parents.append(RelativeLine(p.id, p.full_name, p.kind, link.relation))
        else:
            c = link.student
            children.append(RelativeLine(c.id, c.full_name, c.kind, link.relation))
    key = lambda r: (r.full_name, r.person_id)  # noqa: E731
    return sorted(parents, key=key), sorted(children, key=key)


def person_detail(session: Session, person_id: int, today: dt.date | None = None) -> PersonDetail:
    """The card, posts, groups, family, Sferum state, requests, open tasks and events."""
    day = today or dt.date.today()
    person = session.get(Person, person_id)
    loaded = load_person(session, person_id)
    if person is None or loaded is None:
        raise LookupError(person_id)
    card, version = loaded
    employments = [
        EmploymentLine(
            id=e.id,
            position=e.position_title or e.position.label,
            hired_on=e.hired_on,
            dismissed_on=e.dismissed_on,
            hire_order=e.hire_order.display if e.hire_order else None,
            dismiss_order=e.dismiss_order.display if e.dismiss_order else None,
            current=_active(e.hired_on, e.dismissed_on, day),
        )
        for e in session.scalars(
            select(Employment)
            .where(Employment.person_id == person_id)
            .order_by(Employment.hired_on, Employment.id)
        )
    ]
    enrolments = [
        EnrolmentLine(
            id=e.id,
            group_id=e.group_id,
            group_name=e.group.sferum_class_name,
            enrolled_on=e.enrolled_on,
            left_on=e.left_on,
            enrol_order=e.enrol_order.display if e.enrol_order else None,
            leave_order=e.leave_order.display if e.leave_order else None,
            leave_reason=e.leave_reason,
            current=_active(e.enrolled_on, e.left_on, day),
        )
        for e in session.scalars(
            select(Enrolment)
            .where(Enrolment.student_id == person_id)
            .options(joinedload(Enrolment.group))
            .order_by(Enrolment.enrolled_on, Enrolment.id)
        )
    ]
    parents, children = _relatives(session, person_id)
    tasks = [
        TaskLine(
            id=t.id,
            kind=t.kind.label,
            title=t.title,
            due_on=t.due_on,
            overdue=t.due_on is not None and t.due_on < day,
        )
        for t in session.scalars(
            select(SferumTask)
            .where(SferumTask.person_id == person_id, SferumTask.state == TaskState.OPEN)
            .order_by(SferumTask.due_on, SferumTask.id)
        )
    ]
    events = [
        EventLine(
            id=ev.id,
            kind=ev.kind.label,
            effective_on=ev.effective_on,
            order=ev.order.display if ev.order else None,
            from_group=ev.from_group.sferum_class_name if ev.from_group else None,
            to_group=ev.to_group.sferum_class_name if ev.to_group else None,
            cancelled_on=ev.cancelled_on,
            note=ev.note,
        )
        for ev in session.scalars(
            select(MovementEvent)
            .where(MovementEvent.person_id == person_id)
            .order_by(MovementEvent.effective_on, MovementEvent.id)
        )
    ]
    return PersonDetail(
        id=person.id,
        version=version,
        kind=person.kind,
        card=card,
        full_name=person.full_name,
        age=age_on(person.birth_date, day) if person.birth_date else None,
        anonymised_on=person.anonymised_on,
        consent_state=person.consent_state,
        consent_on=person.consent_on,
        consent_document=person.consent_document,
        employments=employments,
        enrolments=enrolments,
        parents=parents,
        children=children,
        membership=_membership(session, person_id),
        join_requests=list_join_requests(session, person_id=person_id),
        open_tasks=tasks,
        events=events,
    )

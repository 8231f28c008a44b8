"""Staff, students and parents with their current state in the Centre and in Sferum."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload

from ...data.models import (
    Employment,
    Enrolment,
    Membership,
    MembershipState,
    ParentLink,
    Person,
    PersonKind,
)
from ...data.search import normalize
from ..stats import active_enrolments
from ._common import age_on, is_active, join_text, today_or


@dataclass(frozen=True)
class StaffRow:
    id: int
    full_name: str
    position: str | None
    phone: str | None
    email: str | None
    hired_on: dt.date | None
    dismissed_on: dt.date | None
    sferum_state: str
    verified: bool
    extra_admin: bool
    active: bool  # employed on the day asked for


@dataclass(frozen=True)
class StudentRow:
    id: int
    full_name: str
    birth_date: dt.date | None
    age: int | None
    groups: str  # current groups; for a student who left, the groups last attended
    parents: str
    phone: str | None
    consent: str
    sferum_state: str
    active: bool  # enrolled in at least one group on the day asked for
    left_on: dt.date | None  # when the last group was left, for a student who is not active


@dataclass(frozen=True)
class ParentRow:
    id: int
    full_name: str
    phone: str | None
    email: str | None
    children: str
    activist: bool
    sferum_state: str
    active: bool  # has at least one child enrolled on the day asked for


def _sferum_state(membership: Membership | None) -> str:
    return (membership.state if membership else MembershipState.NOT_INVITED).label


def _people(session: Session, where: Any, *options: Any) -> list[Person]:
    stmt = select(Person).where(where).options(joinedload(Person.membership), *options)
    # Sorted here: the database orders «Ё» apart from «Е» and capitals before small letters.
    return sorted(session.scalars(stmt).unique(), key=lambda p: (normalize(p.full_name), p.id))


def list_staff(session: Session, on: dt.date | None = None) -> list[StaffRow]:
    """Staff members with their current (or last) post; dismissed ones flagged."""
    day = today_or(on)
    rows = []
    for person in _people(
        session, Person.kind == PersonKind.STAFF, selectinload(Person.employments)
    ):
        employments = sorted(person.employments, key=lambda e: (e.hired_on, e.id))
        current = [e for e in employments if is_active(e.hired_on, e.dismissed_on, day)]
        latest = current or employments
        shown: Employment | None = latest[-1] if latest else None
        membership = person.membership
        rows.append(
            StaffRow(
                id=person.id,
                full_name=person.full_name,
                position=(shown.position_title or shown.position.label) if shown else None,
                phone=person.phone,
                email=person.email,
                hired_on=employments[0].hired_on if employments else None,
                dismissed_on=None if current or shown is None else shown.dismissed_on,
                sferum_state=_sferum_state(membership),
                verified=bool(membership and membership.verified_teacher),
                extra_admin=bool(membership and membership.is_extra_admin),
                active=bool(current),
            )
        )
    return rows


def _names_by(session: Session, key: Any, other: Any) -> dict[int, list[str]]:
    """Full names of the other side of each parent link, keyed by one side's id."""
    stmt = (
        select(key, Person)
        .join(Person, other == Person.id)
        .order_by(Person.last_name, Person.first_name, Person.id)
    )
    names: dict[int, list[str]] = defaultdict(list)
    for owner_id, person in session.execute(stmt):
        names[owner_id].append(person.full_name)
    return names


def list_students(session: Session, on: dt.date | None = None) -> list[StudentRow]:
    """Students with their groups and parents; expelled ones (no active group) flagged."""
    day = today_or(on)
    parents = _names_by(session, ParentLink.student_id, ParentLink.parent_id)
    people = _people(
        session,
        Person.kind == PersonKind.STUDENT,
        selectinload(Person.enrolments).joinedload(Enrolment.group),
    )
    rows = []
    for person in people:
        enrolments = sorted(person.enrolments, key=lambda e: (e.enrolled_on, e.id))
        current = [e for e in enrolments if is_active(e.enrolled_on, e.left_on, day)]
        left_on = None
        shown = current
        if not current:
            ended = [e for e in enrolments if e.left_on is not None and e.left_on <= day]
            left_on = max((e.left_on for e in ended if e.left_on), default=None)
            shown = [e for e in ended if e.left_on == left_on]
        rows.append(
            StudentRow(
                id=person.id,
                full_name=person.full_name,
                birth_date=person.birth_date,
                age=age_on(person.birth_date, day),
                groups=join_text(e.group.sferum_class_name for e in shown),
                parents=join_text(parents.get(person.id, ())),
                phone=person.phone,
                consent=person.consent_state.label,
                sferum_state=_sferum_state(person.membership),
                active=bool(current),
                left_on=left_on,
            )
        )
    return rows


def list_parents(session: Session, on: dt.date | None = None) -> list[ParentRow]:
    """Parents (and staff linked as parents) with their children; ``active`` when a child is
    enrolled on ``on``, the same rule as ``stats.collect`` counts parents by."""
    day = today_or(on)
    enrolled = active_enrolments(day).subquery()
    active_students = set(session.scalars(select(enrolled.c.student_id)))
    children = _names_by(session, ParentLink.parent_id, ParentLink.student_id)
    child_ids: dict[int, set[int]] = defaultdict(set)
    for parent_id, student_id in session.execute(
        select(ParentLink.parent_id, ParentLink.student_id)
    ):
        child_ids[parent_id].add(student_id)
    rows = []
    # A staff member can be a parent too: listed here as well as under staff.
    is_parent = (Person.kind == PersonKind.PARENT) | Person.id.in_(select(ParentLink.parent_id))
    for person in _people(session, is_parent):
        rows.append(
            ParentRow(
                id=person.id,
                full_name=person.full_name,
                phone=person.phone,
                email=person.email,
                children=join_text(children.get(person.id, ())),
                activist=person.is_activist,
                sferum_state=_sferum_state(person.membership),
                active=bool(child_ids[person.id] & active_students),
            )
        )
    return rows

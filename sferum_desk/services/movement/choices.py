"""What the movement dialogs offer: people of a kind, open groups, a student's groups."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...data.models import (
    AcademicYear,
    Enrolment,
    Group,
    GroupKind,
    MovementEvent,
    Person,
    PersonKind,
    SferumTask,
    TaskState,
)


@dataclass(frozen=True)
class Choice:
    id: int
    name: str


def person_choices(session: Session, kind: PersonKind) -> list[Choice]:
    """People of ``kind`` who are not anonymised, by name; the name carries the birth date
    for students so namesakes can be told apart."""
    people = session.scalars(
        select(Person)
        .where(Person.kind == kind, Person.anonymised_on.is_(None))
        .order_by(Person.last_name, Person.first_name, Person.middle_name, Person.id)
    )
    out = []
    for p in people:
        born = f" ({p.birth_date:%d.%m.%Y})" if kind == PersonKind.STUDENT and p.birth_date else ""
        out.append(Choice(p.id, p.full_name + born))
    return out


def group_choices(session: Session, *, with_staff_room: bool = False) -> list[Choice]:
    """Association groups not archived, the current academic year's first, by name."""
    query = (
        select(Group, AcademicYear)
        .outerjoin(AcademicYear, Group.academic_year_id == AcademicYear.id)
        .where(Group.archived_on.is_(None))
    )
    if not with_staff_room:
        query = query.where(Group.kind == GroupKind.ASSOCIATION)
    rows = list(session.execute(query).all())
    rows.sort(
        key=lambda r: (
            r[0].kind != GroupKind.STAFF_ROOM,
            -(r[1].start_year if r[1] else 9999),
            r[0].sferum_class_name.casefold(),
        )
    )
    return [
        Choice(g.id, f"{g.sferum_class_name} ({y.name})" if y else g.sferum_class_name)
        for g, y in rows
    ]


def current_groups(session: Session, person_id: int) -> list[Choice]:
    """The groups the student is enrolled in and has not left."""
    rows = session.execute(
        select(Group.id, Group.sferum_class_name)
        .join(Enrolment, Enrolment.group_id == Group.id)
        .where(Enrolment.student_id == person_id, Enrolment.left_on.is_(None))
        .order_by(Group.sferum_class_name)
    )
    return [Choice(gid, name) for gid, name in rows]


@dataclass(frozen=True)
class EventSummary:
    """An event as the cancellation asks about it: what it was and what it would withdraw."""

    id: int
    text: str  # «Зачисление обучающегося» от 01.09.2026: Иванова Мария Петровна
    cancelled: bool
    open_tasks: list[str]


def event_summary(session: Session, event_id: int) -> EventSummary | None:
    event = session.get(MovementEvent, event_id)
    if event is None:
        return None
    tasks = session.scalars(
        select(SferumTask.title)
        .where(SferumTask.movement_event_id == event_id, SferumTask.state == TaskState.OPEN)
        .order_by(SferumTask.id)
    )
    text = f"«{event.kind.label}» от {event.effective_on:%d.%m.%Y}: {event.person.full_name}"
    return EventSummary(event.id, text, event.cancelled_on is not None, list(tasks))

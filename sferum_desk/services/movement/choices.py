"""What the movement dialogs ask about: a student's current groups, an event to cancel.
People and groups come from ``services.choices``."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...data.models import (
    Enrolment,
    Group,
    MovementEvent,
    SferumTask,
    TaskState,
)
from ..choices import Choice


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

"""Movement events, invite links and the administrator's Sferum tasks."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, joinedload, selectinload

from ...data.models import (
    InviteHandout,
    InviteLink,
    Membership,
    MembershipState,
    MovementEvent,
    SferumTask,
    TaskState,
)
from ._common import join_text, name_of, order_text, today_or


@dataclass(frozen=True)
class MovementRow:
    id: int
    effective_on: dt.date
    kind: str
    person: str
    from_group: str | None
    to_group: str | None
    order: str | None  # «№ 12 от 01.09.2026»
    note: str | None
    cancelled_on: dt.date | None


@dataclass(frozen=True)
class InviteRow:
    id: int
    target: str  # the class name or the chat title
    target_is_chat: bool
    role: str
    url: str
    created_on: dt.date
    expires_on: dt.date | None
    state: str
    handed_to: str
    handed_how: str
    handed_on: dt.date | None  # the latest hand-out
    used_on: dt.date | None
    annulled_on: dt.date | None
    annul_reason: str | None
    joined: int = 0  # people recorded as joined through this link


@dataclass(frozen=True)
class TaskRow:
    id: int
    kind: str
    title: str
    person: str | None
    target: str | None  # the class or chat the task is about
    state: str
    due_on: dt.date | None
    done_on: dt.date | None
    overdue: bool  # open and past its due date on the day asked for


def list_movement(session: Session) -> list[MovementRow]:
    """Every movement event, the latest first."""
    events = session.scalars(
        select(MovementEvent)
        .options(
            joinedload(MovementEvent.person),
            joinedload(MovementEvent.order),
            joinedload(MovementEvent.from_group),
            joinedload(MovementEvent.to_group),
        )
        .order_by(MovementEvent.effective_on.desc(), MovementEvent.id.desc())
    )
    return [
        MovementRow(
            id=event.id,
            effective_on=event.effective_on,
            kind=event.kind.label,
            person=event.person.full_name,
            from_group=event.from_group.sferum_class_name if event.from_group else None,
            to_group=event.to_group.sferum_class_name if event.to_group else None,
            order=order_text(event.order),
            note=event.note,
            cancelled_on=event.cancelled_on,
        )
        for event in events
    ]


def _recipient(handout: InviteHandout) -> str | None:
    if handout.person is not None:
        return handout.person.short_name
    if handout.group is not None:
        return handout.group.sferum_class_name
    return handout.recipient_text


def list_invites(session: Session) -> list[InviteRow]:
    """Every invite link with its target and hand-outs, the newest first."""
    links = session.scalars(
        select(InviteLink)
        .options(
            joinedload(InviteLink.group),
            joinedload(InviteLink.chat),
            selectinload(InviteLink.handouts).joinedload(InviteHandout.person),
            selectinload(InviteLink.handouts).joinedload(InviteHandout.group),
        )
        .order_by(InviteLink.created_on.desc(), InviteLink.id.desc())
    ).unique()
    joined_through = (
        select(Membership.invite_link_id, func.count())
        .where(Membership.invite_link_id.is_not(None), Membership.state == MembershipState.JOINED)
        .group_by(Membership.invite_link_id)
    )
    joined: dict[int | None, int] = {link_id: n for link_id, n in session.execute(joined_through)}
    rows = []
    for link in links:
        handouts = sorted(link.handouts, key=lambda h: (h.handed_on, h.id))
        if link.group is not None:
            target = link.group.sferum_class_name
        else:
            target = link.chat.title if link.chat else ""
        rows.append(
            InviteRow(
                id=link.id,
                target=target,
                target_is_chat=link.chat_id is not None,
                role=link.role.label,
                url=link.url,
                created_on=link.created_on,
                expires_on=link.expires_on,
                state=link.state.label,
                handed_to=join_text(_recipient(h) for h in handouts),
                handed_how=join_text(h.method.label for h in handouts),
                handed_on=handouts[-1].handed_on if handouts else None,
                used_on=link.used_on,
                annulled_on=link.annulled_on,
                annul_reason=link.annul_reason,
                joined=joined.get(link.id, 0),
            )
        )
    return rows


def list_tasks(session: Session, on: dt.date | None = None) -> list[TaskRow]:
    """Sferum tasks: open ones first by due date, then the rest, the latest first."""
    day = today_or(on)
    open_first = case((SferumTask.state == TaskState.OPEN, 0), else_=1)
    tasks = session.scalars(
        select(SferumTask)
        .options(
            joinedload(SferumTask.person),
            joinedload(SferumTask.group),
            joinedload(SferumTask.chat),
        )
        .order_by(
            open_first,
            SferumTask.due_on.is_(None),
            SferumTask.due_on,
            SferumTask.id.desc(),
        )
    )
    rows: list[TaskRow] = []
    for task in tasks:
        if task.group is not None:
            target: str | None = task.group.sferum_class_name
        else:
            target = task.chat.title if task.chat else None
        rows.append(
            TaskRow(
                id=task.id,
                kind=task.kind.label,
                title=task.title,
                person=name_of(task.person),
                target=target,
                state=task.state.label,
                due_on=task.due_on,
                done_on=task.done_on,
                overdue=task.state == TaskState.OPEN
                and task.due_on is not None
                and task.due_on < day,
            )
        )
    return rows

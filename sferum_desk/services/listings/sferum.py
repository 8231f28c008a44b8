"""Movement events, invite links and the administrator's Sferum tasks."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, joinedload

from ...data.models import (
    Chat,
    Group,
    InviteHandout,
    InviteLink,
    Membership,
    MembershipState,
    MovementEvent,
    Person,
    SferumTask,
    TaskState,
)
from ...data.models.people import short_name
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


def _handouts(session: Session) -> dict[int, list[tuple[dt.date, str | None, str]]]:
    """Per link, its hand-outs in order: (date, recipient, method label)."""
    query = (
        select(
            InviteHandout.invite_link_id,
            InviteHandout.handed_on,
            InviteHandout.method,
            InviteHandout.recipient_text,
            Person.last_name,
            Person.first_name,
            Person.middle_name,
            Group.sferum_class_name,
        )
        .outerjoin(Person, Person.id == InviteHandout.person_id)
        .outerjoin(Group, Group.id == InviteHandout.group_id)
        .order_by(InviteHandout.invite_link_id, InviteHandout.handed_on, InviteHandout.id)
    )
    handouts: dict[int, list[tuple[dt.date, str | None, str]]] = defaultdict(list)
    for link_id, day, method, text, last, first, middle, group in session.execute(query):
        if last is not None:
            recipient: str | None = short_name(last, first, middle)
        else:
            recipient = group if group is not None else text
        handouts[link_id].append((day, recipient, method.label))
    return handouts


def list_invites(session: Session) -> list[InviteRow]:
    """Every invite link with its target and hand-outs, the newest first.

    Plain columns rather than ORM objects: the register and the director's report read
    every link of the Centre with all its hand-outs."""
    links = session.execute(
        select(
            InviteLink.id,
            Group.sferum_class_name,
            Chat.title,
            InviteLink.chat_id,
            InviteLink.role,
            InviteLink.url,
            InviteLink.created_on,
            InviteLink.expires_on,
            InviteLink.state,
            InviteLink.used_on,
            InviteLink.annulled_on,
            InviteLink.annul_reason,
        )
        .outerjoin(Group, Group.id == InviteLink.group_id)
        .outerjoin(Chat, Chat.id == InviteLink.chat_id)
        .order_by(InviteLink.created_on.desc(), InviteLink.id.desc())
    ).all()
    joined_through = (
        select(Membership.invite_link_id, func.count())
        .where(Membership.invite_link_id.is_not(None), Membership.state == MembershipState.JOINED)
        .group_by(Membership.invite_link_id)
    )
    joined: dict[int | None, int] = {link_id: n for link_id, n in session.execute(joined_through)}
    handouts = _handouts(session)
    rows = []
    for (
        link_id,
        group,
        chat,
        chat_id,
        role,
        url,
        created_on,
        expires_on,
        state,
        used_on,
        annulled_on,
        annul_reason,
    ) in links:
        given = handouts.get(link_id, [])
        rows.append(
            InviteRow(
                id=link_id,
                target=group if group is not None else (chat or ""),
                target_is_chat=chat_id is not None,
                role=role.label,
                url=url,
                created_on=created_on,
                expires_on=expires_on,
                state=state.label,
                handed_to=join_text(recipient for _day, recipient, _how in given),
                handed_how=join_text(how for _day, _recipient, how in given),
                handed_on=given[-1][0] if given else None,
                used_on=used_on,
                annulled_on=annulled_on,
                annul_reason=annul_reason,
                joined=joined.get(link_id, 0),
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

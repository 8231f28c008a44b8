"""The administrator's Sferum tasks: mark done (applying what the task did to the person's
Sferum state), reopen, cancel, group open tasks by person or by class, count overdue ones.

Completing a task records its effect through ``services.people.sferum_state``: a verified
teacher, an extra administrator appointed or revoked, an invite sent, a person removed from
Sferum once they have no class left. Reopening a task does not undo that effect (the change
log and the person's card show it; the administrator corrects it there).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session, joinedload

from ..data.models import (
    Employment,
    Enrolment,
    GroupKind,
    InviteLink,
    InviteState,
    Membership,
    MembershipState,
    ParentLink,
    Person,
    SferumTask,
    TaskKind,
    TaskState,
)
from .invites import links as invites
from .organisation import STAFF_ROOM_NAME, ValidationError
from .people import sferum_state

GroupBy = Literal["person", "group"]
NO_PERSON = "Без человека"
NO_CLASS = "Без класса или чата"


def _d(day: dt.date) -> str:
    return f"{day:%d.%m.%Y}"


def _tasks(session: Session, task_ids: Iterable[int]) -> list[SferumTask]:
    ids = sorted(set(task_ids))
    if not ids:
        return []
    return list(
        session.scalars(select(SferumTask).where(SferumTask.id.in_(ids)).order_by(SferumTask.id))
    )


def _active(start: Any, end: Any, day: dt.date) -> ColumnElement[bool]:
    return and_(start <= day, or_(end.is_(None), end > day))


def _still_in_a_class(session: Session, person: Person, on: dt.date) -> bool:
    """Employed, enrolled, or the parent of someone enrolled on ``on``."""
    employed = session.scalar(
        select(func.count())
        .select_from(Employment)
        .where(
            Employment.person_id == person.id,
            _active(Employment.hired_on, Employment.dismissed_on, on),
        )
    )
    if employed:
        return True
    children = select(ParentLink.student_id).where(ParentLink.parent_id == person.id)
    enrolled = session.scalar(
        select(func.count())
        .select_from(Enrolment)
        .where(
            or_(Enrolment.student_id == person.id, Enrolment.student_id.in_(children)),
            _active(Enrolment.enrolled_on, Enrolment.left_on, on),
        )
    )
    return bool(enrolled)


def _other_removals_open(session: Session, task: SferumTask) -> bool:
    return bool(
        session.scalar(
            select(func.count())
            .select_from(SferumTask)
            .where(
                SferumTask.person_id == task.person_id,
                SferumTask.kind == TaskKind.REMOVE_FROM_CLASS,
                SferumTask.state == TaskState.OPEN,
                SferumTask.id != task.id,
            )
        )
    )


def _annul_link(session: Session, task: SferumTask, on: dt.date, today: dt.date) -> None:
    """The link was annulled in Sferum: record it, unless it is already out of use."""
    link = session.get(InviteLink, task.invite_link_id)
    if link is not None and link.state in (InviteState.ACTIVE, InviteState.USED):
        invites.annul_link(
            session, link.id, on, f"аннулирована по задаче «{task.title}»"[:500], today=today
        )


def _apply_effect(session: Session, task: SferumTask, on: dt.date, today: dt.date) -> None:
    if task.kind == TaskKind.ANNUL_INVITE and task.invite_link_id is not None:
        _annul_link(session, task, on, today)
        return
    person_id = task.person_id
    if person_id is None:
        return
    kind = task.kind
    if kind == TaskKind.VERIFY_TEACHER:
        sferum_state.set_teacher_verified(session, person_id, True, on, today=today)
    elif kind in (TaskKind.GRANT_ADMIN, TaskKind.REVOKE_ADMIN):
        admin = kind == TaskKind.GRANT_ADMIN
        sferum_state.set_extra_admin(session, person_id, admin, on, today=today)
    elif kind == TaskKind.SEND_INVITE:
        membership = session.scalar(select(Membership).where(Membership.person_id == person_id))
        if membership is None or membership.state != MembershipState.JOINED:
            sferum_state.mark_invited(session, person_id, on, task.invite_link_id, today=today)
    elif kind == TaskKind.REMOVE_FROM_CLASS:
        person = session.get(Person, person_id)
        membership = session.scalar(select(Membership).where(Membership.person_id == person_id))
        if (
            person is not None
            and membership is not None
            and membership.state != MembershipState.NOT_INVITED
            and not _other_removals_open(session, task)
            and not _still_in_a_class(session, person, on)
        ):
            sferum_state.mark_removed(session, person_id, on, today=today)


def complete_tasks(
    session: Session, task_ids: Iterable[int], on: dt.date, today: dt.date | None = None
) -> list[SferumTask]:
    """Mark the open tasks done on ``on`` and apply what each did; done ones stay as they
    are, a cancelled one or a refused effect stops the whole call (Russian message naming
    the task)."""
    today = today or dt.date.today()
    if on > today:
        raise ValidationError({"on": f"Дата выполнения {_d(on)} не может быть в будущем."})
    done: list[SferumTask] = []
    for task in _tasks(session, task_ids):
        if task.state == TaskState.DONE:
            continue
        if task.state == TaskState.CANCELLED:
            raise ValidationError(
                {"tasks": f"Задача «{task.title}» отменена: сначала верните её в работу."}
            )
        task.state = TaskState.DONE
        task.done_on = on
        session.flush()  # the effect checks see this task done
        try:
            _apply_effect(session, task, on, today)
        except ValidationError as exc:
            raise ValidationError({"tasks": f"Задача «{task.title}»: {exc}"}) from exc
        done.append(task)
    session.flush()
    return done


def reopen_task(session: Session, task_id: int) -> SferumTask:
    """Put a done or cancelled task back in the open list."""
    task = session.get(SferumTask, task_id)
    if task is None:
        raise ValidationError({"tasks": "Задача не найдена: возможно, её уже удалили."})
    task.state = TaskState.OPEN
    task.done_on = None
    session.flush()
    return task


def cancel_tasks(session: Session, task_ids: Iterable[int], note: str = "") -> list[SferumTask]:
    """Withdraw open tasks that no longer need doing; ``note`` says why."""
    cancelled: list[SferumTask] = []
    for task in _tasks(session, task_ids):
        if task.state != TaskState.OPEN:
            continue
        task.state = TaskState.CANCELLED
        task.done_on = None
        if note.strip():
            task.note = f"{task.note}\n{note.strip()}" if task.note else note.strip()
        cancelled.append(task)
    session.flush()
    return cancelled


# -- grouping -----------------------------------------------------------------------------


@dataclass(frozen=True)
class TaskItem:
    id: int
    kind: str  # Russian label
    title: str
    person: str | None
    target: str | None  # the class or chat
    state: str  # Russian label
    is_open: bool
    due_on: dt.date | None
    done_on: dt.date | None
    overdue: bool
    note: str | None


@dataclass
class TaskGroup:
    """Tasks about one person or one class/chat. ``key`` is the person's or the group's id
    (a chat's tasks are keyed ``-chat_id``), None for tasks about nobody/nothing."""

    key: int | None
    title: str
    items: list[TaskItem] = field(default_factory=list)

    @property
    def overdue(self) -> int:
        return sum(item.overdue for item in self.items)

    @property
    def first_due(self) -> dt.date | None:
        dates = [item.due_on for item in self.items if item.is_open and item.due_on]
        return min(dates) if dates else None


def _target(task: SferumTask) -> str | None:
    if task.group is not None:
        return (
            STAFF_ROOM_NAME
            if task.group.kind == GroupKind.STAFF_ROOM
            else task.group.sferum_class_name
        )
    return task.chat.title if task.chat is not None else None


def _item(task: SferumTask, today: dt.date) -> TaskItem:
    is_open = task.state == TaskState.OPEN
    return TaskItem(
        id=task.id,
        kind=task.kind.label,
        title=task.title,
        person=task.person.full_name if task.person else None,
        target=_target(task),
        state=task.state.label,
        is_open=is_open,
        due_on=task.due_on,
        done_on=task.done_on,
        overdue=is_open and task.due_on is not None and task.due_on < today,
        note=task.note,
    )


def open_task_groups(
    session: Session,
    by: GroupBy = "person",
    today: dt.date | None = None,
    *,
    include_closed: bool = False,
) -> list[TaskGroup]:
    """Open tasks (with ``include_closed`` also done and cancelled ones) grouped by person or
    by class/chat; groups with the earliest due task first, each group's tasks by due date."""
    today = today or dt.date.today()
    query = select(SferumTask).options(
        joinedload(SferumTask.person), joinedload(SferumTask.group), joinedload(SferumTask.chat)
    )
    if not include_closed:
        query = query.where(SferumTask.state == TaskState.OPEN)
    groups: dict[int | None, TaskGroup] = {}
    for task in session.scalars(query):
        key: int | None
        if by == "person":
            key = task.person_id
            title = task.person.full_name if task.person else NO_PERSON
        elif task.group_id is not None:
            key, title = task.group_id, _target(task) or ""
        elif task.chat_id is not None:
            key, title = -task.chat_id, _target(task) or ""
        else:
            key, title = None, NO_CLASS
        group = groups.setdefault(key, TaskGroup(key, title))
        group.items.append(_item(task, today))
    far = dt.date.max
    for group in groups.values():
        group.items.sort(key=lambda i: (not i.is_open, i.due_on or far, i.id))
    return sorted(
        groups.values(), key=lambda g: (g.key is None, g.first_due or far, g.title.casefold())
    )


def overdue_count(session: Session, today: dt.date | None = None) -> int:
    """Open tasks past their due date (the figure on Обзор)."""
    today = today or dt.date.today()
    return int(
        session.scalar(
            select(func.count())
            .select_from(SferumTask)
            .where(SferumTask.state == TaskState.OPEN, SferumTask.due_on < today)
        )
        or 0
    )


def task_titles(session: Session, task_ids: Sequence[int]) -> list[str]:
    return [t.title for t in _tasks(session, task_ids)]

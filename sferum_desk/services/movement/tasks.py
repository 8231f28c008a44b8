"""The Sferum tasks a movement event leaves: what the administrator must now do by hand.

Titles follow the demo's pattern «<вид задачи>: <ФИО> — <класс или чат>».
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from ...data.models import (
    Chat,
    ChatKind,
    Group,
    GroupKind,
    InviteLink,
    InviteRole,
    MovementEvent,
    MovementKind,
    Person,
    SferumTask,
    StaffPosition,
    TaskKind,
)
from ..organisation import STAFF_ROOM_NAME
from .drafts import STAFF_KINDS

if TYPE_CHECKING:
    from .ledger import Ledger
    from .recording import Plan

# A task is due this many days after the event takes effect, or after it is entered when
# it is entered late: a hire entered in November for September is not overdue at once.
TASK_DUE_DAYS = 3
TEACHING_POSITIONS = frozenset(
    {StaffPosition.TEACHER, StaffPosition.ORGANISER, StaffPosition.METHODIST}
)
_LEAVING = (MovementKind.STUDENT_TRANSFERRED, MovementKind.STUDENT_EXPELLED)


def place_name(where: Group | Chat) -> str:
    if isinstance(where, Chat):
        return where.title
    return STAFF_ROOM_NAME if where.kind == GroupKind.STAFF_ROOM else where.sferum_class_name


def task_title(kind: TaskKind, person: Person, where: Group | Chat | None = None) -> str:
    what = person.full_name if where is None else f"{person.full_name} — {place_name(where)}"
    return f"{kind.label}: {what}"


def due_date(effective_on: dt.date, entered_on: dt.date) -> dt.date:
    return max(effective_on, entered_on) + dt.timedelta(days=TASK_DUE_DAYS)


class TaskMaker:
    def __init__(self, ledger: Ledger, today: dt.date) -> None:
        self.ledger = ledger
        self.today = today
        self._seen: set[tuple[object, ...]] = set()
        self._tasks: list[SferumTask] = []

    def prepare(self, plans: Sequence[Plan]) -> None:
        students = [p.person.id for p in plans if p.draft.kind not in STAFF_KINDS]
        leavers = {p.person.id for p in plans if p.draft.kind in _LEAVING}
        staff = [p.person.id for p in plans if p.draft.kind == MovementKind.STAFF_DISMISSED]
        self.ledger.prepare_tasks(students, sorted(leavers), staff)

    def tasks_for(self, plans: Iterable[Plan]) -> list[SferumTask]:
        for plan in plans:
            assert plan.event is not None and plan.event.id is not None
            self._for_event(plan)
        return self._tasks

    # -- building blocks -------------------------------------------------------------

    def _add(
        self,
        kind: TaskKind,
        event: MovementEvent,
        person: Person,
        where: Group | Chat | None = None,
        *,
        title: str | None = None,
        link: InviteLink | None = None,
        note: str | None = None,
    ) -> None:
        group = where if isinstance(where, Group) else None
        chat = where if isinstance(where, Chat) else None
        key = (kind, person.id, group and group.id, chat and chat.id, link and link.id)
        if key in self._seen:
            return
        self._seen.add(key)
        self._tasks.append(
            SferumTask(
                kind=kind,
                title=(title or task_title(kind, person, where))[:500],
                person_id=person.id,
                group_id=group.id if group else None,
                chat_id=chat.id if chat else None,
                invite_link_id=link.id if link else None,
                movement_event_id=event.id,
                due_on=due_date(event.effective_on, self.today),
                note=note,
            )
        )

    def _invite(
        self,
        event: MovementEvent,
        person: Person,
        group: Group,
        roles: Sequence[InviteRole],
        suffix: str = "",
    ) -> None:
        link = next(
            (
                self.ledger.group_links[(group.id, r)]
                for r in roles
                if (group.id, r) in self.ledger.group_links
            ),
            None,
        )
        if link is not None:
            note = f"Ссылка ({link.role.label}): {link.url}"
        else:
            note = (
                f"Действующей ссылки «{roles[0].label}» для класса «{place_name(group)}» нет: "
                "создайте её в Сферуме и внесите в реестр ссылок."
            )
        title = task_title(TaskKind.SEND_INVITE, person, group) + suffix
        self._add(TaskKind.SEND_INVITE, event, person, group, title=title, link=link, note=note)

    def _chats(self, association_id: int | None, *kinds: ChatKind) -> list[Chat]:
        return [
            c
            for c in self.ledger.chats
            if c.kind in kinds and (association_id is None or c.association_id == association_id)
        ]

    # -- per event -------------------------------------------------------------------

    def _for_event(self, plan: Plan) -> None:
        event, person, kind = plan.event, plan.person, plan.draft.kind
        assert event is not None
        groups = self.ledger.groups
        if kind == MovementKind.STAFF_HIRED:
            self._hired(event, plan)
        elif kind == MovementKind.STAFF_TRANSFERRED:
            self._staff_moved(event, plan)
        elif kind == MovementKind.STAFF_DISMISSED:
            self._dismissed(event, plan)
        elif kind == MovementKind.STUDENT_ENROLLED:
            self._enrolled(event, person, groups[plan.draft.to_group_id or 0])
        elif kind == MovementKind.STUDENT_TRANSFERRED:
            self._left(event, person, groups[plan.draft.from_group_id or 0])
            self._enrolled(event, person, groups[plan.draft.to_group_id or 0])
        else:
            self._left(event, person, groups[plan.draft.from_group_id or 0])

    def _hired(self, event: MovementEvent, plan: Plan) -> None:
        assert plan.opens is not None
        room = self.ledger.ensure_staff_room()
        teaching = plan.opens.position in TEACHING_POSITIONS
        roles = (
            (InviteRole.TEACHER, InviteRole.STAFF)
            if teaching
            else (InviteRole.STAFF, InviteRole.TEACHER)
        )
        self._invite(event, plan.person, room, roles, " (как преподавателя)" if teaching else "")
        if teaching:
            self._add(TaskKind.VERIFY_TEACHER, event, plan.person)

    def _staff_moved(self, event: MovementEvent, plan: Plan) -> None:
        assert plan.opens is not None and plan.closes is not None
        person = plan.person
        title = f"{TaskKind.OTHER.label}: обновить должность в профиле Сферума — {person.full_name}"
        position = plan.opens.position
        note = (
            f"Новая должность: {plan.opens.position_title or (position.label if position else '')}"
        )
        self._add(TaskKind.OTHER, event, person, title=title, note=note)
        if position in TEACHING_POSITIONS and plan.closes.position not in TEACHING_POSITIONS:
            self._add(TaskKind.VERIFY_TEACHER, event, person)

    def _dismissed(self, event: MovementEvent, plan: Plan) -> None:
        person, day, ledger = plan.person, event.effective_on, self.ledger
        assert plan.closes is not None
        self._add(TaskKind.REMOVE_FROM_CLASS, event, person, ledger.ensure_staff_room())
        taught = sorted(
            (
                g
                for g in ledger.groups.values()
                if g.teacher_id == person.id
                and g.kind == GroupKind.ASSOCIATION
                and g.archived_on is None
                and (g.academic_year is None or g.academic_year.ends_on >= day)
            ),
            key=lambda g: g.sferum_class_name,
        )
        for group in taught:
            self._add(TaskKind.REMOVE_FROM_CLASS, event, person, group)
        associations = {g.association_id for g in taught} | {
            a.id for a in ledger.associations.values() if a.head_teacher_id == person.id
        }
        position = plan.closes.position
        role_chats = set()
        if position in TEACHING_POSITIONS:
            role_chats.add(ChatKind.DIRECTOR_TEACHERS)
        if position == StaffPosition.DEPUTY:
            role_chats.add(ChatKind.DIRECTOR_DEPUTIES)
        for chat in ledger.chats:
            owned = chat.owner_id == person.id
            member = chat.kind in role_chats or (
                chat.association_id in associations
                and chat.kind in (ChatKind.ASSOCIATION_STUDENTS, ChatKind.ASSOCIATION_PARENTS)
            )
            if owned:
                self._add(
                    TaskKind.REOWN_CHAT,
                    event,
                    person,
                    chat,
                    title=f"{TaskKind.REOWN_CHAT.label}: {chat.title} "
                    f"(владелец {person.full_name} уволен(а))",
                    note=f"Владелец чата уволен(а): {person.full_name}; назначьте нового.",
                )
            if owned or member:
                self._add(TaskKind.REMOVE_FROM_CHAT, event, person, chat)
        membership = ledger.memberships.get(person.id)
        if membership is not None and membership.is_extra_admin:
            self._add(TaskKind.REVOKE_ADMIN, event, person)
        for link in ledger.handed_links.get(person.id, []):
            target = place_name(link.group) if link.group else link.chat.title if link.chat else ""
            self._add(
                TaskKind.ANNUL_INVITE,
                event,
                person,
                link.group or link.chat,
                title=f"{TaskKind.ANNUL_INVITE.label}: {target} ({link.role.label}) — "
                f"выдана {person.full_name}",
                link=link,
                note=link.url,
            )

    def _enrolled(self, event: MovementEvent, student: Person, group: Group) -> None:
        self._invite(event, student, group, (InviteRole.STUDENT,))
        for parent in self.ledger.parents.get(student.id, []):
            suffix = f" (родитель: {student.short_name})"
            self._invite(event, parent, group, (InviteRole.PARENT,), suffix)

    def _left(self, event: MovementEvent, student: Person, group: Group) -> None:
        ledger, day = self.ledger, event.effective_on
        assoc = group.association_id

        def in_association(person_ids: Iterable[int]) -> tuple[set[int], bool]:
            active: set[int] = set()
            for pid in person_ids:
                active |= ledger.active_groups(pid, day)
            return active, any(ledger.groups[g].association_id == assoc for g in active)

        self._add(TaskKind.REMOVE_FROM_CLASS, event, student, group)
        _own, stays = in_association([student.id])
        if not stays:
            for chat in self._chats(assoc, ChatKind.ASSOCIATION_STUDENTS):
                self._add(TaskKind.REMOVE_FROM_CHAT, event, student, chat)
        for parent in ledger.parents.get(student.id, []):
            kids = ledger.children.get(parent.id, [student.id])
            active, stays = in_association(kids)
            suffix = f" (родитель: {student.short_name})"
            if group.id not in active:
                title = task_title(TaskKind.REMOVE_FROM_CLASS, parent, group) + suffix
                self._add(TaskKind.REMOVE_FROM_CLASS, event, parent, group, title=title)
            if not stays:
                for chat in self._chats(assoc, ChatKind.ASSOCIATION_PARENTS):
                    self._add(TaskKind.REMOVE_FROM_CHAT, event, parent, chat)

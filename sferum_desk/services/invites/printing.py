"""What a printed invitation list shows: one sheet of data per active link, Qt-free.

:func:`gather` collects, for the chosen groups, chats, links or all of them, each active
link's Centre name, class or chat, role, address, teacher and roster (the students for a
student link, their parents for a parent link, the staff for a staff-room link; a chat
without a group takes its association's students, parents or teachers, an administration
chat the staff). Links that
are annulled, used or past their expiry are never printed: they come back in ``skipped``
with the reason, so the user can be told. :func:`mark_printed` records the print-out as a
hand-out of each link.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session, joinedload

from ...data.models import (
    Chat,
    Employment,
    Enrolment,
    Group,
    GroupKind,
    HandoutMethod,
    InviteHandout,
    InviteLink,
    InviteRole,
    InviteState,
    ParentLink,
    Person,
)
from ..organisation import ValidationError, organisation_name
from .links import HandoutDraft, describe, record_handout, target_name

_STAFF_ROLES = frozenset({InviteRole.TEACHER, InviteRole.STAFF, InviteRole.ADMIN})


@dataclass(frozen=True)
class RosterLine:
    name: str
    note: str = ""  # for a parent: whose parent («Ежов Максим»)


@dataclass(frozen=True)
class InvitationSheet:
    """Everything printed for one link."""

    link_id: int
    centre: str
    class_name: str
    role: InviteRole
    url: str
    teacher: str = ""
    roster: tuple[RosterLine, ...] = ()
    expires_on: dt.date | None = None
    group_id: int | None = None
    chat_id: int | None = None

    @property
    def role_label(self) -> str:
        return self.role.label


@dataclass(frozen=True)
class Skipped:
    """A link (or a group/chat without a link) left out of the print-out, and why."""

    label: str
    reason: str
    link_id: int | None = None


@dataclass
class PrintJob:
    sheets: list[InvitationSheet] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)

    @property
    def link_ids(self) -> list[int]:
        return [s.link_id for s in self.sheets]


def _d(day: dt.date) -> str:
    return f"{day:%d.%m.%Y}"


def skip_reason(link: InviteLink, today: dt.date) -> str | None:
    """Why a link must not be printed on ``today``; None when it may be."""
    if link.state == InviteState.ANNULLED:
        why = f"аннулирована {_d(link.annulled_on)}" if link.annulled_on else "аннулирована"
        return f"{why} ({link.annul_reason})" if link.annul_reason else why
    if link.state == InviteState.EXPIRED:
        return f"истекла {_d(link.expires_on)}" if link.expires_on else "истекла"
    if link.state == InviteState.USED:
        return f"уже использована {_d(link.used_on)}" if link.used_on else "уже использована"
    if link.expires_on is not None and link.expires_on < today:
        return f"срок действия истёк {_d(link.expires_on)}"
    return None


def _active(start: Any, end: Any, day: dt.date) -> ColumnElement[bool]:
    return and_(start <= day, or_(end.is_(None), end > day))


def _sorted(people: Iterable[Person]) -> list[Person]:
    unique = {p.id: p for p in people if p.anonymised_on is None}
    return sorted(unique.values(), key=lambda p: (p.last_name, p.first_name, p.middle_name or ""))


def _students(
    session: Session,
    day: dt.date,
    *,
    group_id: int | None = None,
    association_id: int | None = None,
) -> list[Person]:
    """Students enrolled on ``day`` in the group, or in any group of the association."""
    query = (
        select(Person)
        .join(Enrolment, Enrolment.student_id == Person.id)
        .where(_active(Enrolment.enrolled_on, Enrolment.left_on, day))
    )
    if group_id is not None:
        query = query.where(Enrolment.group_id == group_id)
    else:
        query = query.join(Group, Group.id == Enrolment.group_id).where(
            Group.association_id == association_id
        )
    return _sorted(session.scalars(query))


def _association_teachers(session: Session, association_id: int, day: dt.date) -> list[Person]:
    """Teachers of the association's groups that have students on ``day``."""
    query = (
        select(Person)
        .join(Group, Group.teacher_id == Person.id)
        .join(Enrolment, Enrolment.group_id == Group.id)
        .where(
            Group.association_id == association_id,
            _active(Enrolment.enrolled_on, Enrolment.left_on, day),
        )
    )
    return _sorted(session.scalars(query))


def _staff(session: Session, day: dt.date) -> list[Person]:
    query = select(Person).join(Employment, Employment.person_id == Person.id)
    query = query.where(_active(Employment.hired_on, Employment.dismissed_on, day))
    return _sorted(session.scalars(query))


def _parents(session: Session, students: list[Person]) -> tuple[RosterLine, ...]:
    by_student = {s.id: s for s in students}
    if not by_student:
        return ()
    links = session.scalars(
        select(ParentLink)
        .options(joinedload(ParentLink.parent))
        .where(ParentLink.student_id.in_(by_student))
    )
    children: dict[int, list[str]] = {}
    parents: dict[int, Person] = {}
    for link in links:
        if link.parent.anonymised_on is not None:
            continue
        parents[link.parent_id] = link.parent
        child = by_student[link.student_id]
        children.setdefault(link.parent_id, []).append(f"{child.last_name} {child.first_name}")
    return tuple(
        RosterLine(p.full_name, ", ".join(sorted(children[p.id])))
        for p in _sorted(parents.values())
    )


def _lines(people: Iterable[Person]) -> tuple[RosterLine, ...]:
    return tuple(RosterLine(p.full_name) for p in people)


def _roster(
    session: Session, group: Group | None, chat: Chat | None, role: InviteRole, day: dt.date
) -> tuple[RosterLine, ...]:
    """Whom the link is for: a class's (or an association chat's) students, their parents or
    teachers; the staff for the staff room and for other chats' staff links."""
    association_id = chat.association_id if group is None and chat is not None else None
    if (
        group is None
        and association_id is None
        or (group is not None and group.kind == GroupKind.STAFF_ROOM)
    ):
        return _lines(_staff(session, day)) if role in _STAFF_ROLES else ()
    if group is not None:
        if role == InviteRole.TEACHER:
            return _lines([group.teacher] if group.teacher else [])
        students = _students(session, day, group_id=group.id)
    else:
        assert association_id is not None
        if role == InviteRole.TEACHER:
            return _lines(_association_teachers(session, association_id, day))
        students = _students(session, day, association_id=association_id)
    if role == InviteRole.PARENT:
        return _parents(session, students)
    if role == InviteRole.STUDENT:
        return _lines(students)
    return _lines(_staff(session, day))


def sheet_for(session: Session, link: InviteLink, centre: str, day: dt.date) -> InvitationSheet:
    group = link.group
    if group is None and link.chat is not None:
        group = link.chat.group
    teacher = group.teacher if group is not None else None
    if teacher is None and link.chat is not None:
        teacher = link.chat.owner
    return InvitationSheet(
        link_id=link.id,
        centre=centre,
        class_name=target_name(link),
        role=link.role,
        url=link.url,
        teacher=teacher.full_name if teacher is not None else "",
        roster=_roster(session, group, link.chat, link.role, day),
        expires_on=link.expires_on,
        group_id=link.group_id,
        chat_id=link.chat_id,
    )


def _role_order(role: InviteRole) -> int:
    return list(InviteRole).index(role)


def gather(
    session: Session,
    *,
    group_ids: Sequence[int] = (),
    chat_ids: Sequence[int] = (),
    link_ids: Sequence[int] = (),
    all_links: bool = False,
    today: dt.date | None = None,
) -> PrintJob:
    """The sheets to print for the given groups, chats and links (or every link), sorted by
    class name and role, and the links left out with the reason."""
    today = today or dt.date.today()
    centre = organisation_name(session) or ""
    query = select(InviteLink).options(
        joinedload(InviteLink.group).joinedload(Group.teacher),
        joinedload(InviteLink.chat).joinedload(Chat.group),
    )
    if not all_links:
        conditions = []
        if group_ids:
            conditions.append(InviteLink.group_id.in_(group_ids))
        if chat_ids:
            conditions.append(InviteLink.chat_id.in_(chat_ids))
        if link_ids:
            conditions.append(InviteLink.id.in_(link_ids))
        if not conditions:
            return PrintJob()
        query = query.where(or_(*conditions))
    links = list(session.scalars(query).unique())
    job = PrintJob()
    for link in sorted(links, key=lambda k: (target_name(k), _role_order(k.role), k.id)):
        reason = skip_reason(link, today)
        if reason is not None:
            job.skipped.append(Skipped(describe(link), reason, link.id))
        else:
            job.sheets.append(sheet_for(session, link, centre, today))
    for group_id in group_ids:
        if not any(k.group_id == group_id for k in links):
            group = session.get(Group, group_id)
            name = group.sferum_class_name if group else f"№ {group_id}"
            job.skipped.append(Skipped(f"класс «{name}»", "нет ни одной ссылки-приглашения"))
    for chat_id in chat_ids:
        if not any(k.chat_id == chat_id for k in links):
            chat = session.get(Chat, chat_id)
            name = chat.title if chat else f"№ {chat_id}"
            job.skipped.append(Skipped(f"чат «{name}»", "нет ни одной ссылки-приглашения"))
    return job


def mark_printed(
    session: Session, link_ids: Sequence[int], on: dt.date, today: dt.date | None = None
) -> list[InviteHandout]:
    """Record that each link was handed out printed on ``on``: to its whole group, or for a
    chat without a group to the chat's members. Inside the caller's transaction."""
    handouts = []
    for link_id in dict.fromkeys(link_ids):
        link = session.get(InviteLink, link_id)
        if link is None:
            raise ValidationError({"link": f"Ссылка-приглашение № {link_id} не найдена."})
        group_id = link.group_id or (link.chat.group_id if link.chat is not None else None)
        draft = HandoutDraft(
            method=HandoutMethod.PRINTED,
            handed_on=on,
            group_id=group_id,
            recipient_text="" if group_id else f"участники чата «{target_name(link)}»",
        )
        handouts.append(record_handout(session, link_id, draft, today=today))
    return handouts

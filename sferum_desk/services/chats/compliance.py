"""Which chats the regulation requires and which are missing or have lost their owner.

Three kinds of findings:

* ``missing_administration`` — no ACTIVE chat of one of the four administration kinds
  (director–deputies, director–teachers, director–parent activists, director–student
  activists; п. 2.2 of the regulation);
* ``missing_association`` — an active association (one whose group of the current academic
  year has students enrolled today) without an active students' chat or parents' chat
  (п. 2.3);
* ``owner_left`` — an active chat without an owner, or whose staff owner has no current
  employment.

A finding is ``covered`` when an open Sferum task already asks for the fix; a covering task
is recognised by its kind and the chat (re-owning) or by its exact title (creating).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload

from ...data.audit import change_batch
from ...data.models import (
    AcademicYear,
    Association,
    Chat,
    ChatKind,
    ChatState,
    Employment,
    Group,
    GroupKind,
    PersonKind,
    SferumTask,
    TaskKind,
    TaskState,
)
from ..movement.tasks import TASK_DUE_DAYS
from ..nomenclature.common import plural
from ..stats import active_enrolments, active_staff_ids

__all__ = [
    "ADMINISTRATION_KINDS",
    "FINDING_TITLES",
    "ComplianceCheck",
    "ComplianceFinding",
    "ComplianceKind",
    "active_associations",
    "check_chats",
    "compliance",
    "compliance_summary",
    "create_tasks",
]

ADMINISTRATION_KINDS = (
    ChatKind.DIRECTOR_DEPUTIES,
    ChatKind.DIRECTOR_TEACHERS,
    ChatKind.DIRECTOR_PARENT_ACTIVISTS,
    ChatKind.DIRECTOR_STUDENT_ACTIVISTS,
)
_ASSOCIATION_CHATS = (
    (ChatKind.ASSOCIATION_STUDENTS, "обучающиеся", "чата педагога с обучающимися"),
    (ChatKind.ASSOCIATION_PARENTS, "родители", "чата педагога с родителями"),
)


class ComplianceKind(StrEnum):
    MISSING_ADMINISTRATION = "missing_administration"
    MISSING_ASSOCIATION = "missing_association"
    OWNER_LEFT = "owner_left"


# Headings for the grouped view and the report, in the order the findings are listed.
FINDING_TITLES: dict[ComplianceKind, str] = {
    ComplianceKind.MISSING_ADMINISTRATION: "Нет чатов администрации (п. 2.2 положения)",
    ComplianceKind.MISSING_ASSOCIATION: "Нет чатов объединений (п. 2.3 положения)",
    ComplianceKind.OWNER_LEFT: "Владелец чата выбыл или не указан",
}
_ORDER = {kind: i for i, kind in enumerate(FINDING_TITLES)}


@dataclass(frozen=True)
class ComplianceFinding:
    kind: ComplianceKind
    text: str  # Russian, for the list and the report
    task_title: str  # the Sferum task that fixes it
    chat_kind: ChatKind | None = None  # the missing chat's kind
    association_id: int | None = None
    chat_id: int | None = None  # owner_left: the chat
    person_id: int | None = None  # who should act (an association's head teacher)
    covered: bool = False  # an open Sferum task already asks for the fix

    @property
    def key(self) -> str:
        """Tells findings apart (the chat, or the missing kind and association)."""
        return (
            f"{self.kind}:{self.chat_kind or ''}:{self.association_id or ''}:{self.chat_id or ''}"
        )


def _d(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


def _current_year(session: Session, today: dt.date) -> AcademicYear | None:
    year = session.scalar(select(AcademicYear).where(AcademicYear.is_current))
    if year is None:
        year = session.scalar(
            select(AcademicYear).where(
                AcademicYear.start_year == AcademicYear.start_year_for(today)
            )
        )
    return year


def active_associations(session: Session, today: dt.date) -> list[Association]:
    """Associations not archived with a group of the current academic year that has
    students enrolled on ``today``, by name."""
    year = _current_year(session, today)
    if year is None:
        return []
    enrolled = active_enrolments(today).subquery()
    query = (
        select(Association)
        .join(Group, Group.association_id == Association.id)
        .join(enrolled, enrolled.c.group_id == Group.id)
        .where(
            Association.archived_on.is_(None),
            Group.kind == GroupKind.ASSOCIATION,
            Group.academic_year_id == year.id,
        )
        .options(joinedload(Association.head_teacher))
        .distinct()
    )
    return sorted(session.scalars(query).unique(), key=lambda a: (a.name.casefold(), a.id))


def _open_tasks(session: Session) -> tuple[set[str], set[int]]:
    """Titles of open «create a chat» tasks, chats with an open «re-own» task."""
    titles = set(
        session.scalars(
            select(SferumTask.title).where(
                SferumTask.kind == TaskKind.CREATE_CHAT, SferumTask.state == TaskState.OPEN
            )
        )
    )
    chats = {
        chat_id
        for chat_id in session.scalars(
            select(SferumTask.chat_id).where(
                SferumTask.kind == TaskKind.REOWN_CHAT, SferumTask.state == TaskState.OPEN
            )
        )
        if chat_id is not None
    }
    return titles, chats


def _owner_left_text(session: Session, chat: Chat) -> str | None:
    """Why the chat's owner does not do: none, or a staff member who has left."""
    owner = chat.owner
    if owner is None:
        return f"Чат «{chat.title}»: владелец не указан"
    if owner.kind != PersonKind.STAFF:
        return None
    last = session.scalar(
        select(func.max(Employment.dismissed_on)).where(Employment.person_id == owner.id)
    )
    when = f", уволен(а) {_d(last)}" if last else ", не работает в Центре"
    return f"Чат «{chat.title}»: владелец {owner.full_name}{when}"


def compliance(session: Session, today: dt.date) -> list[ComplianceFinding]:
    """The findings on ``today``, grouped by kind in the order of :data:`FINDING_TITLES`."""
    return check_chats(session, today).findings


@dataclass(frozen=True)
class ComplianceCheck:
    findings: list[ComplianceFinding]
    required: int  # the four administration chats and two per active association

    @property
    def existing(self) -> int:
        """Of the required chats, how many exist."""
        missing = sum(1 for f in self.findings if f.kind != ComplianceKind.OWNER_LEFT)
        return self.required - missing


def check_chats(session: Session, today: dt.date) -> ComplianceCheck:
    """The findings on ``today`` and how many chats the regulation requires."""
    titles, reowned = _open_tasks(session)
    active = list(
        session.scalars(
            select(Chat)
            .options(joinedload(Chat.owner))
            .where(Chat.state == ChatState.ACTIVE)
            .order_by(Chat.title, Chat.id)
        )
    )
    findings: list[ComplianceFinding] = []

    kinds = {chat.kind for chat in active}
    for kind in ADMINISTRATION_KINDS:
        if kind in kinds:
            continue
        title = f"{TaskKind.CREATE_CHAT.label}: {kind.label}"
        findings.append(
            ComplianceFinding(
                kind=ComplianceKind.MISSING_ADMINISTRATION,
                text=f"Нет действующего чата «{kind.label}»",
                task_title=title,
                chat_kind=kind,
                covered=title in titles,
            )
        )

    present = {(chat.association_id, chat.kind) for chat in active if chat.association_id}
    associations = active_associations(session, today)
    for association in associations:
        for kind, who, missing in _ASSOCIATION_CHATS:
            if (association.id, kind) in present:
                continue
            title = f"{TaskKind.CREATE_CHAT.label}: {association.name} — {who}"
            head = association.head_teacher
            by = f" (руководитель — {head.full_name})" if head else ""
            findings.append(
                ComplianceFinding(
                    kind=ComplianceKind.MISSING_ASSOCIATION,
                    text=f"Объединение «{association.name}»: нет {missing}{by}",
                    task_title=title,
                    chat_kind=kind,
                    association_id=association.id,
                    person_id=association.head_teacher_id,
                    covered=title in titles,
                )
            )

    working = set(session.scalars(active_staff_ids(today)))
    for chat in active:
        if chat.owner_id is not None and chat.owner_id in working:
            continue
        text = _owner_left_text(session, chat)
        if text is None:
            continue
        findings.append(
            ComplianceFinding(
                kind=ComplianceKind.OWNER_LEFT,
                text=text,
                task_title=f"Назначить владельца чата «{chat.title}»",
                association_id=chat.association_id,
                chat_id=chat.id,
                covered=chat.id in reowned,
            )
        )
    findings.sort(key=lambda f: _ORDER[f.kind])
    required = len(ADMINISTRATION_KINDS) + len(_ASSOCIATION_CHATS) * len(associations)
    return ComplianceCheck(findings, required)


def compliance_summary(session: Session, today: dt.date) -> tuple[int, int]:
    """(required chats, of them existing): the four administration chats and two per
    active association."""
    result = check_chats(session, today)
    return result.required, result.existing


def _task(finding: ComplianceFinding, today: dt.date) -> SferumTask:
    if finding.kind == ComplianceKind.OWNER_LEFT:
        kind = TaskKind.REOWN_CHAT
        note = f"{finding.text}. Назначьте чату нового владельца в Сферуме и в реестре."
    else:
        kind = TaskKind.CREATE_CHAT
        note = f"{finding.text}. Создайте чат в Сферуме и внесите его в реестр чатов."
    return SferumTask(
        kind=kind,
        title=finding.task_title[:500],
        person_id=finding.person_id,
        chat_id=finding.chat_id,
        due_on=today + dt.timedelta(days=TASK_DUE_DAYS),
        note=note,
    )


def create_tasks(session: Session, findings: Iterable[ComplianceFinding], today: dt.date) -> int:
    """One open Sferum task per finding, due in :data:`TASK_DUE_DAYS` days, skipping
    findings an open task already covers (checked again now, not trusted from the
    finding). Returns how many were created; one undoable batch."""
    titles, reowned = _open_tasks(session)
    todo: list[ComplianceFinding] = []
    seen: set[str] = set()
    for finding in findings:
        if finding.key in seen:
            continue
        seen.add(finding.key)
        if finding.kind == ComplianceKind.OWNER_LEFT:
            if finding.chat_id in reowned:
                continue
        elif finding.task_title in titles:
            continue
        todo.append(finding)
    if not todo:
        return 0
    label = plural(len(todo), "задача", "задачи", "задач")
    with change_batch(session, "chat_compliance", f"Проверка чатов: {label}"):
        session.add_all(_task(finding, today) for finding in todo)
    return len(todo)

"""Key counts of the Centre: ``sferum-desk stats`` and the Обзор page read the same figures."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from ..data.models import (
    Association,
    Broadcast,
    Chat,
    ChatState,
    Direction,
    Employment,
    Enrolment,
    Group,
    GroupKind,
    InviteLink,
    InviteState,
    ParentLink,
    Person,
    PersonKind,
    Post,
    PostStatus,
    SferumTask,
    TaskState,
)


@dataclass
class Stats:
    """Counts of active records. JSON keys are a public contract: add, never rename."""

    staff: int = 0
    students: int = 0
    parents: int = 0
    directions: int = 0
    associations: int = 0
    groups: int = 0
    enrolments: int = 0
    invite_links: dict[str, int] = field(default_factory=dict)
    chats: int = 0
    posts: dict[str, int] = field(default_factory=dict)
    broadcasts: int = 0
    open_tasks: int = 0

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def _active_on(start: Any, end: Any, day: dt.date) -> ColumnElement[bool]:
    return and_(start <= day, or_(end.is_(None), end > day))


def active_staff_ids(day: dt.date) -> Any:
    return select(Employment.person_id).where(
        _active_on(Employment.hired_on, Employment.dismissed_on, day)
    )


def active_enrolments(day: dt.date) -> Any:
    return select(Enrolment).where(_active_on(Enrolment.enrolled_on, Enrolment.left_on, day))


def collect(session: Session, on: dt.date | None = None) -> Stats:
    """Counts as of ``on`` (today by default): dismissed staff and expelled students and
    their enrolments are not counted, nor are archived associations, groups and chats."""
    day = on or dt.date.today()
    enrolled = active_enrolments(day).subquery()
    student_ids = select(enrolled.c.student_id)
    count = session.scalar

    staff = count(
        select(func.count(func.distinct(Person.id))).where(
            Person.kind == PersonKind.STAFF, Person.id.in_(active_staff_ids(day))
        )
    )
    students = count(
        select(func.count(Person.id)).where(
            Person.kind == PersonKind.STUDENT, Person.id.in_(student_ids)
        )
    )
    parents = count(
        select(func.count(func.distinct(ParentLink.parent_id))).where(
            ParentLink.student_id.in_(student_ids)
        )
    )
    invite_links = {state.value: 0 for state in InviteState}
    for state, n in session.execute(
        select(InviteLink.state, func.count()).group_by(InviteLink.state)
    ):
        invite_links[InviteState(state).value] = n
    posts = {status.value: 0 for status in PostStatus}
    for status, n in session.execute(select(Post.status, func.count()).group_by(Post.status)):
        posts[PostStatus(status).value] = n
    return Stats(
        staff=staff or 0,
        students=students or 0,
        parents=parents or 0,
        directions=count(select(func.count(Direction.id))) or 0,
        associations=count(
            select(func.count(Association.id)).where(Association.archived_on.is_(None))
        )
        or 0,
        groups=count(
            select(func.count(Group.id)).where(
                Group.kind == GroupKind.ASSOCIATION, Group.archived_on.is_(None)
            )
        )
        or 0,
        enrolments=count(select(func.count()).select_from(enrolled)) or 0,
        invite_links=invite_links,
        chats=count(select(func.count(Chat.id)).where(Chat.state == ChatState.ACTIVE)) or 0,
        posts=posts,
        broadcasts=count(select(func.count(Broadcast.id))) or 0,
        open_tasks=count(
            select(func.count(SferumTask.id)).where(SferumTask.state == TaskState.OPEN)
        )
        or 0,
    )


STAT_LABELS: dict[str, str] = {
    "staff": "Сотрудники",
    "students": "Обучающиеся",
    "parents": "Родители",
    "directions": "Направленности",
    "associations": "Детские объединения",
    "groups": "Группы (классы Сферума)",
    "enrolments": "Зачисления в группы",
    "invite_links": "Ссылки-приглашения",
    "chats": "Чаты",
    "posts": "Публикации",
    "broadcasts": "Трансляции и встречи",
    "open_tasks": "Открытые задачи Сферума",
}


# The breakdowns in ``Stats`` are keyed by enum value; this says which enum labels them.
_BREAKDOWN_ENUMS: dict[str, type[InviteState] | type[PostStatus]] = {
    "invite_links": InviteState,
    "posts": PostStatus,
}


@dataclass(frozen=True)
class StatFigure:
    key: str  # "students", or "invite_links.active" for one line of a breakdown
    label: str
    value: int
    is_part: bool  # a line of a breakdown, shown indented under its total


def stat_figures(stats: Stats) -> list[StatFigure]:
    """Flatten ``Stats`` in the order of ``STAT_LABELS``; breakdowns get a total line."""
    data = stats.as_json()
    rows = []
    for key, label in STAT_LABELS.items():
        value = data[key]
        if isinstance(value, dict):
            rows.append(StatFigure(key, label, sum(value.values()), False))
            labels = _BREAKDOWN_ENUMS[key]
            for part, n in value.items():
                rows.append(StatFigure(f"{key}.{part}", labels(part).label, n, True))
        else:
            rows.append(StatFigure(key, label, value, False))
    return rows


def format_table(figures: Stats) -> str:
    """The figures as a two-column Russian table for the terminal."""
    rows = [
        (f"  {f.label.lower()}" if f.is_part else f.label, str(f.value))
        for f in stat_figures(figures)
    ]
    width = max(len(label) for label, _ in rows)
    lines = [f"{'Показатель'.ljust(width)}  Значение", "-" * (width + 10)]
    lines += [f"{label.ljust(width)}  {value.rjust(8)}" for label, value in rows]
    return "\n".join(lines)

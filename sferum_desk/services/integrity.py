"""``sferum-desk check``: is the database whole, and does it keep the app's own rules?

Three layers, each finding a Russian line naming the records:

* the file — SQLite's ``integrity_check`` (pages, indexes) and ``foreign_key_check``;
* the links — people in the wrong role (a parent enrolled in a group, a student hired);
* the rules the app keeps on every write — one «Учительская», one current academic year,
  no enrolment outside its group's academic year, no student enrolled twice in one group,
  no open enrolment in a group of an archived year.

The check only reads. The crash tests run it on a database whose writer was killed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import and_, func, or_, select, text
from sqlalchemy.orm import Session, aliased

from ..data.models import (
    AcademicYear,
    Employment,
    Enrolment,
    Group,
    GroupKind,
    ParentLink,
    Person,
    PersonKind,
)

_LISTED = 20  # records named in one finding; the rest are counted


class ProblemKind(StrEnum):
    FILE = "file"  # SQLite's own checks
    LINKS = "links"  # records pointing at the wrong kind of record
    RULE = "rule"  # the app's invariants


@dataclass(frozen=True)
class CheckProblem:
    kind: ProblemKind
    text: str

    def as_json(self) -> dict[str, str]:
        return {"kind": self.kind.value, "text": self.text}


def _names(rows: Sequence[Any], describe: Callable[[Any], str]) -> str:
    shown = [describe(row) for row in rows[:_LISTED]]
    more = len(rows) - len(shown)
    return "; ".join(shown) + (f" и ещё {more}" if more > 0 else "")


def _d(day: dt.date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else "—"


def _file_checks(session: Session) -> list[CheckProblem]:
    if session.get_bind().dialect.name != "sqlite":
        return []  # the server keeps its pages and foreign keys itself
    problems = []
    verdict = [row[0] for row in session.execute(text("PRAGMA integrity_check")).all()]
    if verdict != ["ok"]:
        problems.append(
            CheckProblem(ProblemKind.FILE, "Файл базы повреждён: " + "; ".join(verdict[:_LISTED]))
        )
    broken = session.execute(text("PRAGMA foreign_key_check")).all()
    if broken:
        tables = sorted({f"{row[0]} → {row[2]}" for row in broken})
        problems.append(
            CheckProblem(
                ProblemKind.FILE,
                f"Записей со ссылкой на несуществующую запись: {len(broken)} "
                f"({', '.join(tables[:_LISTED])})",
            )
        )
    return problems


def _wrong_kind(session: Session, join_on: Any, kind: PersonKind, what: str) -> CheckProblem | None:
    """People linked by ``join_on`` who are not of ``kind`` (a student on a payroll, …)."""
    rows = session.execute(
        select(Person.id, Person.last_name, Person.kind)
        .join(join_on[0], join_on[1] == Person.id)
        .where(Person.kind != kind)
        .distinct()
        .order_by(Person.id)
    ).all()
    if not rows:
        return None
    return CheckProblem(
        ProblemKind.LINKS, what + _names(rows, lambda r: f"№ {r[0]} {r[1]} ({r[2].label})")
    )


def _role_checks(session: Session) -> list[CheckProblem]:
    problems = [
        problem
        for problem in (
            _wrong_kind(
                session,
                (Enrolment, Enrolment.student_id),
                PersonKind.STUDENT,
                "В группы зачислены не обучающиеся: ",
            ),
            _wrong_kind(
                session,
                (Employment, Employment.person_id),
                PersonKind.STAFF,
                "Приняты на работу не сотрудники: ",
            ),
        )
        if problem is not None
    ]
    parent, child = aliased(Person), aliased(Person)
    wrong_family = session.execute(
        select(ParentLink.id, parent.last_name, child.last_name)
        .join(parent, parent.id == ParentLink.parent_id)
        .join(child, child.id == ParentLink.student_id)
        .where(or_(parent.kind != PersonKind.PARENT, child.kind != PersonKind.STUDENT))
        .order_by(ParentLink.id)
    ).all()
    if wrong_family:
        problems.append(
            CheckProblem(
                ProblemKind.LINKS,
                "Связи «родитель — ребёнок» не между родителем и обучающимся: "
                + _names(wrong_family, lambda r: f"№ {r[0]} ({r[1]} — {r[2]})"),
            )
        )
    return problems


def _structure_checks(session: Session) -> list[CheckProblem]:
    problems = []
    rooms = session.execute(
        select(Group.id, Group.archived_on).where(Group.kind == GroupKind.STAFF_ROOM)
    ).all()
    has_people = session.scalar(select(func.count(Person.id))) or 0
    if len(rooms) > 1:
        problems.append(
            CheckProblem(ProblemKind.RULE, f"Классов «Учительская» несколько: {len(rooms)}")
        )
    elif not rooms and has_people:
        problems.append(CheckProblem(ProblemKind.RULE, "Нет класса «Учительская»"))
    elif rooms and rooms[0][1] is not None:
        problems.append(
            CheckProblem(ProblemKind.RULE, f"Класс «Учительская» в архиве с {_d(rooms[0][1])}")
        )
    current = session.scalar(
        select(func.count(AcademicYear.id)).where(AcademicYear.is_current.is_(True))
    )
    if (current or 0) > 1:
        problems.append(CheckProblem(ProblemKind.RULE, f"Текущих учебных лет несколько: {current}"))
    return problems


def _enrolment_checks(session: Session) -> list[CheckProblem]:
    problems = []
    student = aliased(Person)
    base = (
        select(
            Enrolment.id,
            student.last_name,
            Group.sferum_class_name,
            Enrolment.enrolled_on,
            Enrolment.left_on,
            AcademicYear.starts_on,
            AcademicYear.ends_on,
        )
        .join(student, student.id == Enrolment.student_id)
        .join(Group, Group.id == Enrolment.group_id)
        .join(AcademicYear, AcademicYear.id == Group.academic_year_id)
    )
    outside = session.execute(
        base.where(
            or_(
                Enrolment.enrolled_on > AcademicYear.ends_on,
                and_(Enrolment.left_on.is_not(None), Enrolment.left_on < AcademicYear.starts_on),
                and_(Enrolment.left_on.is_not(None), Enrolment.left_on < Enrolment.enrolled_on),
            )
        ).order_by(Enrolment.id)
    ).all()
    if outside:
        problems.append(
            CheckProblem(
                ProblemKind.RULE,
                "Зачисления вне учебного года своей группы: "
                + _names(
                    outside,
                    lambda r: (
                        f"{r[1]} в «{r[2]}» с {_d(r[3])} по {_d(r[4])} "
                        f"(учебный год {_d(r[5])} — {_d(r[6])})"
                    ),
                ),
            )
        )
    left_open = session.execute(
        base.where(Enrolment.left_on.is_(None), AcademicYear.archived.is_(True)).order_by(
            Enrolment.id
        )
    ).all()
    if left_open:
        problems.append(
            CheckProblem(
                ProblemKind.RULE,
                "Не закрыты зачисления в группы прошлых учебных лет: "
                + _names(left_open, lambda r: f"{r[1]} в «{r[2]}» с {_d(r[3])}"),
            )
        )
    other = aliased(Enrolment)
    twice = session.execute(
        select(Enrolment.id, student.last_name, Group.sferum_class_name, Enrolment.enrolled_on)
        .join(student, student.id == Enrolment.student_id)
        .join(Group, Group.id == Enrolment.group_id)
        .join(
            other,
            and_(
                other.student_id == Enrolment.student_id,
                other.group_id == Enrolment.group_id,
                other.id < Enrolment.id,
                # the two periods overlap
                or_(other.left_on.is_(None), other.left_on > Enrolment.enrolled_on),
                or_(Enrolment.left_on.is_(None), Enrolment.left_on > other.enrolled_on),
            ),
        )
        .distinct()
        .order_by(Enrolment.id)
    ).all()
    if twice:
        problems.append(
            CheckProblem(
                ProblemKind.RULE,
                "Обучающийся зачислен в одну группу дважды на одни и те же даты: "
                + _names(twice, lambda r: f"{r[1]} в «{r[2]}» с {_d(r[3])}"),
            )
        )
    return problems


def check_database(session: Session) -> list[CheckProblem]:
    """Every problem found, the file's first; an empty list means the database is sound."""
    problems = _file_checks(session)
    if any(p.text.startswith("Файл базы повреждён") for p in problems):
        return problems  # reading further from broken pages proves nothing
    return (
        problems + _role_checks(session) + _structure_checks(session) + _enrolment_checks(session)
    )

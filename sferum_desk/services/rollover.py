"""The academic-year rollover (1 September): plan it, look at it, apply it as one batch.

Every active association group of the closing year either **continues** (a new group of the
new year with study year + 1, its active students carried over, the Sferum class renamed) or
**finishes** (its programme is over: archived on 31 August, its Sferum class archived).
The administrator may add **new** first-year groups. Applying writes it all in one
transaction inside one :class:`ChangeBatch`, so ``services.history`` can undo it whole, and
leaves one open Sferum task per thing to do by hand in Sferum.

``Association.programme_years`` may be unknown (NULL): such a programme has no fixed length
and its groups continue.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections.abc import Generator
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..data.audit import change_batch
from ..data.backup import Reason
from ..data.models import (
    AcademicYear,
    Association,
    ChangeBatch,
    Enrolment,
    Group,
    GroupKind,
    Person,
    SferumClassState,
    SferumTask,
    TaskKind,
    TaskState,
)
from .naming import NameParts, current_rule, render_class_name
from .organisation import ValidationError
from .safety import backup_before

BATCH_KIND = "rollover"
MAX_STUDY_YEAR = 11
CONTINUE_REASON = "Переход на следующий год обучения"
FINISH_REASON = "Окончание обучения по программе"

RolloverSteps = Generator[tuple[int, int, str], None, ChangeBatch]


class Outcome(enum.StrEnum):
    CONTINUES = "continues"
    FINISHES = "finishes"
    NEW = "new"

    @property
    def label(self) -> str:
        return _OUTCOME_LABELS[self]


_OUTCOME_LABELS = {
    Outcome.CONTINUES: "Продолжает обучение",
    Outcome.FINISHES: "Завершает программу",
    Outcome.NEW: "Новая группа",
}


@dataclass(frozen=True)
class RolloverItem:
    """What happens to one group. ``group_id`` is the closing year's group (None for a new
    one); ``consequence`` is what the administrator must do in Sferum, or ``""``."""

    outcome: Outcome
    association_id: int
    association: str
    number: str | None
    group_id: int | None
    group_version: int | None
    old_name: str | None
    new_name: str | None
    study_year: int | None  # the closing year's study year
    new_study_year: int | None
    task_kind: TaskKind | None
    consequence: str
    enrolment_ids: tuple[int, ...] = ()  # active enrolments carried over or closed

    @property
    def students(self) -> int:
        return len(self.enrolment_ids)


@dataclass
class RolloverPlan:
    from_year_id: int
    from_start_year: int
    new_start_year: int
    items: list[RolloverItem] = field(default_factory=list)  # the closing year's groups
    new_groups: list[RolloverItem] = field(default_factory=list)  # added by the user

    @property
    def from_name(self) -> str:
        return _year_name(self.from_start_year)

    @property
    def new_name(self) -> str:
        return _year_name(self.new_start_year)

    @property
    def label(self) -> str:
        return f"Переход на учебный год {self.new_name}"

    @property
    def all_items(self) -> list[RolloverItem]:
        return [*self.items, *self.new_groups]

    def count(self, outcome: Outcome) -> int:
        return sum(1 for item in self.all_items if item.outcome == outcome)

    @property
    def task_count(self) -> int:
        return sum(1 for item in self.all_items if item.task_kind is not None)

    @property
    def carried_students(self) -> int:
        return sum(i.students for i in self.items if i.outcome == Outcome.CONTINUES)


@dataclass(frozen=True)
class YearChoice:
    id: int
    start_year: int
    name: str
    is_current: bool


@dataclass(frozen=True)
class AssociationChoice:
    id: int
    name: str


def _year_name(start_year: int) -> str:
    return f"{start_year}/{start_year + 1}"


def _dates(start_year: int) -> tuple[dt.date, dt.date]:
    return dt.date(start_year, 9, 1), dt.date(start_year + 1, 8, 31)


def class_name(
    session: Session,
    association: Association,
    number: str | None,
    study_year: int,
    start_year: int,
    teacher: Person | None,
) -> str:
    """The Sferum class name the organisation's naming rule gives a group."""
    parts = NameParts(
        association=association.name,
        group=number or "",
        year=study_year,
        direction=association.direction.name,
        academic_year=_year_name(start_year),
        teacher=teacher.short_name if teacher is not None else "",
    )
    return render_class_name(current_rule(session), parts)


# -- reading -------------------------------------------------------------------------------


def list_years(session: Session) -> list[YearChoice]:
    years = session.scalars(select(AcademicYear).order_by(AcademicYear.start_year.desc()))
    return [YearChoice(y.id, y.start_year, y.name, y.is_current) for y in years]


def list_associations(session: Session) -> list[AssociationChoice]:
    """Associations a new group can be opened in (not archived), by name."""
    rows = session.scalars(
        select(Association).where(Association.archived_on.is_(None)).order_by(Association.name)
    )
    return [AssociationChoice(a.id, a.name) for a in rows]


def _current_year(session: Session) -> AcademicYear:
    year = session.scalar(select(AcademicYear).where(AcademicYear.is_current))
    if year is None:
        raise ValidationError({"from_year": "Не задан текущий учебный год."})
    return year


def _check_years(session: Session, from_year: AcademicYear, new_start_year: int) -> None:
    new_name = _year_name(new_start_year)
    if new_start_year <= from_year.start_year:
        raise ValidationError(
            {"new_year": f"Новый учебный год {new_name} должен идти после {from_year.name}."}
        )
    if not 2000 <= new_start_year <= 2100:
        raise ValidationError({"new_year": f"Недопустимый учебный год {new_name}."})
    if session.scalar(select(AcademicYear.id).where(AcademicYear.start_year == new_start_year)):
        raise ValidationError({"new_year": f"Учебный год {new_name} уже есть в базе."})


def _active_groups(session: Session, year_id: int) -> list[Group]:
    return list(
        session.scalars(
            select(Group)
            .join(Association, Group.association_id == Association.id)
            .where(
                Group.kind == GroupKind.ASSOCIATION,
                Group.academic_year_id == year_id,
                Group.archived_on.is_(None),
            )
            .order_by(Association.name, Group.number, Group.id)
        )
    )


def _active_enrolment_ids(session: Session, group_id: int) -> tuple[int, ...]:
    return tuple(
        session.scalars(
            select(Enrolment.id)
            .where(Enrolment.group_id == group_id, Enrolment.left_on.is_(None))
            .order_by(Enrolment.id)
        )
    )


def _finishes(group: Group, association: Association) -> bool:
    if association.archived_on is not None:
        return True
    study_year = group.study_year
    if study_year is None:
        return False
    if study_year >= MAX_STUDY_YEAR:
        return True
    return association.programme_years is not None and study_year >= association.programme_years


def _plan_item(session: Session, group: Group, new_start_year: int) -> RolloverItem:
    association = group.association
    assert association is not None  # an association group always has one
    created = group.sferum_state == SferumClassState.CREATED
    base = {
        "association_id": association.id,
        "association": association.name,
        "number": group.number,
        "group_id": group.id,
        "group_version": group.version,
        "old_name": group.sferum_class_name,
        "study_year": group.study_year,
        "enrolment_ids": _active_enrolment_ids(session, group.id),
    }
    if _finishes(group, association):
        return RolloverItem(
            outcome=Outcome.FINISHES,
            new_name=None,
            new_study_year=None,
            task_kind=TaskKind.ARCHIVE_CLASS if created else None,
            consequence=f"Архивировать класс «{group.sferum_class_name}»" if created else "",
            **base,  # type: ignore[arg-type]
        )
    new_study_year = None if group.study_year is None else group.study_year + 1
    if group.class_name_manual or new_study_year is None:
        new_name = group.sferum_class_name
    else:
        new_name = class_name(
            session, association, group.number, new_study_year, new_start_year, group.teacher
        )
    if not created:
        kind: TaskKind | None = TaskKind.CREATE_CLASS
        consequence = f"Создать класс «{new_name}»"
    elif new_name != group.sferum_class_name:
        kind = TaskKind.OTHER
        consequence = f"Переименовать класс «{group.sferum_class_name}» → «{new_name}»"
    else:
        kind, consequence = None, ""
    return RolloverItem(
        outcome=Outcome.CONTINUES,
        new_name=new_name,
        new_study_year=new_study_year,
        task_kind=kind,
        consequence=consequence,
        **base,  # type: ignore[arg-type]
    )


def plan_rollover(
    session: Session,
    *,
    from_year: AcademicYear | int | None = None,
    new_start_year: int | None = None,
) -> RolloverPlan:
    """What the rollover from ``from_year`` (default: the current year) to
    ``new_start_year`` (default: the next one) would do. Reads only."""
    if from_year is None:
        year = _current_year(session)
    elif isinstance(from_year, int):
        found = session.get(AcademicYear, from_year)
        if found is None:
            raise ValidationError({"from_year": "Учебный год не найден."})
        year = found
    else:
        year = from_year
    if new_start_year is None:
        new_start_year = year.start_year + 1
    _check_years(session, year, new_start_year)
    groups = _active_groups(session, year.id)
    items = [_plan_item(session, group, new_start_year) for group in groups]
    return RolloverPlan(year.id, year.start_year, new_start_year, items)


def new_group_item(
    session: Session, plan: RolloverPlan, association_id: int, number: str
) -> RolloverItem:
    """A new first-year group for ``plan`` (the caller appends it to ``plan.new_groups``);
    refuses a number the association already uses in the new year."""
    number = number.strip()
    if not number:
        raise ValidationError({"number": "Укажите номер группы."})
    association = session.get(Association, association_id)
    if association is None or association.archived_on is not None:
        raise ValidationError({"association": "Объединение не найдено или закрыто."})
    taken = {
        (item.association_id, item.number)
        for item in plan.all_items
        if item.outcome != Outcome.FINISHES
    }
    if (association.id, number) in taken:
        raise ValidationError(
            {"number": f"В объединении «{association.name}» уже есть группа № {number}."}
        )
    name = class_name(
        session, association, number, 1, plan.new_start_year, association.head_teacher
    )
    if name in {item.new_name for item in plan.all_items}:
        raise ValidationError({"number": f"Класс «{name}» уже есть в новом учебном году."})
    return RolloverItem(
        outcome=Outcome.NEW,
        association_id=association.id,
        association=association.name,
        number=number,
        group_id=None,
        group_version=None,
        old_name=None,
        new_name=name,
        study_year=None,
        new_study_year=1,
        task_kind=TaskKind.CREATE_CLASS,
        consequence=f"Создать класс «{name}»",
    )


# -- applying ------------------------------------------------------------------------------


def _check_fresh(session: Session, plan: RolloverPlan) -> AcademicYear:
    year = session.get(AcademicYear, plan.from_year_id)
    if year is None:
        raise ValidationError({"plan": "План устарел: учебный год удалён. Составьте его заново."})
    _check_years(session, year, plan.new_start_year)
    fresh = plan_rollover(session, from_year=year, new_start_year=plan.new_start_year)
    if fresh.items != plan.items:
        raise ValidationError(
            {"plan": "План устарел: группы или зачисления изменились. Составьте его заново."}
        )
    for item in plan.new_groups:
        association = session.get(Association, item.association_id)
        if association is None or association.archived_on is not None:
            raise ValidationError({"plan": f"Объединение «{item.association}» закрыто."})
    return year


def apply_rollover_steps(session: Session, plan: RolloverPlan) -> RolloverSteps:
    """Apply ``plan`` in the caller's transaction, yielding ``(done, total, label)``.

    Closing the generator early leaves a half-done change in the session: the caller's
    transaction must roll back (``Database.transaction`` does)."""
    old_year = _check_fresh(session, plan)
    backup_before(session, Reason.ROLLOVER)
    starts_on, ends_on = _dates(plan.new_start_year)
    closing_day = old_year.ends_on
    items = plan.all_items
    total = len(items) + 1
    with change_batch(session, BATCH_KIND, plan.label) as batch:
        yield 0, total, f"Учебный год {plan.new_name}"
        old_year.is_current = False
        old_year.archived = True
        new_year = AcademicYear(
            start_year=plan.new_start_year,
            starts_on=starts_on,
            ends_on=ends_on,
            is_current=True,
            archived=False,
        )
        session.add(new_year)
        session.flush()
        for done, item in enumerate(items, start=1):
            yield done, total, item.new_name or item.old_name or ""
            _apply_item(session, item, new_year, closing_day)
    return batch


def _apply_item(
    session: Session, item: RolloverItem, new_year: AcademicYear, closing_day: dt.date
) -> None:
    old = session.get(Group, item.group_id) if item.group_id is not None else None
    target: Group | None = old
    if old is not None:
        old.archived_on = closing_day
        reason = CONTINUE_REASON if item.outcome == Outcome.CONTINUES else FINISH_REASON
        for enrolment_id in item.enrolment_ids:
            enrolment = session.get(Enrolment, enrolment_id)
            assert enrolment is not None
            enrolment.left_on = max(closing_day, enrolment.enrolled_on)
            enrolment.leave_reason = reason
    if item.outcome != Outcome.FINISHES:
        association = session.get(Association, item.association_id)
        assert association is not None
        target = Group(
            kind=GroupKind.ASSOCIATION,
            association_id=item.association_id,
            academic_year=new_year,
            number=item.number,
            study_year=item.new_study_year,
            teacher_id=old.teacher_id if old is not None else association.head_teacher_id,
            planned_size=old.planned_size if old is not None else None,
            sferum_class_name=item.new_name,
            class_name_manual=old.class_name_manual if old is not None else False,
            sferum_state=old.sferum_state if old is not None else SferumClassState.NOT_CREATED,
        )
        session.add(target)
        if old is not None:
            for enrolment_id in item.enrolment_ids:
                enrolment = session.get(Enrolment, enrolment_id)
                assert enrolment is not None
                session.add(
                    Enrolment(
                        student_id=enrolment.student_id,
                        group=target,
                        enrolled_on=new_year.starts_on,
                    )
                )
    if item.task_kind is not None:
        session.add(
            SferumTask(
                kind=item.task_kind,
                title=item.consequence,
                state=TaskState.OPEN,
                group=target,
                due_on=new_year.starts_on,
            )
        )
    session.flush()


def apply_rollover(session: Session, plan: RolloverPlan) -> ChangeBatch:
    """Apply ``plan`` at once (the CLI and tests); the GUI drives
    :func:`apply_rollover_steps` to show progress."""
    steps = apply_rollover_steps(session, plan)
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]


def with_new_group(plan: RolloverPlan, item: RolloverItem) -> RolloverPlan:
    """A copy of ``plan`` with one more new group."""
    return dataclasses.replace(plan, new_groups=[*plan.new_groups, item])

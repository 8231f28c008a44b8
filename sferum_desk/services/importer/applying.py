"""Carrying out an import plan: one undoable change batch, movement events for enrolments
and hirings, progress as ``(done, total, label)`` so the GUI can show it and cancel."""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...data.audit import change_batch
from ...data.backup import Reason
from ...data.bulk import insert_new
from ...data.models import (
    AcademicYear,
    Direction,
    MovementKind,
    Order,
    OrderKind,
    ParentLink,
    ParentRelation,
    Person,
    PersonKind,
)
from .. import nomenclature
from ..movement import EventDraft, MovementError, record_events
from ..safety import backup_before
from .columns import ImportKind
from .plan import ImportPlan, MissingPerson
from .planning import plan_import
from .problems import Problem
from .source import ImportOptions, ImportSource

Progress = tuple[int, int, str]
_CHUNK = 1000  # persons / events per progress step


@dataclass
class ImportResult:
    """What an import did (or, for a dry run or a refused file, would do)."""

    kind: ImportKind
    file_name: str
    rows: int = 0
    created: int = 0
    updated: int = 0
    enrolled: int = 0  # enrolments (students) or hirings (staff) recorded
    already: int = 0  # already enrolled in that group / already working
    merged: int = 0  # repeated rows and repeated enrolments merged
    parents_created: int = 0
    parents_linked: int = 0
    associations_created: int = 0
    groups_created: int = 0
    skipped_rows: int = 0
    errors: list[Problem] = field(default_factory=list)
    notices: list[Problem] = field(default_factory=list)
    missing: list[MissingPerson] = field(default_factory=list)
    written: bool = False
    dry_run: bool = False
    batch_id: int | None = None


def result_of(plan: ImportPlan) -> ImportResult:
    return ImportResult(
        kind=plan.kind,
        file_name=plan.source.file_name,
        rows=plan.rows,
        created=plan.created,
        updated=plan.updated,
        enrolled=len(plan.moves),
        already=plan.already,
        merged=plan.merged,
        parents_created=plan.parents_created,
        parents_linked=len(plan.links),
        associations_created=plan.associations_created,
        groups_created=plan.groups_created,
        skipped_rows=plan.skipped_rows,
        errors=list(plan.errors),
        notices=list(plan.notices),
        missing=list(plan.missing),
        dry_run=plan.options.dry_run,
    )


def batch_label(plan: ImportPlan) -> str:
    what = "обучающихся" if plan.kind == ImportKind.STUDENTS else "сотрудников"
    return f"Импорт {what} из {plan.source.file_name}"


class _Writer:
    def __init__(self, session: Session, plan: ImportPlan) -> None:
        self.session = session
        self.plan = plan
        self.person_ids: list[int] = []
        self.parent_ids: list[int] = []
        self.group_ids: list[int] = []
        self.order_ids: dict[tuple[str, dt.date], int] = {}

    def total(self) -> int:
        plan = self.plan
        return len(plan.persons) + len(plan.parents) + len(plan.moves) + len(plan.groups) + 1

    def structure(self) -> None:
        plan, session = self.plan, self.session
        year_id = plan.year_id
        if plan.create_year:
            start = AcademicYear.start_year_for(plan.today)
            year = AcademicYear(
                start_year=start,
                starts_on=dt.date(start, 9, 1),
                ends_on=dt.date(start + 1, 8, 31),
                is_current=True,
            )
            session.add(year)
            session.flush()
            year_id = year.id
        directions = {d.kind: d.id for d in session.scalars(select(Direction))}
        created: dict[str, int] = {}
        for group in plan.groups:
            if group.group_id is not None:
                self.group_ids.append(group.group_id)
                continue
            association_id = group.association_id
            if association_id is None:
                key = group.association.casefold().replace("ё", "е")
                if key not in created:
                    assert group.direction is not None
                    association = nomenclature.create_association(
                        session,
                        nomenclature.AssociationForm(
                            name=group.association, direction_id=directions[group.direction]
                        ),
                        on=plan.today,
                    )
                    created[key] = association.id
                association_id = created[key]
            new = nomenclature.create_group(
                session,
                nomenclature.GroupForm(
                    association_id=association_id,
                    academic_year_id=year_id,
                    number=group.number,
                    study_year=group.study_year,
                ),
                on=plan.today,
            )
            self.group_ids.append(new.id)
        for (number, issued_on), order_id in plan.orders.items():
            if order_id is None:
                order = Order(
                    number=number,
                    issued_on=issued_on,
                    title="О движении обучающихся"
                    if plan.kind == ImportKind.STUDENTS
                    else "О приёме на работу",
                    kind=OrderKind.MOVEMENT,
                )
                session.add(order)
                session.flush()
                order_id = order.id
            self.order_ids[(number, issued_on)] = order_id

    def people(self, parents: bool) -> Generator[int, None, None]:
        plan, session = self.plan, self.session
        plans = plan.parents if parents else plan.persons
        kind = (
            PersonKind.PARENT
            if parents
            else (PersonKind.STUDENT if plan.kind == ImportKind.STUDENTS else PersonKind.STAFF)
        )
        ids = self.parent_ids if parents else self.person_ids
        existing = [p.person_id for p in plans if p.person_id is not None and p.updates]
        loaded = (
            {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(existing)))}
            if existing
            else {}
        )
        new: list[tuple[int, Person]] = []
        for index, person_plan in enumerate(plans):
            if person_plan.person_id is not None:
                ids.append(person_plan.person_id)
                person = loaded.get(person_plan.person_id)
                for name, value in person_plan.updates.items():
                    setattr(person, name, value)
            else:
                f = person_plan.fields
                person = Person(
                    kind=kind,
                    last_name=f.last_name,
                    first_name=f.first_name,
                    middle_name=f.middle_name or None,
                    birth_date=f.birth_date,
                    phone=f.phone,
                    email=f.email,
                )
                new.append((index, person))
                ids.append(0)
            if (index + 1) % _CHUNK == 0:
                yield index + 1
        insert_new(session, [person for _index, person in new])  # one insert, not a flush each
        for index, person in new:
            ids[index] = person.id
        yield len(plans)

    def links(self) -> None:
        links = [
            ParentLink(
                parent_id=self.parent_ids[parent],
                student_id=self.person_ids[child],
                relation=ParentRelation.OTHER,
            )
            for parent, child in self.plan.links
        ]
        insert_new(self.session, links)

    def drafts(self, skip: set[int]) -> list[tuple[int, EventDraft]]:
        plan = self.plan
        drafts = []
        for index, move in enumerate(plan.moves):
            if index in skip:
                continue
            order_id = self.order_ids.get(move.order) if move.order else None
            person_id = self.person_ids[move.person]
            if plan.kind == ImportKind.STUDENTS:
                assert move.group is not None
                draft = EventDraft(
                    kind=MovementKind.STUDENT_ENROLLED,
                    person_id=person_id,
                    effective_on=move.on,
                    order_id=order_id,
                    to_group_id=self.group_ids[move.group],
                    note="Импорт",
                )
            else:
                assert move.record is not None
                draft = EventDraft(
                    kind=MovementKind.STAFF_HIRED,
                    person_id=person_id,
                    effective_on=move.on,
                    order_id=order_id,
                    position=move.record.position,
                    position_title=move.record.position_title or None,
                    note="Импорт",
                )
            drafts.append((index, draft))
        return drafts


def _write(session: Session, plan: ImportPlan, skip: set[int]) -> Generator[Progress, None, int]:
    """All the writes, inside the caller's savepoint; returns the batch id."""
    writer = _Writer(session, plan)
    total = writer.total()
    with change_batch(session, "import", batch_label(plan)) as batch:
        yield 0, total, "Объединения и группы…"
        writer.structure()
        done = len(plan.groups) + 1
        what = "Обучающиеся" if plan.kind == ImportKind.STUDENTS else "Сотрудники"
        for step in writer.people(parents=False):
            yield done + step, total, f"{what}: {step} из {len(plan.persons)}"
        done += len(plan.persons)
        for step in writer.people(parents=True):
            yield done + step, total, f"Родители: {step} из {len(plan.parents)}"
        done += len(plan.parents)
        writer.links()
        drafts = writer.drafts(skip)
        for start in range(0, len(drafts), _CHUNK * 5):
            chunk = drafts[start : start + _CHUNK * 5]
            label = "Зачисления" if plan.kind == ImportKind.STUDENTS else "Приём на работу"
            yield done + start, total, f"{label}: {start} из {len(drafts)}"
            try:
                record_events(session, [d for _, d in chunk], today=plan.today)
            except MovementError as exc:
                raise _RefusedError({chunk[p.index][0]: p.message for p in exc.details}) from exc
        yield total, total, "Сохранение…"
        return batch.id


class _RefusedError(Exception):
    def __init__(self, moves: dict[int, str]) -> None:
        super().__init__(moves)
        self.moves = moves


def apply_import(
    session: Session, source: ImportSource, options: ImportOptions
) -> Generator[Progress, None, ImportResult]:
    """Check and import the file inside the caller's transaction, yielding progress.

    With row errors (and no ``skip_invalid``) nothing is written and the result lists them;
    a dry run checks everything, movement rules included, and rolls its writes back.
    Closing the generator (Cancel) rolls back what it wrote."""
    yield 0, 0, "Проверка строк…"
    plan = plan_import(session, source, options)
    result = result_of(plan)
    if not plan.can_write:
        return result
    if plan.changes_nothing:  # a repeated import: no empty batch in the history
        result.written = not options.dry_run
        return result
    if not options.dry_run:
        yield 0, 0, "Резервная копия базы…"
        backup_before(session, Reason.IMPORT)
    skip: set[int] = set()
    for _attempt in range(2):
        savepoint = session.begin_nested()
        try:
            batch_id = yield from _write(session, plan, skip)
        except _RefusedError as refused:
            savepoint.rollback()
            for index, message in refused.moves.items():
                move = plan.moves[index]
                header = plan.source.mapping.header_of(
                    "group" if plan.kind == ImportKind.STUDENTS else "position"
                )
                result.errors.append(Problem(move.row, header, message))
                skip.add(index)
            result.errors.sort(key=lambda p: p.row)
            result.enrolled = len(plan.moves) - len(skip)
            result.skipped_rows += len(refused.moves)
            if not options.skip_invalid:
                return result
            continue
        except BaseException:
            savepoint.rollback()
            raise
        if options.dry_run:
            savepoint.rollback()
        else:
            savepoint.commit()
            result.written = True
            result.batch_id = batch_id
        return result
    return result


def run_import(session: Session, source: ImportSource, options: ImportOptions) -> ImportResult:
    """:func:`apply_import` without progress (the CLI, tests)."""
    steps = apply_import(session, source, options)
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            result: ImportResult = stop.value
            return result

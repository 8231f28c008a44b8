"""Checking the records against the database: who is new, who is known, which groups.

:func:`plan_import` writes nothing; :mod:`.applying` carries a plan out.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...data.models import AcademicYear, Group, Order, ParentLink, Person, PersonKind
from ...data.search import normalize
from ..stats import active_enrolments, active_staff_ids
from .columns import ImportKind
from .grouping import GroupResolver
from .plan import ImportPlan, MissingPerson, MovePlan, PersonPlan
from .problems import Problem
from .rows import PersonFields, RowRecord
from .source import ImportOptions, ImportSource

NamesKey = tuple[str, str, str]


class _PeopleIndex:
    """Persons of one kind, by full key and by names, loaded in one query."""

    def __init__(self, session: Session, kind: PersonKind) -> None:
        self.by_key: dict[tuple[str, str, str, dt.date | None], int] = {}
        self.by_names: dict[NamesKey, list[int]] = defaultdict(list)
        self.rows: dict[int, Person] = {}
        for person in session.scalars(select(Person).where(Person.kind == kind)):
            names = PersonFields(
                person.last_name, person.first_name, person.middle_name or ""
            ).names_key()
            self.by_key.setdefault((*names, person.birth_date), person.id)
            self.by_names[names].append(person.id)
            self.rows[person.id] = person

    def match(self, fields: PersonFields) -> int | None:
        exact = self.by_key.get(fields.key())
        if exact is not None:
            return exact
        same = self.by_names.get(fields.names_key(), [])
        if fields.birth_date is not None:
            same = [i for i in same if self.rows[i].birth_date is None]
        return same[0] if len(same) == 1 else None


def _updates(person: Person, fields: PersonFields) -> dict[str, object]:
    changes: dict[str, object] = {}
    if fields.phone and fields.phone != person.phone:
        changes["phone"] = fields.phone
    if fields.email and fields.email != person.email:
        changes["email"] = fields.email
    if fields.birth_date and person.birth_date is None:
        changes["birth_date"] = fields.birth_date
    return changes


class _Planner:
    def __init__(self, session: Session, plan: ImportPlan) -> None:
        self.session = session
        self.plan = plan
        self.groups = GroupResolver(session, plan) if plan.kind == ImportKind.STUDENTS else None
        self.row_group: dict[int, int] = {}  # file row → index in plan.groups

    def header(self, field_name: str) -> str:
        return self.plan.source.mapping.header_of(field_name)

    def run(self, records: list[RowRecord]) -> None:
        plan = self.plan
        kind = PersonKind.STUDENT if plan.kind == ImportKind.STUDENTS else PersonKind.STAFF
        people = _PeopleIndex(self.session, kind)
        if self.groups is not None:
            for record in records:
                if record.same_as is None and record.valid:
                    group_index = self.groups.group_for(record)
                    if group_index is not None:
                        self.row_group[record.row] = group_index
        for record in records:
            plan.notices.extend(record.notices)
            plan.errors.extend(record.errors)
        valid = [r for r in records if r.same_as is None and r.valid]
        plan.skipped_rows = sum(1 for r in records if r.same_as is None and not r.valid)
        person_index: dict[tuple[str, str, str, dt.date | None], int] = {}
        for record in valid:
            key = record.person.key()
            if key not in person_index:
                person_index[key] = len(plan.persons)
                existing = people.match(record.person)
                plan.persons.append(
                    PersonPlan(
                        record.person,
                        record.row,
                        existing,
                        _updates(people.rows[existing], record.person) if existing else {},
                    )
                )
            else:
                _merge(plan.persons[person_index[key]], record.person, people)
            if record.order is not None:
                plan.orders.setdefault(record.order, None)
        if plan.kind == ImportKind.STUDENTS:
            self._student_moves(valid, person_index)
            self._parents(valid, person_index)
        else:
            self._hirings(valid, person_index)
        self._orders()

    def _student_moves(
        self, valid: list[RowRecord], person_index: dict[tuple[str, str, str, dt.date | None], int]
    ) -> None:
        plan = self.plan
        active: set[tuple[int, int]] = {
            (e.student_id, e.group_id)
            for e in self.session.execute(active_enrolments(plan.today)).scalars()
        }
        seen: dict[tuple[int, int], int] = {}
        present: set[tuple[int, int]] = set()
        for record in valid:
            group_index = self.row_group.get(record.row)
            if group_index is None:
                continue
            person = person_index[record.person.key()]
            if (person, group_index) in seen:
                plan.merged += 1
                plan.notices.append(
                    Problem(
                        record.row,
                        self.header("group"),
                        f"{record.person.full_name} уже указан(а) в этой группе в строке "
                        f"{seen[(person, group_index)]} — зачисление одно.",
                        notice=True,
                    )
                )
                continue
            seen[(person, group_index)] = record.row
            person_id = plan.persons[person].person_id
            group_id = plan.groups[group_index].group_id
            if person_id is not None and group_id is not None:
                present.add((person_id, group_id))
                if (person_id, group_id) in active:
                    plan.already += 1
                    continue
            plan.moves.append(
                MovePlan(
                    person=person,
                    row=record.row,
                    on=self._enrolment_day(record),
                    group=group_index,
                    order=record.order,
                    record=record,
                )
            )
        self._missing_students(active, present)

    def _enrolment_day(self, record: RowRecord) -> dt.date:
        """The row's date of enrolment, no earlier than the first day of the academic year
        (a student of several years is enrolled in this year's group)."""
        day = record.enrolled_on or self.plan.today
        assert self.groups is not None
        year = self.groups.structure.year
        start = year.starts_on if year else dt.date(AcademicYear.start_year_for(day), 9, 1)
        if day < start:
            self.plan.notices.append(
                Problem(
                    record.row,
                    self.header("enrolled_on"),
                    f"Дата зачисления {day:%d.%m.%Y} раньше начала учебного года — "
                    f"в группу этого года с {start:%d.%m.%Y}.",
                    notice=True,
                )
            )
            return start
        return day

    def _missing_students(
        self, active: set[tuple[int, int]], present: set[tuple[int, int]]
    ) -> None:
        """Active in the groups the file names, absent from it. Only those groups: a list of
        two groups of an association says nothing about its other groups."""
        plan = self.plan
        covered = {group.group_id for group in plan.groups if group.group_id is not None}
        missing = sorted(pair for pair in active if pair[1] in covered and pair not in present)
        if not missing:
            return
        ids = {student_id for student_id, _ in missing}
        names = {
            p.id: p.full_name
            for p in self.session.scalars(select(Person).where(Person.id.in_(ids)))
        }
        groups = {
            g.id: g.sferum_class_name
            for g in self.session.scalars(
                select(Group).where(Group.id.in_({g for _, g in missing}))
            )
        }
        plan.missing = sorted(
            (MissingPerson(s, names.get(s, ""), groups.get(g, "")) for s, g in missing),
            key=lambda m: (m.where, normalize(m.name)),
        )

    def _parents(
        self, valid: list[RowRecord], person_index: dict[tuple[str, str, str, dt.date | None], int]
    ) -> None:
        plan = self.plan
        parents = _PeopleIndex(self.session, PersonKind.PARENT)
        linked: set[tuple[int, int]] = {
            (parent_id, student_id)
            for parent_id, student_id in self.session.execute(
                select(ParentLink.parent_id, ParentLink.student_id)
            )
        }
        in_file: dict[tuple[NamesKey, str | None], int] = {}
        links: set[tuple[int, int]] = set()
        for record in valid:
            if record.parent is None:
                continue
            child = person_index[record.person.key()]
            child_id = plan.persons[child].person_id
            key = (record.parent.names_key(), record.parent.phone)
            if key not in in_file:
                existing = _match_parent(parents, record.parent, child_id, linked)
                in_file[key] = len(plan.parents)
                plan.parents.append(
                    PersonPlan(
                        record.parent,
                        record.row,
                        existing,
                        _updates(parents.rows[existing], record.parent) if existing else {},
                    )
                )
            parent = in_file[key]
            parent_id = plan.parents[parent].person_id
            if parent_id is not None and child_id is not None and (parent_id, child_id) in linked:
                continue
            if (parent, child) not in links:
                links.add((parent, child))
                plan.links.append((parent, child))

    def _hirings(
        self, valid: list[RowRecord], person_index: dict[tuple[str, str, str, dt.date | None], int]
    ) -> None:
        plan = self.plan
        working = set(self.session.scalars(active_staff_ids(plan.today)))
        hired: set[int] = set()
        for record in valid:
            person = person_index[record.person.key()]
            person_id = plan.persons[person].person_id
            if person in hired:
                plan.merged += 1
                continue
            hired.add(person)
            if person_id is not None and person_id in working:
                plan.already += 1
                continue
            plan.moves.append(
                MovePlan(
                    person, record.row, record.hired_on or plan.today, None, record.order, record
                )
            )
        in_file = {p.person_id for p in plan.persons if p.person_id is not None}
        absent = working - in_file
        if absent:
            people = self.session.scalars(select(Person).where(Person.id.in_(absent)))
            plan.missing = sorted(
                (MissingPerson(p.id, p.full_name, "Сотрудники") for p in people),
                key=lambda m: normalize(m.name),
            )

    def _orders(self) -> None:
        plan = self.plan
        if not plan.orders:
            return
        for order_id, number, issued_on in self.session.execute(
            select(Order.id, Order.number, Order.issued_on)
        ):
            if (number, issued_on) in plan.orders:
                plan.orders[(number, issued_on)] = order_id


def _merge(target: PersonPlan, fields: PersonFields, people: _PeopleIndex) -> None:
    """The same person on another row: take contacts the first row lacked."""
    for name in ("phone", "email"):
        if getattr(target.fields, name) is None and getattr(fields, name) is not None:
            setattr(target.fields, name, getattr(fields, name))
    if target.person_id is not None:
        target.updates = _updates(people.rows[target.person_id], target.fields)


def _match_parent(
    parents: _PeopleIndex,
    fields: PersonFields,
    child_id: int | None,
    linked: set[tuple[int, int]],
) -> int | None:
    """A parent is the same person when the name and the phone agree; without a phone in
    the file, a same-named parent already linked to this child."""
    same = parents.by_names.get(fields.names_key(), [])
    if fields.phone:
        by_phone = [i for i in same if parents.rows[i].phone == fields.phone]
        if by_phone:
            return by_phone[0]
        same = [i for i in same if parents.rows[i].phone is None]
    if child_id is not None:
        of_child = [i for i in same if (i, child_id) in linked]
        if of_child:
            return of_child[0]
    return None


def plan_import(session: Session, source: ImportSource, options: ImportOptions) -> ImportPlan:
    """Check the file against the database; nothing is written."""
    from .rows import read_records

    today = options.today or dt.date.today()
    plan = ImportPlan(source=source, options=options, today=today)
    records, merged = read_records(source.table, source.mapping, source.kind, today)
    plan.rows = sum(1 for r in records)
    plan.merged = merged
    planner = _Planner(session, plan)
    planner.run(records)
    if planner.groups is not None:
        year = planner.groups.structure.year
        plan.year_id = year.id if year else None
        plan.create_year = year is None and bool(plan.groups)
    plan.errors.sort(key=lambda p: p.row)
    plan.notices.sort(key=lambda p: p.row)
    return plan


__all__ = ["plan_import"]

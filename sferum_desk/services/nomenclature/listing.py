"""Read-only views of the nomenclature: the Структура tree and the rows of the Excel export.

Plain frozen dataclasses only, so the results cross from a worker thread to the GUI.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload

from ...data.models import (
    AcademicYear,
    Association,
    Direction,
    DirectionKind,
    Group,
    GroupKind,
    Organisation,
    Person,
    PersonKind,
)
from ..choices import Choice
from ..organisation import STAFF_ROOM_NAME, ValidationError
from ..stats import active_enrolments, active_staff_ids
from .common import staff_room_summary


@dataclass(frozen=True)
class YearChoice:
    id: int
    name: str  # «2026/2027»
    is_current: bool


@dataclass(frozen=True)
class GroupNode:
    id: int
    is_staff_room: bool
    number: str
    study_year: int | None
    teacher: str
    academic_year: str
    planned_size: int | None
    enrolled: int  # for the «Учительская»: the active staff, who all belong to it
    sferum_class_name: str
    class_name_manual: bool
    sferum_state: str  # Russian label
    archived: bool


@dataclass(frozen=True)
class AssociationNode:
    id: int
    name: str
    head_teacher: str
    programme_years: int | None
    archived: bool
    groups: tuple[GroupNode, ...]


@dataclass(frozen=True)
class DirectionNode:
    id: int
    name: str
    associations: tuple[AssociationNode, ...]


@dataclass(frozen=True)
class StructureTree:
    years: tuple[YearChoice, ...]
    academic_year_id: int | None
    staff_room: GroupNode
    staff_joined: int
    directions: tuple[DirectionNode, ...]


def academic_years(session: Session) -> list[YearChoice]:
    return [
        YearChoice(year.id, year.name, year.is_current)
        for year in session.scalars(select(AcademicYear).order_by(AcademicYear.start_year.desc()))
    ]


def _current_year(session: Session) -> AcademicYear | None:
    return session.scalar(
        select(AcademicYear).order_by(
            AcademicYear.is_current.desc(), AcademicYear.start_year.desc()
        )
    )


def _count_day(year: AcademicYear | None, on: dt.date) -> dt.date:
    """The day the enrolments of ``year`` are counted on: ``on`` within the year, else its
    last (or first) day."""
    if year is None or year.starts_on <= on < year.ends_on:
        return on
    if on >= year.ends_on:
        return year.ends_on - dt.timedelta(days=1)
    return year.starts_on


def _enrolled(session: Session, day: dt.date) -> dict[int, int]:
    enrolled = active_enrolments(day).subquery()
    return {
        group_id: n
        for group_id, n in session.execute(
            select(enrolled.c.group_id, func.count()).group_by(enrolled.c.group_id)
        )
    }


def _node(group: Group, enrolled: int) -> GroupNode:
    staff_room = group.kind == GroupKind.STAFF_ROOM
    return GroupNode(
        id=group.id,
        is_staff_room=staff_room,
        number=group.number or "",
        study_year=group.study_year,
        teacher=group.teacher.short_name if group.teacher else "",
        academic_year=group.academic_year.name if group.academic_year else "",
        planned_size=group.planned_size,
        enrolled=enrolled,
        sferum_class_name=group.sferum_class_name,
        class_name_manual=group.class_name_manual,
        sferum_state=group.sferum_state.label,
        archived=group.archived_on is not None,
    )


def _year_groups(session: Session, year: AcademicYear | None) -> list[Group]:
    if year is None:
        return []
    return list(
        session.scalars(
            select(Group)
            .where(Group.kind == GroupKind.ASSOCIATION, Group.academic_year_id == year.id)
            .options(
                joinedload(Group.association).joinedload(Association.direction),
                joinedload(Group.academic_year),
                joinedload(Group.teacher),
            )
        ).unique()
    )


def _group_order(group: Group) -> tuple[object, ...]:
    number = group.number or ""
    return (group.study_year or 0, (0, int(number)) if number.isdigit() else (1, number))


def structure_tree(
    session: Session, academic_year_id: int | None = None, on: dt.date | None = None
) -> StructureTree:
    """Directions → associations → groups of one academic year (the current by default),
    the «Учительская» apart. Archived associations appear only with groups in that year."""
    day = on or dt.date.today()
    year = session.get(AcademicYear, academic_year_id) if academic_year_id else None
    year = year or _current_year(session)
    counts = _enrolled(session, _count_day(year, day))
    staff, joined = staff_room_summary(session, day)
    room = session.scalars(select(Group).where(Group.kind == GroupKind.STAFF_ROOM)).one()
    by_association: dict[int, list[Group]] = {}
    for group in _year_groups(session, year):
        by_association.setdefault(group.association_id or 0, []).append(group)
    order = {kind: index for index, kind in enumerate(DirectionKind)}
    directions = sorted(session.scalars(select(Direction)), key=lambda d: order[d.kind])
    associations = session.scalars(
        select(Association).options(joinedload(Association.head_teacher))
    ).all()
    nodes = []
    for direction in directions:
        children = []
        for association in sorted(
            (a for a in associations if a.direction_id == direction.id), key=lambda a: a.name
        ):
            groups = sorted(by_association.get(association.id, []), key=_group_order)
            if association.archived_on is not None and not groups:
                continue
            children.append(
                AssociationNode(
                    id=association.id,
                    name=association.name,
                    head_teacher=association.head_teacher.short_name
                    if association.head_teacher
                    else "",
                    programme_years=association.programme_years,
                    archived=association.archived_on is not None,
                    groups=tuple(_node(g, counts.get(g.id, 0)) for g in groups),
                )
            )
        nodes.append(DirectionNode(direction.id, direction.name, tuple(children)))
    return StructureTree(
        years=tuple(academic_years(session)),
        academic_year_id=year.id if year else None,
        staff_room=_node(room, staff),
        staff_joined=joined,
        directions=tuple(nodes),
    )


# -- the Excel export ------------------------------------------------------------------


@dataclass(frozen=True)
class ExportRow:
    direction: str
    association: str
    group: str
    study_year: int | None
    teacher: str
    academic_year: str
    class_name: str
    manual: bool
    sferum_state: str
    enrolled: int


@dataclass(frozen=True)
class NomenclatureExport:
    centre: str
    academic_year: str
    made_on: dt.date
    rows: tuple[ExportRow, ...]  # the «Учительская» first


def find_academic_year(session: Session, name: str | None) -> AcademicYear | None:
    """The academic year named «2026/2027» (or «2026»); the current one for None."""
    if name is None:
        return _current_year(session)
    text = name.strip()
    parts = text.split("/")
    valid = all(p.isdigit() and len(p) == 4 for p in parts) and len(parts) in (1, 2)
    if not valid or (len(parts) == 2 and int(parts[1]) != int(parts[0]) + 1):
        raise ValidationError(
            {"academic_year": f"Неверный учебный год «{text}»: нужен вид 2026/2027."}
        )
    year = session.scalar(select(AcademicYear).where(AcademicYear.start_year == int(parts[0])))
    if year is None:
        raise ValidationError({"academic_year": f"Учебного года {text} нет в базе."})
    return year


def export_rows(
    session: Session, academic_year: str | None = None, on: dt.date | None = None
) -> NomenclatureExport:
    """The nomenclature of one academic year (the current by default): one row per group."""
    day = on or dt.date.today()
    year = find_academic_year(session, academic_year)
    counts = _enrolled(session, _count_day(year, day))
    staff, _joined = staff_room_summary(session, day)
    room = session.scalars(select(Group).where(Group.kind == GroupKind.STAFF_ROOM)).one()
    rows = [
        ExportRow(
            direction="",
            association="",
            group="все сотрудники",
            study_year=None,
            teacher="",
            academic_year=year.name if year else "",
            class_name=room.sferum_class_name or STAFF_ROOM_NAME,
            manual=False,
            sferum_state=room.sferum_state.label,
            enrolled=staff,
        )
    ]
    order = {kind: index for index, kind in enumerate(DirectionKind)}

    def key(group: Group) -> tuple[object, ...]:
        association = group.association
        assert association is not None
        return (order[association.direction.kind], association.name, *_group_order(group))

    for group in sorted(_year_groups(session, year), key=key):
        association = group.association
        assert association is not None
        rows.append(
            ExportRow(
                direction=association.direction.name,
                association=association.name,
                group=group.number or "",
                study_year=group.study_year,
                teacher=group.teacher.short_name if group.teacher else "",
                academic_year=year.name if year else "",
                class_name=group.sferum_class_name,
                manual=group.class_name_manual,
                sferum_state=group.sferum_state.label,
                enrolled=counts.get(group.id, 0),
            )
        )
    org = session.get(Organisation, 1)
    return NomenclatureExport(
        centre=org.short_name if org else "",
        academic_year=year.name if year else "",
        made_on=day,
        rows=tuple(rows),
    )


# -- choices of the dialogs --------------------------------------------------------------


@dataclass(frozen=True)
class FormChoices:
    directions: tuple[Choice, ...]
    associations: tuple[Choice, ...]  # not archived
    staff: tuple[Choice, ...]  # active staff, «Фамилия И. О.», by surname
    years: tuple[YearChoice, ...]


def form_choices(session: Session, on: dt.date | None = None) -> FormChoices:
    day = on or dt.date.today()
    order = {kind: index for index, kind in enumerate(DirectionKind)}
    directions = sorted(session.scalars(select(Direction)), key=lambda d: order[d.kind])
    associations = session.scalars(
        select(Association).where(Association.archived_on.is_(None)).order_by(Association.name)
    )
    staff = session.scalars(
        select(Person)
        .where(Person.kind == PersonKind.STAFF, Person.id.in_(active_staff_ids(day)))
        .order_by(Person.last_name, Person.first_name, Person.middle_name)
    )
    return FormChoices(
        directions=tuple(Choice(d.id, d.name) for d in directions),
        associations=tuple(Choice(a.id, a.name) for a in associations),
        staff=tuple(Choice(p.id, p.full_name) for p in staff),
        years=tuple(academic_years(session)),
    )

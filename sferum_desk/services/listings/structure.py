"""Nomenclature and orders: one row per group (the «Учительская» included), the orders."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload

from ...data.models import (
    Association,
    DirectionKind,
    Group,
    GroupKind,
    Order,
    Person,
    PersonKind,
)
from ..stats import active_enrolments, active_staff_ids
from ._common import label_of, name_of, today_or


@dataclass(frozen=True)
class StructureRow:
    id: int
    is_staff_room: bool
    direction: str | None
    association: str | None
    number: str | None
    study_year: int | None
    teacher: str | None
    academic_year: str | None
    planned_size: int | None
    enrolled: int  # active enrolments; for the staff room, the staff who must be in it
    sferum_class_name: str
    sferum_state: str
    archived_on: dt.date | None


@dataclass(frozen=True)
class OrderRow:
    id: int
    number: str
    issued_on: dt.date
    title: str
    kind: str
    file_path: str | None
    display: str  # «№ 12 от 01.09.2026»
    file_missing: bool = False  # a file is recorded but is not there


_DIRECTION_ORDER = {kind: index for index, kind in enumerate(DirectionKind)}


def list_structure(session: Session, on: dt.date | None = None) -> list[StructureRow]:
    """Every group with its association, direction and the number enrolled on ``on``."""
    day = today_or(on)
    enrolled = active_enrolments(day).subquery()
    counts: dict[int, int] = {
        group_id: n
        for group_id, n in session.execute(
            select(enrolled.c.group_id, func.count()).group_by(enrolled.c.group_id)
        )
    }
    staff_now = (
        session.scalar(
            select(func.count(Person.id)).where(
                Person.kind == PersonKind.STAFF, Person.id.in_(active_staff_ids(day))
            )
        )
        or 0
    )
    groups = session.scalars(
        select(Group).options(
            joinedload(Group.association).joinedload(Association.direction),
            joinedload(Group.academic_year),
            joinedload(Group.teacher),
        )
    ).all()
    rows = []
    for group in groups:
        association = group.association
        direction = association.direction if association else None
        staff_room = group.kind == GroupKind.STAFF_ROOM
        rows.append(
            StructureRow(
                id=group.id,
                is_staff_room=staff_room,
                direction=direction.name if direction else None,
                association=association.name if association else None,
                number=group.number,
                study_year=group.study_year,
                teacher=name_of(group.teacher),
                academic_year=group.academic_year.name if group.academic_year else None,
                planned_size=group.planned_size,
                enrolled=staff_now if staff_room else counts.get(group.id, 0),
                sferum_class_name=group.sferum_class_name,
                sferum_state=label_of(group.sferum_state) or "",
                archived_on=group.archived_on,
            )
        )
    order = {g.id: g for g in groups}

    def sort_key(row: StructureRow) -> tuple[object, ...]:
        association = order[row.id].association
        direction = association.direction.kind if association else None
        return (
            not row.is_staff_room,
            row.archived_on is not None,
            _DIRECTION_ORDER.get(direction, -1) if direction else -1,
            row.association or "",
            row.study_year or 0,
            row.number or "",
            row.sferum_class_name,
        )

    rows.sort(key=sort_key)
    return rows


def list_orders(session: Session) -> list[OrderRow]:
    """All orders, the newest first."""
    orders = session.scalars(select(Order).order_by(Order.issued_on.desc(), Order.id.desc()))
    return [
        OrderRow(
            id=order.id,
            number=order.number,
            issued_on=order.issued_on,
            title=order.title,
            kind=order.kind.label,
            file_path=order.file_path,
            display=order.display,
            file_missing=bool(order.file_path) and not Path(order.file_path or "").is_file(),
        )
        for order in orders
    ]

"""Builders of import files (.xlsx, .csv) and a small Centre to import into."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select

from sferum_desk.data import models as m
from sferum_desk.data.engine import Database
from sferum_desk.reports.xlsx import put
from sferum_desk.services import nomenclature

STUDENT_HEADERS = [
    "ФИО",
    "Дата рождения",
    "Объединение",
    "Группа",
    "Год обучения",
    "Направленность",
    "ФИО родителя",
    "Телефон родителя",
]


def write_xlsx(
    path: Path,
    rows: Sequence[Sequence[object]],
    sheet: str = "Лист1",
    extra_sheets: Sequence[str] = (),
) -> Path:
    """Text cells stay text (a «=…» name is a string cell, as a person would type it)."""
    workbook = Workbook()
    first = workbook.active
    assert first is not None
    first.title = sheet
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is not None:
                put(first, r, c, value)
    for name in extra_sheets:
        workbook.create_sheet(name)
    workbook.save(path)
    return path


def write_csv(path: Path, rows: Sequence[Sequence[object]], sep: str, encoding: str) -> Path:
    text = "\r\n".join(sep.join("" if v is None else str(v) for v in row) for row in rows)
    path.write_bytes(text.encode(encoding))
    return path


def setup_centre(db: Database) -> dict[str, int]:
    """The current academic year 2026/2027, «Робототехника» (groups 1 and 2) and «Вокал»
    (group 1). Returns the group ids by «association/number»."""
    ids: dict[str, int] = {}
    with db.transaction() as session:
        year = m.AcademicYear(
            start_year=2026,
            starts_on=dt.date(2026, 9, 1),
            ends_on=dt.date(2027, 8, 31),
            is_current=True,
        )
        session.add(year)
        session.flush()
        directions = {d.kind: d.id for d in session.scalars(select(m.Direction))}
        for name, kind, numbers in (
            ("Робототехника", m.DirectionKind.TECHNICAL, ("1", "2")),
            ("Вокал", m.DirectionKind.ARTS, ("1",)),
        ):
            association = nomenclature.create_association(
                session,
                nomenclature.AssociationForm(name=name, direction_id=directions[kind]),
            )
            for number in numbers:
                group = nomenclature.create_group(
                    session,
                    nomenclature.GroupForm(
                        association_id=association.id,
                        academic_year_id=year.id,
                        number=number,
                        study_year=1,
                    ),
                )
                ids[f"{name}/{number}"] = group.id
    return ids

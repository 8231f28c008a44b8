"""The director's workbooks read back with openpyxl: headers, values, formats, print setup."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from openpyxl.chart import BarChart, LineChart
from sqlalchemy import func, select

from sferum_desk.data import models as m
from sferum_desk.data.engine import Database
from sferum_desk.reports.director import (
    KINDS,
    ReportRequest,
    build_report,
    preview,
    write_report,
)
from sferum_desk.services import stats

from .conftest import TODAY

PERIOD = ReportRequest("all", TODAY, dt.date(2026, 9, 1), TODAY)


def _rows(sheet, first: int) -> list[list[object]]:  # noqa: ANN001
    return [list(r) for r in sheet.iter_rows(min_row=first, values_only=True)]


@pytest.fixture
def workbook(demo_db: Database, tmp_path: Path):  # noqa: ANN201
    with demo_db.transaction() as s:  # user text that looks like a formula
        event = s.scalars(select(m.MovementEvent).order_by(m.MovementEvent.id)).first()
        event.effective_on = dt.date(2026, 9, 2)
        event.note = "=1+1"
    out = tmp_path / "все.xlsx"
    with demo_db.session() as s:
        assert write_report(s, PERIOD, out) == 6
    return openpyxl.load_workbook(out)


def test_every_sheet_has_the_house_style(workbook) -> None:  # noqa: ANN001
    assert workbook.sheetnames == [
        "Сводный отчёт",
        "Движение",
        "Ссылки",
        "Контент-план",
        "Номенклатура",
        "Чаты",
    ]
    for sheet in workbook:
        assert sheet.freeze_panes, sheet.title
        assert sheet.auto_filter.ref, sheet.title
        header = int(sheet.freeze_panes[1:]) - 1
        if sheet.title != "Сводный отчёт":
            assert sheet.auto_filter.ref.startswith(f"A{header}:")
            cell = sheet.cell(header, 1)
            assert cell.font.b and cell.fill.fgColor.rgb.endswith("DCE6F1")
        assert sheet.print_title_rows
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.page_setup.fitToWidth == 1 and sheet.sheet_properties.pageSetUpPr.fitToPage
        assert "Контакт" in sheet.oddHeader.center.text
        assert "&P" in sheet.oddFooter.center.text
        assert all((sheet.column_dimensions[c].width or 0) >= 8 for c in "AB")


def test_summary_sheet(workbook, demo_db: Database) -> None:  # noqa: ANN001
    sheet = workbook["Сводный отчёт"]
    assert sheet["A1"].value == "МБУ ДО ДЮЦ «Контакт»"
    assert sheet["A2"].value == "Сводный отчёт об использовании ИКОП «Сферум»"
    assert sheet["A3"].value == "По состоянию на 16.11.2026; период: 01.09.2026 — 16.11.2026"
    assert sheet["A4"].value.startswith("Исполнитель: ") and len(sheet["A4"].value) > 14
    assert sheet["A5"].value.startswith("Содержит персональные данные (152-ФЗ)")
    assert [c.value for c in sheet[7]] == ["Участники", "Всего", "В Сферуме", "Доля в Сферуме"]
    with demo_db.session() as s:
        counts = stats.collect(s, TODAY)
        verified = s.scalar(
            select(func.count(m.Membership.id)).where(
                m.Membership.verified_teacher.is_(True),
                m.Membership.person_id.in_(stats.active_staff_ids(TODAY)),
            )
        )
    people = {row[0]: row for row in _rows(sheet, 8)[:4]}
    assert people["Сотрудники"][1] == counts.staff
    assert people["Обучающиеся"][1] == counts.students
    assert people["Родители"][1] == counts.parents
    label, total, joined, share = people["Обучающиеся"]
    assert share == pytest.approx(joined / total)
    assert sheet["D10"].number_format == "0.0%"
    values = {row[0]: row[1] for row in _rows(sheet, 1) if row[0]}
    assert values["Педагоги с подтверждённым статусом «Преподаватель»"] == verified
    assert str(values["Доля созданных чатов из требуемых"]).startswith("=IF(")
    totals = [row for row in _rows(sheet, 1) if row[0] == "Итого"]
    assert len(totals) == 3 and all(str(t[1]).startswith("=SUM(") for t in totals)
    assert any("____" in str(row[0]) for row in _rows(sheet, 1) if row[0])  # signatures

    charts = sheet._charts
    assert sorted(type(c).__name__ for c in charts) == ["BarChart", "LineChart"]
    bar = next(c for c in charts if isinstance(c, BarChart))
    line = next(c for c in charts if isinstance(c, LineChart))
    assert bar.type == "bar" and "объединениям" in bar.title.tx.rich.p[0].r[0].t
    assert len(line.series) == 3  # the demo's three channels
    assert not any(series.smooth for series in line.series)
    assert line.y_axis.majorUnit >= 1 and line.y_axis.scaling.min == 0  # whole posts


def test_movement_sheet_rows_totals_and_text(workbook, demo_db: Database) -> None:  # noqa: ANN001
    sheet = workbook["Движение"]
    assert [c.value for c in sheet[5]][:3] == ["Дата", "Вид движения", "ФИО"]
    with demo_db.session() as s:
        expected = s.scalar(
            select(func.count(m.MovementEvent.id)).where(
                m.MovementEvent.effective_on.between(PERIOD.start, PERIOD.end)
            )
        )
    rows = _rows(sheet, 6)
    data = rows[:expected]
    assert all(isinstance(r[0], dt.datetime) for r in data)
    assert sheet["A6"].number_format == "DD.MM.YYYY"
    assert [r[0] for r in data] == sorted(r[0] for r in data)
    note = next(r for r in data if r[8] == "=1+1")
    assert note[0] == dt.datetime(2026, 9, 2)
    cell = next(c for c in sheet["I"] if c.value == "=1+1")
    assert cell.data_type == "s"  # user text stays text
    tail = rows[expected:]
    assert tail[2] == ["Вид движения", "Количество"] + [None] * 7
    counted = {r[0]: r[1] for r in tail[3:]}
    last = 5 + expected
    assert counted["Зачисление обучающегося"] == (
        f'=COUNTIFS($B$6:$B${last},"Зачисление обучающегося",$H$6:$H${last},"нет")'
    )
    # The formulas, worked out over the sheet as a spreadsheet would, give the journal's
    # counts of events not cancelled.
    with demo_db.session() as s:
        by_kind = dict(
            s.execute(
                select(m.MovementEvent.kind, func.count())
                .where(
                    m.MovementEvent.effective_on.between(PERIOD.start, PERIOD.end),
                    m.MovementEvent.cancelled_on.is_(None),
                )
                .group_by(m.MovementEvent.kind)
            ).all()
        )
    for kind in m.MovementKind:
        formula = counted[kind.label]
        assert formula.count(f"$6:$B${last}") == 1 and formula.count(f"$6:$H${last}") == 1
        worked_out = sum(1 for r in data if r[1] == kind.label and r[7] == "нет")
        assert worked_out == by_kind.get(kind, 0), kind
    first_total = 6 + expected + 3
    assert counted["Всего"] == f"=SUM(B{first_total}:B{first_total + len(m.MovementKind) - 1})"
    assert sheet.cell(first_total - 1, 1).value == "Вид движения"
    assert sheet.cell(first_total + len(m.MovementKind), 1).value == "Всего"
    assert sheet.auto_filter.ref == f"A5:I{last}"


def test_invites_and_chats_sheets(workbook, demo_db: Database) -> None:  # noqa: ANN001
    links = workbook["Ссылки"]
    with demo_db.session() as s:
        total = s.scalar(select(func.count(m.InviteLink.id)))
        chats = s.scalar(select(func.count(m.Chat.id)))
    header = int(links.freeze_panes[1:]) - 1
    assert links.cell(header, 4).value == "Ссылка"
    data = _rows(links, header + 1)
    assert len([r for r in data[:total] if isinstance(r[0], int)]) == total
    assert links.cell(header + 1, 5).number_format == "DD.MM.YYYY"
    assert data[total][0] == "Итого" and data[total][12].startswith("=SUM(")
    assert any(r[0] == "Активны, но не востребованы" for r in data)

    sheet = workbook["Чаты"]
    header = int(sheet.freeze_panes[1:]) - 1
    assert sheet.cell(header, 1).value == "Вид чата"
    rows = _rows(sheet, header + 1)
    assert rows[chats][0] == "Итого"
    assert any("Требуется чатов по положению" in str(r[0]) for r in _rows(sheet, 1))


@pytest.mark.parametrize("kind", [k for k in KINDS if k != "all"])
def test_each_kind_alone_and_its_preview(demo_db: Database, tmp_path: Path, kind: str) -> None:
    out = tmp_path / f"{kind}.xlsx"
    request = ReportRequest(kind, TODAY)
    with demo_db.session() as s:
        steps = list(build_report(s, request, out))
        headers, rows = preview(s, request, limit=5)
    assert steps[0][0] == 0 and steps[-1][0] == steps[-1][1]
    book = openpyxl.load_workbook(out)
    assert len(book.sheetnames) == 1
    assert headers and 0 < len(rows) <= 5
    assert all(isinstance(v, str) for row in rows for v in row)
    assert all(len(row) == len(headers) for row in rows)


def test_a_cancelled_report_leaves_no_file(demo_db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "отчёты"
    folder.mkdir()
    with demo_db.session() as s:
        steps = build_report(s, PERIOD, folder / "отчёт.xlsx")
        next(steps)
        next(steps)
        steps.close()
    assert list(folder.iterdir()) == []


def _cell_texts(book) -> list[str]:  # noqa: ANN001
    return [
        str(value)
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    ]


def test_a_report_with_names_says_it_holds_personal_data(workbook) -> None:  # noqa: ANN001
    assert workbook.properties.category == "Персональные данные"
    assert "152-ФЗ" in workbook.properties.subject
    assert workbook["Сводный отчёт"]["A5"].value.startswith("Содержит персональные данные")
    # only the first sheet carries the notice
    assert not any("персональные данные" in t for t in _cell_texts(workbook)[10:])


def test_a_report_without_personal_data_names_nobody(demo_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "обезличенный.xlsx"
    request = ReportRequest("all", TODAY, dt.date(2026, 9, 1), TODAY, personal_data=False)
    with demo_db.session() as s:
        assert write_report(s, request, out) == 6
        people = s.scalars(select(m.Person)).all()
        org = s.get(m.Organisation, 1)
        names = {p.last_name for p in people} | {org.director_name}
        headers, rows = preview(s, replace(request, kind="movement"), limit=5)
    book = openpyxl.load_workbook(out)
    assert book.properties.category == "Без персональных данных"
    texts = _cell_texts(book)
    assert texts[4].startswith("Без персональных данных")
    found = {name for name in names for text in texts if name and name in text}
    assert not found
    assert "ФИО" not in headers and len(rows[0]) == len(headers)
    movement = book["Движение"]
    header = int(movement.freeze_panes[1:]) - 1
    assert [c.value for c in movement[header]] == [
        "Дата",
        "Вид движения",
        "Из группы",
        "В группу",
        "Приказ",
        "Дата приказа",
        "Отменено",
    ]
    # the totals still count the right column (the «Отменено» column moved left)
    totals = [r for r in _rows(movement, header + 1) if str(r[1]).startswith("=COUNTIFS(")]
    assert totals and all("$G$" in str(r[1]) and "$B$" in str(r[1]) for r in totals)
    chats = book["Чаты"]
    header = int(chats.freeze_panes[1:]) - 1
    assert "Владелец" not in [c.value for c in chats[header]]

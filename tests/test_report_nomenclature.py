"""The nomenclature workbook and ``sferum-desk report``: cells read back with openpyxl."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from sferum_desk.data import models as m
from sferum_desk.data.engine import Database
from sferum_desk.reports.nomenclature import HEADER_ROW, HEADERS, TITLE, save_nomenclature
from sferum_desk.services import listings, nomenclature

from .conftest import TODAY
from .test_cli import run


def _manual_group(database: Database) -> tuple[str, str]:
    """Give one demo group a hand-made name; returns (association, the name)."""
    with database.transaction() as s:
        group = s.scalars(
            select(m.Group)
            .where(m.Group.kind == m.GroupKind.ASSOCIATION, m.Group.archived_on.is_(None))
            .order_by(m.Group.id)
        ).first()
        assert group is not None and group.association is not None
        nomenclature.rename_group(s, group.id, "Особая группа")
        return group.association.name, "Особая группа"


def test_the_workbook_cells(demo_db: Database, tmp_path: Path) -> None:
    association, manual_name = _manual_group(demo_db)
    with demo_db.session() as s:
        export = nomenclature.export_rows(s, on=TODAY)
        structure = [r for r in listings.list_structure(s, TODAY) if not r.archived_on]
        org_name = s.get(m.Organisation, 1).short_name  # type: ignore[union-attr]
    path = tmp_path / "nomenclature.xlsx"
    assert save_nomenclature(export, path) == len(export.rows)

    sheet = openpyxl.load_workbook(path).active
    assert sheet["A1"].value == org_name
    assert sheet["A2"].value == TITLE == "Номенклатура классов ИКОП «Сферум»"
    assert sheet["A3"].value == "Учебный год: 2026/2027. Дата: 16.11.2026"
    header = [c.value for c in sheet[HEADER_ROW]]
    assert header == list(HEADERS)
    assert header[7] == "Название задано вручную"
    assert sheet.cell(HEADER_ROW, 1).font.b
    # «Название задано вручную» wraps in its column: the row is as tall as its lines
    assert sheet.row_dimensions[HEADER_ROW].height >= 2 * 15
    assert (sheet.column_dimensions["J"].width or 0) > len("обучающихся")  # bold, unbroken
    assert sheet.cell(HEADER_ROW, 1).fill.fgColor.rgb.endswith("DCE6F1")
    assert sheet.freeze_panes == f"A{HEADER_ROW + 1}"
    last = HEADER_ROW + len(export.rows)
    assert sheet.auto_filter.ref == f"A{HEADER_ROW}:J{last}"
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}"
    assert sheet.column_dimensions["G"].width >= max(len(r.class_name) for r in export.rows)

    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=HEADER_ROW + 1)]
    assert len(rows) == len(export.rows)
    # a printed document: every cell of the list ruled, numbers still numbers
    for cell in (sheet.cell(HEADER_ROW + 1, 1), sheet.cell(last, 10), sheet.cell(last, 5)):
        assert cell.border.left.style == cell.border.bottom.style == "thin", cell.coordinate
    assert isinstance(sheet.cell(last, 4).value, int)
    staff_room = rows[0]
    assert staff_room[6] == "Учительская" and staff_room[7] == "нет"
    assert staff_room[9] == next(r.enrolled for r in structure if r.is_staff_room)
    manual = next(row for row in rows if row[6] == manual_name)
    assert manual[1] == association and manual[7] == "да"
    by_name = {r.sferum_class_name: r for r in structure if r.academic_year == "2026/2027"}
    for row in rows[1:]:
        known = by_name[row[6]]
        assert (row[0], row[1], row[3], row[5], row[9]) == (
            known.direction,
            known.association,
            known.study_year,
            known.academic_year,
            known.enrolled,
        )
        assert row[8] == known.sferum_state
    assert sum(row[7] == "да" for row in rows) == 1


def test_cli_report_on_the_demo(
    capsys: pytest.CaptureFixture[str], demo_db: Database, tmp_path: Path
) -> None:
    out = tmp_path / "номенклатура.xlsx"
    code, stdout, err = run(
        capsys, "--db", demo_db.location, "report", "nomenclature", "--out", str(out)
    )
    assert code == 0, err
    with demo_db.session() as s:
        groups = s.scalars(
            select(m.Group).join(m.AcademicYear).where(m.AcademicYear.start_year == 2026)
        ).all()
    assert stdout.strip() == f"Сохранено: {out} ({len(groups) + 1} строк)"
    sheet = openpyxl.load_workbook(out).active
    names = {sheet.cell(row, 7).value for row in range(HEADER_ROW + 1, sheet.max_row + 1)}
    assert names == {g.sferum_class_name for g in groups} | {"Учительская"}

    code, stdout, _ = run(
        capsys,
        "--db",
        demo_db.location,
        "report",
        "nomenclature",
        "--out",
        str(out),
        "--year",
        "2025/2026",
    )
    assert code == 0
    with demo_db.session() as s:
        past = s.scalars(
            select(m.Group).join(m.AcademicYear).where(m.AcademicYear.start_year == 2025)
        ).all()
    assert (
        stdout.strip()
        == f"Сохранено: {out} ({len(past) + 1} строк{'и' if len(past) + 1 in (2, 3, 4) else ''})"
    )


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["report", "nomenclature", "--out", "{dir}/нет/отчёт.xlsx"], 1, "папки "),
        (["report", "nomenclature", "--out", "{dir}/отчёт.txt"], 1, "расширение .xlsx"),
        (["report", "nomenclature", "--out", "{dir}/o.xlsx", "--year", "2026-27"], 1, "2026/2027"),
        (
            ["report", "nomenclature", "--out", "{dir}/o.xlsx", "--year", "1999/2000"],
            1,
            "нет в базе",
        ),
        (["report", "weekly", "--out", "{dir}/o.xlsx"], 2, "недопустимое значение: 'weekly'"),
        (["report", "nomenclature"], 2, "не указаны обязательные аргументы: --out"),
    ],
)
def test_cli_report_errors(
    capsys: pytest.CaptureFixture[str],
    demo_db: Database,
    tmp_path: Path,
    argv: list[str],
    code: int,
    message: str,
) -> None:
    folder = str(tmp_path)
    args = [a.replace("{dir}", folder) for a in argv]
    got, stdout, err = run(capsys, "--db", demo_db.location, *args)
    assert got == code
    assert message in err and "Traceback" not in err
    assert stdout == ""
    if code == 1:
        assert err.startswith("sferum-desk: ошибка: ") and err.count("\n") == 1


def test_cli_report_to_an_unwritable_file(
    capsys: pytest.CaptureFixture[str], demo_db: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "busy.xlsx"
    folder.mkdir()  # a folder where the file should be: cannot be written
    code, _, err = run(
        capsys, "--db", demo_db.location, "report", "nomenclature", "--out", str(folder)
    )
    assert code == 1
    assert err.startswith("sferum-desk: ошибка: не удалось записать") and err.count("\n") == 1

"""«Номенклатура классов ИКОП «Сферум»»: one row per Sferum class, ready to print.

Built from :func:`sferum_desk.services.nomenclature.export_rows`; no Qt here, so the CLI, the
GUI's worker thread and the tests share it.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from ..services.nomenclature import NomenclatureExport
from .xlsx import put

TITLE = "Номенклатура классов ИКОП «Сферум»"
HEADERS = (
    "Направленность",
    "Объединение",
    "Группа",
    "Год обучения",
    "Педагог",
    "Учебный год",
    "Название класса в Сферуме",
    "Название задано вручную",
    "Состояние в Сферуме",
    "Зачислено обучающихся",
)
HEADER_ROW = 5  # title rows 1–3, a blank row, then the table
_HEADER_FILL = PatternFill("solid", start_color="DCE6F1", end_color="DCE6F1")
_THIN = Side(style="thin", color="A6A6A6")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_MAX_WIDTH = 60


def _fit_columns(sheet: Worksheet, rows: list[tuple[object, ...]]) -> None:
    for index, header in enumerate(HEADERS, start=1):
        texts = [header] + ["" if row[index - 1] is None else str(row[index - 1]) for row in rows]
        width = max(len(text) for text in texts) + 2
        sheet.column_dimensions[get_column_letter(index)].width = min(max(width, 8), _MAX_WIDTH)


def build_workbook(export: NomenclatureExport) -> Workbook:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Номенклатура"
    put(sheet, 1, 1, export.centre).font = Font(bold=True, size=12)
    put(sheet, 2, 1, TITLE).font = Font(bold=True, size=14)
    put(sheet, 3, 1, f"Учебный год: {export.academic_year}. Дата: {export.made_on:%d.%m.%Y}")

    for column, header in enumerate(HEADERS, start=1):
        cell = put(sheet, HEADER_ROW, column, header)
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        cell.border = _BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    values: list[tuple[object, ...]] = []
    for row in export.rows:
        values.append(
            (
                row.direction,
                row.association,
                row.group,
                row.study_year,
                row.teacher,
                row.academic_year,
                row.class_name,
                "да" if row.manual else "нет",
                row.sferum_state,
                row.enrolled,
            )
        )
    for offset, row_values in enumerate(values, start=1):
        for column, value in enumerate(row_values, start=1):
            cell = put(sheet, HEADER_ROW + offset, column, value)
            cell.border = _BORDER
    last_row = HEADER_ROW + len(values)
    last_column = get_column_letter(len(HEADERS))
    sheet.freeze_panes = f"A{HEADER_ROW + 1}"
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{last_column}{last_row}"
    _fit_columns(sheet, values)

    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.print_options.gridLines = False
    return workbook


def save_nomenclature(export: NomenclatureExport, path: Path | str) -> int:
    """Write the workbook to ``path``; returns the number of table rows."""
    build_workbook(export).save(path)
    return len(export.rows)

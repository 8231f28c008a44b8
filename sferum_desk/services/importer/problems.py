"""What went wrong (or was noticed) in an import file, and the workbook listing it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

from ...reports.xlsx import NOTICE_FONT, PERSONAL_NOTICE, describe_workbook, put


class ImportFileError(Exception):
    """The file as a whole cannot be imported; the message is one Russian line naming it."""


@dataclass(frozen=True)
class Problem:
    """A row problem: ``row`` as numbered in the file (0 for the file as a whole), the
    column's header, a Russian message. A notice (a merged duplicate, an age warning) does
    not stop the import."""

    row: int
    column: str
    message: str
    notice: bool = False

    def text(self) -> str:
        where = f"строка {self.row}" if self.row else "файл"
        column = f", «{self.column}»" if self.column else ""
        return f"{where}{column}: {self.message}"


ERRORS_HEADERS = ("Строка", "Столбец", "Что не так", "Вид")
_HEADER_FILL = PatternFill("solid", start_color="DCE6F1", end_color="DCE6F1")


def write_errors_workbook(problems: list[Problem], path: Path | str, source: str = "") -> int:
    """Write the problems to an .xlsx (one row each, errors first); returns the rows."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Ошибки импорта"
    if source:
        put(sheet, 1, 1, f"Файл: {source}").font = Font(bold=True)
    # the messages quote the file's cells: names, phones (152-ФЗ)
    put(sheet, 2, 1, PERSONAL_NOTICE).font = NOTICE_FONT
    describe_workbook(workbook, f"Ошибки импорта {source}".strip(), personal=True)
    top = 3
    for column, header in enumerate(ERRORS_HEADERS, start=1):
        cell = put(sheet, top, column, header)
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
    ordered = sorted(problems, key=lambda p: (p.notice, p.row))
    for offset, problem in enumerate(ordered, start=1):
        put(sheet, top + offset, 1, problem.row or None)
        put(sheet, top + offset, 2, problem.column)
        put(sheet, top + offset, 3, problem.message)
        put(sheet, top + offset, 4, "замечание" if problem.notice else "ошибка")
    for letter, width in zip("ABCD", (8, 28, 90, 12), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = sheet.cell(row=top + 1, column=1)
    workbook.save(path)
    return len(ordered)

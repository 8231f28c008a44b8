"""Small openpyxl helpers shared by every workbook the app writes.

openpyxl stores a string that begins with «=» as a formula, so a person or an association
named «=HYPERLINK(…)» would become a live formula in a report. :func:`put` writes such a
value as a plain text cell; every report and the importer's problem list go through it.
"""

from __future__ import annotations

from openpyxl.cell.cell import Cell
from openpyxl.worksheet.worksheet import Worksheet

FORMULA_STARTS = ("=", "+", "-", "@")


def looks_like_formula(value: object) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def put(sheet: Worksheet, row: int, column: int, value: object) -> Cell:
    """Write ``value`` to a cell; text is always stored as text, never as a formula."""
    cell = sheet.cell(row=row, column=column)
    set_value(cell, value)
    return cell


def set_value(cell: Cell, value: object) -> None:
    if isinstance(value, str):
        cell.value = value
        cell.data_type = "s"  # a string starting with «=» stays a string
    else:
        cell.value = value

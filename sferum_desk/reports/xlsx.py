"""Small openpyxl helpers shared by every workbook the app writes.

openpyxl stores a string that begins with «=» as a formula, so a person or an association
named «=HYPERLINK(…)» would become a live formula in a report. :func:`put` writes such a
value as a plain text cell; every report and the importer's problem list go through it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from openpyxl.cell.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

FORMULA_STARTS = ("=", "+", "-", "@")


def looks_like_formula(value: object) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def put(sheet: Worksheet, row: int, column: int, value: object) -> Cell:
    """Write ``value`` to a cell; text is always stored as text, never as a formula."""
    cell = sheet.cell(row=row, column=column)
    set_value(cell, value)
    return cell


def set_value(cell: Any, value: object) -> None:
    if isinstance(value, str):
        cell.value = value
        cell.data_type = "s"  # a string starting with «=» stays a string
    else:
        cell.value = value


# -- the house style of a report sheet -----------------------------------------------------
#
# Sheets are written row by row (:meth:`append`), so the same code fills a normal workbook
# and a write-only one; write-only mode keeps big reports fast and light. In write-only mode
# everything that goes at the top of the sheet XML (widths, frozen pane) must be set before
# the first row, which :class:`SheetWriter` does in its constructor.

DATE_FORMAT = "DD.MM.YYYY"
PERCENT_FORMAT = "0.0%"
INT_FORMAT = "0"
HEADER_FILL = PatternFill("solid", start_color="DCE6F1", end_color="DCE6F1")
TOTAL_FILL = PatternFill("solid", start_color="F2F2F2", end_color="F2F2F2")
BOLD = Font(bold=True)
TITLE_FONT = Font(bold=True, size=14)
SUBTITLE_FONT = Font(bold=True, size=12)
_THIN = Side(style="thin", color="A6A6A6")
HEADER_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
HEADER_ALIGNMENT = Alignment(horizontal="center", vertical="center", wrap_text=True)
MAX_WIDTH = 60
_WIDTH_SAMPLE = 2000  # rows looked at to fit a column's width


class Formula(str):
    """A formula the report itself builds («=SUM(C6:C20)»); any other text stays text."""


@dataclass(frozen=True)
class Column:
    header: str
    kind: str = "text"  # text | int | date | percent
    width: float | None = None  # None: fit the header and the values


def _text_width(value: object) -> int:
    if value is None:
        return 0
    if isinstance(value, dt.date):
        return 10
    if isinstance(value, float):
        return 7
    return max((len(line) for line in str(value).splitlines()), default=0)


def fit_widths(
    columns: Sequence[Column], rows: Sequence[Sequence[object]], minimum: int = 8
) -> list[float]:
    """Column widths (in characters) that fit the header and the values, within limits."""
    widths: list[float] = []
    sample = rows[:_WIDTH_SAMPLE]
    for index, column in enumerate(columns):
        if column.width is not None:
            widths.append(column.width)
            continue
        longest = max((_text_width(row[index]) for row in sample if index < len(row)), default=0)
        header = max(len(word) for word in column.header.split()) if column.header else 0
        widths.append(min(max(longest + 2, header + 2, minimum), MAX_WIDTH))
    return widths


def print_setup(sheet: Any, centre: str, title_rows: str | None) -> None:
    """Landscape A4, one page wide, the Centre in the header and page numbers in the
    footer, the table's header repeated on every page."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    if title_rows:
        sheet.print_title_rows = title_rows
    if centre:
        sheet.oddHeader.center.text = centre.replace("&", "&&")
    sheet.oddFooter.center.text = "Страница &P из &N"


class SheetWriter:
    """Writes one report sheet row by row, in the house style.

    ``widths`` are set at once; ``freeze_row`` is the first row that scrolls (the row
    under the table's header). The print setup goes first too: write-only mode writes the
    sheet's properties (fit to page) before the rows."""

    def __init__(
        self,
        workbook: Any,
        name: str,
        widths: Sequence[float],
        freeze_row: int | None,
        centre: str,
    ) -> None:
        self.sheet = workbook.create_sheet(name[:31])
        self.row = 0
        # A write-only sheet writes each appended row at once, so one styled cell per
        # column can be refilled row after row instead of styling a new cell each time.
        self._reuse = isinstance(self.sheet, WriteOnlyWorksheet)
        self._protos: dict[tuple[int, str], Cell] = {}
        self.centre = centre
        for index, width in enumerate(widths, start=1):
            self.sheet.column_dimensions[get_column_letter(index)].width = width
        if freeze_row is not None:
            self.sheet.freeze_panes = f"A{freeze_row}"
        print_setup(self.sheet, centre, None)

    def cell(self, value: object, number_format: str | None = None, **style: Any) -> Cell:
        cell = WriteOnlyCell(self.sheet)
        if isinstance(value, Formula):
            cell.value = str(value)
        else:
            set_value(cell, value)
        if number_format:
            cell.number_format = number_format
        for key, item in style.items():
            setattr(cell, key, item)
        return cell

    def append(self, values: Sequence[object]) -> int:
        """Append a row of values or ready cells; returns its row number."""
        self.sheet.append(list(values))
        self.row += 1
        return self.row

    def blank(self) -> int:
        return self.append([])

    def title(self, text: str, font: Font = TITLE_FONT) -> int:
        return self.append([self.cell(text, font=font)])

    def line(self, text: str) -> int:
        return self.append([self.cell(text)])

    def header(self, headers: Sequence[str]) -> int:
        return self.append(
            [
                self.cell(
                    text,
                    font=BOLD,
                    fill=HEADER_FILL,
                    border=HEADER_BORDER,
                    alignment=HEADER_ALIGNMENT,
                )
                for text in headers
            ]
        )

    def _formatted(self, index: int, value: object, number_format: str) -> Cell:
        if not self._reuse:
            return self.cell(value, number_format)
        proto = self._protos.get((index, number_format))
        if proto is None:
            proto = self._protos[index, number_format] = self.cell(value, number_format)
        else:
            proto.value = value
        return proto

    def data_row(self, columns: Sequence[Column], values: Sequence[object]) -> int:
        out: list[object] = []
        for index, (column, value) in enumerate(zip(columns, values, strict=False)):
            if value is None:
                out.append(None)
            elif column.kind == "date" and isinstance(value, dt.date):
                out.append(self._formatted(index, value, DATE_FORMAT))
            elif column.kind == "percent" and isinstance(value, float | int):
                out.append(self._formatted(index, value, PERCENT_FORMAT))
            elif isinstance(value, Formula):
                out.append(self.cell(value, PERCENT_FORMAT if column.kind == "percent" else None))
            elif isinstance(value, str) and value.startswith("="):
                out.append(self.cell(value))
            else:
                out.append(value)
        return self.append(out)

    def total_row(self, columns: Sequence[Column], values: Sequence[object]) -> int:
        out = []
        for column, value in zip(columns, values, strict=False):
            number_format = PERCENT_FORMAT if column.kind == "percent" else None
            out.append(self.cell(value, number_format, font=BOLD, fill=TOTAL_FILL))
        return self.append(out)

    def finish(self, filter_ref: str | None, title_rows: str | None) -> None:
        if filter_ref:
            self.sheet.auto_filter.ref = filter_ref
        if title_rows:
            self.sheet.print_title_rows = title_rows


@dataclass
class Table:
    """A register sheet: a title block, one table, optional totals and a block under it."""

    name: str  # the sheet's tab name
    title: str
    lines: list[str]  # under the title: the Centre, the date, the period…
    columns: list[Column]
    rows: list[Sequence[object]]
    sum_columns: tuple[int, ...] = ()  # 0-based columns that get a SUM in the «Итого» row
    bold_lines: int = 0  # how many of ``lines`` are headings (bold)
    after: list[tuple[str, list[Column], list[Sequence[object]]]] = field(default_factory=list)
    # (heading, columns, rows) blocks under the table, after a blank row; a value there may
    # be a Formula over the table (see :meth:`column_range`)

    @property
    def header_row(self) -> int:
        return len(self.lines) + 3  # the title, the lines, a blank row, then the header

    @property
    def first_row(self) -> int:
        return self.header_row + 1

    @property
    def last_row(self) -> int:
        return self.header_row + max(len(self.rows), 1)

    def column_range(self, index: int) -> str:
        """«$C$6:$C$120»: the data cells of a 0-based column, for the formulas below it."""
        letter = get_column_letter(index + 1)
        return f"${letter}${self.first_row}:${letter}${self.last_row}"


def write_table(workbook: Any, table: Table, centre: str) -> Any:
    """Write ``table`` as a new sheet of ``workbook``; returns the sheet."""
    widths = fit_widths(table.columns, table.rows)
    for _heading, columns, rows in table.after:
        for index, width in enumerate(fit_widths(columns, rows)):
            if index < len(widths):
                widths[index] = max(widths[index], width)
            else:
                widths.append(width)
    writer = SheetWriter(workbook, table.name, widths, table.first_row, centre)
    writer.title(table.title, SUBTITLE_FONT if table.bold_lines else TITLE_FONT)
    for index, line in enumerate(table.lines):
        if index < table.bold_lines:
            writer.title(line)
        else:
            writer.line(line)
    writer.blank()
    header = writer.header([c.header for c in table.columns])
    for values in table.rows:
        writer.data_row(table.columns, values)
    if not table.rows:
        writer.line("Нет записей")
    if table.sum_columns:
        totals: list[object] = ["Итого"] + [None] * (len(table.columns) - 1)
        for index in table.sum_columns:
            totals[index] = Formula(f"=SUM({table.column_range(index)})")
        writer.total_row(table.columns, totals)
    for heading, columns, rows in table.after:
        writer.blank()
        writer.title(heading, SUBTITLE_FONT)
        writer.header([c.header for c in columns])
        for values in rows:
            writer.data_row(columns, values)
        if not rows:
            writer.line("Нет записей")
    last = get_column_letter(len(table.columns))
    writer.finish(f"A{header}:{last}{table.last_row}", f"{header}:{header}")
    return writer.sheet


def display(value: object, kind: str = "text") -> str:
    """A cell value as the GUI's preview shows it."""
    if value is None:
        return ""
    if isinstance(value, Formula):
        return ""
    if kind == "percent" and isinstance(value, float | int):
        return f"{value * 100:.1f} %".replace(".", ",")
    if isinstance(value, dt.datetime):
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    return str(value)

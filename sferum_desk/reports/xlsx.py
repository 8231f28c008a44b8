"""Small openpyxl helpers shared by every workbook the app writes.

openpyxl stores a string that begins with «=» as a formula, so a person or an association
named «=HYPERLINK(…)» would become a live formula in a report. :func:`put` writes such a
value as a plain text cell; every report and the importer's problem list go through it.
"""

from __future__ import annotations

import datetime as dt
import math
import textwrap
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from itertools import islice
from typing import Any

from openpyxl import Workbook
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
NOTICE_FONT = Font(italic=True, color="9C0006")
SUBTITLE_FONT = Font(bold=True, size=12)
_THIN = Side(style="thin", color="A6A6A6")
HEADER_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
HEADER_ALIGNMENT = Alignment(horizontal="center", vertical="center", wrap_text=True)
MAX_WIDTH = 60
_BOLD_WIDER = 1.15  # a bold letter is about this much wider than a plain one
_LINE_HEIGHT = 15.0  # points: one line of the default 11-point font
_WIDTH_SAMPLE = 2000  # rows looked at to fit a column's width


class Formula(str):
    """A formula the report itself builds («=SUM(C6:C20)»); any other text stays text.

    In a :class:`Table` a formula may name the table's data rows before their number is
    known: ``{first}`` and ``{last}`` are the first and last data row of the table,
    ``{here}`` the first data row of the block the formula sits in and ``{above}`` the row
    above the formula's own (see :meth:`Table.column_range`); :func:`write_table` fills
    them in."""


@dataclass(frozen=True)
class Column:
    header: str
    kind: str = "text"  # text | int | date | percent
    width: float | None = None  # None: fit the header and the values
    personal: bool = False  # names a person: left out of a report without personal data


# What a workbook says of the personal data in it (152-ФЗ), on its first sheet and in its
# file properties.
PERSONAL_NOTICE = (
    "Содержит персональные данные (152-ФЗ): не передавайте файл посторонним "
    "и удалите его, когда он станет не нужен."
)
NO_PERSONAL_NOTICE = "Без персональных данных: фамилии и имена людей в отчёт не включены."


def describe_workbook(workbook: Any, title: str, personal: bool) -> None:
    """Title the file and say in its properties whether it holds personal data."""
    properties = workbook.properties
    properties.title = title
    properties.creator = "Sferum Desk"
    properties.subject = PERSONAL_NOTICE if personal else NO_PERSONAL_NOTICE
    properties.description = properties.subject
    properties.category = "Персональные данные" if personal else "Без персональных данных"
    properties.keywords = "персональные данные; 152-ФЗ" if personal else "обезличено"


def _text_width(value: object) -> int:
    if value is None or isinstance(value, Formula):
        return 0  # a formula shows a number, not its text
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
        header = math.ceil(header * _BOLD_WIDER)  # the header is bold
        widths.append(min(max(longest + 2, header + 2, minimum), MAX_WIDTH))
    return widths


def header_lines(text: str, width: float) -> int:
    """How many lines a bold header takes when wrapped in a column ``width`` wide."""
    per_line = max(int((width - 2) / _BOLD_WIDER), 1)
    return max(len(textwrap.wrap(text, per_line, break_long_words=False)), 1)


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
        self.widths = list(widths)
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
        # Spreadsheet programs do not all grow a row for wrapped text by themselves: the
        # header row is given the height of its longest wrapped header.
        lines = max(
            (
                header_lines(text, self.widths[index] if index < len(self.widths) else 8.43)
                for index, text in enumerate(headers)
            ),
            default=1,
        )
        if lines > 1:
            self.sheet.row_dimensions[self.row + 1].height = _LINE_HEIGHT * lines + 2
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

    def _value(self, column: Column, index: int, value: object) -> object:
        """What goes into the row for ``value`` in ``column``: the value or a styled cell."""
        if value is None:
            return None
        if column.kind == "date" and isinstance(value, dt.date):
            return self._formatted(index, value, DATE_FORMAT)
        if column.kind == "percent" and isinstance(value, float | int):
            return self._formatted(index, value, PERCENT_FORMAT)
        if isinstance(value, Formula):
            return self.cell(value, PERCENT_FORMAT if column.kind == "percent" else None)
        if isinstance(value, str) and value.startswith("="):
            return self.cell(value)  # user text, kept as text
        return value

    def data_row(self, columns: Sequence[Column], values: Sequence[object]) -> int:
        return self.append(
            [
                self._value(column, index, value)
                for index, (column, value) in enumerate(zip(columns, values, strict=False))
            ]
        )

    def _ruled(self, index: int, column: Column, value: object) -> Cell:
        """A cell with a thin border all round, formatted like :meth:`_value` would; one
        bordered cell per column is refilled row after row, as in :meth:`_formatted`."""
        number_format = "General"
        if column.kind == "date" and isinstance(value, dt.date):
            number_format = DATE_FORMAT
        elif column.kind == "percent" and isinstance(value, float | int):
            number_format = PERCENT_FORMAT
        if not self._reuse or isinstance(value, Formula):
            return self.cell(value, number_format, border=HEADER_BORDER)
        key = (index, f"ruled {number_format}")
        proto = self._protos.get(key)
        if proto is None:
            proto = self._protos[key] = self.cell(value, number_format, border=HEADER_BORDER)
        else:
            set_value(proto, value)
        return proto

    def data_rows(
        self, columns: Sequence[Column], rows: Iterable[Sequence[object]], ruled: bool = False
    ) -> int:
        """Append many rows of one table (what :meth:`data_row` does, row after row);
        returns how many. Plain text and whole numbers skip the checks of :meth:`_value`:
        a register may have tens of thousands of rows. ``ruled`` draws every cell's
        border, for a short list that is printed as a document (the nomenclature)."""
        if ruled:
            count = 0
            for values in rows:
                self.append(
                    [
                        self._ruled(index, column, value)
                        for index, (column, value) in enumerate(zip(columns, values, strict=False))
                    ]
                )
                count += 1
            return count
        percent = {index for index, column in enumerate(columns) if column.kind == "percent"}
        width = len(columns)
        count = 0
        append = self.sheet.append
        for values in rows:
            out = list(values[:width])
            for index, value in enumerate(out):
                if (
                    value is None
                    or (type(value) is str and value[:1] != "=")
                    or (type(value) is int and index not in percent)
                ):
                    continue  # most cells: written as they are
                out[index] = self._value(columns[index], index, value)
            append(out)
            count += 1
        self.row += count
        return count

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
class Block:
    """A small table under a register's main table (totals by kind, the audit's findings).

    A :class:`Formula` here may use ``{first}``/``{last}`` (the main table's data rows),
    ``{here}`` (this block's first data row) and ``{above}`` (the row above its own)."""

    heading: str
    columns: list[Column]
    rows: list[Sequence[object]]


@dataclass
class Table:
    """A register sheet: a title block, one table, optional totals and blocks under it.

    ``rows`` may be a list or any iterable (a query streamed row by row, so a journal of
    tens of thousands of events is never held in memory twice); it is read once."""

    name: str  # the sheet's tab name
    title: str
    lines: list[str]  # under the title: the Centre, the date, the period…
    columns: list[Column]
    rows: Iterable[Sequence[object]]
    sum_columns: tuple[int, ...] = ()  # 0-based columns that get a SUM in the «Итого» row
    bold_lines: int = 0  # how many of ``lines`` are headings (bold)
    after: list[Block] = field(default_factory=list)  # blocks under the table
    ruled: bool = False  # every cell of the table bordered (a short list printed as is)
    notice: str | None = None  # a line under the title block (the personal-data notice)
    personal: bool = True  # False: the columns that name people are left out

    @property
    def header_row(self) -> int:
        # the title, the lines (and the notice), a blank row, then the header
        return len(self.lines) + (1 if self.notice else 0) + 3

    @property
    def first_row(self) -> int:
        return self.header_row + 1

    @staticmethod
    def column_range(index: int) -> Formula:
        """«$C$6:$C$120»: the data cells of a 0-based column, for a formula under the table.
        The column's letter and the rows are filled in when the table is written (a column
        left out moves the ones after it)."""
        return Formula(f"${{c{index}}}${{first}}:${{c{index}}}${{last}}")

    def shown(self, columns: Sequence[Column]) -> list[int]:
        """The indexes of ``columns`` that are written."""
        return [i for i, column in enumerate(columns) if self.personal or not column.personal]

    def first_rows(self, limit: int) -> list[Sequence[object]]:
        """The first ``limit`` rows, for a preview (reads ``rows`` only that far)."""
        return list(islice(self.rows, limit))


def _fill(value: object, rows: dict[str, int]) -> object:
    return Formula(value.format(**rows)) if isinstance(value, Formula) else value


def _project(
    indexes: list[int], rows: Iterable[Sequence[object]], width: int
) -> Iterable[Sequence[object]]:
    if indexes == list(range(width)):
        return rows
    return (tuple(row[i] if i < len(row) else None for i in indexes) for row in rows)


def write_table(workbook: Any, table: Table, centre: str) -> Any:
    """Write ``table`` as a new sheet of ``workbook``; returns the sheet.

    The widths are fitted on the first rows (and the blocks), the rest streamed."""
    shown = table.shown(table.columns)
    columns = [table.columns[i] for i in shown]
    letters = {f"c{i}": get_column_letter(position + 1) for position, i in enumerate(shown)}
    rows = iter(_project(shown, table.rows, len(table.columns)))
    head = list(islice(rows, _WIDTH_SAMPLE))
    widths = fit_widths(columns, head)
    blocks = []
    for block in table.after:
        block_shown = table.shown(block.columns)
        block_columns = [block.columns[i] for i in block_shown]
        block_rows = list(_project(block_shown, block.rows, len(block.columns)))
        blocks.append(Block(block.heading, block_columns, block_rows))
        for index, width in enumerate(fit_widths(block_columns, block_rows)):
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
    if table.notice:
        writer.append([writer.cell(table.notice, font=NOTICE_FONT)])
    writer.blank()
    header = writer.header([c.header for c in columns])
    count = writer.data_rows(columns, head, table.ruled)
    count += writer.data_rows(columns, rows, table.ruled)
    first, last = table.first_row, table.header_row + max(count, 1)
    if not count:
        writer.line("Нет записей")
    if table.sum_columns:
        totals: list[object] = ["Итого"] + [None] * (len(columns) - 1)
        for index in table.sum_columns:
            if index in shown:
                totals[shown.index(index)] = Formula(f"=SUM({table.column_range(index)})")
        marks = {"first": first, "last": last, "here": writer.row + 1, "above": writer.row}
        writer.total_row(columns, [_fill(v, {**marks, **letters}) for v in totals])
    for block in blocks:
        writer.blank()
        writer.title(block.heading, SUBTITLE_FONT)
        writer.header([c.header for c in block.columns])
        here = writer.row + 1
        for values in block.rows:
            marks = {"first": first, "last": last, "here": here, "above": writer.row}
            writer.data_row(block.columns, [_fill(v, {**marks, **letters}) for v in values])
        if not block.rows:
            writer.line("Нет записей")
    last_letter = get_column_letter(len(columns))
    writer.finish(f"A{header}:{last_letter}{last}", f"{header}:{header}")
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


def table_workbook(table: Table, centre: str) -> Any:
    """A workbook of the one sheet ``table``, saying on it and in the file's properties
    whether it holds personal data (a normal workbook: the caller saves it)."""
    personal = table.personal and any(c.personal for c in table.columns)
    workbook = Workbook()
    default = workbook.active
    assert default is not None
    workbook.remove(default)
    notice = PERSONAL_NOTICE if personal else NO_PERSONAL_NOTICE
    write_table(workbook, replace(table, notice=notice), centre)
    describe_workbook(workbook, table.title, personal)
    return workbook

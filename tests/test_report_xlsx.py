"""The shared register sheet (reports.xlsx): rows streamed from an iterator, formulas
over the table filled in with its real rows, user text never a formula."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import openpyxl
from openpyxl import Workbook

from sferum_desk.reports.xlsx import Block, Column, Formula, Table, header_lines, write_table

COLUMNS = [Column("Дата", "date"), Column("Название"), Column("Число", "int")]


def _save(table: Table, path: Path) -> openpyxl.Workbook:
    book = Workbook(write_only=True)
    write_table(book, table, "Центр «А&Б»")
    book.save(path)
    return openpyxl.load_workbook(path)


def test_rows_streamed_past_the_width_sample(tmp_path: Path) -> None:
    read: list[int] = []

    def rows() -> Iterator[tuple[object, ...]]:
        for n in range(2500):  # more than the rows looked at to fit the widths
            read.append(n)
            name = "Очень длинное название объединения" if n == 2400 else f"Группа {n}"
            yield (dt.date(2026, 9, 1) + dt.timedelta(days=n % 30), name, n)

    table = Table(
        name="Лист",
        title="Заголовок",
        lines=["Строка"],
        columns=COLUMNS,
        rows=rows(),
        sum_columns=(2,),
        after=[
            Block(
                "Итоги",
                [Column("Что"), Column("Сколько", "int")],
                [
                    ("Больше 100", Formula('=COUNTIF($C${first}:$C${last},">100")')),
                    ("Всего", Formula("=SUM(B{here}:B{above})")),
                ],
            )
        ],
    )
    sheet = _save(table, tmp_path / "лист.xlsx")["Лист"]
    assert read == list(range(2500))  # read once, all of it
    assert sheet["A4"].value == "Дата" and sheet["A5"].number_format == "DD.MM.YYYY"
    assert sheet.cell(5 + 2499, 3).value == 2499
    assert sheet.cell(5 + 2500, 1).value == "Итого"
    assert sheet.cell(5 + 2500, 3).value == "=SUM($C$5:$C$2504)"
    assert sheet.auto_filter.ref == "A4:C2504"
    assert [sheet.cell(row, 1).value for row in (2507, 2508)] == ["Итоги", "Что"]
    assert sheet.cell(2509, 1).value == "Больше 100"
    assert sheet.cell(2509, 2).value == '=COUNTIF($C$5:$C$2504,">100")'
    assert sheet.cell(2510, 2).value == "=SUM(B2509:B2509)"
    assert sheet.oddHeader.center.text == "Центр «А&&Б»"
    # widths fitted on the first rows only; formulas do not widen their column
    assert sheet.column_dimensions["B"].width < len("Очень длинное название объединения")
    assert sheet.column_dimensions["B"].width >= len("Группа 1999")
    assert sheet.column_dimensions["B"].width < 20


def test_empty_iterator_and_formula_like_text(tmp_path: Path) -> None:
    empty = Table("Пусто", "Нет строк", [], COLUMNS, iter(()), sum_columns=(2,))
    sheet = _save(empty, tmp_path / "пусто.xlsx")["Пусто"]
    assert [sheet["A3"].value, sheet["A4"].value, sheet["A5"].value] == [
        "Дата",
        "Нет записей",
        "Итого",
    ]
    assert sheet["C5"].value == "=SUM($C$4:$C$4)"

    rows = [(None, '=HYPERLINK("http://evil")', 1), (None, "+79001234567", None)]
    text = Table("Текст", "Текст", [], COLUMNS, iter(rows))
    sheet = _save(text, tmp_path / "текст.xlsx")["Текст"]
    assert sheet["B4"].value == '=HYPERLINK("http://evil")' and sheet["B4"].data_type == "s"
    assert sheet["B5"].value == "+79001234567" and sheet["B5"].data_type == "s"


def test_header_lines_follow_the_column_width() -> None:
    assert header_lines("Дата", 12) == 1
    assert header_lines("Название задано вручную", 12) == 3
    assert header_lines("Название задано вручную", 40) == 1
    assert header_lines("Обучающихся", 5) == 1  # a word is never broken

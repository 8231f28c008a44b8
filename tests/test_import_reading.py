"""Reading import files: formats, encodings, header rows and header variants, dates."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from sferum_desk.services.importer import (
    ImportFileError,
    ImportKind,
    guess_field,
    load_source,
    sheet_names,
)
from sferum_desk.services.importer.rows import read_records

from .conftest import TODAY
from .import_files import write_csv, write_xlsx


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("ФИО", "full_name"),
        ("Ф.И.О.", "full_name"),
        ("Ф.И.О. обучающегося", "full_name"),
        ("ФИО ребёнка", "full_name"),
        ("фио ребенка", "full_name"),
        ("Фамилия, имя, отчество", "full_name"),
        ("Фамилия", "last_name"),
        ("Имя", "first_name"),
        ("Отчество", "middle_name"),
        ("Дата рождения", "birth_date"),
        ("Дата рожд.", "birth_date"),
        ("Д.р.", "birth_date"),
        ("Объединение", "association"),
        ("Детское объединение", "association"),
        ("Название объединения", "association"),
        ("Группа", "group"),
        ("№ группы", "group"),
        ("Год обучения", "study_year"),
        ("Направленность", "direction"),
        ("ФИО родителя", "parent_name"),
        ("Родитель", "parent_name"),
        ("Законный представитель", "parent_name"),
        ("Телефон", "phone"),
        ("Тел.", "phone"),
        ("Телефон родителя", "parent_phone"),
        ("E-mail", "email"),
        ("Эл. почта", "email"),
        ("Должность", "position"),
        ("Дата приёма", "hired_on"),
        ("Дата приема на работу", "hired_on"),
        ("Дата зачисления", "enrolled_on"),
        ("Приказ", "order"),
        ("Приказ о зачислении (номер, дата)", "order"),
        ("№ приказа", "order_number"),
        ("Дата приказа", "order_date"),
        ("№ п/п", None),
        ("Примечание", None),
    ],
)
def test_header_variants(header: str, field: str | None) -> None:
    assert guess_field(header) == field


def test_separate_name_columns_and_title_rows(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "list.xlsx",
        [
            ["МБУ ДО ДЮЦ «Контакт»"],
            ["Список обучающихся детского объединения"],
            [],
            ["№", "Фамилия", "Имя", "Отчество", "Д.р.", "Объединение", "№ группы"],
            [1, "Иванова", "Анна", "Петровна", "05.03.2015", "Вокал", "1"],
        ],
    )
    source = load_source(path, ImportKind.STUDENTS)
    assert source.mapping.header_row == 4
    assert source.mapping.fields == [
        "",
        "last_name",
        "first_name",
        "middle_name",
        "birth_date",
        "association",
        "group",
    ]
    records, _ = read_records(source.table, source.mapping, source.kind, TODAY)
    assert records[0].row == 5
    assert records[0].person.full_name == "Иванова Анна Петровна"
    assert records[0].person.birth_date == dt.date(2015, 3, 5)


def test_cp1251_csv_with_semicolons(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "list.csv",
        [
            ["Ф.И.О. обучающегося", "Дата рождения", "Объединение", "Группа"],
            ["Ёлкина Алёна Сергеевна", "05.03.2015", "Вокал", "1"],
        ],
        ";",
        "cp1251",
    )
    source = load_source(path, "students")
    assert source.table.encoding == "cp1251"
    assert source.table.delimiter == ";"
    records, _ = read_records(source.table, source.mapping, source.kind, TODAY)
    assert records[0].person.last_name == "Ёлкина"
    assert records[0].association == "Вокал"


def test_utf8_bom_csv_with_tabs(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "list.csv",
        [["ФИО", "Должность", "Дата приёма"], ["Смирнов Олег Ильич", "Педагог", "2015-03-05"]],
        "\t",
        "utf-8-sig",
    )
    source = load_source(path, "staff")
    assert source.table.delimiter == "\t"
    assert source.mapping.fields == ["full_name", "position", "hired_on"]
    records, _ = read_records(source.table, source.mapping, source.kind, TODAY)
    assert records[0].person.first_name == "Олег"
    assert records[0].hired_on == dt.date(2015, 3, 5)


def test_utf16_csv_with_tabs_as_excel_saves_unicode_text(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "list.csv",
        [["ФИО", "Дата рождения"], ["Ёлкина Алёна", "05.03.2015"]],
        "\t",
        "utf-16",
    )
    source = load_source(path, "students")
    assert (source.table.encoding, source.table.delimiter) == ("utf-16", "\t")
    records, _ = read_records(source.table, source.mapping, source.kind, TODAY)
    assert records[0].person.full_name == "Ёлкина Алёна"


def test_a_header_over_two_rows_under_merged_captions(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "list.xlsx",
        [
            ["Список обучающихся"],
            ["Обучающийся", None, "Родитель", None, "Объединение"],
            ["ФИО", "Дата рождения", "ФИО", "Телефон", None],
            ["Иванова Анна", "05.03.2015", "Иванова Мария", "89001112233", "Вокал"],
        ],
    )
    source = load_source(path, "students")
    assert source.mapping.header_row == 3
    assert source.mapping.headers[:4] == [
        "Обучающийся ФИО",
        "Обучающийся Дата рождения",
        "Родитель ФИО",
        "Родитель Телефон",
    ]
    assert source.mapping.fields == [
        "full_name",
        "birth_date",
        "parent_name",
        "parent_phone",
        "association",
    ]
    records, _ = read_records(source.table, source.mapping, source.kind, TODAY)
    assert records[0].row == 4
    assert records[0].parent is not None and records[0].parent.phone == "+79001112233"


def test_a_data_row_is_not_taken_for_a_second_header_row(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "list.xlsx",
        [["ФИО", "Родитель", None], [None, "Иванова Мария", "89001112233"]],
    )
    source = load_source(path, "students")
    assert source.mapping.header_row == 1
    assert source.mapping.fields == ["full_name", "parent_name", ""]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"%PDF-1.7\n%\xe2\xe3", "это документ PDF, а не книга Excel (.xlsx) или файл CSV"),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le"),
            "книга защищена паролем",
        ),
    ],
    ids=["pdf", "protected"],
)
def test_a_pdf_and_a_protected_workbook_are_named(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "list.xlsx"
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match="^" + re.escape(f"list.xlsx: {message}")):
        load_source(path, "students")


def test_utf8_csv_with_commas(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "list.csv", [["ФИО", "Д.р."], ["Петров Пётр", "5.3.15"]], ",", "utf-8"
    )
    source = load_source(path, "students")
    records, _ = read_records(source.table, source.mapping, source.kind, TODAY)
    assert records[0].person.birth_date == dt.date(2015, 3, 5)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("05.03.2015", dt.date(2015, 3, 5)),
        ("5.3.15", dt.date(2015, 3, 5)),
        ("2015-03-05", dt.date(2015, 3, 5)),
        ("05/03/2015", dt.date(2015, 3, 5)),
        (dt.datetime(2015, 3, 5), dt.date(2015, 3, 5)),
    ],
)
def test_text_and_cell_dates(tmp_path: Path, value: object, expected: dt.date) -> None:
    path = write_xlsx(tmp_path / "d.xlsx", [["ФИО", "Дата рождения"], ["Петров Пётр", value]])
    source = load_source(path, "students")
    records, _ = read_records(source.table, source.mapping, source.kind, TODAY)
    assert records[0].person.birth_date == expected
    assert records[0].valid


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("31.02.2015", "Даты «31.02.2015» не бывает."),
        ("весной", "«весной» — не дата (нужно ДД.ММ.ГГГГ)."),
        ("05.03.2031", "Дата рождения не может быть в будущем."),
    ],
)
def test_bad_dates_are_row_errors(tmp_path: Path, value: str, message: str) -> None:
    path = write_xlsx(tmp_path / "d.xlsx", [["ФИО", "Д.р."], ["Петров Пётр", value]])
    source = load_source(path, "students")
    records, _ = read_records(source.table, source.mapping, source.kind, TODAY)
    assert [(p.row, p.column, p.message) for p in records[0].errors] == [(2, "Д.р.", message)]


def test_names_phones_and_emails_are_normalised(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "n.xlsx",
        [
            ["ФИО", "Телефон", "E-mail"],
            ["  ИВАНОВА   анна  петровна ", "8 (900) 123-45-67", "Anna@Mail.RU"],
            ["Петров Пётр", "12345", "не почта"],
        ],
    )
    source = load_source(path, "staff")
    records, _ = read_records(source.table, source.mapping, source.kind, TODAY)
    good, bad = records
    assert good.person.full_name == "Иванова Анна Петровна"
    assert (good.person.phone, good.person.email) == ("+79001234567", "anna@mail.ru")
    assert {p.column for p in bad.errors} == {"Телефон", "E-mail", "Должность"}


def test_sheet_choice(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "s.xlsx", [["Титул"]], sheet="Титул", extra_sheets=["Список"])
    assert sheet_names(path) == ["Титул", "Список"]
    with pytest.raises(ImportFileError, match="s.xlsx: лист «Список» пуст"):
        load_source(path, "students", sheet="Список")
    with pytest.raises(ImportFileError, match="листа «Нет» нет"):
        load_source(path, "students", sheet="Нет")


def test_corrupt_workbook(tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 this is not really a zip file")
    with pytest.raises(ImportFileError) as info:
        load_source(path, "students")
    assert str(info.value) == "broken.xlsx: файл повреждён или это не книга Excel (.xlsx)"


def test_binary_file_is_not_a_csv(tmp_path: Path) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    with pytest.raises(ImportFileError, match="photo.csv: это не текстовый файл CSV"):
        load_source(path, "students")


def test_old_xls_is_refused_with_advice(tmp_path: Path) -> None:
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    with pytest.raises(ImportFileError, match=r"old.xls: это книга старого формата Excel"):
        load_source(path, "students")


@pytest.mark.parametrize("content", [b"", b"\r\n;;\r\n"])
def test_empty_csv(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFileError) as info:
        load_source(path, "students")
    assert str(info.value) == "empty.csv: файл пуст"


def test_empty_workbook(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "empty.xlsx", [])
    with pytest.raises(ImportFileError, match="empty.xlsx: лист «Лист1» пуст"):
        load_source(path, "students")


def test_no_known_columns(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "x.xlsx", [["Товар", "Цена"], ["Хлеб", 30]])
    with pytest.raises(ImportFileError, match="x.xlsx: не найдено ни одного знакомого столбца"):
        load_source(path, "students")


def test_known_columns_but_no_name(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "x.xlsx", [["Объединение", "Группа"], ["Вокал", "1"]])
    with pytest.raises(ImportFileError, match="x.xlsx: не найден столбец с ФИО"):
        load_source(path, "students")


def test_map_overrides_detection(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "x.xlsx",
        [["Ученик", "Кружок", "Д.р."], ["Петров Пётр", "Вокал", "05.03.2015"]],
    )
    source = load_source(path, "students", overrides=["Ученик=full_name", "кружок=association"])
    assert source.mapping.fields == ["full_name", "association", "birth_date"]
    ignored = load_source(path, "students", overrides=["Ученик=full_name", "Д.р.=-"])
    assert ignored.mapping.fields == ["full_name", "", ""]
    with pytest.raises(ImportFileError, match="неизвестное поле «имя»"):
        load_source(path, "students", overrides=["Ученик=имя"])


def test_plain_phone_is_the_parents_in_a_students_file_with_a_parent(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "x.xlsx",
        [
            ["ФИО", "Законный представитель", "Тел."],
            ["Петров Пётр", "Петрова Ольга", "89001234567"],
        ],
    )
    assert load_source(path, "students").mapping.fields == [
        "full_name",
        "parent_name",
        "parent_phone",
    ]


def test_identical_rows_are_merged(tmp_path: Path) -> None:
    row = ["Петров Пётр", "05.03.2015"]
    path = write_xlsx(tmp_path / "x.xlsx", [["ФИО", "Д.р."], row, ["петров  пётр", "05.03.2015"]])
    source = load_source(path, "students")
    records, merged = read_records(source.table, source.mapping, source.kind, TODAY)
    assert merged == 1
    assert records[1].same_as == 2
    assert records[1].notices[0].message == "Строка повторяет строку 2 — учтена один раз."

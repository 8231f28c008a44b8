"""The bad-input corpus of ``tests/data/bad/`` (issue 8) fed to the commands a user runs.

Every file gets one clear Russian message that names it (and, for a problem in a row, the
row and the column), exits 1, never shows a traceback, and leaves the database unchanged.

«Unchanged» is checked twice, after the command has closed the database:

* the SHA-256 of the database's SQL dump — ``sqlite3.Connection.iterdump()``, i.e. the
  schema and every row of every table, the change log (``change_batch``, ``audit_entry``)
  and the schema version included, no column left out, lines sorted — is the same as
  before; ``check`` finds nothing wrong before or after;
* the database file itself is byte-for-byte the same, and the app's backup folder for it
  is still empty: a refused file writes nothing, not even the backup taken before an import.

The table :data:`CASES` mirrors ``tests/data/bad/README.md``; a test keeps the two in step.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from sferum_desk.config import sqlite_url
from sferum_desk.data import models as m
from sferum_desk.data.engine import open_database

from .bad_input import (
    CORPUS,
    LINKS,
    NOT_IN_CORPUS,
    ON,
    README,
    Snapshot,
    assert_russian,
    assert_unchanged,
)
from .test_cli import run


@dataclass(frozen=True)
class Case:
    file: str
    command: str  # «students», «staff» (sferum-desk import …) or «restore»
    expected: tuple[str, ...]  # fragments of the message, in the order they appear


ROWS_REFUSED = "ошибки в строках — ничего не записано"

CASES = [
    # Not a workbook at all
    Case("random-bytes.xlsx", "students", ("файл повреждён или это не книга Excel (.xlsx)",)),
    Case("random-bytes.csv", "students", ("это не текстовый файл CSV и не книга Excel (.xlsx)",)),
    Case("empty.csv", "students", ("файл пуст",)),
    Case("pdf-named.xlsx", "students", ("это документ PDF, а не книга Excel (.xlsx)",)),
    Case("plain-zip.xlsx", "students", ("это архив ZIP, а не книга Excel (.xlsx)",)),
    Case("truncated.xlsx", "students", ("файл повреждён или это не книга Excel (.xlsx)",)),
    Case("password-protected.xlsx", "students", ("книга защищена паролем", "снимите пароль")),
    Case("old-excel.xls", "students", ("это книга старого формата Excel (.xls)",)),
    # Workbooks that open, with something wrong inside
    Case("empty-workbook.xlsx", "students", ("лист «Лист1» пуст",)),
    Case(
        "header-only.xlsx",
        "students",
        ("под строкой заголовков (строка 1) нет ни одной строки с данными",),
    ),
    Case(
        "merged-header.xlsx",
        "students",
        (
            ROWS_REFUSED,
            "строка 4, «Родитель Телефон»: Телефон «12-34» не похож на российский номер",
        ),
    ),
    Case(
        "formulas.xlsx",
        "students",
        (
            "на листе «Лист1» в ячейках B2, D2, B3, D3 формулы без сохранённых значений",
            "сохраните его заново или замените формулы значениями",
        ),
    ),
    Case(
        "dates-serial.xlsx",
        "students",
        (
            ROWS_REFUSED,
            "строка 4, «Дата рождения»: «123» — не дата (нужно ДД.ММ.ГГГГ).",
            "строка 5, «Дата рождения»: «40543» — не дата (нужно ДД.ММ.ГГГГ).",
        ),
    ),
    Case(
        "dates-text.xlsx",
        "students",
        (
            ROWS_REFUSED,
            "строка 5, «Дата рождения»: «28 декабря 2014» — не дата (нужно ДД.ММ.ГГГГ).",
            "строка 6, «Дата рождения»: Даты «12/27/2014» не бывает.",
        ),
    ),
    Case(
        "impossible-dates.xlsx",
        "students",
        (
            ROWS_REFUSED,
            "строка 2, «Дата рождения»: Даты «31.02.2015» не бывает.",
            "строка 3, «Дата рождения»: Дата рождения не может быть в будущем.",
            "строка 4, «Дата рождения»: Дата рождения раньше 1900 года",
        ),
    ),
    Case(
        "long-cell.xlsx",
        "students",
        (
            ROWS_REFUSED,
            "строка 2, «Объединение»: Слишком длинное значение: 100000 знаков (не больше 500).",
        ),
    ),
    Case(
        "bad-phones-emails.xlsx",
        "staff",
        (
            ROWS_REFUSED,
            "строка 2, «Телефон»: Телефон «12345» не похож на российский номер",
            "строка 3, «Телефон»: Телефон «+1 (202) 555-01-23» не похож на российский номер",
            "строка 3, «E-mail»: Адрес электронной почты «igor.mail.ru» записан с ошибкой.",
            "строка 4, «E-mail»: Адрес электронной почты «elena@@mail.ru» записан с ошибкой.",
        ),
    ),
    Case(
        "unknown-group.xlsx",
        "students",
        (ROWS_REFUSED, "строка 3, «Объединение»: Объединения «Кройка и шитьё» нет в базе"),
    ),
    # CSV: three encodings, three delimiters, a BOM, control characters, wrong columns
    Case(
        "utf8-semicolon.csv",
        "students",
        (ROWS_REFUSED, "строка 3, «Дата рождения»: Даты «31.02.2014» не бывает."),
    ),
    Case(
        "cp1251-comma.csv",
        "students",
        (ROWS_REFUSED, "строка 3, «Дата рождения»: Даты «31.02.2014» не бывает."),
    ),
    Case(
        "utf16-tab.csv",
        "students",
        (ROWS_REFUSED, "строка 3, «Дата рождения»: Даты «31.02.2014» не бывает."),
    ),
    Case(
        "utf8-bom.csv",
        "students",
        (
            ROWS_REFUSED,
            "строка 3, «E-mail родителя»: Адрес электронной почты «олег@» записан с ошибкой.",
        ),
    ),
    Case(
        "control-chars.csv",
        "students",
        (
            ROWS_REFUSED,
            "строка 3, «ФИО»: В ячейке невидимый управляющий знак (код U+0007)",
            "строка 4, «Объединение»: В ячейке невидимый управляющий знак (код U+001B)",
        ),
    ),
    Case("no-name-column.csv", "students", ("не найден столбец с ФИО (или Фамилия и Имя)",)),
    Case("unknown-columns.csv", "students", ("не найдено ни одного знакомого столбца",)),
    Case(
        "staff-no-position.csv",
        "staff",
        (ROWS_REFUSED, "строка 2, «Должность»: Укажите должность."),
    ),
    # Backups that must not be restored
    Case(
        "future.sdbackup",
        "restore",
        ("сделан более новой версией Sferum Desk (схема 0099)", "Обновите программу."),
    ),
    Case("foreign.sdbackup", "restore", ("база данных, но не Sferum Desk",)),
    Case("odd-tables.sdbackup", "restore", ("база данных, но не Sferum Desk",)),
    Case("damaged.sdbackup", "restore", ("повреждён: база данных в нём обрезана или испорчена",)),
    Case("not-sqlite.sdbackup", "restore", ("это не файл базы данных SQLite",)),
]


# The pasted addresses: line → what the invite register says about it.
def _argv(case: Case, path: Path, db: Path) -> list[str]:
    if case.command == "restore":
        return ["--db", str(db), "restore", str(path)]
    return ["--db", str(db), "import", case.command, str(path), "--today", ON]


# -- the corpus -------------------------------------------------------------------------------


@pytest.mark.parametrize("case", CASES, ids=[c.file for c in CASES])
def test_a_bad_file_gets_a_clear_message_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], centre: Path, case: Case
) -> None:
    path = CORPUS / case.file
    before = Snapshot.of(centre)
    code, out, err = run(capsys, *_argv(case, path, centre))
    assert code == 1 and out == ""
    assert err.startswith("sferum-desk: ошибка: ")
    assert case.file in err.splitlines()[0]
    assert_russian(err, case.file)
    position = 0
    for fragment in case.expected:
        found = err.find(fragment, position)
        assert found >= 0, f"«{fragment}» not in:\n{err}"
        position = found + len(fragment)
    if ROWS_REFUSED not in case.expected:
        assert err.count("\n") == 1  # one line
    assert_unchanged(capsys, centre, before)


def test_the_errors_workbook_survives_control_characters(
    capsys: pytest.CaptureFixture[str], centre: Path, tmp_path: Path
) -> None:
    errors = tmp_path / "ошибки.xlsx"
    before = Snapshot.of(centre)
    argv = ["--db", str(centre), "import", "students", str(CORPUS / "control-chars.csv")]
    code, _out, err = run(capsys, *argv, "--errors-out", str(errors), "--today", ON)
    assert code == 1 and f"Список ошибок сохранён: {errors}" in err
    sheet = load_workbook(errors).active
    assert sheet is not None
    messages = [row[2] for row in sheet.iter_rows(min_row=4, values_only=True)]
    assert [text.split(" (")[0] for text in messages] == ["В ячейке невидимый управляющий знак"] * 2
    assert_unchanged(capsys, centre, before)


# What a file holds that the import accepts: with --skip-invalid the good rows go in, and
# read right. file → {(surname, name): birth date}.
ACCEPTED = {
    "merged-header.xlsx": {("Иванова", "Анна"): dt.date(2015, 3, 5)},
    "dates-serial.xlsx": {
        ("Иванова", "Анна"): dt.date(2010, 12, 31),  # 40543
        ("Петров", "Пётр"): dt.date(2009, 12, 31),  # 40178.0
    },
    "dates-text.xlsx": {
        ("Иванова", "Анна"): dt.date(2014, 12, 31),  # 31.12.2014
        ("Петров", "Пётр"): dt.date(2014, 12, 30),  # 2014-12-30
        ("Сидоров", "Иван"): dt.date(2014, 12, 29),  # 29/12/2014
    },
    "utf8-semicolon.csv": {("Иванова", "Анна"): dt.date(2015, 3, 5)},
    "cp1251-comma.csv": {("Иванова", "Анна"): dt.date(2015, 3, 5)},
    "utf16-tab.csv": {("Иванова", "Анна"): dt.date(2015, 3, 5)},
    "utf8-bom.csv": {("Иванова", "Анна"): dt.date(2015, 3, 5)},
    "control-chars.csv": {("Иванова", "Анна"): dt.date(2015, 3, 5)},
}


@pytest.mark.parametrize("name", sorted(ACCEPTED))
def test_the_good_rows_of_a_flagged_file_import_right(
    capsys: pytest.CaptureFixture[str], centre: Path, name: str
) -> None:
    argv = ["--db", str(centre), "import", "students", str(CORPUS / name), "--today", ON]
    code, out, err = run(capsys, *argv, "--skip-invalid")
    assert (code, err) == (0, "")
    assert f"Загружено из {name}:" in out and "Пропущены строки с ошибками:" in out
    assert f"Новых обучающихся: {len(ACCEPTED[name])}" in out
    database = open_database(sqlite_url(centre))
    try:
        with database.session() as session:
            for (last, first), born in ACCEPTED[name].items():
                person = session.scalars(
                    select(m.Person).where(
                        m.Person.kind == m.PersonKind.STUDENT,
                        m.Person.last_name == last,
                        m.Person.first_name == first,
                        m.Person.birth_date == born,
                    )
                ).one()
                if name == "merged-header.xlsx":  # the parent's name under «Родитель ФИО»
                    parents = session.scalars(
                        select(m.Person)
                        .join(m.ParentLink, m.ParentLink.parent_id == m.Person.id)
                        .where(m.ParentLink.student_id == person.id)
                    ).all()
                    assert [(p.last_name, p.first_name) for p in parents] == [("Иванова", "Мария")]
    finally:
        database.dispose()
    code, out, _ = run(capsys, "--db", str(centre), "check")
    assert code == 0, out


# -- the corpus and its README ----------------------------------------------------------------


def test_the_readme_and_the_table_list_every_file() -> None:
    files = {p.name for p in CORPUS.iterdir()} - NOT_IN_CORPUS
    tested = {c.file for c in CASES} | set(LINKS)
    assert files == tested
    assert len(files) >= 25
    readme = README.read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| `([^`]+)` \|", readme, flags=re.MULTILINE))
    assert listed == files
    for case in CASES:  # the README quotes the start of each expected message
        row = next(line for line in readme.splitlines() if line.startswith(f"| `{case.file}` |"))
        assert case.expected[-1][:20] in row, case.file
    assert all((CORPUS / name).stat().st_size <= 16_384 for name in files)

"""`sferum-desk import`: exit codes, Russian output, the errors workbook."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from sferum_desk.data import models as m
from sferum_desk.data.engine import Database

from .import_files import STUDENT_HEADERS, setup_centre, write_csv, write_xlsx
from .rollover_helpers import dump_tables
from .test_cli import run

GOOD = [
    STUDENT_HEADERS,
    [
        "Иванова Анна Петровна",
        "05.03.2015",
        "Робототехника",
        "1",
        1,
        "",
        "Иванова Мария",
        "89001112233",
    ],
    ["Петров Пётр", "07.04.2014", "Вокал", "1", 1, "", "", ""],
    ["Петров Пётр", "07.04.2014", "Вокал", "1", 1, "", "", ""],
]


def _db_arg(db: Database) -> str:
    return db.location


def _students(db: Database) -> int:
    with db.session() as session:
        return (
            session.scalar(
                select(func.count(m.Person.id)).where(m.Person.kind == m.PersonKind.STUDENT)
            )
            or 0
        )


def test_import_students(capsys, db: Database, tmp_path: Path) -> None:
    setup_centre(db)
    path = write_xlsx(tmp_path / "list.xlsx", GOOD)
    code, out, err = run(
        capsys, "--db", _db_arg(db), "import", "students", str(path), "--today", "16.11.2026"
    )
    assert (code, err) == (0, "")
    assert "Загружено из list.xlsx:" in out
    assert "Новых обучающихся: 2" in out
    assert "Зачислений: 2 (уже зачислены: 0)" in out
    assert "Объединено повторов: 1" in out
    assert "Ошибок: 0" in out
    assert "строка 4: Строка повторяет строку 3 — учтена один раз." in out
    assert _students(db) == 2


def test_rows_with_errors_exit_1_and_write_nothing(capsys, db: Database, tmp_path: Path) -> None:
    setup_centre(db)
    rows = [*GOOD] + [
        [f"Ученик {chr(0x430 + i)}", "31.02.2015", "Вокал", "1", 1, "", "", ""] for i in range(25)
    ]
    path = write_xlsx(tmp_path / "list.xlsx", rows)
    errors = tmp_path / "errors.xlsx"
    before = dump_tables(db)
    code, out, err = run(
        capsys,
        "--db",
        _db_arg(db),
        "import",
        "students",
        str(path),
        "--errors-out",
        str(errors),
        "--today",
        "16.11.2026",
    )
    assert code == 1
    assert out == ""
    lines = err.splitlines()
    assert lines[0] == (
        "sferum-desk: ошибка: list.xlsx: ошибки в строках — ничего не записано "
        "(исправьте файл или укажите --skip-invalid):"
    )
    assert lines[1] == "  строка 5, «Дата рождения»: Даты «31.02.2015» не бывает."
    assert "  и ещё 5" in lines
    assert dump_tables(db) == before
    sheet = load_workbook(errors).active
    rows_out = [[c.value for c in row] for row in sheet.iter_rows(min_row=4)]
    assert rows_out[0] == [5, "Дата рождения", "Даты «31.02.2015» не бывает.", "ошибка"]
    assert len([r for r in rows_out if r[3] == "ошибка"]) == 25


def test_skip_invalid_and_dry_run(capsys, db: Database, tmp_path: Path) -> None:
    setup_centre(db)
    rows = [*GOOD, ["Сидоров Иван", "01.02.2015", "Шахматы", "1", 1, "", "", ""]]
    path = write_xlsx(tmp_path / "list.xlsx", rows)
    before = dump_tables(db)
    code, out, _ = run(
        capsys,
        "--db",
        _db_arg(db),
        "import",
        "students",
        str(path),
        "--dry-run",
        "--skip-invalid",
        "--today",
        "16.11.2026",
    )
    assert code == 1  # a dry run with errors says so in its exit code
    assert "Проверка list.xlsx (ничего не записано):" in out
    assert dump_tables(db) == before
    code, out, _ = run(
        capsys,
        "--db",
        _db_arg(db),
        "import",
        "students",
        str(path),
        "--skip-invalid",
        "--today",
        "16.11.2026",
    )
    assert code == 0
    assert "Пропущены строки с ошибками:" in out
    assert "строка 5, «Объединение»: Объединения «Шахматы» нет в базе" in out
    assert _students(db) == 2


def test_create_groups_from_csv(capsys, db: Database, tmp_path: Path) -> None:
    rows = [
        ["Ф.И.О.", "Д.р.", "Направленность", "Детское объединение", "№ группы"],
        ["Ёлкина Алёна", "05.03.2015", "художественная", "Хор", "1"],
    ]
    path = write_csv(tmp_path / "list.csv", rows, ";", "cp1251")
    code, out, err = run(
        capsys,
        "--db",
        _db_arg(db),
        "import",
        "students",
        str(path),
        "--create-groups",
        "--today",
        "16.11.2026",
    )
    assert (code, err) == (0, "")
    assert "Создано объединений: 1, групп: 1" in out


def test_reimport_lists_the_missing(capsys, db: Database, tmp_path: Path) -> None:
    setup_centre(db)
    first = write_xlsx(tmp_path / "a.xlsx", GOOD)
    run(capsys, "--db", _db_arg(db), "import", "students", str(first), "--today", "16.11.2026")
    updated = [*GOOD[:2], ["Новикова Вера", "01.01.2016", "Вокал", "1", 1, "", "", ""]]
    code, out, _ = run(
        capsys,
        "--db",
        _db_arg(db),
        "import",
        "students",
        str(write_xlsx(tmp_path / "b.xlsx", updated)),
        "--today",
        "16.11.2026",
    )
    assert code == 0
    assert "Новых обучающихся: 1" in out
    assert "Зачислений: 1 (уже зачислены: 1)" in out
    assert "Нет в файле, но числятся в его группах (1 человек) — кандидаты на отчисление" in out
    assert "  Петров Пётр — Вокал" in out
    assert _students(db) == 3


def test_staff_import_and_missing_staff(capsys, db: Database, tmp_path: Path) -> None:
    rows = [
        ["ФИО", "Должность", "Дата приёма", "Телефон"],
        ["Смирнов Олег Ильич", "Педагог дополнительного образования", "01.09.2020", "89001234567"],
        ["Кузнецова Ирина", "Методист", "01.09.2021", ""],
    ]
    path = write_xlsx(tmp_path / "staff.xlsx", rows)
    code, out, err = run(
        capsys, "--db", _db_arg(db), "import", "staff", str(path), "--today", "16.11.2026"
    )
    assert (code, err) == (0, "")
    assert "Новых сотрудников: 2" in out and "Принято на работу: 2" in out
    with db.session() as session:
        jobs = session.execute(
            select(m.Person.last_name, m.Employment.position, m.Employment.hired_on)
            .join(m.Employment, m.Employment.person_id == m.Person.id)
            .order_by(m.Person.last_name)
        ).all()
    assert [(n, p.value, d.isoformat()) for n, p, d in jobs] == [
        ("Кузнецова", "methodist", "2021-09-01"),
        ("Смирнов", "teacher", "2020-09-01"),
    ]
    code, out, _ = run(
        capsys,
        "--db",
        _db_arg(db),
        "import",
        "staff",
        str(write_xlsx(tmp_path / "staff2.xlsx", rows[:2])),
        "--today",
        "16.11.2026",
    )
    assert code == 0
    assert "Нет в файле, но числятся работающими (1 человек), никто не уволен:" in out
    assert "  Кузнецова Ирина — Сотрудники" in out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            b"PK\x03\x04garbage",
            "sferum-desk: ошибка: bad.xlsx: файл повреждён или это не книга Excel (.xlsx)",
        ),
        (b"", "sferum-desk: ошибка: bad.xlsx: файл повреждён или это не книга Excel (.xlsx)"),
    ],
)
def test_bad_workbook_exits_1_with_one_line(
    capsys, db: Database, tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.xlsx"
    path.write_bytes(content)
    code, out, err = run(capsys, "--db", _db_arg(db), "import", "students", str(path))
    assert code == 1
    assert err.splitlines() == [message]


@pytest.mark.parametrize(
    ("rows", "problem"),
    [
        ([], "файл пуст"),
        ([["Товар", "Цена"], ["Хлеб", "30"]], "не найдено ни одного знакомого столбца"),
    ],
)
def test_empty_or_unknown_csv(capsys, db: Database, tmp_path: Path, rows, problem: str) -> None:
    path = write_csv(tmp_path / "x.csv", rows, ";", "utf-8")
    code, _, err = run(capsys, "--db", _db_arg(db), "import", "students", str(path))
    assert code == 1
    assert len(err.splitlines()) == 1
    assert err.startswith(f"sferum-desk: ошибка: x.csv: {problem}")


def test_missing_file(capsys, db: Database, tmp_path: Path) -> None:
    code, _, err = run(capsys, "--db", _db_arg(db), "import", "staff", str(tmp_path / "no.xlsx"))
    assert (code, err) == (1, "sferum-desk: ошибка: no.xlsx: файл не найден\n")


def test_help_is_russian(capsys) -> None:
    code, out, _ = run(capsys, "import", "--help")
    assert code == 0
    assert "использование:" in out and "--create-groups" in out
    assert "создавать недостающие объединения" in out


def test_sheet_map_and_formula_like_text(capsys, db: Database, tmp_path: Path) -> None:
    from openpyxl import Workbook

    from sferum_desk.reports.xlsx import put

    workbook = Workbook()
    workbook.active.title = "Титул"
    sheet = workbook.create_sheet("Кадры")
    for c, value in enumerate(["Работник", "Должность", "Принят"], start=1):
        put(sheet, 1, c, value)
    for c, value in enumerate(["Смирнов Олег", "=1+1", "01.09.2020"], start=1):
        put(sheet, 2, c, value)
    path = tmp_path / "staff.xlsx"
    workbook.save(path)
    args = ["--db", _db_arg(db), "import", "staff", str(path), "--today", "16.11.2026"]
    code, _, err = run(capsys, *args)
    assert code == 1 and "лист «Титул» пуст" in err
    code, out, err = run(
        capsys, *args, "--sheet", "кадры", "--map", "Работник=full_name", "--map", "Принят=hired_on"
    )
    assert (code, err) == (0, "")
    with db.session() as session:
        job = session.scalars(select(m.Employment)).one()
        assert (job.position, job.position_title) == (m.StaffPosition.OTHER, "=1+1")
        assert job.hired_on.isoformat() == "2020-09-01"

"""Importing students (and their parents and enrolments) into the database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from sferum_desk.data import models as m
from sferum_desk.data.engine import Database
from sferum_desk.reports.nomenclature import save_nomenclature
from sferum_desk.services import history
from sferum_desk.services.importer import (
    ImportOptions,
    apply_import,
    load_source,
    plan_import,
    run_import,
    write_errors_workbook,
)
from sferum_desk.services.nomenclature import export_rows

from .conftest import TODAY
from .import_files import STUDENT_HEADERS, setup_centre, write_xlsx
from .rollover_helpers import dump_tables

ROWS = [
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
    [
        "Петров Пётр Ильич",
        "07.04.2014",
        "Робототехника",
        "1",
        1,
        "",
        "Петрова Ольга",
        "89002223344",
    ],
    [
        "Петров Пётр Ильич",
        "07.04.2014",
        "Робототехника",
        "1",
        1,
        "",
        "Петрова Ольга",
        "89002223344",
    ],
    [
        "иванова анна петровна",
        dt.datetime(2015, 3, 5),
        "Вокал",
        "1",
        1,
        "",
        "Иванова Мария",
        "+7 900 111-22-33",
    ],
]


def _import(db: Database, path: Path, **options: object):  # type: ignore[no-untyped-def]
    source = load_source(path, "students")
    with db.transaction() as session:
        return run_import(session, source, ImportOptions(today=TODAY, **options))  # type: ignore[arg-type]


def _count(db: Database, model: type) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _enrolments(db: Database) -> list[tuple[str, str]]:
    with db.session() as session:
        rows = session.execute(
            select(m.Person.last_name, m.Group.sferum_class_name)
            .join(m.Enrolment, m.Enrolment.student_id == m.Person.id)
            .join(m.Group, m.Group.id == m.Enrolment.group_id)
            .where(m.Enrolment.left_on.is_(None))
            .order_by(m.Person.last_name, m.Group.sferum_class_name)
        )
        return [tuple(r) for r in rows]  # type: ignore[misc]


def test_students_parents_and_enrolments(db: Database, tmp_path: Path) -> None:
    groups = setup_centre(db)
    result = _import(db, write_xlsx(tmp_path / "list.xlsx", ROWS))
    assert result.written and not result.errors
    assert (result.created, result.enrolled, result.merged) == (2, 3, 1)
    assert (result.parents_created, result.parents_linked) == (2, 2)
    assert [n.message for n in result.notices] == ["Строка повторяет строку 3 — учтена один раз."]
    with db.session() as session:
        students = session.scalars(
            select(m.Person).where(m.Person.kind == m.PersonKind.STUDENT).order_by(m.Person.id)
        ).all()
        assert [(p.full_name, p.birth_date) for p in students] == [
            ("Иванова Анна Петровна", dt.date(2015, 3, 5)),
            ("Петров Пётр Ильич", dt.date(2014, 4, 7)),
        ]
        parents = session.scalars(select(m.Person).where(m.Person.kind == m.PersonKind.PARENT))
        assert sorted((p.full_name, p.phone) for p in parents) == [
            ("Иванова Мария", "+79001112233"),
            ("Петрова Ольга", "+79002223344"),
        ]
        events = session.scalars(select(m.MovementEvent)).all()
        assert {e.kind for e in events} == {m.MovementKind.STUDENT_ENROLLED}
        assert sorted(e.to_group_id for e in events) == sorted(
            [groups["Робототехника/1"], groups["Робототехника/1"], groups["Вокал/1"]]
        )
        assert all(e.effective_on == TODAY for e in events)
        assert session.scalar(select(func.count(m.SferumTask.id))) > 0
        batch = session.scalars(select(m.ChangeBatch)).one()
        assert batch.label == "Импорт обучающихся из list.xlsx"
    assert len(_enrolments(db)) == 3


def test_rows_with_errors_write_nothing(db: Database, tmp_path: Path) -> None:
    setup_centre(db)
    rows = [*ROWS, ["Сидоров Иван", "31.02.2015", "Шахматы", "1", 1, "", "", ""]]
    before = dump_tables(db)
    result = _import(db, write_xlsx(tmp_path / "list.xlsx", rows))
    assert not result.written
    assert [(p.row, p.column, p.message) for p in result.errors] == [
        (6, "Дата рождения", "Даты «31.02.2015» не бывает.")
    ]
    assert dump_tables(db) == before
    assert _count(db, m.ChangeBatch) == 0


def test_unknown_association_is_an_error_without_create_groups(
    db: Database, tmp_path: Path
) -> None:
    setup_centre(db)
    rows = [*ROWS, ["Сидоров Иван", "01.02.2015", "Шахматы", "1", 1, "", "", ""]]
    before = dump_tables(db)
    result = _import(db, write_xlsx(tmp_path / "list.xlsx", rows))
    assert [(p.row, p.column) for p in result.errors] == [(6, "Объединение")]
    assert "Объединения «Шахматы» нет в базе" in result.errors[0].message
    assert dump_tables(db) == before


def test_skip_invalid_imports_the_good_rows(db: Database, tmp_path: Path) -> None:
    setup_centre(db)
    rows = [*ROWS, ["Сидоров Иван", "01.02.2015", "Шахматы", "1", 1, "", "", ""]]
    result = _import(db, write_xlsx(tmp_path / "list.xlsx", rows), skip_invalid=True)
    assert result.written
    assert (result.created, result.enrolled, result.skipped_rows) == (2, 3, 1)
    assert len(result.errors) == 1
    assert "Сидоров" not in {name for name, _ in _enrolments(db)}


def test_dry_run_writes_nothing(db: Database, tmp_path: Path) -> None:
    setup_centre(db)
    before = dump_tables(db)
    result = _import(db, write_xlsx(tmp_path / "list.xlsx", ROWS), dry_run=True)
    assert not result.written and result.dry_run
    assert (result.created, result.enrolled, result.parents_created) == (2, 3, 2)
    assert dump_tables(db) == before
    assert _count(db, m.ChangeBatch) == 0


def test_create_groups_under_the_direction(db: Database, tmp_path: Path) -> None:
    rows = [
        STUDENT_HEADERS,
        ["Иванова Анна", "05.03.2015", "Шахматы", "2", 2, "Физкультурно-спортивная", "", ""],
        ["Петров Пётр", "07.04.2014", "Шахматы", "2", 2, "Физкультурно-спортивная", "", ""],
        ["Смирнов Олег", "07.04.2014", "Лепка", "1", 1, "", "", ""],
    ]
    path = write_xlsx(tmp_path / "list.xlsx", rows)
    result = _import(db, path, create_groups=True)
    assert [(p.row, p.column) for p in result.errors] == [(4, "Направленность")]
    assert "Направленность не указана" in result.errors[0].message
    result = _import(db, path, create_groups=True, skip_invalid=True)
    assert (result.associations_created, result.groups_created, result.enrolled) == (1, 1, 2)
    with db.session() as session:
        association = session.scalars(select(m.Association)).one()
        assert (association.name, association.direction.kind) == ("Шахматы", m.DirectionKind.SPORTS)
        group = session.scalars(select(m.Group).where(m.Group.kind == "association")).one()
        assert (group.number, group.study_year, group.academic_year.name) == ("2", 2, "2026/2027")


def test_formula_like_text_is_stored_and_reported_as_text(db: Database, tmp_path: Path) -> None:
    formula = '=HYPERLINK("http://evil.example","Жми")'
    rows = [STUDENT_HEADERS, ["Иванова Анна", "05.03.2015", formula, "1", 1, "Техническая", "", ""]]
    result = _import(db, write_xlsx(tmp_path / "list.xlsx", rows), create_groups=True)
    assert result.written, result.errors
    with db.session() as session:
        assert session.scalars(select(m.Association.name)).one() == formula
        out = tmp_path / "nomenclature.xlsx"
        save_nomenclature(export_rows(session, on=TODAY), out)
    sheet = load_workbook(out).active
    cells = [c for row in sheet.iter_rows() for c in row if c.value == formula]
    assert cells and all(c.data_type == "s" for c in cells)


def test_reimport_updates_and_lists_the_missing(db: Database, tmp_path: Path) -> None:
    groups = setup_centre(db)
    _import(db, write_xlsx(tmp_path / "list.xlsx", ROWS))
    updated = [
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
        ["Новикова Вера", "01.01.2016", "Робототехника", "2", 1, "", "", ""],
    ]
    result = _import(db, write_xlsx(tmp_path / "list2.xlsx", updated))
    assert result.written
    assert (result.created, result.enrolled, result.already) == (1, 1, 1)
    assert result.parents_created == 0 and result.parents_linked == 0
    with db.session() as session:
        class_name = session.get(m.Group, groups["Робототехника/1"]).sferum_class_name
    assert [(p.name, p.where) for p in result.missing] == [("Петров Пётр Ильич", class_name)]
    with db.session() as session:
        names = session.scalars(
            select(m.Person.last_name).where(m.Person.kind == m.PersonKind.STUDENT)
        ).all()
    assert sorted(names) == ["Иванова", "Новикова", "Петров"]
    # nobody was expelled: Петров is still enrolled
    assert any(name == "Петров" for name, _ in _enrolments(db))


def test_reimport_updates_contacts_and_empty_birth_date(db: Database, tmp_path: Path) -> None:
    setup_centre(db)
    first = [["ФИО", "Объединение", "Группа"], ["Иванова Анна", "Вокал", "1"]]
    _import(db, write_xlsx(tmp_path / "a.xlsx", first))
    second = [
        ["ФИО", "Д.р.", "Телефон", "Объединение", "Группа"],
        ["Иванова Анна", "05.03.2015", "89005556677", "Вокал", "1"],
    ]
    result = _import(db, write_xlsx(tmp_path / "b.xlsx", second))
    assert (result.created, result.updated, result.already) == (0, 1, 1)
    with db.session() as session:
        person = session.scalars(select(m.Person)).one()
        assert (person.birth_date, person.phone) == (dt.date(2015, 3, 5), "+79005556677")


def test_undo_of_the_import_batch(db: Database, tmp_path: Path) -> None:
    setup_centre(db)
    before = dump_tables(db)
    result = _import(db, write_xlsx(tmp_path / "list.xlsx", ROWS))
    assert result.batch_id is not None
    with db.transaction() as session:
        history.undo_batch(session, result.batch_id)
    assert dump_tables(db) == before


def test_cancel_rolls_everything_back(db: Database, tmp_path: Path) -> None:
    setup_centre(db)
    before = dump_tables(db)
    source = load_source(write_xlsx(tmp_path / "list.xlsx", ROWS), "students")
    with pytest.raises(GeneratorExit), db.transaction() as session:
        steps = apply_import(session, source, ImportOptions(today=TODAY))
        labels = [next(steps) for _ in range(4)]
        assert labels[0][2] == "Проверка строк…"
        steps.close()
        raise GeneratorExit  # as ui.tasks does after closing the generator
    assert dump_tables(db) == before


def test_errors_workbook(db: Database, tmp_path: Path) -> None:
    setup_centre(db)
    rows = [*ROWS, ["=cmd|' /C calc'!A0", "31.02.2015", "Вокал", "1", 1, "", "", ""]]
    source = load_source(write_xlsx(tmp_path / "list.xlsx", rows), "students")
    with db.session() as session:
        plan = plan_import(session, source, ImportOptions(today=TODAY))
    out = tmp_path / "errors.xlsx"
    write_errors_workbook(plan.errors + plan.notices, out, source="list.xlsx")
    book = load_workbook(out)
    sheet = book.active
    assert sheet["A2"].value.startswith("Содержит персональные данные (152-ФЗ)")
    assert book.properties.category == "Персональные данные"
    values = [[c.value for c in row] for row in sheet.iter_rows(min_row=3)]
    assert values[0] == ["Строка", "Столбец", "Что не так", "Вид"]
    errors = [v for v in values[1:] if v[3] == "ошибка"]
    assert {(v[0], v[1]) for v in errors} == {(6, "ФИО"), (6, "Дата рождения")}
    assert "Фамилия «=cmd|'»: только буквы, пробел, дефис и апостроф." in {v[2] for v in errors}
    assert values[-1] == [4, None, "Строка повторяет строку 3 — учтена один раз.", "замечание"]
    formula_cells = [c for row in sheet.iter_rows() for c in row if str(c.value).startswith("=")]
    assert all(c.data_type == "s" for c in formula_cells)


def test_a_list_of_one_group_says_nothing_of_the_others(db: Database, tmp_path: Path) -> None:
    """The missing are sought only in the groups the file names, not in the whole
    association: a list of «Робототехника» group 2 does not flag group 1's students."""
    setup_centre(db)
    _import(db, write_xlsx(tmp_path / "list.xlsx", ROWS))
    second = [STUDENT_HEADERS, ["Новикова Вера", "01.01.2016", "Робототехника", "2", 1, "", "", ""]]
    result = _import(db, write_xlsx(tmp_path / "group2.xlsx", second))
    assert result.written and result.enrolled == 1
    assert result.missing == []

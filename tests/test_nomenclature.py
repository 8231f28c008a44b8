"""Nomenclature services: associations, groups, the «Учительская» and the naming rule."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from sferum_desk.data import models as m
from sferum_desk.data.engine import Database
from sferum_desk.services import naming, nomenclature
from sferum_desk.services.organisation import ValidationError

from .conftest import TODAY
from .ui_helpers import populate_small


@pytest.fixture
def small(db: Database) -> Database:
    populate_small(db)
    return db


def _ids(database: Database) -> dict[str, int]:
    with database.session() as s:
        ids = {a.name: a.id for a in s.scalars(select(m.Association))}
        ids.update({g.sferum_class_name: g.id for g in s.scalars(select(m.Group))})
        ids.update({d.kind.value: d.id for d in s.scalars(select(m.Direction))})
        ids.update({p.last_name: p.id for p in s.scalars(select(m.Person))})
        ids["year"] = s.scalar(select(m.AcademicYear.id))
    return ids


def _errors(exc: pytest.ExceptionInfo[ValidationError]) -> dict[str, str]:
    return exc.value.errors


def _chess(database: Database, **extra: object) -> int:
    ids = _ids(database)
    form = nomenclature.AssociationForm(
        name="Шахматы", direction_id=ids["sports"], head_teacher_id=ids["Петров"], **extra
    )
    with database.transaction() as s:
        return nomenclature.create_association(s, form, on=TODAY).id


def _group_form(database: Database, association: str, **extra: object) -> nomenclature.GroupForm:
    ids = _ids(database)
    values: dict[str, object] = {
        "association_id": ids[association],
        "academic_year_id": ids["year"],
        "number": "1",
        "study_year": 1,
        "teacher_id": ids["Петров"],
        "planned_size": 15,
    }
    values.update(extra)
    return nomenclature.GroupForm(**values)  # type: ignore[arg-type]


def test_association_rules(small: Database) -> None:
    ids = _ids(small)
    with small.transaction() as s, pytest.raises(ValidationError) as exc:
        nomenclature.create_association(
            s,
            nomenclature.AssociationForm(
                name="  робототехника ",
                head_teacher_id=ids["Кузнецов"],  # dismissed on 15.10.2026
                programme_years=12,
                age_from=10,
                age_to=7,
            ),
            on=TODAY,
        )
    errors = _errors(exc)
    assert errors["name"] == "Объединение «Робототехника» уже есть."
    assert errors["direction_id"] == "Выберите направленность."
    assert "работающий сотрудник" in errors["head_teacher_id"]
    assert "от 1 до 11" in errors["programme_years"]
    assert errors["age_to"] == "Возраст «до» не может быть меньше возраста «от»."
    with small.transaction() as s, pytest.raises(ValidationError) as exc:
        nomenclature.create_association(
            s, nomenclature.AssociationForm(name="Шахматы", direction_id=ids["sports"], age_from=2)
        )
    assert set(_errors(exc)) == {"age_from"}
    chess = _chess(small, programme_years=2, age_from=7, age_to=12)
    with small.session() as s:
        association = s.get(m.Association, chess)
        assert association is not None
        assert (association.name, association.programme_years) == ("Шахматы", 2)


def test_a_group_gets_the_rule_name_and_its_study_year_fits_the_programme(
    small: Database,
) -> None:
    _chess(small, programme_years=2)
    with small.transaction() as s, pytest.raises(ValidationError) as exc:
        nomenclature.create_group(s, _group_form(small, "Шахматы", study_year=3), on=TODAY)
    assert _errors(exc)["study_year"].startswith("Год обучения больше срока программы")
    assert "2 года" in _errors(exc)["study_year"]
    with small.transaction() as s:
        group = nomenclature.create_group(s, _group_form(small, "Шахматы", study_year=2), on=TODAY)
        assert group.sferum_class_name == "Шахматы — гр. 1 (2-й год)"
        assert not group.class_name_manual
    with small.transaction() as s, pytest.raises(ValidationError) as exc:
        nomenclature.create_group(s, _group_form(small, "Шахматы", planned_size=-1))
    assert "number" in _errors(exc) and "planned_size" in _errors(exc)
    with small.transaction() as s:
        typed = nomenclature.create_group(
            s,
            _group_form(
                small, "Шахматы", number="2", class_name_manual=True, class_name="Шахматы-2"
            ),
        )
        assert (typed.sferum_class_name, typed.class_name_manual) == ("Шахматы-2", True)


def test_deleting_a_group_that_is_referred_to_is_refused_with_the_references_named(
    small: Database,
) -> None:
    ids = _ids(small)
    with small.transaction() as s, pytest.raises(ValidationError) as exc:
        nomenclature.delete_group(s, ids["Робототехника, 1 год, гр. 1"])
    assert _errors(exc)["id"] == (
        "Нельзя удалить группу «Робототехника, 1 год, гр. 1»: на неё ссылаются 2 зачисления, "
        "1 запись о движении, 1 ссылка-приглашение, 1 выдача ссылки. Отправьте её в архив."
    )
    with small.transaction() as s, pytest.raises(ValidationError) as exc:
        nomenclature.delete_group(s, ids["Робототехника, 2 год, гр. 2"])
    assert "2 зачисления, 1 запись о движении" in _errors(exc)["id"]
    assert "1 задача Сферума" in _errors(exc)["id"]
    with small.transaction() as s, pytest.raises(ValidationError) as exc:
        nomenclature.delete_association(s, ids["Робототехника"])
    assert _errors(exc)["id"].startswith(
        "Нельзя удалить объединение «Робототехника»: на него ссылаются 2 группы, 1 чат."
    )
    with small.session() as s:
        assert s.scalar(select(func.count(m.Group.id))) == 4  # nothing deleted
    # Archiving is the way out; a new, unused group and association can go.
    with small.transaction() as s:
        nomenclature.archive_group(s, ids["Робототехника, 1 год, гр. 1"], on=TODAY)
    chess = _chess(small)
    with small.transaction() as s:
        group_id = nomenclature.create_group(s, _group_form(small, "Шахматы")).id
    with small.transaction() as s:
        nomenclature.delete_group(s, group_id)
        nomenclature.delete_association(s, chess)
    with small.session() as s:
        archived = s.get(m.Group, ids["Робототехника, 1 год, гр. 1"])
        assert archived is not None and archived.archived_on == TODAY
        assert s.get(m.Association, chess) is None


def test_the_staff_room_is_protected(small: Database) -> None:
    with small.session() as s:
        room_id = nomenclature.staff_room(s).id
    for action in (
        lambda s: nomenclature.delete_group(s, room_id),
        lambda s: nomenclature.archive_group(s, room_id),
        lambda s: nomenclature.rename_group(s, room_id, "Педагоги"),
        lambda s: nomenclature.reset_class_name(s, room_id),
        lambda s: nomenclature.update_group(
            s, room_id, nomenclature.GroupForm(sferum_state=m.SferumClassState.ARCHIVED)
        ),
    ):
        with small.transaction() as s, pytest.raises(ValidationError) as exc:
            action(s)
        assert _errors(exc)["id"].startswith("«Учительская» — постоянный класс всех сотрудников")
    with small.transaction() as s:
        nomenclature.update_group(
            s, room_id, nomenclature.GroupForm(sferum_state=m.SferumClassState.CREATED)
        )
    with small.session() as s:
        room = nomenclature.staff_room(s)
        assert (room.sferum_class_name, room.sferum_state, room.archived_on) == (
            "Учительская",
            m.SferumClassState.CREATED,
            None,
        )
        # Ёлкина, Петров, Сидорова work; Кузнецов was dismissed. Ёлкина and Сидорова joined.
        assert nomenclature.staff_room_summary(s, TODAY) == (3, 2)


def test_moving_a_group_recomputes_its_name_unless_typed_by_hand(small: Database) -> None:
    _chess(small, programme_years=1)
    ids = _ids(small)
    with small.transaction() as s, pytest.raises(ValidationError) as exc:
        nomenclature.move_group(s, ids["Робототехника, 2 год, гр. 2"], ids["Шахматы"])
    assert "программа рассчитана на 1 год" in _errors(exc)["association_id"]
    with small.transaction() as s, pytest.raises(ValidationError) as exc:
        nomenclature.move_group(s, ids["Голос, 1 год, гр. 1"], ids["Робототехника"])
    assert "уже есть группа № 1" in _errors(exc)["association_id"]
    with small.transaction() as s:
        moved = nomenclature.move_group(s, ids["Голос, 1 год, гр. 1"], ids["Шахматы"])
        assert moved.sferum_class_name == "Шахматы — гр. 1 (1-й год)"
    # Typed by hand: the name stays through a move, until «Вернуть к правилу».
    second = ids["Робототехника, 2 год, гр. 2"]
    with small.transaction() as s:
        nomenclature.rename_group(s, second, "Роботы для малышей")
    with small.transaction() as s:
        nomenclature.update_association(
            s,
            ids["Шахматы"],
            nomenclature.AssociationForm(
                name="Шахматы", direction_id=ids["sports"], programme_years=3
            ),
        )
    with small.transaction() as s:
        kept = nomenclature.move_group(s, second, ids["Шахматы"])
        assert kept.sferum_class_name == "Роботы для малышей" and kept.class_name_manual
    with small.transaction() as s:
        ruled = nomenclature.reset_class_name(s, second)
        assert ruled.sferum_class_name == "Шахматы — гр. 2 (2-й год)"
        assert not ruled.class_name_manual
    with small.transaction() as s, pytest.raises(ValidationError) as exc:
        nomenclature.rename_group(s, second, "Шахматы — гр. 1 (1-й год)")
    assert naming.PROBLEM_COLLISION in _errors(exc)["class_name"]


def test_rule_checks_and_rendering() -> None:
    parts = naming.NameParts(
        association="Робототехника",
        group="2",
        year=3,
        direction="Техническая",
        academic_year="2026/2027",
        teacher="Ёлкина А.С.",
    )
    assert naming.render_class_name(naming.DEFAULT_RULE, parts) == "Робототехника — гр. 2 (3-й год)"
    rule = "{direction}: {association} {academic_year}, {teacher}"
    assert naming.render_class_name(rule, parts) == (
        "Техническая: Робототехника 2026/2027, Ёлкина А.С."
    )
    for bad, words in (
        ("{association} гр. {grp}", "Неизвестная подстановка {grp}"),
        ("{association} гр. {group", "не закрыта фигурная скобка"),
        ("{association} гр. group}", "не закрыта фигурная скобка"),
        ("{association!r}", "Неизвестная подстановка"),
        ("Класс", "нет ни одной подстановки"),
        ("   ", "не может быть пустым"),
    ):
        with pytest.raises(ValidationError) as exc:
            naming.check_rule(bad)
        assert words in exc.value.errors["rule"], bad


def test_preview_flags_collisions_long_and_empty_names(small: Database) -> None:
    with small.session() as s:
        rows = {r.old_name: r for r in naming.preview(s, "{association}")}
    assert rows["Робототехника, 1 год, гр. 1"].new_name == "Робототехника"
    assert naming.PROBLEM_COLLISION in rows["Робототехника, 1 год, гр. 1"].problems
    assert naming.PROBLEM_COLLISION in rows["Робототехника, 2 год, гр. 2"].problems
    assert rows["Голос, 1 год, гр. 1"].problems == ()
    long_rule = "{association} {association} {association} {association} {association}"
    with small.session() as s:
        rows = {r.old_name: r for r in naming.preview(s, long_rule)}
    assert naming.PROBLEM_TOO_LONG in rows["Робототехника, 1 год, гр. 1"].problems
    # A group without a teacher gets an empty name from «{teacher}».
    with small.transaction() as s:
        nomenclature.create_group(
            s, _group_form(small, "Робототехника", number="3", teacher_id=None)
        )
    with small.session() as s:
        rows = {r.old_name: r for r in naming.preview(s, "{teacher}")}
    assert rows["Робототехника — гр. 3 (1-й год)"].problems == (naming.PROBLEM_EMPTY,)
    assert rows["Голос, 1 год, гр. 1"].new_name == "Петров И.И."
    with small.session() as s, pytest.raises(ValidationError):
        naming.preview(s, "{association} {nomer}")
    # A name that another group has now (and keeps) is a collision too.
    with small.transaction() as s:
        nomenclature.rename_group(s, _ids(small)["Голос, 1 год, гр. 1"], "Робототехника — 2")
    with small.session() as s:
        rows = {r.old_name: r for r in naming.preview(s, "{association} — {group}")}
    assert naming.PROBLEM_COLLISION in rows["Робототехника, 2 год, гр. 2"].problems
    assert "Робототехника — 2" not in rows  # typed by hand: not in the rule's preview


def test_apply_rule_renames_only_the_groups_that_follow_it(small: Database) -> None:
    ids = _ids(small)
    with small.transaction() as s:
        nomenclature.rename_group(s, ids["Голос, 1 год, гр. 1"], "Голос — младшие")
    with small.transaction() as s, pytest.raises(ValidationError) as exc:
        naming.apply_rule(s, "{association}")
    assert exc.value.errors["rule"].startswith("Правило не применено")
    rule = "{association} {group}/{year} ({teacher})"
    with small.transaction() as s:
        rows = naming.apply_rule(s, rule)
    assert sum(row.changed for row in rows) == 2
    with small.session() as s:
        assert naming.current_rule(s) == rule
        names = {g.id: g.sferum_class_name for g in s.scalars(select(m.Group))}
    assert names[ids["Робототехника, 1 год, гр. 1"]] == "Робототехника 1/1 (Ёлкина А.С.)"
    assert names[ids["Робототехника, 2 год, гр. 2"]] == "Робототехника 2/2 (Ёлкина А.С.)"
    assert names[ids["Голос, 1 год, гр. 1"]] == "Голос — младшие"
    # «Вернуть к правилу» clears the override.
    with small.transaction() as s:
        group = nomenclature.reset_class_name(s, ids["Голос, 1 год, гр. 1"])
        assert group.sferum_class_name == "Вокальная студия «Голос» 1/1 (Петров И.И.)"
        assert not group.class_name_manual
    # Two groups may swap names in one renaming.
    first, second = ids["Робототехника, 1 год, гр. 1"], ids["Робототехника, 2 год, гр. 2"]
    with small.transaction() as s:
        naming.rename(s, {first: names[second], second: names[first]})
    with small.session() as s:
        assert s.get(m.Group, first).sferum_class_name == names[second]  # type: ignore[union-attr]


def test_export_rows_on_the_demo(demo_db: Database) -> None:
    from sferum_desk.services import listings

    with demo_db.session() as s:
        export = nomenclature.export_rows(s, on=TODAY)
        structure = listings.list_structure(s, TODAY)
        with pytest.raises(ValidationError) as exc:
            nomenclature.export_rows(s, "2026-2027")
        assert "нужен вид 2026/2027" in exc.value.errors["academic_year"]
        with pytest.raises(ValidationError):
            nomenclature.export_rows(s, "1999/2000")
    current = [r for r in structure if r.academic_year == export.academic_year]
    assert export.academic_year == "2026/2027"
    assert len(export.rows) == len(current) + 1
    assert export.rows[0].class_name == "Учительская"
    assert export.rows[0].enrolled == structure[0].enrolled
    by_name = {r.sferum_class_name: r.enrolled for r in current}
    assert {r.class_name: r.enrolled for r in export.rows[1:]} == by_name

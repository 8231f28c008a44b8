"""The Структура page on the demonstration Centre, driven like a person would."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox
from sqlalchemy import func, select

from sferum_desk.data import models as m
from sferum_desk.data.engine import Database
from sferum_desk.reports.nomenclature import HEADER_ROW
from sferum_desk.services import nomenclature
from sferum_desk.ui.app import install_translators
from sferum_desk.ui.naming_rule_dialog import NamingRuleDialog
from sferum_desk.ui.pages.structure import StructurePage
from sferum_desk.ui.structure_model import (
    ASSOCIATION,
    COL_CLASS_NAME,
    COL_ENROLLED,
    DIRECTION,
    GROUP,
    ID_ROLE,
    KIND_ROLE,
    STAFF_ROOM,
)
from sferum_desk.ui.tasks import wait_for_tasks

from .ui_helpers import type_text


@pytest.fixture
def page(qtbot, demo_db: Database) -> Iterator[StructurePage]:  # noqa: ANN001
    install_translators(QApplication.instance())
    widget = StructurePage(demo_db)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=20_000):
        widget.ensure_loaded()
    yield widget
    wait_for_tasks()


def _children(index: QModelIndex) -> list[QModelIndex]:
    model = index.model()
    return [model.index(row, 0, index) for row in range(model.rowCount(index))]


def _current_groups(database: Database) -> list[m.Group]:
    with database.session() as s:
        return list(
            s.scalars(
                select(m.Group)
                .join(m.AcademicYear)
                .where(m.AcademicYear.is_current, m.Group.kind == m.GroupKind.ASSOCIATION)
            )
        )


def _group_enrolments(database: Database) -> tuple[int, int]:
    """A current-year group with active enrolments: (group id, number of enrolments)."""
    with database.session() as s:
        group_id, n = s.execute(
            select(m.Enrolment.group_id, func.count())
            .join(m.Group)
            .where(m.Group.kind == m.GroupKind.ASSOCIATION, m.Group.archived_on.is_(None))
            .group_by(m.Enrolment.group_id)
            .order_by(func.count().desc())
        ).first()  # type: ignore[misc]
    return group_id, n


def test_the_tree_shows_directions_associations_and_groups(
    page: StructurePage, demo_db: Database
) -> None:
    proxy = page.proxy
    root = QModelIndex()
    staff_room = proxy.index(0, 0, root)
    assert staff_room.data(KIND_ROLE) == STAFF_ROOM and staff_room.data() == "Учительская"
    with demo_db.session() as s:
        staff, _joined = nomenclature.staff_room_summary(s, dt.date.today())
        associations = {
            a.name
            for a in s.scalars(select(m.Association).where(m.Association.archived_on.is_(None)))
        }
    assert proxy.index(0, COL_ENROLLED, root).data() == str(staff)
    directions = [proxy.index(row, 0, root) for row in range(1, proxy.rowCount(root))]
    assert [d.data(KIND_ROLE) for d in directions] == [DIRECTION] * 6
    assert directions[0].data() == "Техническая"
    shown_associations = {a.data() for d in directions for a in _children(d)}
    assert shown_associations == associations
    groups = [g for d in directions for a in _children(d) for g in _children(a)]
    assert {g.data(ID_ROLE) for g in groups} == {g.id for g in _current_groups(demo_db)}
    assert all(g.data(KIND_ROLE) == GROUP for g in groups)
    first = groups[0]
    assert first.data().startswith("Группа ")
    assert first.siblingAtColumn(COL_CLASS_NAME).data().endswith("-й год)")
    assert page.year_combo.currentText() == "2026/2027 (текущий)"
    assert page.add_group_action.text() == "Добавить &группу"
    # The filter folds Cyrillic: «ё» typed for «е», lower case.
    name = sorted(associations)[0]
    type_text(page.filter_edit, name.lower().replace("е", "ё"))
    shown = {a.data() for d in range(proxy.rowCount(root)) for a in _children(proxy.index(d, 0))}
    assert name in shown and len(shown) < len(associations)
    page.filter_edit.clear()


def test_adding_an_association_and_a_group_through_the_dialogs(
    qtbot, page: StructurePage, demo_db: Database
) -> None:  # noqa: ANN001
    page.select(DIRECTION, _direction_id(demo_db, m.DirectionKind.SPORTS))
    page.add_association_action.trigger()
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.direction_combo.currentText() == "Физкультурно-спортивная"
    type_text(dialog.name_edit, "Клуб «Юный картингист»")
    dialog.years_spin.setValue(2)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    with demo_db.session() as s:
        association = s.scalar(select(m.Association).where(m.Association.name.like("Клуб «Юный%")))
        assert association is not None and association.programme_years == 2
    assert page.current() == (ASSOCIATION, association.id)

    page.add_group_action.trigger()
    dialog = page.dialog
    assert dialog.association_combo.currentData() == association.id
    assert dialog.year_combo.currentText() == "2026/2027"
    type_text(dialog.number_edit, "1")
    dialog.study_year_spin.setValue(3)  # beyond the 2-year programme
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors["study_year"].text().startswith("Год обучения больше срока")
    dialog.study_year_spin.setValue(2)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    with demo_db.session() as s:
        group = s.scalar(select(m.Group).where(m.Group.association_id == association.id))
        assert group is not None
        assert group.sferum_class_name == "Клуб «Юный картингист» — гр. 1 (2-й год)"
    index = page.select(GROUP, group.id)
    assert index.isValid() and index.parent().data() == "Клуб «Юный картингист»"


def _direction_id(database: Database, kind: m.DirectionKind) -> int:
    with database.session() as s:
        return s.scalar(select(m.Direction.id).where(m.Direction.kind == kind))  # type: ignore[return-value]


def test_f2_on_a_group_types_its_class_name_by_hand(
    qtbot, page: StructurePage, demo_db: Database
) -> None:  # noqa: ANN001
    group = _current_groups(demo_db)[0]
    page.select(GROUP, group.id)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    assert editor.text() == group.sferum_class_name
    editor.selectAll()
    type_text(editor, "Юные шахматисты")
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    with demo_db.session() as s:
        renamed = s.get(m.Group, group.id)
        assert renamed is not None
        assert (renamed.sferum_class_name, renamed.class_name_manual) == ("Юные шахматисты", True)
    index = page.select(GROUP, group.id)
    assert index.siblingAtColumn(COL_CLASS_NAME).data() == "Юные шахматисты"
    assert page.reset_name_action.isEnabled()
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.reset_name_action.trigger()
    with demo_db.session() as s:
        back = s.get(m.Group, group.id)
        assert back is not None and not back.class_name_manual
        assert back.sferum_class_name == group.sferum_class_name


def test_dropping_a_group_on_another_association_moves_it(
    qtbot, page: StructurePage, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    with demo_db.transaction() as s:
        target = nomenclature.create_association(
            s,
            nomenclature.AssociationForm(
                name="Картинг", direction_id=_direction_id(demo_db, m.DirectionKind.TECHNICAL)
            ),
        )
        target_id = target.id
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.reload()
    group = next(g for g in _current_groups(demo_db) if g.number == "1")
    proxy = page.proxy
    source = page.select(GROUP, group.id)
    data = proxy.mimeData([source])
    # Onto an association that already has a group № 1 this year: refused, nothing moves.
    other = page.select(ASSOCIATION, _other_association(demo_db, group))
    assert proxy.canDropMimeData(data, Qt.DropAction.MoveAction, -1, 0, other)
    proxy.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, other)
    assert warnings and "уже есть группа № 1" in warnings[0]
    with demo_db.session() as s:
        assert s.get(m.Group, group.id).association_id == group.association_id  # type: ignore[union-attr]
    # Onto the new association: moved, and the name follows the rule.
    target_index = page.select(ASSOCIATION, target_id)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        proxy.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, target_index)
    with demo_db.session() as s:
        moved = s.get(m.Group, group.id)
        assert moved is not None and moved.association_id == target_id
        assert moved.sferum_class_name == f"Картинг — гр. 1 ({moved.study_year}-й год)"
    assert page.select(GROUP, group.id).parent().data() == "Картинг"


def _other_association(database: Database, group: m.Group) -> int:
    return next(
        g.association_id
        for g in _current_groups(database)
        if g.number == "1" and g.association_id != group.association_id
    )  # type: ignore[return-value]


def test_deleting_a_group_with_enrolments_is_refused(
    page: StructurePage, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    group_id, enrolments = _group_enrolments(demo_db)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    page.select(GROUP, group_id)
    assert page.delete_action.isEnabled()
    page.delete_action.trigger()
    assert len(warnings) == 1
    with demo_db.session() as s:
        group = s.get(m.Group, group_id)
        assert group is not None
        assert warnings[0].startswith(
            f"Нельзя удалить группу «{group.sferum_class_name}»: на неё ссылаются "
            f"{nomenclature.plural(enrolments, 'зачисление', 'зачисления', 'зачислений')}"
        )
    # The «Учительская» offers no deletion at all.
    page.select(STAFF_ROOM, nomenclature_staff_room_id(demo_db))
    assert not page.delete_action.isEnabled() and not page.archive_action.isEnabled()


def nomenclature_staff_room_id(database: Database) -> int:
    with database.session() as s:
        return nomenclature.staff_room(s).id


def test_the_naming_rule_preview_follows_the_typing_and_apply_renames(
    qtbot, page: StructurePage, demo_db: Database
) -> None:  # noqa: ANN001
    dialog = NamingRuleDialog(demo_db, page)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.rule_edit.text() == "{association} — гр. {group} ({year}-й год)"
    assert not dialog.problem_rows() and not any(r.changed for r in dialog.rows)
    dialog.rule_edit.clear()
    type_text(dialog.rule_edit, "{association}")
    assert dialog.problem_rows()  # associations with several groups collide
    assert not dialog.apply_button.isEnabled()
    first_problem = dialog.table.item(0, 3).text()
    assert "совпадает с названием другой группы" in first_problem
    type_text(dialog.rule_edit, " {nomer")
    assert "не закрыта фигурная скобка" in dialog.error_label.text()
    assert not dialog.apply_button.isEnabled()
    dialog.rule_edit.clear()
    type_text(dialog.rule_edit, "{association}, гр. {group}/{year}")
    assert not dialog.problem_rows() and dialog.apply_button.isEnabled()
    assert dialog.summary_label.text().startswith("Переименовываются групп: ")
    expected = {r.group_id: r.new_name for r in dialog.rows}
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    with demo_db.session() as s:
        names = {g.id: g.sferum_class_name for g in s.scalars(select(m.Group))}
    assert all(names[group_id] == name for group_id, name in expected.items())


def test_export_to_excel_writes_the_workbook_off_the_gui_thread(
    qtbot, page: StructurePage, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    target = tmp_path / "номенклатура"
    monkeypatch.setattr(
        "sferum_desk.ui.pages.structure_export.QFileDialog.getSaveFileName",
        lambda *a, **k: (str(target), "Excel (*.xlsx)"),
    )
    page.export_action.trigger()
    qtbot.waitUntil(lambda: page.status_label.text().startswith("Сохранено"), timeout=20_000)
    path = target.with_suffix(".xlsx")
    sheet = openpyxl.load_workbook(path).active
    names = {sheet.cell(row, 7).value for row in range(HEADER_ROW + 1, sheet.max_row + 1)}
    assert names == {g.sferum_class_name for g in _current_groups(demo_db)} | {"Учительская"}
    assert page.status_label.text() == f"Сохранено: {path} (строк: {len(names)})"

"""Движение and Задачи Сферума driven like a user: dismiss a teacher, see the tasks, mark
them done in bulk; enrol several students at once; the roster on a date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from sqlalchemy import select

from sferum_desk.data import models as m
from sferum_desk.data.engine import Database
from sferum_desk.ui.app import install_translators
from sferum_desk.ui.movement import BulkEnrolDialog, EventDialog, MovementPage, TasksPage

from .ui_helpers import click_navigation, main_window, populate_small, type_text

DAY = QDate(2026, 11, 13)


@pytest.fixture
def small_db(db: Database) -> Database:
    populate_small(db)
    return db


def drive_modal(qtbot, action: Callable[[QDialog], None]) -> list[str]:  # noqa: ANN001
    """Run ``action`` on the modal dialog that the next exec() shows; returns problems."""
    problems: list[str] = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, run)
            return
        try:
            action(dialog)
        except Exception as exc:  # an assertion inside the dialog: report, then close it
            problems.append(repr(exc))
            dialog.reject()

    QTimer.singleShot(0, run)
    return problems


def test_dismiss_a_teacher_from_the_movement_page_and_see_the_tasks(
    qtbot, small_db: Database
) -> None:
    with main_window(qtbot, small_db) as window:
        click_navigation(qtbot, window, "movement")
        page = window.pages["movement"]
        assert isinstance(page, MovementPage)
        before = len(page.model.rows)

        def dismiss(dialog: QDialog) -> None:
            assert isinstance(dialog, EventDialog)
            combo = dialog.kind_combo
            combo.setCurrentIndex(combo.findData(m.MovementKind.STAFF_DISMISSED))
            assert not dialog.to_combo.isVisible()  # a dismissal needs no group
            type_text(dialog.person_picker.filter_edit, "елкин")
            assert dialog.person_picker.combo.count() == 1
            assert dialog.person_picker.combo.currentText() == "Ёлкина Анна Сергеевна"
            dialog.date_edit.setDate(DAY)
            dialog.order_combo.setCurrentIndex(
                dialog.order_combo.findText("№ 52-К", Qt.MatchFlag.MatchStartsWith)
            )
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

        problems = drive_modal(qtbot, dismiss)
        with qtbot.waitSignal(page.loaded, timeout=20_000):
            qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
        assert problems == []
        assert len(page.model.rows) == before + 1
        top = page.model.rows[0]
        assert (top.kind, top.person, top.effective_on) == (
            "Увольнение сотрудника",
            "Ёлкина Анна Сергеевна",
            dt.date(2026, 11, 13),
        )
        assert top.order and top.order.startswith("№ 52-К")

        click_navigation(qtbot, window, "tasks")
        tasks = window.pages["tasks"]
        assert isinstance(tasks, TasksPage)
        type_text(tasks.filter_edit, "ёлкина")
        assert tasks.group_titles() == ["Ёлкина Анна Сергеевна"]
        titles = [task.title for task in tasks.task_rows()]
        assert titles == [
            "Исключить из класса: Ёлкина Анна Сергеевна — Учительская",
            "Исключить из класса: Ёлкина Анна Сергеевна — Робототехника, 1 год, гр. 1",
            "Исключить из класса: Ёлкина Анна Сергеевна — Робототехника, 2 год, гр. 2",
            "Исключить из чата: Ёлкина Анна Сергеевна — Директор и педагоги",
            "Сменить владельца чата: Робототехника — ребята "
            "(владелец Ёлкина Анна Сергеевна уволен(а))",
            "Исключить из чата: Ёлкина Анна Сергеевна — Робототехника — ребята",
        ]
        # The dismissal took effect on 13.11 but is entered today: due three days from now.
        due = dt.date.today() + dt.timedelta(days=3)
        assert {task.due_on for task in tasks.task_rows()} == {due}

        # Bulk: select the person's header → «Выполнено» marks all six done.
        tasks.select_group("Ёлкина Анна Сергеевна")
        assert len(tasks.selected_tasks()) == 6
        tasks.done_on.setDate(QDate(2026, 11, 20))
        with qtbot.waitSignal(tasks.loaded, timeout=20_000):
            qtbot.mouseClick(tasks.done_button, Qt.MouseButton.LeftButton)
        assert tasks.task_rows() == []  # done tasks leave the open list
        with qtbot.waitSignal(tasks.loaded, timeout=20_000):
            qtbot.mouseClick(tasks.show_closed, Qt.MouseButton.LeftButton)
        assert {task.state for task in tasks.task_rows()} == {"Выполнена"}

    with small_db.session() as s:
        elkina = s.scalar(select(m.Person).where(m.Person.last_name == "Ёлкина"))
        done = s.scalars(
            select(m.SferumTask).where(
                m.SferumTask.person_id == elkina.id, m.SferumTask.state == m.TaskState.DONE
            )
        ).all()
        assert len(done) == 6 and {t.done_on for t in done} == {dt.date(2026, 11, 20)}
        # The last class removal done with no employment left: removed from Sferum.
        assert elkina.membership.state == m.MembershipState.REMOVED


def test_event_dialog_shows_refusal_next_to_the_field(qtbot, small_db: Database) -> None:
    install_translators(QApplication.instance())
    dialog = EventDialog(small_db, kind=m.MovementKind.STUDENT_ENROLLED)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.person_picker.filter_edit, "ежов")
    assert dialog.person_picker.combo.currentText().startswith("Ежов Максим Игоревич")
    dialog.to_combo.setCurrentIndex(
        dialog.to_combo.findText("Робототехника, 1 год, гр. 1", Qt.MatchFlag.MatchStartsWith)
    )
    dialog.date_edit.setDate(QDate(2026, 10, 1))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.event_id is None
    assert "уже зачислен(а)" in dialog.errors["to_group_id"].text()


def test_bulk_enrolment_and_the_roster(qtbot, small_db: Database, monkeypatch) -> None:  # noqa: ANN001
    with small_db.session() as s:
        voice = s.scalar(
            select(m.Group.id).where(m.Group.sferum_class_name == "Голос, 1 год, гр. 1")
        )
    install_translators(QApplication.instance())
    dialog = BulkEnrolDialog(small_db, group_id=voice)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.filter_edit, "ов")
    shown = [
        dialog.student_list.item(r).text()
        for r in range(dialog.student_list.count())
        if not dialog.student_list.item(r).isHidden()
    ]
    assert [s.split(" (")[0] for s in shown] == [
        "Ежов Максим Игоревич",
        "Иванова Мария Петровна",
        "Лёвин Артём Олегович",
        "Петрова Алёна Ивановна",
        "Смирнов Глеб Антонович",
    ]
    for row in range(dialog.student_list.count()):
        item = dialog.student_list.item(row)
        if item.text().startswith(("Иванова", "Смирнов")):
            item.setCheckState(Qt.CheckState.Checked)
    assert dialog.selected_label.text() == "Выбрано: 2" or dialog.selected_label.text().endswith(
        "2"
    )
    dialog.date_edit.setDate(QDate(2026, 11, 2))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and len(dialog.event_ids) == 2

    page = MovementPage(small_db)
    qtbot.addWidget(page)
    roster = page.show_roster()
    roster.group_combo.setCurrentIndex(roster.group_combo.findData(voice))
    roster.date_edit.setDate(QDate(2026, 11, 1))
    assert roster.names() == ["Ежов Максим Игоревич", "Петрова Алёна Ивановна"]
    roster.date_edit.setDate(QDate(2026, 11, 2))
    assert roster.names() == [
        "Ежов Максим Игоревич",
        "Иванова Мария Петровна",
        "Петрова Алёна Ивановна",
        "Смирнов Глеб Антонович",
    ]
    roster.close()

    # Cancelling one of them from the journal: confirmation lists the tasks withdrawn.
    asked: list[str] = []

    def confirm(_parent, _title, text, *args):  # noqa: ANN001, ANN002
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", confirm)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.reload()
    page.table.selectRow(0)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert "Отправить приглашение:" in asked[0]
    assert page.model.rows[0].cancelled_on is not None

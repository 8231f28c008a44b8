"""The rollover wizard and the change log's undo, driven like a person would."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard
from sqlalchemy import select

from sferum_desk.data import models as m
from sferum_desk.data.engine import Database
from sferum_desk.services import rollover
from sferum_desk.services.rollover import Outcome
from sferum_desk.ui.app import install_translators
from sferum_desk.ui.rollover_wizard import RolloverWizard

from .rollover_helpers import dump_tables, set_programme_years
from .ui_helpers import click_navigation, main_window


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []

    def record(kind: str) -> Any:
        def show(_parent: Any, _title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
            shown.append((kind, text))
            return QMessageBox.StandardButton.Yes

        return show

    for kind in ("information", "warning", "question"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    return shown


def _click(qtbot, wizard: QWizard, which: QWizard.WizardButton) -> None:  # noqa: ANN001
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def _wizard(qtbot, database: Database) -> RolloverWizard:  # noqa: ANN001
    install_translators(QApplication.instance())
    wizard = RolloverWizard(database, None)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _walk_to_summary(qtbot, wizard: RolloverWizard) -> None:  # noqa: ANN001
    assert wizard.currentPage() is wizard.years_page
    assert wizard.years_page.from_combo.currentText() == "2026/2027"
    assert wizard.years_page.new_spin.value() == 2027
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.preview_page
    assert wizard.currentPage() is page
    rows = page.model.rowCount()
    assert rows == 45
    assert page.model.text(0, 2) == "Продолжает обучение"
    assert page.model.text(0, 4).startswith("Переименовать класс «")
    assert page.model.headerData(4, Qt.Orientation.Horizontal) == "В Сферуме"

    page.association_combo.setCurrentIndex(0)
    qtbot.keyClicks(page.number_edit, "9")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == rows + 1
    assert page.model.text(rows, 2) == "Новая группа"
    assert page.model.text(rows, 4).startswith("Создать класс «")
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)  # the new row is selected
    assert page.model.rowCount() == rows
    qtbot.keyClicks(page.number_edit, "9")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.number_edit, "9")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert "уже есть группа № 9" in page.error.text()
    assert page.model.rowCount() == rows + 1
    _click(qtbot, wizard, QWizard.WizardButton.BackButton)
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert page.model.rowCount() == rows + 1
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.summary_page


def test_the_wizard_previews_and_cancel_changes_nothing(
    qtbot,
    demo_db: Database,
    messages: list,  # noqa: ANN001
) -> None:
    set_programme_years(demo_db, {})
    before = dump_tables(demo_db)
    wizard = _wizard(qtbot, demo_db)
    _walk_to_summary(qtbot, wizard)
    summary = wizard.summary_page.summary.text()
    assert "Учебный год 2026/2027 → 2027/2028" in summary
    assert "Новых групп: 1" in summary
    assert wizard.button(QWizard.WizardButton.FinishButton).text() == "&Выполнить"
    _click(qtbot, wizard, QWizard.WizardButton.CancelButton)
    assert not wizard.isVisible()
    assert dump_tables(demo_db) == before
    assert messages == []


def test_the_wizard_refuses_an_existing_year(qtbot, demo_db: Database) -> None:  # noqa: ANN001
    with demo_db.transaction() as session:
        session.add(
            m.AcademicYear(
                start_year=2027, starts_on=dt.date(2027, 9, 1), ends_on=dt.date(2028, 8, 31)
            )
        )
    wizard = _wizard(qtbot, demo_db)
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.years_page
    assert "2027/2028 уже есть" in wizard.years_page.error.text()


def test_finishing_the_wizard_applies_the_rollover(
    qtbot,
    demo_db: Database,
    messages: list,  # noqa: ANN001
) -> None:
    with demo_db.session() as session:
        names = list(session.scalars(select(m.Association.name)))
    set_programme_years(demo_db, dict.fromkeys(names, 2))
    wizard = _wizard(qtbot, demo_db)
    _walk_to_summary(qtbot, wizard)
    plan = wizard.plan
    assert plan is not None and plan.count(Outcome.FINISHES) > 0
    assert f"Завершают программу: {plan.count(Outcome.FINISHES)}" in (
        wizard.summary_page.summary.text()
    )
    with qtbot.waitSignal(wizard.applied, timeout=20_000):
        _click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=5_000)
    assert messages == [
        (
            "information",
            f"Начался учебный год 2027/2028. Создано задач Сферума: {plan.task_count}; "
            "они на странице «Задачи Сферума».",
        )
    ]
    with demo_db.session() as session:
        year = session.scalar(select(m.AcademicYear).where(m.AcademicYear.is_current))
        assert year.start_year == 2027
        tasks = session.scalars(
            select(m.SferumTask).where(m.SferumTask.due_on == year.starts_on)
        ).all()
        assert len(tasks) == plan.task_count


def test_the_change_log_undoes_a_rollover(
    qtbot,
    demo_db: Database,
    messages: list,  # noqa: ANN001
) -> None:
    before = dump_tables(demo_db)
    with demo_db.session() as session:
        plan = rollover.plan_rollover(session)
    with demo_db.transaction() as session:
        rollover.apply_rollover(session, plan)

    with main_window(qtbot, demo_db) as window:
        click_navigation(qtbot, window, "audit")
        page = window.audit
        records = page.shown_records()
        assert records[0].batch == "Переход на учебный год 2027/2028"
        plain = next(i for i, r in enumerate(records) if r.batch_id is None)
        page.table.selectRow(plain)
        assert not page.undo_button.isEnabled()
        page.table.selectRow(0)
        assert page.undo_button.isEnabled()
        assert page.undo_button.text() == "&Отменить пакет изменений…"
        with qtbot.waitSignal(page.loaded, timeout=20_000):
            qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
        kinds = [kind for kind, _text in messages]
        assert kinds == ["question", "information"]
        assert "«Переход на учебный год 2027/2028»" in messages[0][1]
        assert dump_tables(demo_db) == before
        assert page.shown_records()[0].batch == ""
        undone = next(r for r in page.shown_records() if r.batch_id is not None)
        assert undone.batch == "Переход на учебный год 2027/2028 (отменён)"

        # Once undone it is refused, with the reason.
        messages.clear()
        page.table.selectRow(page.shown_records().index(undone))
        qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
        assert messages[0][0] == "warning"
        assert "уже отменён" in messages[0][1]


def test_the_main_window_opens_the_wizard(qtbot, demo_db: Database) -> None:  # noqa: ANN001
    with main_window(qtbot, demo_db) as window:
        assert window.rollover_action.text() == "&Переход на новый учебный год…"
        wizard = window.open_rollover_wizard()
        assert wizard.isVisible() and wizard.windowTitle() == "Переход на новый учебный год"
        wizard.reject()

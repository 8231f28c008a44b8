"""The import wizard, driven like a person would: file → columns → check → import."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWizard,
)
from sqlalchemy import select

from sferum_desk.data import models as m
from sferum_desk.data.engine import Database
from sferum_desk.services import importer
from sferum_desk.ui import import_wizard
from sferum_desk.ui.app import install_translators
from sferum_desk.ui.import_wizard import ImportWizard

from .conftest import TODAY
from .import_files import setup_centre, write_xlsx
from .rollover_helpers import dump_tables
from .ui_helpers import main_window

ROWS = [
    ["Список обучающихся"],
    [],
    ["ФИО ребёнка", "Дата рожд.", "Кружок", "Группа", "Законный представитель", "Тел."],
    ["Иванова Анна Петровна", "05.03.2015", "Робототехника", "1", "Иванова Мария", "89001112233"],
    ["Петров Пётр", "07.04.2014", "Вокал", "1", "", ""],
    ["Сидоров Иван", "31.02.2015", "Вокал", "1", "", ""],
]


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []

    def record(kind: str) -> Any:
        def show(_parent: Any, _title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
            shown.append((kind, text))
            return QMessageBox.StandardButton.Ok

        return show

    for kind in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    return shown


def _click(qtbot, wizard: QWizard, which: QWizard.WizardButton) -> None:  # noqa: ANN001
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def _wizard(qtbot, db: Database) -> ImportWizard:  # noqa: ANN001
    install_translators(QApplication.instance())
    wizard = ImportWizard(db, None, today=TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _to_check_page(qtbot, wizard: ImportWizard, path: Path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), "Excel (*.xlsx)")
    )
    page = wizard.file_page
    assert page.students_radio.isChecked()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    browse = page.findChild(QPushButton, "browse")
    assert browse is not None
    qtbot.mouseClick(browse, Qt.MouseButton.LeftButton)
    assert page.path_edit.text() == str(path)
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    columns = wizard.columns_page
    assert wizard.currentPage() is columns
    assert columns.header_label.text() == "Строка заголовков: 3. Данные: со строки 4."
    assert columns.table.horizontalHeaderItem(2).text() == "Кружок"
    assert columns.table.item(1, 0).text() == "Иванова Анна Петровна"
    assert [c.currentText() for c in columns.combos] == [
        "ФИО",
        "Дата рождения",
        "— не загружать —",
        "Группа",
        "ФИО родителя",
        "Телефон родителя",
    ]
    columns.set_field(2, "association")  # «Кружок» is the association
    with qtbot.waitSignal(wizard.check_page.checked, timeout=20_000):
        _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.check_page


def test_the_wizard_checks_and_imports(
    qtbot,  # noqa: ANN001
    db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    messages: list,
) -> None:
    setup_centre(db)
    path = write_xlsx(tmp_path / "list.xlsx", ROWS)
    wizard = _wizard(qtbot, db)
    _to_check_page(qtbot, wizard, path, monkeypatch)
    check = wizard.check_page
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.text() == "&Загрузить"
    summary = check.summary.text()
    assert "Новых обучающихся: 2" in summary and "Ошибок: 1" in summary
    assert check.tabs.tabText(0) == "Ошибки и замечания (1)"
    assert check.tabs.tabText(1) == "Нет в файле (0)"
    assert check.model.rowCount() == 1
    assert check.model.text(0, 0) == "6"
    assert check.model.text(0, 1) == "Дата рожд."
    assert check.model.text(0, 2) == "Даты «31.02.2015» не бывает."
    assert not finish.isEnabled()

    errors = tmp_path / "problems.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(errors), "Excel (*.xlsx)")
    )
    qtbot.mouseClick(check.save_button, Qt.MouseButton.LeftButton)
    sheet = load_workbook(errors).active
    assert [c.value for c in sheet[4]] == [
        6,
        "Дата рожд.",
        "Даты «31.02.2015» не бывает.",
        "ошибка",
    ]

    with qtbot.waitSignal(check.checked, timeout=20_000):
        check.skip_invalid.setChecked(True)
    assert finish.isEnabled()
    with qtbot.waitSignal(wizard.imported, timeout=20_000):
        _click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=5_000)
    assert messages[0][0] == "information"
    assert messages[0][1].startswith("Загрузка выполнена.\nСтрок в файле: 3")
    with db.session() as session:
        enrolled = session.execute(
            select(m.Person.last_name, m.Group.sferum_class_name)
            .join(m.Enrolment, m.Enrolment.student_id == m.Person.id)
            .join(m.Group, m.Group.id == m.Enrolment.group_id)
            .order_by(m.Person.last_name)
        ).all()
        assert [name for name, _ in enrolled] == ["Иванова", "Петров"]
        parent = session.scalars(select(m.Person).where(m.Person.kind == "parent")).one()
        assert (parent.full_name, parent.phone) == ("Иванова Мария", "+79001112233")
        assert session.scalars(select(m.ChangeBatch.label)).one() == (
            "Импорт обучающихся из list.xlsx"
        )


def test_cancel_during_the_import_writes_nothing(
    qtbot,  # noqa: ANN001
    db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    messages: list,
) -> None:
    setup_centre(db)
    before = dump_tables(db)
    reached, release = threading.Event(), threading.Event()
    real = importer.apply_import

    def held(session, source, options):  # type: ignore[no-untyped-def]  # noqa: ANN001, ANN202
        steps = real(session, source, options)
        try:
            while True:
                step = next(steps)
                if step[2].startswith("Зачисления"):  # the students are already flushed
                    reached.set()
                    release.wait(10)
                yield step
        except StopIteration as stop:
            return stop.value
        finally:
            steps.close()

    monkeypatch.setattr(import_wizard.importer, "apply_import", held)
    wizard = _wizard(qtbot, db)
    _to_check_page(qtbot, wizard, write_xlsx(tmp_path / "list.xlsx", ROWS), monkeypatch)
    with qtbot.waitSignal(wizard.check_page.checked, timeout=20_000):
        wizard.check_page.skip_invalid.setChecked(True)
    _click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(reached.is_set, timeout=10_000)
    assert not wizard.button(QWizard.WizardButton.CancelButton).isEnabled()
    dialog = wizard.findChild(QProgressDialog)
    assert dialog is not None
    cancel = dialog.findChild(QPushButton)
    assert cancel is not None
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)  # the user presses «Отмена»
    release.set()
    qtbot.waitUntil(
        lambda: wizard.button(QWizard.WizardButton.FinishButton).isEnabled(), timeout=10_000
    )
    assert wizard.isVisible() and wizard.result_info is None
    assert dump_tables(db) == before
    assert messages == []


def test_a_workbook_with_several_sheets_asks_for_the_sheet(
    qtbot,  # noqa: ANN001
    db: Database,
    tmp_path: Path,
) -> None:
    path = write_xlsx(tmp_path / "book.xlsx", [["Титул"]], sheet="Титул", extra_sheets=["Список"])
    wizard = _wizard(qtbot, db)
    wizard.file_page.staff_radio.setChecked(True)
    wizard.file_page.path_edit.setText(str(path))
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.sheet_page
    assert [wizard.sheet_page.sheet_combo.itemText(i) for i in range(2)] == ["Титул", "Список"]
    wizard.sheet_page.sheet_combo.setCurrentIndex(1)
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.sheet_page
    assert wizard.sheet_page.error.text() == "book.xlsx: лист «Список» пуст"


def test_a_bad_file_is_named_on_the_first_page(qtbot, db: Database, tmp_path: Path) -> None:  # noqa: ANN001
    path = tmp_path / "bad.xlsx"
    path.write_bytes(b"not a workbook")
    wizard = _wizard(qtbot, db)
    wizard.file_page.path_edit.setText(str(path))
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.file_page
    assert wizard.file_page.error.text() == (
        "bad.xlsx: файл повреждён или это не книга Excel (.xlsx)"
    )


def test_the_file_menu_opens_the_wizard(qtbot, db: Database) -> None:  # noqa: ANN001
    with main_window(qtbot, db) as window:
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus[0] == "&Файл"
        assert window.import_action.text() == "&Импорт…"
        window.import_action.trigger()
        wizard = window.findChild(ImportWizard)
        assert wizard is not None and wizard.isVisible()
        assert wizard.windowTitle() == "Импорт из Excel или CSV"
        wizard.reject()

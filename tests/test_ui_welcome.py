"""The first start: the welcome dialog creates the Centre's database or the demo Centre."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Generator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton
from sqlalchemy import func, select

from sferum_desk import config
from sferum_desk.data.engine import Database, open_database
from sferum_desk.data.models import Order, OrderKind
from sferum_desk.services import demo, stats
from sferum_desk.services.organisation import load_card
from sferum_desk.ui import welcome
from sferum_desk.ui.app import install_translators
from sferum_desk.ui.tasks import wait_for_tasks
from sferum_desk.ui.welcome import WelcomeDialog

from .ui_helpers import main_window


@pytest.fixture
def dialog(qtbot, qapp: QApplication):  # noqa: ANN001, ANN201
    install_translators(qapp)
    opened = WelcomeDialog()
    qtbot.addWidget(opened)
    opened.show()
    yield opened
    wait_for_tasks()
    if opened.database is not None:
        opened.database.dispose()


def test_the_dialog_speaks_russian(dialog: WelcomeDialog) -> None:
    assert dialog.windowTitle() == "Добро пожаловать в Sferum Desk"
    assert dialog.create_button.text() == "&Создать базу Центра"
    assert dialog.demo_button.text() == "&Открыть демонстрационный Центр"


def test_create_makes_the_centre_database_and_opens_the_card(qtbot, dialog: WelcomeDialog) -> None:  # noqa: ANN001
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert config.default_db_path().exists()
    assert dialog.start_page == "settings"
    database = dialog.database
    assert database is not None and database.location == str(config.default_db_path())
    with database.session() as s:
        assert load_card(s) is None  # the user fills it in first
    with main_window(qtbot, database) as window:
        window.open_organisation_card()
        assert window.windowTitle() == "Sferum Desk"
        assert window.current_page() is window.settings
        structure = window.pages["structure"]
        window.show_page("structure")
        # The «Учительская» and the six directions, with no association yet.
        qtbot.waitUntil(lambda: structure.model.rowCount() == 7)
        assert structure.model.index(0, 0).data() == "Учительская"
        assert all(
            not structure.model.hasChildren(structure.model.index(row, 0)) for row in range(7)
        )


def test_demo_generates_a_populated_centre(
    qtbot,  # noqa: ANN001
    dialog: WelcomeDialog,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(welcome, "DEMO_STUDENTS", 40)  # a small Centre keeps the test quick
    with qtbot.waitSignal(dialog.accepted, timeout=120_000):
        qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    database = dialog.database
    assert database is not None
    assert database.location == str(config.demo_db_path())
    assert not config.default_db_path().exists()  # kept apart from the real data
    with database.session() as s:
        figures = stats.collect(s)
        assert not demo.is_empty(s)
        assert load_card(s) is not None
    assert figures.students > 0 and figures.staff > 0 and figures.parents > 0


def test_an_existing_demo_opens_without_generating(
    qtbot,  # noqa: ANN001
    dialog: WelcomeDialog,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(welcome, "DEMO_STUDENTS", 20)
    with qtbot.waitSignal(dialog.accepted, timeout=120_000):
        qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    dialog.database.dispose()
    again = WelcomeDialog()
    qtbot.addWidget(again)
    monkeypatch.setattr(welcome, "generate_demo", lambda *a: pytest.fail("generated twice"))
    with qtbot.waitSignal(again.accepted, timeout=5000):
        qtbot.mouseClick(again.demo_button, Qt.MouseButton.LeftButton)
    assert again.database is not None
    again.database.dispose()


def slow_demo(db: Database, students: int) -> Generator:
    """Stands in for the generator: writes, then takes its time, so Cancel can stop it."""
    with db.transaction() as session:
        session.add(
            Order(number="1", issued_on=dt.date(2026, 9, 1), title="Демо", kind=OrderKind.OTHER)
        )
        session.flush()
        for step in range(500):
            yield step, 500, f"Шаг {step}"
            time.sleep(0.01)


def test_cancel_leaves_the_demo_database_empty(
    qtbot,  # noqa: ANN001
    dialog: WelcomeDialog,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(welcome, "generate_demo", slow_demo)
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert not dialog.demo_button.isEnabled()
    progress = dialog.findChild(QProgressDialog)
    assert progress is not None
    qtbot.waitUntil(progress.isVisible, timeout=5000)
    cancel = progress.findChild(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.demo_button.isEnabled(), timeout=10_000)
    assert dialog.status.text() == "Отменено: демонстрационный Центр не создан."
    assert dialog.database is None and dialog.isVisible()
    database = open_database(config.sqlite_url(config.demo_db_path()))
    try:
        with database.session() as s:
            assert s.scalar(select(func.count(Order.id))) == 0
    finally:
        database.dispose()


def test_a_failed_demo_is_reported(
    qtbot,  # noqa: ANN001
    dialog: WelcomeDialog,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))

    def broken(db: Database, students: int) -> Generator:
        yield 0, 1, "Шаг"
        raise demo.DemoError("База не пуста.")

    monkeypatch.setattr(welcome, "generate_demo", broken)
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert shown == ["Не удалось создать демонстрационный Центр: База не пуста."]
    assert dialog.demo_button.isEnabled() and dialog.database is None

"""Настройки: the organisation card is edited, validated and stored; the database tab."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLineEdit

from sferum_desk.config import sqlite_url
from sferum_desk.data.engine import Database, open_database
from sferum_desk.services.organisation import OrganisationCard, load_card
from sferum_desk.ui.main_window import MainWindow
from sferum_desk.ui.pages.organisation_form import OptionalDateEdit, OrganisationForm

from .ui_helpers import click_navigation, main_window, type_text

VALID_INN = "7707083893"  # a real checksum-valid INN of a legal entity


@pytest.fixture
def window(qtbot, db: Database):  # noqa: ANN001, ANN201
    with main_window(qtbot, db) as opened:
        click_navigation(qtbot, opened, "settings")
        yield opened


def line_edit(form: OrganisationForm, name: str) -> QLineEdit:
    editor = form.editors[name]
    assert isinstance(editor, QLineEdit)
    return editor


def replace_text(qtbot, editor: QLineEdit, text: str) -> None:  # noqa: ANN001
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    type_text(editor, text)


def read_card(database: Database):  # noqa: ANN201
    """The card as stored, read through a freshly opened database."""
    fresh = open_database(database.url)
    try:
        with fresh.session() as s:
            return load_card(s)
    finally:
        fresh.dispose()


def test_the_form_shows_every_field_in_russian(window: MainWindow) -> None:
    form = window.settings.form
    assert window.settings.tabs.tabText(0) == "Организация"
    assert [window.settings.tabs.tabText(i) for i in range(3)] == [
        "Организация",
        "Приказы",
        "База данных",
    ]
    assert list(form.editors) == [f.name for f in dataclasses.fields(OrganisationCard)]
    assert line_edit(form, "short_name").text() == "МБУ ДО ДЮЦ «Контакт»"
    assert form.save_button.text() == "Сохранить"
    dates = [e for e in form.editors.values() if isinstance(e, OptionalDateEdit)]
    assert len(dates) == 3 and all(not d.edit.isEnabled() for d in dates)


def test_edits_are_saved_and_read_back(qtbot, window: MainWindow, db: Database) -> None:  # noqa: ANN001
    form = window.settings.form
    replace_text(qtbot, line_edit(form, "short_name"), "ДЮЦ «Контакт»")
    qtbot.keyClicks(line_edit(form, "inn"), VALID_INN)
    type_text(line_edit(form, "director_name"), "Смирнова Елена Викторовна")
    type_text(line_edit(form, "admin_phone"), "8 (900) 123-45-67")
    type_text(line_edit(form, "admin_email"), "admin@kontakt.example.ru")
    sent = form.editors["application_sent_on"]
    assert isinstance(sent, OptionalDateEdit)
    qtbot.mouseClick(sent.check, Qt.MouseButton.LeftButton)
    assert sent.edit.isEnabled()
    sent.edit.setDate(QDate(2025, 9, 3))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    assert form.status.text() == "Сохранено."
    card = read_card(db)
    assert card is not None
    assert card.short_name == "ДЮЦ «Контакт»"
    assert card.inn == VALID_INN
    assert card.director_name == "Смирнова Елена Викторовна"
    assert card.admin_phone == "+79001234567"  # stored normalised, shown normalised
    assert line_edit(form, "admin_phone").text() == "+79001234567"
    assert card.application_sent_on == dt.date(2025, 9, 3)
    assert card.org_registered_on is None
    assert window.windowTitle() == "ДЮЦ «Контакт» — Sferum Desk"


def test_an_invalid_inn_shows_the_error_and_saves_nothing(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    db: Database,
) -> None:
    form = window.settings.form
    before = read_card(db)
    qtbot.keyClicks(line_edit(form, "inn"), "1234567890")
    type_text(line_edit(form, "director_name"), "Не сохранится")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    error = form.errors["inn"]
    assert error.isVisible()
    assert error.text().startswith("ИНН должен состоять из 10 или 12 цифр")
    assert not form.errors["short_name"].isVisible()
    assert form.summary.isVisible() and "ИНН" in form.summary.text()
    assert form.status.text().startswith("Не сохранено")
    assert read_card(db) == before
    assert window.windowTitle() == "МБУ ДО ДЮЦ «Контакт» — Sferum Desk"

    # Corrected, it saves and the error goes away.
    replace_text(qtbot, line_edit(form, "inn"), VALID_INN)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not error.isVisible()
    assert read_card(db).inn == VALID_INN


def test_the_database_tab_and_the_orders_tab(qtbot, window: MainWindow, db: Database) -> None:  # noqa: ANN001
    tab = window.settings.database_tab
    qtbot.waitUntil(lambda: tab.revision.text() != "")
    assert tab.location.text() == db.location
    assert tab.revision.text().endswith("(актуальная)")
    assert tab.size.text().endswith("КБ") or tab.size.text().endswith("МБ")
    window.settings.tabs.setCurrentIndex(1)
    orders = window.settings.orders
    qtbot.waitUntil(lambda: orders.count_label.text().startswith("Показано"))
    assert orders.title_label.text() == "Приказы"


def test_an_empty_card_asks_to_be_filled(qtbot, empty_db: Database) -> None:  # noqa: ANN001
    with main_window(qtbot, empty_db) as window:
        assert window.windowTitle() == "Sferum Desk"
        overview = window.overview
        assert overview.card_missing.isVisible()
        assert "Карточка организации не заполнена" in overview.card_missing.text()
        qtbot.mouseClick(overview.card_button, Qt.MouseButton.LeftButton)
        assert window.current_page() is window.settings
        assert window.settings.tabs.currentWidget() is window.settings.form
        form = window.settings.form
        type_text(line_edit(form, "full_name"), "Центр «Радуга»")
        type_text(line_edit(form, "short_name"), "Радуга")
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
        assert window.windowTitle() == "Радуга — Sferum Desk"
    assert read_card(empty_db).full_name == "Центр «Радуга»"


def test_reopening_shows_the_saved_card(qtbot, db: Database, tmp_path) -> None:  # noqa: ANN001
    with main_window(qtbot, db) as window:
        click_navigation(qtbot, window, "settings")
        form = window.settings.form
        qtbot.keyClicks(line_edit(form, "kpp"), "771001001")
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    again = open_database(sqlite_url(tmp_path / "test.sqlite3"))
    try:
        with main_window(qtbot, again, start_page="settings") as window:
            assert line_edit(window.settings.form, "kpp").text() == "771001001"
    finally:
        again.dispose()

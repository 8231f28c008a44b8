"""Empty pages say what they are for and what to do next, with buttons that do it; a filter
that hides every row says so and clears with one click; a full Centre shows none of it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget
from sqlalchemy import select

from sferum_desk.config import sqlite_url
from sferum_desk.data import models as m
from sferum_desk.data.engine import Database, open_database
from sferum_desk.services import organisation
from sferum_desk.ui.chats import ChatDialog
from sferum_desk.ui.empty_state import EmptyState
from sferum_desk.ui.import_wizard import ImportWizard
from sferum_desk.ui.main_window import MainWindow
from sferum_desk.ui.pages.list_page import ListPage
from sferum_desk.ui.people.person_dialog import PersonDialog
from sferum_desk.ui.structure_dialogs import AssociationDialog

from .ui_helpers import click_navigation, main_window, populate_small, type_text

# What each page of a new Centre (the card saved, nothing else) says in its table's place.
EMPTY_TITLES = {
    "structure": "Нет объединений и групп",
    "staff": "Сотрудников пока нет",
    "students": "Обучающихся пока нет",
    "parents": "Родителей пока нет",
    "movement": "Движения пока нет",
    "invites": "Ссылок-приглашений пока нет",
    "chats": "Чатов пока нет",
    "posts": "Публикаций пока нет",
    "broadcasts": "Трансляций и встреч пока нет",
    "support": "Обращений пока нет",
    "tasks": "Все задачи выполнены",
}


@pytest.fixture
def window(qtbot, db: Database):  # noqa: ANN001, ANN201
    with main_window(qtbot, db) as opened:
        yield opened


def _content(page: QWidget) -> QWidget:
    """What the empty state stands in for: the table, the tree, the calendar's tabs."""
    for name in ("table", "view", "tabs"):
        widget = getattr(page, name, None)
        if widget is not None:
            return widget
    raise AssertionError(f"no content widget on {page!r}")


def _state(page: QWidget) -> EmptyState:
    state = page.empty_state
    assert isinstance(state, EmptyState)
    return state


def _buttons(state: EmptyState) -> list[str]:
    return [button.text() for button in state.buttons]


def _visible_empty_states(window: MainWindow) -> list[str]:
    return [
        state.title_label.text()
        for state in window.findChildren(EmptyState)
        if state.isVisible() and state.objectName() != "no_match"
    ]


def test_every_empty_page_says_what_to_do_in_place_of_its_table(
    qtbot,
    window: MainWindow,  # noqa: ANN001
) -> None:
    for key, title in EMPTY_TITLES.items():
        click_navigation(qtbot, window, key)
        page = window.pages[key]
        state = _state(page)
        qtbot.waitUntil(state.isVisible)
        assert state.title_label.text() == title
        assert not _content(page).isVisible()
        assert _visible_empty_states(window) == [title]
    assert _buttons(_state(window.pages["students"])) == ["Импорт…", "Добавить…"]
    assert _buttons(_state(window.pages["structure"])) == ["Добавить объединение…", "Импорт…"]
    assert _state(window.pages["tasks"]).buttons == []  # good news: nothing to do
    text = _state(window.pages["students"]).text_label.text()
    assert text.startswith("Загрузите список из Excel")


def test_an_empty_list_goes_once_a_record_is_added(
    qtbot,
    window: MainWindow,
    db: Database,
    monkeypatch,  # noqa: ANN001
) -> None:
    click_navigation(qtbot, window, "chats")
    page = window.pages["chats"]
    assert isinstance(page, ListPage)
    assert page.empty_state.isVisible() and not page.table.isVisible()

    def exec_(dialog: ChatDialog) -> int:
        dialog.show()
        dialog.kind.setCurrentIndex(dialog.kind.findData(m.ChatKind.OTHER))
        type_text(dialog.title, "Летний лагерь")
        button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(ChatDialog, "exec", exec_)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        qtbot.mouseClick(page.empty_state.button("empty_add"), Qt.MouseButton.LeftButton)
    assert page.table.isVisible() and not page.empty_state.isVisible()
    assert [row.title for row in page.shown_records()] == ["Летний лагерь"]
    with db.session() as s:
        assert s.scalar(select(m.Chat.title)) == "Летний лагерь"


def test_the_buttons_open_the_dialog_the_wizard_or_the_page(
    qtbot,
    window: MainWindow,
    monkeypatch,  # noqa: ANN001
) -> None:
    opened: list[str] = []

    def exec_(dialog: PersonDialog) -> int:
        opened.append(dialog.windowTitle())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(PersonDialog, "exec", exec_)
    click_navigation(qtbot, window, "students")
    students = window.pages["students"]
    qtbot.mouseClick(students.empty_state.button("empty_add"), Qt.MouseButton.LeftButton)
    assert len(opened) == 1

    for key, radio in (("students", "students_radio"), ("staff", "staff_radio")):
        click_navigation(qtbot, window, key)
        page = window.pages[key]
        qtbot.mouseClick(page.empty_state.button("empty_import"), Qt.MouseButton.LeftButton)
        wizard = window.findChild(ImportWizard)
        assert wizard is not None and wizard.isVisible()
        assert getattr(wizard.file_page, radio).isChecked()
        wizard.reject()
        wizard.deleteLater()
        qtbot.waitUntil(lambda: window.findChild(ImportWizard) is None)

    click_navigation(qtbot, window, "structure")
    structure = window.structure
    qtbot.mouseClick(structure.empty_state.button("empty_add"), Qt.MouseButton.LeftButton)
    dialog = structure.dialog
    assert isinstance(dialog, AssociationDialog) and dialog.isVisible()
    type_text(dialog.name_edit, "Робототехника")
    with qtbot.waitSignal(structure.loaded, timeout=20_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert structure.view.isVisible() and not structure.empty_state.isVisible()

    click_navigation(qtbot, window, "reports")
    reports = window.reports
    with qtbot.waitSignal(reports.loaded, timeout=20_000):
        reports.select_kind("movement")
    state = reports.empty_state
    assert state.isVisible() and not reports.table.isVisible()
    assert state.open_button.text() == "Открыть «Движение»"
    qtbot.mouseClick(state.open_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.pages["movement"]


def test_the_backups_tab_offers_the_first_copy(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    click_navigation(qtbot, window, "settings")
    tab = window.settings.backups
    window.settings.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(tab.empty_state.isVisible)
    assert tab.empty_state.title_label.text() == "Резервных копий пока нет"
    assert not tab.table.isVisible()
    button = tab.empty_state.button("empty_backup")
    assert button.text() == "Сделать копию сейчас"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(tab.table.isVisible, timeout=20_000)
    assert tab.model.rowCount() == 1 and not tab.empty_state.isVisible()


def test_the_orders_tab_offers_the_first_order(
    qtbot,
    window: MainWindow,
    monkeypatch,  # noqa: ANN001
) -> None:
    from sferum_desk.ui.order_dialog import OrderDialog

    opened: list[OrderDialog] = []
    monkeypatch.setattr(OrderDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    click_navigation(qtbot, window, "settings")
    orders = window.settings.orders
    window.settings.tabs.setCurrentWidget(orders)
    qtbot.waitUntil(orders.empty_state.isVisible)
    assert orders.empty_state.title_label.text() == "Приказов пока нет"
    qtbot.mouseClick(orders.empty_state.button("empty_add"), Qt.MouseButton.LeftButton)
    assert len(opened) == 1


def test_a_filter_that_hides_every_row_says_so_and_clears(
    qtbot,
    db: Database,  # noqa: ANN001
) -> None:
    populate_small(db)
    with main_window(qtbot, db) as window:
        for key in ("students", "structure", "tasks"):
            click_navigation(qtbot, window, key)
            page = window.pages[key]
            overlay = page.no_match if key != "structure" else page.empty_state.no_match
            content = _content(page)
            assert not overlay.isVisible()
            page.filter_edit.setFocus()
            type_text(page.filter_edit, "яяяя")
            assert overlay.isVisible()
            assert overlay.title_label.text() == "Ничего не найдено по «яяяя»"
            assert content.isVisible()  # the header and the filter stay
            reset = overlay.button("reset_filter")
            assert reset.text() == "Сбросить фильтр"
            qtbot.mouseClick(reset, Qt.MouseButton.LeftButton)
            assert page.filter_edit.text() == ""
            assert not overlay.isVisible()
            assert content.model().rowCount() > 0

        # a channel with no posts chosen: «Сбросить фильтр» goes back to «Все»
        click_navigation(qtbot, window, "posts")
        posts = window.posts
        posts.tabs.setCurrentWidget(posts.list_page)
        listing = posts.list_page
        qtbot.waitUntil(lambda: len(listing.shown_records()) == 3)
        combo = listing.choice_combo
        combo.setCurrentIndex(combo.findText("канал Сотрудники (0)"))
        assert listing.shown_records() == [] and listing.table.isVisible()
        assert listing.no_match.title_label.text() == "Ничего не найдено по выбранному отбору"
        qtbot.mouseClick(listing.no_match.button("reset_filter"), Qt.MouseButton.LeftButton)
        assert combo.currentIndex() == 0 and len(listing.shown_records()) == 3
        assert not listing.no_match.isVisible()


def test_the_change_log_of_a_new_database_and_its_period_filter(
    qtbot,
    empty_db: Database,
    db: Database,  # noqa: ANN001
) -> None:
    with main_window(qtbot, empty_db) as window:
        click_navigation(qtbot, window, "audit")
        state = window.audit.empty_state
        qtbot.waitUntil(state.isVisible)
        assert state.title_label.text() == "Журнал изменений пуст"
        assert state.buttons == [] and not window.audit.table.isVisible()

    with main_window(qtbot, db) as window:  # the saved card is in the log
        click_navigation(qtbot, window, "audit")
        audit = window.audit
        qtbot.waitUntil(lambda: audit.model.rowCount() > 0)
        audit.from_edit.setDate(audit.from_edit.date().addYears(-10))
        audit.to_edit.setDate(audit.from_edit.date())
        with qtbot.waitSignal(audit.loaded, timeout=20_000):
            audit.period_check.setChecked(True)
        assert audit.model.rowCount() == 0
        assert not audit.empty_state.isVisible()  # entries exist: the filter hides them
        assert audit.no_match.isVisible() and audit.table.isVisible()
        with qtbot.waitSignal(audit.loaded, timeout=20_000):
            qtbot.mouseClick(audit.no_match.button("reset_filter"), Qt.MouseButton.LeftButton)
        assert not audit.period_check.isChecked()
        assert audit.model.rowCount() > 0 and not audit.no_match.isVisible()


def test_the_first_steps_of_a_new_centre_go_as_they_are_done(
    qtbot,
    empty_db: Database,  # noqa: ANN001
) -> None:
    with main_window(qtbot, empty_db) as window:
        steps = window.overview.first_steps
        assert steps.isVisible()
        assert [key for key, label in steps.texts.items() if label.isVisible()] == [
            "card",
            "structure",
            "lists",
            "invites",
        ]
        qtbot.mouseClick(steps.buttons["invites"], Qt.MouseButton.LeftButton)
        assert window.current_page() is window.pages["invites"]
        click_navigation(qtbot, window, "overview")
        qtbot.mouseClick(steps.buttons["lists"], Qt.MouseButton.LeftButton)
        wizard = window.findChild(ImportWizard)
        assert wizard is not None and wizard.file_page.students_radio.isChecked()
        wizard.reject()

    with empty_db.transaction() as s:
        organisation.save_card(s, organisation.OrganisationCard(full_name="Центр", short_name="Ц"))
    with main_window(qtbot, empty_db, start_page="overview") as window:
        steps = window.overview.first_steps
        assert not steps.texts["card"].isVisible() and steps.texts["structure"].isVisible()
        qtbot.mouseClick(steps.buttons["structure"], Qt.MouseButton.LeftButton)
        assert window.current_page() is window.structure


def test_a_centre_with_everything_done_has_no_first_steps(qtbot, db: Database) -> None:  # noqa: ANN001
    populate_small(db)
    with main_window(qtbot, db, start_page="overview") as window:
        assert not window.overview.first_steps.isVisible()


def test_viewing_only_offers_no_button_that_writes(qtbot, db: Database, tmp_path) -> None:  # noqa: ANN001
    viewer = open_database(sqlite_url(tmp_path / "test.sqlite3"), read_only=True)
    try:
        with main_window(qtbot, viewer, start_page="overview") as window:
            assert window.overview.first_steps.buttons["lists"] is None
            for key in ("students", "structure", "chats"):
                click_navigation(qtbot, window, key)
                state = _state(window.pages[key])
                qtbot.waitUntil(state.isVisible)
                assert state.buttons == []
                assert "только для просмотра" in state.text_label.text()
            click_navigation(qtbot, window, "reports")
            window.reports.select_kind("chats")
            qtbot.waitUntil(window.reports.empty_state.isVisible)
            assert window.reports.empty_state.open_button.isVisible()  # it only shows a page
    finally:
        viewer.dispose()


def test_the_demo_centre_shows_no_empty_state(qtbot, demo_db: Database) -> None:  # noqa: ANN001
    with main_window(qtbot, demo_db) as window:
        for key in window.page_keys():
            click_navigation(qtbot, window, key)
            page = window.pages[key]
            if key == "reports":
                qtbot.waitUntil(lambda: window.reports.model.rowCount() > 0)
            assert _visible_empty_states(window) == [], key
            if key in EMPTY_TITLES:
                assert _content(page).isVisible(), key
        assert not window.overview.first_steps.isVisible()

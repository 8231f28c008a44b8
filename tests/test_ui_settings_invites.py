"""Настройки → Ссылки-приглашения: allowed hosts and the unclaimed days, saved with errors
shown under the field; the saved hosts decide which address the add-link dialog takes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from sferum_desk.data.engine import Database, open_database
from sferum_desk.services import settings
from sferum_desk.ui.invites import common as invites_common
from sferum_desk.ui.invites.dialogs import AddInviteDialog
from sferum_desk.ui.invites.settings_tab import InviteSettingsTab
from sferum_desk.ui.main_window import MainWindow

from .conftest import TODAY
from .ui_helpers import click_navigation, main_window, populate_small, type_text


@pytest.fixture
def window(qtbot, db: Database, monkeypatch: pytest.MonkeyPatch):  # noqa: ANN001, ANN201
    monkeypatch.setattr(invites_common, "today", lambda: TODAY)
    populate_small(db)
    with main_window(qtbot, db) as opened:
        click_navigation(qtbot, opened, "settings")
        yield opened


@pytest.fixture
def tab(window: MainWindow) -> InviteSettingsTab:
    tabs = window.settings.tabs
    index = tabs.indexOf(window.settings.invites)
    assert tabs.tabText(index) == "Ссылки-приглашения"
    tabs.setCurrentIndex(index)
    return window.settings.invites


def stored(database: Database) -> tuple[list[str], int]:
    fresh = open_database(database.url)
    try:
        with fresh.session() as s:
            return settings.allowed_invite_hosts(s), settings.invite_unclaimed_days(s)
    finally:
        fresh.dispose()


def retype(qtbot, tab: InviteSettingsTab, *lines: str) -> None:  # noqa: ANN001
    """Replace the hosts by typing ``lines``, Enter after each but the last."""
    tab.hosts.setFocus()
    tab.hosts.selectAll()
    qtbot.keyClick(tab.hosts, Qt.Key.Key_Delete)
    for i, line in enumerate(lines):
        if i:
            qtbot.keyClick(tab.hosts, Qt.Key.Key_Return)
        type_text(tab.hosts, line)


def test_the_tab_shows_the_defaults(tab: InviteSettingsTab) -> None:
    assert tab.host_lines() == list(settings.DEFAULT_INVITE_HOSTS)
    assert tab.days.value() == settings.DEFAULT_INVITE_UNCLAIMED_DAYS


def test_a_bad_host_is_refused_under_the_field_and_nothing_is_saved(
    qtbot,
    tab: InviteSettingsTab,
    db: Database,  # noqa: ANN001
) -> None:
    retype(qtbot, tab, "sferum.ru", "https://evil.com/x")
    tab.days.setValue(30)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    error = tab.errors["hosts"]
    assert error.isVisible()
    assert "«https://evil.com/x» — не имя узла" in error.text()
    assert stored(db) == (list(settings.DEFAULT_INVITE_HOSTS), 14)
    assert tab.dirty  # what was typed stays for correcting


def test_hosts_and_days_are_saved_cleaned(
    qtbot,
    tab: InviteSettingsTab,
    db: Database,  # noqa: ANN001
) -> None:
    retype(qtbot, tab, "Sferum.RU", "", "школа.рф", "sferum.ru")
    tab.days.setValue(30)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert not tab.errors["hosts"].isVisible()
    assert tab.status.text() == "Сохранено."
    hosts = ["sferum.ru", "xn--80atdl2c.xn--p1ai"]
    assert stored(db) == (hosts, 30)
    assert tab.host_lines() == hosts
    qtbot.mouseClick(tab.defaults_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert stored(db) == (list(settings.DEFAULT_INVITE_HOSTS), 30)


def test_the_add_dialog_follows_the_saved_hosts(
    qtbot,
    tab: InviteSettingsTab,
    db: Database,
    monkeypatch,  # noqa: ANN001
) -> None:
    retype(qtbot, tab, "sferum.ru")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    dialog = AddInviteDialog(db)
    qtbot.addWidget(dialog)
    dialog.to_chat.setChecked(True)
    dialog.url.setText("https://vk.me/join/abc")
    dialog.accept()
    assert "«vk.me» не входит в разрешённые (sferum.ru" in dialog.errors["url"].text()
    dialog.url.setText("https://web.sferum.ru/join/abc")
    dialog.accept()
    assert dialog.result() == AddInviteDialog.DialogCode.Accepted
    assert dialog.link_id is not None

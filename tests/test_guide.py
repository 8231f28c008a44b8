"""The administrator's guide: its pages hold together, and F1 opens the one for the screen."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTextBrowser

from sferum_desk.data.engine import Database
from sferum_desk.ui import guide
from sferum_desk.ui.guide import GuideBrowser, guide_dir
from sferum_desk.ui.main_window import PAGES

from .ui_helpers import click_navigation, main_window

pytestmark = pytest.mark.gui

GUIDE = guide_dir()
LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")


def _heading(topic: str) -> str:
    assert GUIDE is not None
    first = (GUIDE / topic).read_text(encoding="utf-8").splitlines()[0]
    return first.removeprefix("# ").strip()


def test_the_guide_is_found_and_every_link_and_image_resolves() -> None:
    assert GUIDE is not None and GUIDE.name == "guide"
    pages = sorted(GUIDE.glob("*.md"))
    assert len(pages) >= 14
    broken = [
        f"{page.name}: {target}"
        for page in pages
        for target in LINK.findall(page.read_text(encoding="utf-8"))
        if not target.startswith(("http://", "https://", "mailto:"))
        and not (page.parent / target).resolve().is_file()
    ]
    assert not broken, broken
    index = (GUIDE / guide.INDEX).read_text(encoding="utf-8")
    unlisted = [p.name for p in pages if p.name != guide.INDEX and f"]({p.name})" not in index]
    assert not unlisted, f"not in the contents: {unlisted}"


def test_every_screen_has_its_page() -> None:
    assert GUIDE is not None
    assert set(guide.PAGE_TOPICS) == {key for key, _title in PAGES}
    topics = [
        *guide.PAGE_TOPICS.values(),
        guide.IMPORT_TOPIC,
        guide.ROLLOVER_TOPIC,
        guide.BACKUP_TOPIC,
        guide.PROGRAM_TOPIC,
    ]
    assert all((GUIDE / topic).is_file() for topic in topics)


@pytest.mark.parametrize(
    ("key", "topic"),
    [("students", "04-people.md"), ("invites", "06-invites.md"), ("reports", "11-reports.md")],
)
def test_f1_opens_the_page_of_the_screen_on_view(
    qtbot,
    demo_db: Database,
    key: str,
    topic: str,  # noqa: ANN001
) -> None:
    with main_window(qtbot, demo_db) as window:
        click_navigation(qtbot, window, key)
        QTest.keyClick(window.current_page(), Qt.Key.Key_F1)
        browser = window.findChild(GuideBrowser)
        assert browser is not None and browser.isVisible()
        assert browser.topic() == topic
        heading = _heading(topic)
        assert browser.windowTitle() == f"{heading} — Руководство администратора"
        text = browser.findChild(QTextBrowser, "guide_text").toPlainText()
        assert text.startswith(heading)
        # F1 again on another screen reuses the one window
        click_navigation(qtbot, window, "overview")
        window.guide_action.trigger()
        assert window.findChildren(GuideBrowser) == [browser]
        assert browser.topic() == guide.PAGE_TOPICS["overview"]
        browser.close()


def test_the_settings_tab_decides_the_page(qtbot, demo_db: Database) -> None:  # noqa: ANN001
    with main_window(qtbot, demo_db) as window:
        click_navigation(qtbot, window, "settings")
        window.settings.tabs.setCurrentWidget(window.settings.backups)
        assert window.help_topic() == guide.BACKUP_TOPIC
        window.settings.tabs.setCurrentWidget(window.settings.program)
        assert window.help_topic() == guide.PROGRAM_TOPIC
        window.settings.tabs.setCurrentWidget(window.settings.form)
        assert window.help_topic() == "02-registration.md"


def test_f1_in_the_import_wizard_opens_the_import_page(qtbot, db: Database) -> None:  # noqa: ANN001
    from sferum_desk.ui.import_wizard import ImportWizard

    wizard = ImportWizard(db, None)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    QTest.keyClick(wizard.file_page.path_edit, Qt.Key.Key_F1)
    browser = wizard.findChild(GuideBrowser)
    assert browser is not None and browser.topic() == guide.IMPORT_TOPIC
    browser.close()


def test_links_move_inside_the_guide_and_web_links_go_to_the_browser(
    qtbot,
    monkeypatch,  # noqa: ANN001
) -> None:
    assert GUIDE is not None
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    browser = GuideBrowser(GUIDE)
    qtbot.addWidget(browser)
    browser.show()
    browser.open_topic(guide.INDEX)
    assert not browser.back.isEnabled()
    browser.follow(QUrl("05-import.md"))
    assert browser.topic() == "05-import.md" and browser.back.isEnabled()
    browser.back.click()
    assert browser.topic() == guide.INDEX
    browser.follow(QUrl("mailto:info@sferum.ru"))
    assert opened == ["mailto:info@sferum.ru"] and browser.topic() == guide.INDEX
    browser.open_topic("no-such-page.md")
    assert browser.topic() == guide.INDEX


def test_screenshots_are_scaled_to_the_width_of_the_window(qtbot) -> None:  # noqa: ANN001
    assert GUIDE is not None
    browser = GuideBrowser(GUIDE)
    qtbot.addWidget(browser)
    browser.resize(700, 600)
    browser.show()
    QApplication.processEvents()
    text = browser.browser
    shot = (GUIDE.parent / "screenshots" / "page-overview.png").resolve()
    assert QImage(str(shot)).width() == 1280
    image = text.loadResource(2, QUrl.fromLocalFile(str(shot)))  # QTextDocument.ImageResource
    assert isinstance(image, QImage)
    assert image.width() == text.viewport().width() - text.MARGIN < 700


def test_without_the_guide_f1_says_so(qtbot, monkeypatch, tmp_path: Path) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QMessageBox, QWidget

    told: list[str] = []
    monkeypatch.setattr(guide, "guide_dir", lambda: None)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    parent = QWidget()
    qtbot.addWidget(parent)
    assert guide.show_guide(parent) is None
    assert told and "не установлено" in told[0]

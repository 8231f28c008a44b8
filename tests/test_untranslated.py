"""Every page and every dialog, walked in Russian: no text is left in English, and dates are
shown and typed as ДД.ММ.ГГГГ.

``test_translations.py`` checks the messages the code marks for translation; this walk
finds what never reached the translator: a string built without ``tr()``, a header, a
placeholder, a tooltip, a combo item, a menu entry or a wizard page title.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTextEdit,
    QTimeEdit,
    QTreeView,
    QWidget,
    QWizard,
)

from sferum_desk.data.engine import Database
from sferum_desk.ui.main_window import PAGES

from .dialog_walk import each_dialog_view
from .ui_helpers import click_navigation, main_window

pytestmark = pytest.mark.gui

# Latin words that are at home in the Russian interface: names of products, formats and
# keys, and the parts of web and mail addresses.
ALLOWED = {
    "sferum", "desk", "excel", "csv", "pdf", "xlsx", "ics", "icalendar", "postgresql",
    "sqlite", "sdbackup", "ctrl", "shift", "alt", "del", "enter", "esc", "tab", "mail", "vk",
    "max", "com", "www", "utf", "windows", "linux", "english", "sqlalchemy", "messenger",
    "utc", "scrypt",
}  # fmt: skip
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
NOT_WORDS = re.compile(
    r"https?://\S*"  # addresses
    r"|\{\w+\}"  # placeholders the user types, as in the naming rule
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail addresses
    r"|(?:[A-Za-z]:)?[\\/][^\s«»,;]+"  # file paths
    r"|(?:[\w-]+\.)+(?:ru|me|com|sqlite3|xlsx|csv|pdf|ics|eml|sdbackup|png|md)\b"  # host, file
)
DATE_FORMAT = re.compile(r"^dd\.MM\.yyyy( HH:mm)?$")


def _plain(text: str) -> str:
    return QTextDocumentFragment.fromHtml(text).toPlainText() if "<" in text else text


def texts_of(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a person can read in ``root``: its widgets shown or
    hidden (an error label appears later), tooltips, headers, items, menus."""
    for widget in [root, *root.findChildren(QWidget)]:
        where = f"{type(widget).__name__}#{widget.objectName()}"
        if widget.isWindow():
            yield where + " title", widget.windowTitle()
        yield where + " tooltip", _plain(widget.toolTip())
        if isinstance(widget, QLabel):
            yield where, _plain(widget.text())
        elif isinstance(widget, QAbstractButton):
            yield where, widget.text()
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            yield where + " placeholder", widget.placeholderText()
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield where + f" item {i}", widget.itemText(i)
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                yield where + f" tab {i}", widget.tabText(i)
                yield where + f" tab {i} tooltip", widget.tabToolTip(i)
        elif isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            model = widget.model()
            header_view = (
                widget.horizontalHeader() if isinstance(widget, QTableView) else widget.header()
            )
            for column in range(header_view.count()):
                header = model.headerData(column, Qt.Orientation.Horizontal)
                yield where + f" header {column}", str(header or "")
        elif isinstance(widget, QMenu):
            for action in widget.actions():
                yield where + " action", action.text()
        elif isinstance(widget, QWizard):
            for page_id in widget.pageIds():
                page = widget.page(page_id)
                yield where + f" page {page_id}", page.title()
                yield where + f" page {page_id} subtitle", page.subTitle()
        for action in widget.actions():
            yield where + " action", action.text()
            yield where + " action tooltip", action.toolTip()


def english_words(text: str) -> list[str]:
    rest = NOT_WORDS.sub(" ", text)
    return [w for w in LATIN_WORD.findall(rest) if w.casefold() not in ALLOWED]


def untranslated(root: QWidget, label: str) -> list[str]:
    found = []
    for where, text in texts_of(root):
        words = english_words(text.replace("&", ""))
        if words:
            found.append(f"{label} {where}: {text!r} ({', '.join(words)})")
    return found


def wrong_dates(root: QWidget, label: str) -> list[str]:
    return [
        f"{label} {type(edit).__name__}#{edit.objectName()}: {edit.displayFormat()!r}"
        for edit in root.findChildren(QDateTimeEdit)
        if not isinstance(edit, QTimeEdit)
        and not DATE_FORMAT.match(edit.displayFormat())
        or (isinstance(edit, QDateEdit) and " " in edit.displayFormat())
    ]


def test_the_checker_finds_english(qtbot) -> None:  # noqa: ANN001
    """The walk's own check: it must catch a stray English text and let Russian pass."""
    box = QWidget()
    qtbot.addWidget(box)
    QLabel("Сохранено в /tmp/report.xlsx, письмо на info@sferum.ru (Ctrl+S)", box)
    assert untranslated(box, "box") == []
    QLabel("Nothing to show", box).setObjectName("stray")
    assert untranslated(box, "box") == ["box QLabel#stray: 'Nothing to show' (Nothing, show)"]
    edit = QDateEdit(box)
    edit.setDisplayFormat("M/d/yy")
    assert len(wrong_dates(box, "box")) == 1


def test_every_page_is_russian(qtbot, demo_db: Database) -> None:  # noqa: ANN001
    found: list[str] = []
    with main_window(qtbot, demo_db) as window:
        for key, _title in PAGES:
            click_navigation(qtbot, window, key)
            qtbot.waitUntil(lambda key=key: not window.pages[key].stale, timeout=20_000)
            found += untranslated(window.pages[key], f"page {key}:")
            found += wrong_dates(window.pages[key], f"page {key}:")
        found += untranslated(window.menuBar(), "menu bar:")
        for menu in window.menuBar().findChildren(QMenu):
            found += untranslated(menu, f"menu {menu.title()}:")
    assert not found, "\n".join(found)


def test_every_dialog_is_russian(qtbot, demo_db: Database, tmp_path: Path) -> None:  # noqa: ANN001
    found: list[str] = []
    with main_window(qtbot, demo_db) as window:
        for name, dialog in each_dialog_view(qtbot, window, tmp_path):
            found += untranslated(dialog, f"{name}:")
            found += wrong_dates(dialog, f"{name}:")
    assert not found, "\n".join(sorted(set(found)))

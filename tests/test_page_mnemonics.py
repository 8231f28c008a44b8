"""Alt+letter on the pages of the main window: a letter a page's buttons, labels or tabs
take must not also open a menu of the menu bar or another control on screen, or Alt+letter
only moves the focus between them instead of pressing the button."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar, QWidget

from sferum_desk.data.engine import Database
from sferum_desk.ui.main_window import PAGES

from .mnemonics import mnemonic
from .ui_helpers import click_navigation, main_window

pytestmark = pytest.mark.gui


def shown_letters(root: QWidget, window: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every control on screen in ``root`` that has an Alt+letter."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            texts = [widget.text()]
        elif isinstance(widget, QTabBar):
            texts = [widget.tabText(i) for i in range(widget.count())]
        else:
            continue
        found += [(letter, text) for text in texts if (letter := mnemonic(text))]
    return found


def clashes(letters: list[tuple[str, str]]) -> list[str]:
    first: dict[str, str] = {}
    problems = []
    for letter, text in letters:
        if letter in first and first[letter] != text:
            problems.append(f"Alt+{letter}: «{first[letter]}» and «{text}»")
        first.setdefault(letter, text)
    return problems


def test_no_page_shares_a_letter_with_the_menus_or_itself(qtbot, demo_db: Database) -> None:  # noqa: ANN001
    problems = []
    with main_window(qtbot, demo_db) as window:
        menus = [(m, a.text()) for a in window.menuBar().actions() if (m := mnemonic(a.text()))]
        for key, _title in PAGES:
            click_navigation(qtbot, window, key)
            page = window.pages[key]
            found = clashes(menus + shown_letters(page, window))
            problems += [f"{key}: {p}" for p in found]
            settings_tabs = getattr(page, "tabs", None)
            if key == "settings" and settings_tabs is not None:
                for index in range(settings_tabs.count()):
                    settings_tabs.setCurrentIndex(index)
                    found = clashes(menus + shown_letters(page, window))
                    problems += [f"{key} tab {index}: {p}" for p in found]
    assert not problems, "\n".join(sorted(set(problems)))

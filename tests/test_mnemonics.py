"""Alt+letter everywhere, checked in the Russian translation: every command of the menu bar
and of the pages' context menus, every labelled field, push button, check box and radio
button of every dialog (tests/dialog_catalogue.py) has a letter, none taken twice where
it is pressed. Qt's own buttons (OK, Cancel, a wizard's Back) keep Qt's translation."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMenu

from sferum_desk.data.engine import Database

from .dialog_walk import each_dialog_view
from .mnemonics import dialog_problems, menu_problems, mnemonic
from .ui_helpers import main_window


def test_mnemonic_reads_the_letter_after_one_ampersand() -> None:
    assert mnemonic("&Импорт…") == "и"
    assert mnemonic("Сохранить &PDF") == "p"
    assert mnemonic("Tom && Jerry") is None
    assert mnemonic("Tom && &Jerry") == "j"
    assert mnemonic("Без буквы") is None


def test_every_menu_command_has_its_own_letter(qtbot, demo_db: Database) -> None:  # noqa: ANN001
    with main_window(qtbot, demo_db) as window:
        bar = QMenu()
        for action in window.menuBar().actions():
            bar.addAction(action)
        problems = menu_problems(bar, "menu bar")
        structure = QMenu()
        for action in window.structure.context_actions:
            structure.addAction(action)
        problems += menu_problems(structure, "Структура, context menu")
        audit = QMenu()
        for action in window.audit.table.actions():
            audit.addAction(action)
        problems += menu_problems(audit, "Журнал изменений, context menu")
    assert not problems, "\n".join(problems)


def test_every_dialog_has_its_own_letter_for_each_field_and_button(
    qtbot,  # noqa: ANN001
    demo_db: Database,
    tmp_path: Path,
) -> None:
    problems: dict[str, list[str]] = {}
    with main_window(qtbot, demo_db) as window:
        for name, dialog in each_dialog_view(qtbot, window, tmp_path):
            if found := dialog_problems(dialog):
                problems[name] = found
    report = "\n".join(f"{name}:\n  " + "\n  ".join(lines) for name, lines in problems.items())
    assert not problems, report

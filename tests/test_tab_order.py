"""Tab through every dialog and every wizard page of the app (tests/dialog_catalogue.py):
each control is reached, in reading order, the dialog's own buttons last."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLineEdit, QPushButton

from sferum_desk.data.engine import Database
from sferum_desk.ui.tab_order import follow_layout

from .dialog_walk import each_dialog_view
from .focus_chain import describe, order_problems, tab_chain
from .ui_helpers import main_window


def test_tab_reaches_every_control_of_every_dialog_in_reading_order(
    qtbot,  # noqa: ANN001
    demo_db: Database,
    tmp_path: Path,
) -> None:
    problems: dict[str, list[str]] = {}
    with main_window(qtbot, demo_db) as window:
        for name, dialog in each_dialog_view(qtbot, window, tmp_path):
            chain = tab_chain(dialog)
            if found := order_problems(dialog, chain):
                problems[name] = [" → ".join(map(describe, chain)), *found]
    report = "\n".join(f"{name}:\n  " + "\n  ".join(lines) for name, lines in problems.items())
    assert not problems, report


def test_a_form_built_out_of_order_is_tabbed_as_it_is_laid_out(qtbot) -> None:  # noqa: ANN001
    """follow_layout: a field made before the one above it, and a button added to the box
    after the standard ones, are still met top to bottom, the box as laid out."""
    from PySide6.QtWidgets import QDialog, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    second = QLineEdit(objectName="second")
    first = QLineEdit(objectName="first")
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    extra = QPushButton("Extra")
    buttons.addButton(extra, QDialogButtonBox.ButtonRole.ActionRole)
    form = QFormLayout()
    form.addRow("First", first)
    form.addRow("Second", second)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(buttons)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert order_problems(dialog)  # Qt's own order: second before first

    order = follow_layout(dialog)
    laid_out = [
        buttons.layout().itemAt(i).widget()
        for i in range(buttons.layout().count())
        if buttons.layout().itemAt(i).widget() is not None
    ]
    assert order == [first, second, *laid_out]
    assert not order_problems(dialog)

"""Small pieces shared by the people dialogs: dates typed as text, combos, running a
dialog; the form widgets themselves come from ``ui/form_widgets``."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QDialog

from ...services.choices import Choice
from ..form_widgets import date_edit, edit_date, error_label, show_error

__all__ = [
    "date_edit",
    "date_text",
    "edit_date",
    "error_label",
    "fill_combo",
    "parse_date",
    "run_dialog",
    "select_data",
    "show_error",
    "today",
]


def today() -> dt.date:
    """The day the dialogs check dates against (a function, so tests can fix it)."""
    return dt.date.today()


def parse_date(text: str) -> dt.date | None:
    """«05.03.2015» → date; empty → None; raises ValueError on anything else."""
    text = text.strip()
    if not text:
        return None
    return dt.datetime.strptime(text, "%d.%m.%Y").date()


def date_text(day: dt.date | None) -> str:
    return f"{day:%d.%m.%Y}" if day else ""


def fill_combo(combo: QComboBox, choices: list[Choice], none_text: str | None = None) -> None:
    combo.clear()
    if none_text is not None:
        combo.addItem(none_text, None)
    for choice in choices:
        combo.addItem(choice.name, choice.id)


def select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def run_dialog(dialog: QDialog) -> bool:
    """Run a modal dialog; True when accepted. The dialog is deleted afterwards, so the
    dialogs a page opens do not pile up under it for the rest of the session."""
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.hide()
        dialog.deleteLater()

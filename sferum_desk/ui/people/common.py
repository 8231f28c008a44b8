"""Small pieces shared by the people dialogs: error labels, dates typed as text, combos."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QLabel

from ...services.people.choices import Choice

ERROR_COLOUR = "#b71c1c"


def today() -> dt.date:
    """The day the dialogs check dates against (a function, so tests can fix it)."""
    return dt.date.today()


def error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(f"error_{name}")
    label.setWordWrap(True)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, ERROR_COLOUR)
    label.setPalette(palette)
    label.setVisible(False)
    return label


def show_error(label: QLabel, text: str | None) -> None:
    label.setText(text or "")
    label.setVisible(bool(text))


def parse_date(text: str) -> dt.date | None:
    """«05.03.2015» → date; empty → None; raises ValueError on anything else."""
    text = text.strip()
    if not text:
        return None
    return dt.datetime.strptime(text, "%d.%m.%Y").date()


def date_text(day: dt.date | None) -> str:
    return f"{day:%d.%m.%Y}" if day else ""


def date_edit(day: dt.date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setDate(QDate(day or today()))
    return edit


def edit_date(edit: QDateEdit) -> dt.date:
    return edit.date().toPython()  # type: ignore[return-value]


def fill_combo(combo: QComboBox, choices: list[Choice], none_text: str | None = None) -> None:
    combo.clear()
    if none_text is not None:
        combo.addItem(none_text, None)
    for choice in choices:
        combo.addItem(choice.text, choice.id)


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

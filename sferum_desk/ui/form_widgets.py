"""The small widgets every form shares: the red per-field error label and the date field.

One place, so every dialog shows an error in the same colour and a date as ДД.ММ.ГГГГ
with a calendar.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QLabel

from ..services.organisation import ValidationError

ERROR_COLOUR = "#b71c1c"


def paint_error(label: QLabel) -> None:
    """Give ``label`` the error colour (through the palette, so the theme stays intact)."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, ERROR_COLOUR)
    label.setPalette(palette)


def error_label(name: str = "error", hidden: bool = True) -> QLabel:
    """A word-wrapped error line named ``error_<name>`` (``error`` for the default);
    hidden until :func:`show_error` gives it a text."""
    label = QLabel()
    label.setObjectName("error" if name == "error" else f"error_{name}")
    label.setWordWrap(True)
    paint_error(label)
    label.setVisible(not hidden)
    return label


def show_error(label: QLabel, text: str | None) -> None:
    label.setText(text or "")
    label.setVisible(bool(text))


def date_edit(day: dt.date | None = None, name: str | None = None) -> QDateEdit:
    """A date field with a calendar, shown ДД.ММ.ГГГГ, set to ``day`` (today by default)."""
    edit = QDateEdit()
    if name:
        edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setDate(QDate(day) if day else QDate.currentDate())
    return edit


def edit_date(edit: QDateEdit) -> dt.date:
    return edit.date().toPython()  # type: ignore[return-value]


def ok_cancel_buttons(dialog: QDialog) -> QDialogButtonBox:
    """OK and Cancel wired to the dialog's ``accept`` (which validates) and ``reject``."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def show_errors(labels: dict[str, QLabel], summary: QLabel, exc: ValidationError | None) -> None:
    """Each message of ``exc`` under its field's label; the rest (or nothing) in ``summary``."""
    errors = exc.errors if exc is not None else {}
    for name, label in labels.items():
        show_error(label, errors.get(name))
    show_error(summary, "\n".join(v for k, v in errors.items() if k not in labels))

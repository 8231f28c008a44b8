"""The small widgets every form shares: the red per-field error label and the date field.

One place, so every dialog shows an error in the same colour (a red that reads on the
light and the dark theme, ``theme.error_colour``) and a date as ДД.ММ.ГГГГ with a calendar.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QLabel

from ..services.organisation import ValidationError
from . import theme


def paint_error(label: QLabel, bold: bool = False) -> None:
    """Give ``label`` the error colour of the theme, light or dark, and again when the
    theme changes (through the palette, so the rest of the theme stays intact)."""
    theme.keep_colour(label, theme.error_colour)
    if bold:
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)


def paint_plain(label: QLabel) -> None:
    """Undo :func:`paint_error`: the label takes its parent's colours again."""
    theme.release_colour(label)


def error_label(name: str = "error", hidden: bool = True) -> QLabel:
    """A word-wrapped error line named ``error_<name>`` (``error`` for the default);
    hidden until :func:`show_error` gives it a text."""
    label = QLabel()
    label.setObjectName("error" if name == "error" else f"error_{name}")
    label.setWordWrap(True)
    paint_error(label)
    label.setVisible(not hidden)
    return label


def with_mnemonic(text: str, letter: str) -> str:
    """``text`` with Alt+``letter`` on its first occurrence, for a check box whose text
    comes from the data (an enum's Russian label) rather than from a translation."""
    index = text.lower().find(letter)
    return text if index < 0 else f"{text[:index]}&{text[index:]}"


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

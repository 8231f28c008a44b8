"""A small form dialog that stores through one service call.

An intro text (``intro``), rows each with its red error label under it, a summary error line and
OK/Cancel. A subclass adds its rows with :meth:`FormDialog.add_row` and stores in
``save(session)``; a :class:`ValidationError` keeps the dialog open with every message
under its field, and nothing is written (the transaction rolls back).
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from ..data.engine import Database
from ..services.organisation import ValidationError
from .form_widgets import error_label, ok_cancel_buttons, show_errors


class FormDialog(QDialog):
    def __init__(self, db: Database, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setMinimumWidth(480)
        self._db = db
        self.errors: dict[str, QLabel] = {}
        self.summary = error_label("summary")
        self.form = QFormLayout()
        self.buttons = ok_cancel_buttons(self)
        self.intro = QLabel()  # the subclass says what the form is about
        self.intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

    def add_row(self, label: str, widget: QWidget, field: str) -> None:
        """A labelled field whose errors (key ``field``) show right under it."""
        self.errors[field] = error_label(field)
        self.form.addRow(label, widget)
        self.form.addRow("", self.errors[field])

    def save(self, session: Session) -> None:
        """Store the form inside ``session``'s transaction (subclasses)."""

    @Slot()
    def accept(self) -> None:
        try:
            with self._db.transaction() as session:
                self.save(session)
        except ValidationError as exc:
            show_errors(self.errors, self.summary, exc)
            return
        super().accept()

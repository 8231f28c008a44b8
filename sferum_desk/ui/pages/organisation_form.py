"""Настройки → Организация: the organisation card, every field of ``OrganisationCard``."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...data.engine import Database
from ...services.organisation import (
    OrganisationCard,
    ValidationError,
    load_card,
    save_card,
)

_ERROR_COLOUR = "#b71c1c"


def _paint_error(label: QLabel) -> None:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, _ERROR_COLOUR)
    label.setPalette(palette)


class OptionalDateEdit(QWidget):
    """A date that may be unknown: a check box switches the date field on."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(self.tr("set a date"))
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd.MM.yyyy")
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(self.changed)
        self.edit.dateChanged.connect(self.changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch(1)

    def value(self) -> dt.date | None:
        return self.edit.date().toPython() if self.check.isChecked() else None  # type: ignore[no-any-return]

    def set_value(self, value: dt.date | None) -> None:
        self.check.setChecked(value is not None)
        self.edit.setDate(QDate(value) if value is not None else QDate.currentDate())


class OrganisationForm(QWidget):
    """Edits the card; «Сохранить» validates and stores it in one transaction."""

    saved = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("organisation_form")
        self._db = db
        self.dirty = False
        sections = [
            (
                self.tr("Organisation"),
                [
                    ("full_name", self.tr("Full name")),
                    ("short_name", self.tr("Short name")),
                    ("inn", self.tr("INN")),
                    ("kpp", self.tr("KPP")),
                    ("ogrn", self.tr("OGRN")),
                    ("legal_address", self.tr("Legal address")),
                    ("postal_address", self.tr("Postal address")),
                    ("phone", self.tr("Phone")),
                    ("email", self.tr("E-mail")),
                    ("website", self.tr("Website")),
                ],
            ),
            (
                self.tr("Director"),
                [
                    ("director_name", self.tr("Full name of the director")),
                    ("director_position", self.tr("Position")),
                ],
            ),
            (
                self.tr("Sferum administrator"),
                [
                    ("admin_name", self.tr("Full name of the administrator")),
                    ("admin_position", self.tr("Position")),
                    ("admin_email", self.tr("E-mail")),
                    ("admin_phone", self.tr("Phone")),
                ],
            ),
            (
                self.tr("Registration in Sferum"),
                [
                    ("sferum_org_url", self.tr("Organisation page in Sferum")),
                    ("application_sent_on", self.tr("Application sent on")),
                    ("org_registered_on", self.tr("Organisation registered on")),
                    ("admin_registered_on", self.tr("Administrator registered on")),
                ],
            ),
        ]
        self.editors: dict[str, QLineEdit | OptionalDateEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self._error_rows: dict[str, tuple[QFormLayout, int]] = {}
        # The dates are the fields without a string default.
        date_fields = {f.name for f in dataclasses.fields(OrganisationCard) if f.default is None}

        content = QWidget()
        column = QVBoxLayout(content)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setVisible(False)
        _paint_error(self.summary)
        column.addWidget(self.summary)
        labels: list[QWidget] = []
        for title, fields in sections:
            box = QGroupBox(title)
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            for name, label in fields:
                editor: QLineEdit | OptionalDateEdit
                if name in date_fields:
                    editor = OptionalDateEdit()
                    editor.changed.connect(self._mark_dirty)
                else:
                    editor = QLineEdit()
                    editor.textEdited.connect(self._mark_dirty)
                editor.setObjectName(name)
                self.editors[name] = editor
                form.addRow(label + ":", editor)
                labels.append(form.labelForField(editor))
                error = QLabel()
                error.setObjectName(f"error_{name}")
                error.setWordWrap(True)
                _paint_error(error)
                form.addRow("", error)
                self._error_rows[name] = (form, form.rowCount() - 1)
                form.setRowVisible(form.rowCount() - 1, False)
                self.errors[name] = error
            column.addWidget(box)
        column.addStretch(1)
        # One label column for all sections, so the fields line up from box to box.
        label_width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(label_width)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)

        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setObjectName("status")
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    @Slot()
    def _mark_dirty(self) -> None:
        self.dirty = True
        self.status.clear()

    def load(self) -> None:
        with self._db.session() as session:
            card = load_card(session) or OrganisationCard()
        self.show_card(card)

    def show_card(self, card: OrganisationCard) -> None:
        for name, editor in self.editors.items():
            value = getattr(card, name)
            if isinstance(editor, OptionalDateEdit):
                editor.set_value(value)
            else:
                editor.setText(value or "")
                editor.setCursorPosition(0)
        self._show_errors({})
        self.dirty = False

    def card(self) -> OrganisationCard:
        values = {
            name: editor.value() if isinstance(editor, OptionalDateEdit) else editor.text()
            for name, editor in self.editors.items()
        }
        return OrganisationCard(**values)

    @Slot()
    def save(self) -> None:
        try:
            with self._db.transaction() as session:
                clean = save_card(session, self.card())
        except ValidationError as exc:
            self._show_errors(exc.errors)
            self.status.setText(self.tr("Not saved: correct the fields marked in red."))
            return
        self.show_card(clean)
        self.status.setText(self.tr("Saved."))
        self.saved.emit()

    def _show_errors(self, errors: dict[str, str]) -> None:
        for name, label in self.errors.items():
            message = errors.get(name, "")
            label.setText(message)
            form, row = self._error_rows[name]
            form.setRowVisible(row, bool(message))
        self.summary.setVisible(bool(errors))
        if errors:
            self.summary.setText(
                self.tr("The card was not saved:") + "\n• " + "\n• ".join(errors.values())
            )
            first = next(name for name in self.editors if name in errors)
            self.editors[first].setFocus(Qt.FocusReason.OtherFocusReason)

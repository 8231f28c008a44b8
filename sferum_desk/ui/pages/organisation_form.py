"""Настройки → Организация: the organisation card, every field of ``OrganisationCard``."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...data.engine import Database
from ...services.orders import OrderChoice, order_choices
from ...services.organisation import (
    OrganisationCard,
    ValidationError,
    load_card,
    save_card,
)
from .. import icons
from ..form_widgets import paint_error
from ..registration import RegistrationActions


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


class OrderCombo(QComboBox):
    """The order appointing the administrator: «not chosen» or one of the orders."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(30)
        # As wide as the text fields around it, so the order's title is readable.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.addItem(self.tr("(not chosen)"), None)
        self.activated.connect(self.changed)

    def set_choices(self, choices: list[OrderChoice]) -> None:
        """Replace the orders, keeping the current one selected if it is still there."""
        current = self.value()
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("(not chosen)"), None)
        for choice in choices:
            self.addItem(choice.text, choice.id)
            self.setItemData(self.count() - 1, choice.text, Qt.ItemDataRole.ToolTipRole)
        self.blockSignals(False)
        self.set_value(current)

    def value(self) -> int | None:
        data = self.currentData()
        return int(data) if data is not None else None

    def set_value(self, value: int | None) -> None:
        index = self.findData(value) if value is not None else 0
        self.setCurrentIndex(max(index, 0))


Editor = QLineEdit | OptionalDateEdit | OrderCombo


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
                    ("admin_order_id", self.tr("Order appointing the administrator")),
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
        self.editors: dict[str, Editor] = {}
        self.errors: dict[str, QLabel] = {}
        self._error_rows: dict[str, tuple[QFormLayout, int]] = {}
        # The dates are the fields without a string default.
        date_fields = {
            f.name
            for f in dataclasses.fields(OrganisationCard)
            if f.default is None and f.name != "admin_order_id"
        }

        content = QWidget()
        column = QVBoxLayout(content)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setVisible(False)
        paint_error(self.summary)
        column.addWidget(self.summary)
        labels: list[QWidget] = []
        for title, fields in sections:
            box = QGroupBox(title)
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            for name, label in fields:
                editor: Editor
                if name in date_fields:
                    editor = OptionalDateEdit()
                    editor.changed.connect(self._mark_dirty)
                elif name == "admin_order_id":
                    editor = OrderCombo()
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
                paint_error(error)
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
        self.save_button.setIcon(icons.icon(icons.SAVE))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.registration = RegistrationActions(db, self)
        self.registration.application_sent_recorded.connect(self._reload_sent_date)
        self.application_button = QPushButton(self.tr("Registration application…"))
        self.application_button.setObjectName("registration_application")
        self.application_button.setIcon(icons.icon(icons.DOCUMENT))
        self.application_button.setToolTip(
            self.tr("An e-mail to info@sferum.ru and a printable letter (regulation 2.1)")
        )
        self.application_button.clicked.connect(self.make_application)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("print_application")
        self.print_button.setIcon(icons.icon(icons.PRINT))
        self.print_button.setToolTip(self.tr("Print the registration application letter"))
        self.print_button.clicked.connect(self.print_application)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.application_button)
        buttons.addWidget(self.print_button)
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
            choices = order_choices(session)
        self.order_combo.set_choices(choices)
        self.show_card(card)

    @property
    def order_combo(self) -> OrderCombo:
        combo = self.editors["admin_order_id"]
        assert isinstance(combo, OrderCombo)
        return combo

    def reload_orders(self) -> None:
        """The orders changed: refresh the combobox, keeping what the user chose."""
        with self._db.session() as session:
            choices = order_choices(session)
        self.order_combo.set_choices(choices)

    def _ready_to_use_card(self) -> bool:
        """Unsaved edits are saved first, so the application uses what the user sees."""
        if self.dirty:
            self.save()
        return not self.dirty

    @Slot()
    def make_application(self) -> None:
        if self._ready_to_use_card():
            self.registration.make_application()

    @Slot()
    def print_application(self) -> None:
        if self._ready_to_use_card():
            self.registration.print_letter()

    @Slot()
    def _reload_sent_date(self) -> None:
        with self._db.session() as session:
            card = load_card(session)
        if card is None:
            return
        editor = self.editors["application_sent_on"]
        assert isinstance(editor, OptionalDateEdit)
        dirty = self.dirty
        editor.set_value(card.application_sent_on)
        self.dirty = dirty

    def show_card(self, card: OrganisationCard) -> None:
        for name, editor in self.editors.items():
            value = getattr(card, name)
            if isinstance(editor, OptionalDateEdit | OrderCombo):
                editor.set_value(value)
            else:
                editor.setText(value or "")
                editor.setCursorPosition(0)
        self._show_errors({})
        self.dirty = False

    def card(self) -> OrganisationCard:
        values = {
            name: editor.value()
            if isinstance(editor, OptionalDateEdit | OrderCombo)
            else editor.text()
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
            # an error of no field (a view-only database) leaves the focus where it is
            first = next((name for name in self.editors if name in errors), None)
            if first is not None:
                self.editors[first].setFocus(Qt.FocusReason.OtherFocusReason)

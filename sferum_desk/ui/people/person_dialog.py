"""The dialog that adds or edits one person's card.

A new member of staff can be hired and a new student enrolled from the same dialog: the
card and the movement event are stored in one transaction, through the movement service
(the only way employments and enrolments change).
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...data.engine import Database
from ...data.models import MovementKind, PersonKind, StaffPosition
from ...services.choices import group_choices
from ...services.movement import EventDraft, record_event
from ...services.organisation import ValidationError
from ...services.people import cards
from ...services.people.cards import PersonDraft
from ..form_widgets import ok_cancel_buttons
from ..movement.widgets import OrderCombo
from ..pages.registers import phone_text
from .common import (
    date_edit,
    date_text,
    edit_date,
    error_label,
    fill_combo,
    parse_date,
    show_error,
    today,
)

_PERSON_FIELDS = (
    "last_name",
    "first_name",
    "middle_name",
    "birth_date",
    "phone",
    "email",
    "is_activist",
    "note",
)


class PersonDialog(QDialog):
    """``person_id`` is None for a new person of ``kind``; after a successful OK it holds
    the stored person's id."""

    def __init__(
        self,
        db: Database,
        kind: PersonKind,
        person_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("person_dialog")
        self._db = db
        self.kind = kind
        self.person_id = person_id
        self._version = 0
        titles = {
            PersonKind.STAFF: self.tr("New staff member"),
            PersonKind.STUDENT: self.tr("New student"),
            PersonKind.PARENT: self.tr("New parent"),
        }
        self.setWindowTitle(titles[kind] if person_id is None else self.tr("Person's card"))
        self.setMinimumWidth(540)

        self.last_name = self._line("last_name")
        self.first_name = self._line("first_name")
        self.middle_name = self._line("middle_name")
        self.birth_date = self._line("birth_date")
        self.birth_date.setPlaceholderText(self.tr("DD.MM.YYYY"))
        self.phone = self._line("phone")
        self.phone.setPlaceholderText("+7 900 123-45-67")
        self.email = self._line("email")
        self.is_activist = QCheckBox(
            self.tr("Member of &the parents' council")
            if kind == PersonKind.PARENT
            else self.tr("&Student activist")
        )
        self.is_activist.setObjectName("is_activist")
        self.note = QPlainTextEdit()
        self.note.setObjectName("note")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().height() * 3 + 12)

        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        rows: list[tuple[str, str, QWidget]] = [
            ("last_name", self.tr("S&urname:"), self.last_name),
            ("first_name", self.tr("&Name:"), self.first_name),
            ("middle_name", self.tr("P&atronymic:"), self.middle_name),
            ("birth_date", self.tr("Birth &date:"), self.birth_date),
            ("phone", self.tr("&Phone:"), self.phone),
            ("email", self.tr("E-&mail:"), self.email),
        ]
        if kind != PersonKind.STAFF:
            rows.append(("is_activist", "", self.is_activist))
        rows.append(("note", self.tr("N&ote:"), self.note))
        for name, label, editor in rows:
            form.addRow(label, editor)
            self.errors[name] = error_label(name)
            form.addRow("", self.errors[name])

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.movement_box: QGroupBox | None = None
        self.movement_error = error_label("movement")
        if person_id is None and kind == PersonKind.STAFF:
            layout.addWidget(self._hire_box())
        elif person_id is None and kind == PersonKind.STUDENT:
            layout.addWidget(self._enrol_box())
        self.summary = error_label("summary")
        layout.addWidget(self.summary)
        self.buttons = ok_cancel_buttons(self)
        layout.addWidget(self.buttons)
        if person_id is not None:
            self._load(person_id)

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        return edit

    # -- hiring / enrolling a new person -------------------------------------------------

    def _movement_box(
        self, title: str, name: str, first_rows: list[tuple[str, QWidget]], date_label: str
    ) -> QGroupBox:
        """The optional «hire/enrol by order» part of a new person's card."""
        box = QGroupBox(title)
        box.setObjectName(name)
        box.setCheckable(True)
        box.setChecked(False)
        self.move_date = date_edit(today(), name="move_date")
        self.move_order = OrderCombo(self._db)
        self.move_order.setObjectName("move_order")
        form = QFormLayout(box)
        for label, widget in first_rows:
            form.addRow(label, widget)
        form.addRow(date_label, self.move_date)
        form.addRow(self.tr("O&rder:"), self.move_order)
        form.addRow("", self.movement_error)
        self.movement_box = box
        return box

    def _hire_box(self) -> QGroupBox:
        self.position = QComboBox()
        self.position.setObjectName("position")
        for value in StaffPosition:
            self.position.addItem(value.label, value)
        self.position.setCurrentIndex(self.position.findData(StaffPosition.TEACHER))
        self.position_title = self._line("position_title")
        self.position_title.setPlaceholderText(self.tr("as in the order, if it differs"))
        rows = [
            (self.tr("Po&sition:"), self.position),
            (self.tr("Position &title:"), self.position_title),
        ]
        return self._movement_box(
            self.tr("Hire &by order"), "hire_box", rows, self.tr("&Hired on:")
        )

    def _enrol_box(self) -> QGroupBox:
        self.group = QComboBox()
        self.group.setObjectName("group")
        with self._db.session() as session:
            fill_combo(self.group, group_choices(session))
        rows: list[tuple[str, QWidget]] = [(self.tr("&Group:"), self.group)]
        return self._movement_box(
            self.tr("Enrol &by order"), "enrol_box", rows, self.tr("&Enrolled on:")
        )

    def _movement_draft(self, person_id: int) -> EventDraft | None:
        box = self.movement_box
        if box is None or not box.isChecked():
            return None
        if self.kind == PersonKind.STAFF:
            return EventDraft(
                kind=MovementKind.STAFF_HIRED,
                person_id=person_id,
                effective_on=edit_date(self.move_date),
                order_id=self.move_order.order_id(),
                position=self.position.currentData(),
                position_title=self.position_title.text().strip() or None,
            )
        return EventDraft(
            kind=MovementKind.STUDENT_ENROLLED,
            person_id=person_id,
            effective_on=edit_date(self.move_date),
            order_id=self.move_order.order_id(),
            to_group_id=self.group.currentData(),
        )

    # -- the card ------------------------------------------------------------------------

    def _load(self, person_id: int) -> None:
        with self._db.session() as session:
            loaded = cards.load_person(session, person_id)
        if loaded is None:
            return
        draft, self._version = loaded
        self.kind = draft.kind
        self.last_name.setText(draft.last_name)
        self.first_name.setText(draft.first_name)
        self.middle_name.setText(draft.middle_name)
        self.birth_date.setText(date_text(draft.birth_date))
        self.phone.setText(phone_text(draft.phone) or "")
        self.email.setText(draft.email)
        self.is_activist.setChecked(draft.is_activist)
        self.note.setPlainText(draft.note)

    def draft(self) -> PersonDraft:
        """The form as a draft; a birth date that is not a date raises ValidationError."""
        try:
            birth = parse_date(self.birth_date.text())
        except ValueError:
            raise ValidationError(
                {
                    "birth_date": f"Дата рождения «{self.birth_date.text().strip()}»: "
                    "введите её в виде ДД.ММ.ГГГГ, например 05.03.2015."
                }
            ) from None
        return PersonDraft(
            kind=self.kind,
            last_name=self.last_name.text(),
            first_name=self.first_name.text(),
            middle_name=self.middle_name.text(),
            birth_date=birth,
            phone=self.phone.text(),
            email=self.email.text(),
            is_activist=self.is_activist.isChecked(),
            note=self.note.toPlainText(),
        )

    def show_errors(self, errors: dict[str, str]) -> None:
        for name, label in self.errors.items():
            show_error(label, errors.get(name))
        moving = self.movement_box is not None and self.movement_box.isChecked()
        rest = {k: v for k, v in errors.items() if k not in self.errors}
        if moving:
            show_error(self.movement_error, "\n".join(rest.values()))
            rest = {}
        else:
            show_error(self.movement_error, None)
        show_error(self.summary, "\n".join(rest.values()))

    def _confirm(self, warnings: list[str]) -> bool:
        if not warnings:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Check the birth date"),
            "\n".join(warnings) + "\n\n" + self.tr("Save the card anyway?"),
        )
        return answer == QMessageBox.StandardButton.Yes

    @Slot()
    def accept(self) -> None:
        day = today()
        try:
            _clean, warnings = cards.validate_person(self.draft(), day)
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        self.show_errors({})
        if not self._confirm(warnings):
            return
        draft = self.draft()
        try:
            with self._db.transaction() as session:
                if self.person_id is None:
                    person_id = cards.create_person(session, draft, today=day)
                    event = self._movement_draft(person_id)
                    if event is not None:
                        record_event(session, event, day)
                else:
                    person_id = self.person_id
                    cards.update_person(session, person_id, draft, self._version, today=day)
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        self.person_id = person_id
        super().accept()

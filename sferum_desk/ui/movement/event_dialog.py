"""One movement event: kind, person, date, order, the groups or the position the kind needs,
a note. OK records it through ``services.movement.record_event``."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from ...data.engine import Database
from ...data.models import MovementKind, StaffPosition
from ...services import choices, movement
from ..form_widgets import date_edit
from ..structure_dialogs import FormDialog
from .widgets import OrderCombo, PersonPicker

_KIND_FIELDS = ("from_group_id", "to_group_id", "position", "position_title")


class EventDialog(FormDialog):
    """``exec()`` returns Accepted once the event is stored; ``event_id`` then holds it."""

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        kind: MovementKind | None = None,
        person_id: int | None = None,
        group_id: int | None = None,
    ) -> None:
        super().__init__(db, parent)
        self.setObjectName("event_dialog")
        self.setWindowTitle(self.tr("Movement event"))
        self.event_id: int | None = None

        self.kind_combo = QComboBox()
        for value in MovementKind:
            self.kind_combo.addItem(value.label, value)
        self.person_picker = PersonPicker()
        self.date_edit = date_edit(name="effective_on")
        self.order_combo = OrderCombo(db)
        self.from_combo = QComboBox()
        self.to_combo = QComboBox()
        self.position_combo = QComboBox()
        for position in StaffPosition:
            self.position_combo.addItem(position.label, position)
        self.position_title = QLineEdit()
        self.note_edit = QLineEdit()
        self.add_field("kind", self.tr("&Event"), self.kind_combo)
        self.add_field("person_id", self.tr("&Person"), self.person_picker)
        self.add_field("effective_on", self.tr("Effective &date"), self.date_edit)
        self.add_field("order_id", self.tr("&Order"), self.order_combo)
        self.add_field("from_group_id", self.tr("From group"), self.from_combo)
        self.add_field("to_group_id", self.tr("To group"), self.to_combo)
        self.add_field("position", self.tr("Po&sition"), self.position_combo)
        self.add_field("position_title", self.tr("Position &title"), self.position_title)
        self.add_field("note", self.tr("&Note"), self.note_edit)
        self.person_picker.combo.setObjectName("person_combo")
        self.form.labelForField(self.person_picker).setBuddy(self.person_picker.filter_edit)

        with db.session() as session:
            self._groups = choices.group_choices(session)
        for choice in self._groups:
            self.to_combo.addItem(choice.name, choice.id)
        self._person_kind = None
        if kind is not None:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))
        self.kind_combo.currentIndexChanged.connect(self._on_kind)
        self.person_picker.changed.connect(self._on_person)
        self._on_kind()
        if person_id is not None:
            self.person_picker.select(person_id)
        if group_id is not None:
            index = self.to_combo.findData(group_id)
            if index >= 0:
                self.to_combo.setCurrentIndex(index)
        self._on_person()
        if group_id is not None:
            index = self.from_combo.findData(group_id)
            if index >= 0:
                self.from_combo.setCurrentIndex(index)
        self.resize(600, self.sizeHint().height())

    def kind(self) -> MovementKind:
        return MovementKind(self.kind_combo.currentData())

    @Slot()
    def _on_kind(self) -> None:
        kind = self.kind()
        person_kind = movement.person_kind_for(kind)
        if person_kind != self._person_kind:
            self._person_kind = person_kind
            with self._db.session() as session:
                people = choices.person_choices(session, person_kind)
            self.person_picker.set_choices(people)
        used = movement.KIND_FIELDS[kind]
        for name in _KIND_FIELDS:
            self.form.setRowVisible(self.editors[name], name in used)
        self.show_errors({})

    @Slot()
    def _on_person(self) -> None:
        if "from_group_id" not in movement.KIND_FIELDS[self.kind()]:
            return
        person_id = self.person_picker.person_id()
        current = self.from_combo.currentData()
        self.from_combo.clear()
        if person_id is None:
            return
        with self._db.session() as session:
            groups = movement.current_groups(session, person_id)
        for choice in groups:
            self.from_combo.addItem(choice.name, choice.id)
        index = self.from_combo.findData(current)
        self.from_combo.setCurrentIndex(max(index, 0) if groups else -1)

    def draft(self) -> movement.EventDraft:
        kind = self.kind()
        used = movement.KIND_FIELDS[kind]
        return movement.EventDraft(
            kind=kind,
            person_id=self.person_picker.person_id() or 0,
            effective_on=self.date_edit.date().toPython(),  # type: ignore[arg-type]
            order_id=self.order_combo.order_id(),
            from_group_id=self.from_combo.currentData() if "from_group_id" in used else None,
            to_group_id=self.to_combo.currentData() if "to_group_id" in used else None,
            position=self.position_combo.currentData() if "position" in used else None,
            position_title=self.position_title.text() if "position_title" in used else None,
            note=self.note_edit.text(),
        )

    def save(self) -> int:
        draft = self.draft()
        with self._db.transaction() as session:
            event = movement.record_event(session, draft)
            self.event_id = event.id
        return event.id

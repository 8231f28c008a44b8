"""Enrol many students into one group at once: one transaction, one undoable batch."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QWidget

from ...data.audit import change_batch
from ...data.engine import Database
from ...data.models import MovementKind, PersonKind
from ...data.search import normalize
from ...services import choices, movement
from ...services.organisation import ValidationError
from ..form_widgets import date_edit
from ..structure_dialogs import FormDialog
from .widgets import OrderCombo

BATCH_KIND = "movement"


class BulkEnrolDialog(FormDialog):
    """Group, date, order and a checklist of students filtered as you type."""

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, group_id: int | None = None
    ) -> None:
        super().__init__(db, parent)
        self.setObjectName("bulk_enrol_dialog")
        self.setWindowTitle(self.tr("Enrol students into a group"))
        self.event_ids: list[int] = []
        self.group_combo = QComboBox()
        self.date_edit = date_edit(name="effective_on")
        self.order_combo = OrderCombo(db)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Type a part of the name…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.student_list = QListWidget()
        self.student_list.setMinimumHeight(260)
        self.selected_label = QLabel()
        self.selected_label.setObjectName("selected_count")
        self.add_field("to_group_id", self.tr("&Group"), self.group_combo)
        self.add_field("effective_on", self.tr("&Effective date"), self.date_edit)
        self.add_field("order_id", self.tr("&Order"), self.order_combo)
        self.add_field("filter", self.tr("&Find"), self.filter_edit)
        self.add_field("events", self.tr("&Students"), self.student_list)
        self.form.addRow("", self.selected_label)
        with db.session() as session:
            groups = choices.group_choices(session)
            students = choices.person_choices(session, PersonKind.STUDENT)
        for choice in groups:
            self.group_combo.addItem(choice.name, choice.id)
        if group_id is not None:
            self.group_combo.setCurrentIndex(max(self.group_combo.findData(group_id), 0))
        for choice in students:
            item = QListWidgetItem(choice.name)
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.student_list.addItem(item)
        self.filter_edit.textChanged.connect(self._filter)
        self.student_list.itemChanged.connect(self._count)
        self._count()
        self.resize(620, 640)

    @Slot(str)
    def _filter(self, text: str) -> None:
        words = normalize(text).split()
        for row in range(self.student_list.count()):
            item = self.student_list.item(row)
            folded = normalize(item.text())
            item.setHidden(not all(w in folded for w in words))

    def check_student(self, person_id: int, checked: bool = True) -> None:
        for row in range(self.student_list.count()):
            item = self.student_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == person_id:
                state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                item.setCheckState(state)

    def checked_ids(self) -> list[int]:
        return [
            int(self.student_list.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.student_list.count())
            if self.student_list.item(row).checkState() == Qt.CheckState.Checked
        ]

    @Slot()
    def _count(self) -> None:
        self.selected_label.setText(self.tr("Selected: {0}").format(len(self.checked_ids())))

    def drafts(self) -> list[movement.EventDraft]:
        day = self.date_edit.date().toPython()
        return [
            movement.EventDraft(
                MovementKind.STUDENT_ENROLLED,
                person_id,
                day,  # type: ignore[arg-type]
                order_id=self.order_combo.order_id(),
                to_group_id=self.group_combo.currentData(),
            )
            for person_id in self.checked_ids()
        ]

    def save(self) -> int:
        drafts = self.drafts()
        if not drafts:
            raise ValidationError({"events": self.tr("Tick the students to enrol.")})
        label = f"Зачисление в группу «{self.group_combo.currentText()}»: {len(drafts)} чел."
        with self._db.transaction() as session, change_batch(session, BATCH_KIND, label):
            events = movement.record_events(session, drafts)
            self.event_ids = [e.id for e in events]
        return len(self.event_ids)

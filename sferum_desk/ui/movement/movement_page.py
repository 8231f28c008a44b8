"""Движение: the journal of events with new event, bulk enrolment, cancellation and the
roster of a group on a date."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...data.engine import Database
from ...services import choices, listings, movement
from ...services.organisation import ValidationError
from .. import icons
from ..form_widgets import date_edit
from ..pages.base import NEW
from ..pages.list_page import ListPage
from ..pages.registers import MOVEMENT
from .bulk_enrol_dialog import BulkEnrolDialog
from .event_dialog import EventDialog


class RosterDialog(QDialog):
    """Pick a group (or the «Учительская») and a date: who was in it that day."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roster_dialog")
        self.setWindowTitle(self.tr("Group roster on a date"))
        self._db = db
        self.group_combo = QComboBox()
        self.group_combo.setObjectName("group")
        with db.session() as session:
            for choice in choices.group_choices(session, with_staff_room=True):
                self.group_combo.addItem(choice.name, choice.id)
        self.date_edit = date_edit(name="day")
        self.people = QListWidget()
        self.people.setObjectName("roster")
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        form = QFormLayout()
        form.addRow(self.tr("&Group:"), self.group_combo)
        form.addRow(self.tr("&Date:"), self.date_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.people, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(buttons)
        self.group_combo.currentIndexChanged.connect(self.refresh)
        self.date_edit.dateChanged.connect(self.refresh)
        self.resize(520, 560)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        group_id = self.group_combo.currentData()
        self.people.clear()
        if group_id is None:
            return
        day = self.date_edit.date().toPython()
        with self._db.session() as session:
            people = movement.roster_on(session, group_id, day)  # type: ignore[arg-type]
            names = [p.full_name for p in people]
        self.people.addItems(names)
        self.count_label.setText(self.tr("In the group: {0}").format(len(names)))

    def names(self) -> list[str]:
        return [self.people.item(row).text() for row in range(self.people.count())]


class MovementPage(ListPage):
    """The journal of movement events."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, MOVEMENT, parent)
        self.new_button = QPushButton(self.tr("New event…"))
        self.new_button.setObjectName("new_event")
        self.bulk_button = QPushButton(self.tr("Bulk enrolment…"))
        self.bulk_button.setObjectName("bulk_enrol")
        self.cancel_button = QPushButton(self.tr("Cancel event…"))
        self.cancel_button.setObjectName("cancel_event")
        self.roster_button = QPushButton(self.tr("Group roster on a date…"))
        self.roster_button.setObjectName("roster")
        self.bulk_button.setIcon(icons.icon(icons.BULK))
        self.cancel_button.setIcon(icons.icon(icons.CANCEL))
        self.roster_button.setIcon(icons.icon(icons.ROSTER))
        self.set_standard(NEW, self.new_button)
        self.new_button.clicked.connect(self.new_event)
        self.bulk_button.clicked.connect(self.bulk_enrol)
        self.cancel_button.clicked.connect(self.cancel_event)
        self.roster_button.clicked.connect(self.show_roster)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.bulk_button, self.cancel_button, self.roster_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(2, buttons)
        self._update_buttons()
        self.empty_state.add_button(self.new_button.text(), self.new_button.click, "empty_new")
        self.empty_state.add_button(self.bulk_button.text(), self.bulk_button.click, "empty_bulk")

    def selected_event(self) -> listings.MovementRow | None:
        rows = self.table.selectionModel().selectedRows()
        if len(rows) != 1:
            return None
        record = self.model.record(self.proxy.mapToSource(rows[0]).row())
        assert isinstance(record, listings.MovementRow)
        return record

    @Slot()
    def _update_buttons(self) -> None:
        row = self.selected_event()
        self.cancel_button.setEnabled(row is not None and row.cancelled_on is None)

    def event_dialog(self) -> EventDialog:
        return EventDialog(self._db, self)

    @Slot()
    def new_event(self) -> None:
        if self.event_dialog().exec() == QDialog.DialogCode.Accepted:
            self._after_change()

    def bulk_dialog(self) -> BulkEnrolDialog:
        return BulkEnrolDialog(self._db, self)

    @Slot()
    def bulk_enrol(self) -> None:
        if self.bulk_dialog().exec() == QDialog.DialogCode.Accepted:
            self._after_change()

    @Slot()
    def cancel_event(self) -> None:
        row = self.selected_event()
        if row is None:
            return
        with self._db.session() as session:
            summary = movement.event_summary(session, row.id)
        if summary is None or summary.cancelled:
            return
        text = self.tr("Cancel the event {0}?").format(summary.text)
        if summary.open_tasks:
            shown = "\n".join(f"• {t}" for t in summary.open_tasks[:15])
            more = len(summary.open_tasks) - 15
            if more > 0:
                shown += "\n" + self.tr("… and {0} more").format(more)
            text += "\n\n" + self.tr("These open tasks will be withdrawn:") + "\n" + shown
        text += "\n\n" + self.tr("The memberships the event changed are restored.")
        answer = QMessageBox.question(self, self.tr("Cancel the event"), text)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self._db.transaction() as session:
                movement.cancel_event(session, row.id)
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("The event is not cancelled"), str(exc))
            return
        self._after_change()

    @Slot()
    def show_roster(self) -> RosterDialog:
        dialog = RosterDialog(self._db, self)
        dialog.open()
        return dialog

    def _after_change(self) -> None:
        self.reload()
        self.data_changed.emit()

"""The change log page: the AUDIT register, narrowed to a period and to one person, plus
undoing a whole change batch.

The period and the person are asked of the database (``list_audit``), so entries older
than the latest few thousand are reached too; the search box filters what was fetched.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import sys

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from ...data.engine import Database
from ...services import choices, history
from ...services.listings import AuditRow, list_audit
from ...services.organisation import ValidationError
from .. import icons
from ..form_widgets import date_edit, edit_date
from ..keyboard import context_menu_on_keys
from ..movement.widgets import PersonPicker
from ..tasks import run_task
from .list_page import ListPage, ListSpec


def _people(db: Database) -> list[choices.Choice]:
    with db.session() as session:
        return choices.person_choices(session)


def _undo(db: Database, batch_id: int) -> str:
    """Runs in a worker: the undo in one transaction; the batch's label back."""
    with db.transaction() as session:
        return history.undo_batch(session, batch_id).label


class AuditPage(ListPage):
    """``batch_undone`` is emitted after a batch is undone, so other pages can reload."""

    batch_undone = Signal()

    def __init__(self, db: Database, spec: ListSpec, parent: QWidget | None = None) -> None:
        super().__init__(db, spec, parent)
        self._base_spec = spec
        today = dt.date.today()
        self.period_check = QCheckBox(self.tr("For the period"))
        self.period_check.setObjectName("period")
        self.from_edit = date_edit(today - dt.timedelta(days=30), "date_from")
        self.to_edit = date_edit(today, "date_to")
        self.person_picker = PersonPicker(self, none_text=self.tr("— anyone —"))
        self.person_picker.setObjectName("person")
        self._people_loaded = False
        filters = QHBoxLayout()
        filters.addWidget(self.period_check)
        filters.addWidget(self.from_edit)
        filters.addWidget(QLabel("—"))
        filters.addWidget(self.to_edit)
        filters.addSpacing(16)
        person_label = QLabel(self.tr("Person:"))
        person_label.setBuddy(self.person_picker.filter_edit)
        filters.addWidget(person_label)
        filters.addWidget(self.person_picker, 1)
        self._update_period()
        self.period_check.toggled.connect(self._on_filters)
        self.from_edit.dateChanged.connect(self._on_filters)
        self.to_edit.dateChanged.connect(self._on_filters)
        self.person_picker.changed.connect(self._on_filters)
        self.undo_action = QAction(self.tr("&Undo change batch…"), self)
        self.undo_action.setObjectName("undo_batch")
        self.undo_action.setIcon(icons.icon(icons.UNDO))
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(self.undo_selected_batch)
        self.table.addAction(self.undo_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        context_menu_on_keys(self.table)
        self.undo_button = QPushButton(self.undo_action.text())
        self.undo_button.setObjectName("undo_batch_button")
        self.undo_button.setIcon(self.undo_action.icon())
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo_action.trigger)
        bar = QHBoxLayout()
        bar.addWidget(self.undo_button)
        bar.addStretch(1)
        layout = self.layout()
        assert isinstance(layout, QBoxLayout)
        layout.insertLayout(2, filters)
        layout.insertLayout(3, bar)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self._undoing = False

    # -- the period and the person ------------------------------------------------------

    def query(self) -> tuple[dt.date | None, dt.date | None, int | None]:
        """(from, to, person id) of the entries asked for; None where not narrowed."""
        start = end = None
        if self.period_check.isChecked():
            start, end = sorted((edit_date(self.from_edit), edit_date(self.to_edit)))
        return start, end, self.person_picker.person_id()

    def reload(self) -> None:
        start, end, person_id = self.query()
        self.spec = dataclasses.replace(
            self._base_spec,
            fetch=functools.partial(list_audit, start=start, end=end, person_id=person_id),
        )
        if not self._people_loaded:
            self._people_loaded = True
            run_task(_people, self._on_people, self._db)
        super().reload()

    @Slot(object)
    def _on_people(self, people: list[choices.Choice]) -> None:
        self.person_picker.blockSignals(True)  # the same person: no second reload
        self.person_picker.set_choices(people, keep=self.person_picker.person_id())
        self.person_picker.blockSignals(False)

    def _update_period(self) -> None:
        on = self.period_check.isChecked()
        self.from_edit.setEnabled(on)
        self.to_edit.setEnabled(on)

    @Slot()
    def _on_filters(self) -> None:
        self._update_period()
        if self.requested:
            self.reload()

    def source_filtered(self) -> bool:
        return self.period_check.isChecked() or self.person_picker.person_id() is not None

    @Slot()
    def reset_filter(self) -> None:
        """Every entry again: no period, anyone, the search box cleared; one reload."""
        narrowed = self.source_filtered()
        for widget in (self.period_check, self.person_picker):
            widget.blockSignals(True)
        self.period_check.setChecked(False)
        self.person_picker.filter_edit.clear()
        self.person_picker.combo.setCurrentIndex(0)  # «— anyone —»
        for widget in (self.period_check, self.person_picker):
            widget.blockSignals(False)
        self._update_period()
        super().reset_filter()
        if narrowed:
            self.reload()

    def selected_entry(self) -> AuditRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().hasSelection():
            return None
        record = self.model.record(self.proxy.mapToSource(index).row())
        return record if isinstance(record, AuditRow) else None

    @Slot()
    def _update_actions(self) -> None:
        entry = self.selected_entry()
        enabled = entry is not None and entry.batch_id is not None and not self._undoing
        self.undo_action.setEnabled(enabled)
        self.undo_button.setEnabled(enabled)

    @Slot()
    def undo_selected_batch(self) -> None:
        entry = self.selected_entry()
        if entry is None or entry.batch_id is None or self._undoing:
            return
        title = self.tr("Undo change batch")
        with self._db.session() as session:
            allowed, reason = history.can_undo(session, entry.batch_id)
        if not allowed:
            QMessageBox.warning(
                self, title, self.tr("The change batch cannot be undone.\n\n{0}").format(reason)
            )
            return
        answer = QMessageBox.question(
            self,
            title,
            self.tr(
                "Undo the change batch «{0}»?\n\nEvery change it made will be reverted; "
                "the undo itself is written to the change log."
            ).format(entry.batch),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._undoing = True
        self._update_actions()
        run_task(_undo, self._on_undone, self._db, entry.batch_id, on_error=self._on_failed)

    @Slot(object)
    def _on_undone(self, label: str) -> None:
        self._undoing = False
        QMessageBox.information(
            self, self.tr("Undo change batch"), self.tr("«{0}» is undone.").format(label)
        )
        self.reload()
        self.batch_undone.emit()

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self._undoing = False
        self._update_actions()
        if isinstance(exc, ValidationError):
            QMessageBox.warning(self, self.tr("Undo change batch"), str(exc))
        else:
            sys.excepthook(type(exc), exc, exc.__traceback__)

"""The change log page: the AUDIT register plus undoing a whole change batch."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QMessageBox, QPushButton, QWidget

from ...data.engine import Database
from ...services import history
from ...services.listings import AuditRow
from ...services.organisation import ValidationError
from ..tasks import run_task
from .list_page import ListPage, ListSpec


def _undo(db: Database, batch_id: int) -> str:
    """Runs in a worker: the undo in one transaction; the batch's label back."""
    with db.transaction() as session:
        return history.undo_batch(session, batch_id).label


class AuditPage(ListPage):
    """``batch_undone`` is emitted after a batch is undone, so other pages can reload."""

    batch_undone = Signal()

    def __init__(self, db: Database, spec: ListSpec, parent: QWidget | None = None) -> None:
        super().__init__(db, spec, parent)
        self.undo_action = QAction(self.tr("Undo change batch…"), self)
        self.undo_action.setObjectName("undo_batch")
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(self.undo_selected_batch)
        self.table.addAction(self.undo_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.undo_button = QPushButton(self.undo_action.text())
        self.undo_button.setObjectName("undo_batch_button")
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo_action.trigger)
        bar = QHBoxLayout()
        bar.addWidget(self.undo_button)
        bar.addStretch(1)
        layout = self.layout()
        assert isinstance(layout, QBoxLayout)
        layout.insertLayout(2, bar)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self._undoing = False

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

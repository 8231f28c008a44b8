"""Трансляции и встречи: the register with Добавить… / Изменить… / Проведено… / Отменить /
Удалить. Every stored change reloads the register and is announced with ``data_changed``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from ...data.engine import Database
from ...data.models import BroadcastStatus
from ...services import broadcasts as service
from ...services.listings import BroadcastRow
from ...services.organisation import ValidationError
from .. import icons
from ..pages import registers
from ..pages.base import DELETE, NEW
from ..pages.list_page import ListPage, action_button
from ..people.common import run_dialog
from .dialogs import BroadcastDialog, HeldDialog

_PLANNED = BroadcastStatus.PLANNED.label
_HELD = BroadcastStatus.HELD.label


class BroadcastsPage(ListPage):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, registers.BROADCASTS, parent)
        self.add_button = action_button("add", self.tr("Add…"), self.add)
        self.edit_button = action_button("edit", self.tr("Edit…"), self.edit, icons.EDIT)
        self.held_button = action_button("held", self.tr("Held…"), self.mark_held, icons.DONE)
        self.cancel_button = action_button("cancel", self.tr("Cancel"), self.cancel, icons.CANCEL)
        self.delete_button = action_button("delete", self.tr("Delete"), self.delete)
        self.set_standard(NEW, self.add_button)
        self.set_standard(DELETE, self.delete_button)
        self.add_actions(
            [self.add_button, self.edit_button, self.held_button, self.cancel_button],
            [self.delete_button],
        )
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.empty_state.add_button(self.tr("Add…"), self.add_button.click, "empty_add")

    def selected_row(self) -> BroadcastRow | None:
        row = self.selected_record()
        assert row is None or isinstance(row, BroadcastRow)
        return row

    def update_actions(self) -> None:
        row = self.selected_row()
        self.edit_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)
        self.held_button.setEnabled(row is not None and row.status in (_PLANNED, _HELD))
        self.cancel_button.setEnabled(row is not None and row.status == _PLANNED)

    def _changed(self, _broadcast_id: int | None = None) -> None:
        self.reload()
        self.data_changed.emit()

    # -- actions -------------------------------------------------------------------------

    @Slot()
    def add(self) -> BroadcastDialog:
        dialog = BroadcastDialog(self._db, parent=self)
        if run_dialog(dialog):
            self._changed(dialog.broadcast_id)
        return dialog

    @Slot()
    def edit(self) -> None:
        row = self.selected_row()
        if row is not None and run_dialog(BroadcastDialog(self._db, row.id, self)):
            self._changed(row.id)

    @Slot()
    def mark_held(self) -> None:
        row = self.selected_row()
        if row is not None and run_dialog(HeldDialog(self._db, row.id, self)):
            self._changed(row.id)

    @Slot()
    def cancel(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Cancel the event"),
            self.tr("Mark «{0}» cancelled?").format(row.title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._write(lambda s: service.cancel_broadcast(s, row.id, _version(s, row.id)), row.id)

    @Slot()
    def delete(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete the event"),
            self.tr("Delete «{0}» with its audience and attendance? This cannot be undone.").format(
                row.title
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._write(lambda s: service.delete_broadcast(s, row.id), None)

    def _write(self, action: Any, select_id: int | None) -> None:
        try:
            with self._db.transaction() as session:
                action(session)
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), "\n".join(exc.errors.values()))
            return
        self._changed(select_id)


def _version(session: Any, broadcast_id: int) -> int:
    return service.load_broadcast(session, broadcast_id)[1]

"""Чаты: the register of chats with its actions — add, edit, archive, delete, and the
compliance check. Every stored change reloads the register and is announced with
``data_changed``."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from ...data.engine import Database
from ...data.models import ChatState
from ...services import chats
from ...services.listings import ChatRow
from ...services.organisation import ValidationError
from .. import icons
from ..pages import registers
from ..pages.base import DELETE, NEW
from ..pages.list_page import ListPage, action_button
from ..people.common import run_dialog
from .compliance_dialog import ComplianceDialog
from .dialogs import ArchiveChatDialog, ChatDialog

_ACTIVE = ChatState.ACTIVE.label


class ChatsPage(ListPage):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, registers.CHATS, parent)
        self.add_button = action_button("add_chat", self.tr("Add…"), self.add_chat)
        self.edit_button = action_button("edit_chat", self.tr("Edit…"), self.edit_chat, icons.EDIT)
        self.archive_button = action_button(
            "archive_chat", self.tr("Archive…"), self.archive, icons.ARCHIVE
        )
        self.delete_button = action_button("delete_chat", self.tr("Delete"), self.delete)
        self.set_standard(NEW, self.add_button)
        self.set_standard(DELETE, self.delete_button)
        self.check_button = action_button(
            "check_chats", self.tr("Check chats…"), self.check, icons.CHECK
        )
        self.add_actions(
            [self.add_button, self.edit_button, self.archive_button, self.delete_button],
            [self.check_button],
        )
        self.table.doubleClicked.connect(lambda _index: self.edit_chat())
        self.empty_state.add_button(self.tr("Add…"), self.add_button.click, "empty_add")
        self.empty_state.add_button(self.tr("Check chats…"), self.check_button.click, "empty_check")

    # -- selection -----------------------------------------------------------------------

    def selected_row(self) -> ChatRow | None:
        row = self.selected_record()
        assert row is None or isinstance(row, ChatRow)
        return row

    def update_actions(self) -> None:
        row = self.selected_row()
        self.edit_button.setEnabled(row is not None)
        self.archive_button.setEnabled(row is not None and row.state == _ACTIVE)
        self.delete_button.setEnabled(row is not None)

    def _after_change(self, select_id: int | None = None) -> None:
        self.reload_and_select(select_id)
        self.data_changed.emit()

    # -- actions -------------------------------------------------------------------------

    @Slot()
    def add_chat(self) -> None:
        dialog = ChatDialog(self._db, None, self)
        if run_dialog(dialog):
            self._after_change(dialog.chat_id)

    @Slot()
    def edit_chat(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        if run_dialog(ChatDialog(self._db, row.id, self)):
            self._after_change(row.id)

    @Slot()
    def archive(self) -> None:
        row = self.selected_row()
        if row is None or row.state != _ACTIVE:
            return
        dialog = ArchiveChatDialog(self._db, row.id, row.title, self)
        if run_dialog(dialog):
            if dialog.tasks:
                QMessageBox.information(
                    self,
                    self.tr("Archive the chat"),
                    self.tr(
                        "The chat is archived. Created %n task(s) «Annul the link» for its "
                        "active invite links.",
                        "",
                        dialog.tasks,
                    ),
                )
            self._after_change(row.id)

    @Slot()
    def delete(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete the chat"),
            self.tr(
                "Delete the chat «{0}» from the register? Only a chat entered by mistake "
                "should be deleted; a chat that is no longer used goes to the archive."
            ).format(row.title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self._db.transaction() as session:
                chats.delete_chat(session, row.id)
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("Delete the chat"), str(exc))
            return
        self._after_change()

    @Slot()
    def check(self) -> None:
        dialog = ComplianceDialog(self._db, self)
        run_dialog(dialog)
        if dialog.created:
            self._after_change()

"""Ссылки-приглашения: the register of invite links with its actions — add (or replace) a
link, hand it out, mark it used, annul it, audit the register, print invitation lists.

Every stored change reloads the register and is announced with ``data_changed``.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QWidget

from ...data.engine import Database
from ...data.models import InviteState
from ...services.listings import InviteRow
from .. import icons
from ..pages import registers
from ..pages.base import NEW, PRINT
from ..pages.list_page import ListPage, action_button
from ..people.common import run_dialog
from . import common
from .audit_dialog import InviteAuditDialog
from .dialogs import AddInviteDialog, AnnulInviteDialog, HandoutDialog, MarkUsedDialog
from .print_dialog import open_print_preview

_ACTIVE = InviteState.ACTIVE.label
_USED = InviteState.USED.label


def link_text(row: InviteRow) -> str:
    """«Робототехника, 1 год, гр. 1 — Обучающийся: https://…» for dialogs and questions."""
    return f"{row.target} — {row.role}: {row.url}"


class InvitesPage(ListPage):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, registers.INVITES, parent)
        self.add_button = action_button("add_link", self.tr("Add link…"), self.add_link)
        self.handout_button = action_button(
            "hand_out", self.tr("Hand out…"), self.hand_out, icons.HAND_OUT
        )
        self.used_button = action_button("mark_used", self.tr("Used…"), self.mark_used, icons.DONE)
        self.annul_button = action_button("annul", self.tr("Annul…"), self.annul, icons.CANCEL)
        self.audit_button = action_button("audit", self.tr("Audit…"), self.open_audit, icons.CHECK)
        self.print_button = action_button("print", self.tr("Print…"), self.print_links)
        self.set_standard(NEW, self.add_button)
        self.set_standard(PRINT, self.print_button)
        self.add_actions(
            [self.add_button, self.handout_button, self.used_button, self.annul_button],
            [self.audit_button, self.print_button],
        )
        self.table.doubleClicked.connect(lambda _index: self.hand_out())
        self.empty_state.add_button(self.tr("Add link…"), self.add_button.click, "empty_add")

    # -- selection -----------------------------------------------------------------------

    def selected_row(self) -> InviteRow | None:
        row = self.selected_record()
        assert row is None or isinstance(row, InviteRow)
        return row

    def update_actions(self) -> None:
        row = self.selected_row()
        state = row.state if row is not None else None
        self.handout_button.setEnabled(state == _ACTIVE)
        self.used_button.setEnabled(state == _ACTIVE)
        self.annul_button.setEnabled(state in (_ACTIVE, _USED))

    def _after_change(self) -> None:
        self.reload()
        self.data_changed.emit()

    # -- actions -------------------------------------------------------------------------

    @Slot()
    def add_link(self) -> None:
        if run_dialog(AddInviteDialog(self._db, self)):
            self._after_change()

    @Slot()
    def hand_out(self) -> None:
        row = self.selected_row()
        if row is None or row.state != _ACTIVE:
            return
        if run_dialog(HandoutDialog(self._db, row.id, link_text(row), self)):
            self._after_change()

    @Slot()
    def mark_used(self) -> None:
        row = self.selected_row()
        if row is None or row.state != _ACTIVE:
            return
        if run_dialog(MarkUsedDialog(self._db, row.id, link_text(row), self)):
            self._after_change()

    @Slot()
    def annul(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        if run_dialog(AnnulInviteDialog(self._db, row.id, link_text(row), self)):
            self._after_change()

    @Slot()
    def open_audit(self) -> None:
        dialog = InviteAuditDialog(self._db, self)
        run_dialog(dialog)
        if dialog.created or dialog.expired:
            self._after_change()

    @Slot()
    def print_links(self) -> None:
        """Print the selected links, or every shown one when nothing is selected."""
        rows = self.selected_records() or self.shown_records()
        if not rows:
            return
        open_print_preview(
            self,
            self._db,
            [row.id for row in rows],
            today=common.today(),
            on_marked=self._after_change,  # the hand-outs «printed» were recorded
        )

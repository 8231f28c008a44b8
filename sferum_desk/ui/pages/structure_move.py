"""«Перенести в другое объединение…» on the Структура page: what dragging a group onto
another association does, for the keyboard (the context menu opens with Shift+F10) and
for anyone who would rather not drag."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog

from ..structure_model import GROUP, KIND_ROLE

if TYPE_CHECKING:
    from .structure import StructurePage


class GroupMover(QObject):
    """Owns the page's «move the group» action, enabled while a group is current."""

    def __init__(self, page: StructurePage) -> None:
        super().__init__(page)
        self._page = page
        self.action = QAction(self.tr("&Move to another association…"), page)
        self.action.setObjectName("move_group")
        self.action.triggered.connect(self.move_current)
        page.view.selectionModel().currentChanged.connect(self._update)
        self._update()

    @Slot()
    def _update(self, *_args: Any) -> None:
        self.action.setEnabled(self._page.view.currentIndex().data(KIND_ROLE) == GROUP)

    @Slot()
    def move_current(self) -> bool:
        """Ask for the association and move the current group there (as a drop does)."""
        page = self._page
        current = page.current()
        if current is None or current[0] != GROUP:
            return False
        _direction, association_id = page._current_direction_and_association()
        targets = [c for c in page._choices().associations if c.id != association_id]
        if not targets:
            return False
        names = [choice.name for choice in targets]
        name, chosen = QInputDialog.getItem(
            page, self.tr("Move the group"), self.tr("&Association:"), names, 0, False
        )
        if not chosen:
            return False
        return page.move_group(current[1], targets[names.index(name)].id)

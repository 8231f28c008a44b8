"""Структура with nothing in it yet: the message in the tree's place, and «nothing found»
over the tree while the filter hides every row."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Slot

from ..empty_state import EmptyStack, EmptyState, NoMatchOverlay

if TYPE_CHECKING:
    from .structure import StructurePage


class StructureEmptyState(EmptyState):
    """``stack`` goes into the page's layout in place of its tree view."""

    def __init__(self, page: StructurePage, read_only: bool) -> None:
        super().__init__(read_only)
        self._page = page
        self.set_message(
            self.tr("No associations or groups yet"),
            self.tr(
                "Add an association to one of the six directions, then its groups: each group "
                "becomes a class in Sferum. Or import the list of students, and the "
                "associations and groups named in it are created."
            ),
        )
        self.add_button(self.tr("Add association…"), page.add_association, "empty_add")
        self.add_button(self.tr("Import…"), self._import, "empty_import")
        self.stack = EmptyStack(page.view, self)
        self.no_match = NoMatchOverlay(page.view, page.filter_edit.clear)
        # after the page's own slots: the tree is loaded, the filter applied
        page.loaded.connect(self.refresh)
        page.filter_edit.textChanged.connect(self.refresh)

    @Slot()
    def _import(self) -> None:
        self._page.import_requested.emit("students")

    @Slot()
    def refresh(self) -> None:
        """After a load or a change of the filter."""
        page = self._page
        tree = page.tree_data
        nothing = tree is not None and not any(d.associations for d in tree.directions)
        self.stack.show_empty(nothing)
        text = page.filter_edit.text()
        hidden = not nothing and bool(text.strip()) and page.proxy.rowCount() == 0
        self.no_match.show_for(text if hidden else None)

"""Отчёты: the message in the preview's place when the chosen report has no rows, with a
button to the page where its records are entered."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Slot
from PySide6.QtWidgets import QAbstractItemView

from ..empty_state import EmptyStack, EmptyState
from .base import Page

# Per report kind: the main window's page whose records fill it, and that page's title in
# the navigation (context "MainWindow").
_SOURCES = {
    "movement": ("movement", QT_TRANSLATE_NOOP("MainWindow", "Movement")),
    "invites": ("invites", QT_TRANSLATE_NOOP("MainWindow", "Invite links")),
    "schedule": ("posts", QT_TRANSLATE_NOOP("MainWindow", "Channels and posts")),
    "nomenclature": ("structure", QT_TRANSLATE_NOOP("MainWindow", "Structure")),
    "chats": ("chats", QT_TRANSLATE_NOOP("MainWindow", "Chats")),
}


class ReportEmptyState(EmptyState):
    """``stack`` goes into the page's layout in place of the preview ``table``."""

    def __init__(self, page: Page, table: QAbstractItemView) -> None:
        super().__init__()  # the button only opens a page: offered when viewing only too
        self._page = page
        self._source = ""
        self.set_message(
            self.tr("The report has no rows yet"),
            self.tr(
                "There is nothing for this report in the database yet, or not for these "
                "dates. The workbook can be saved as it is too."
            ),
        )
        self.open_button = self.add_button("", self._open, "empty_open", writes=False)
        self.stack = EmptyStack(table, self)

    def show_for(self, kind: str | None) -> None:
        """The message for an empty preview of ``kind``; None: the preview table."""
        self.stack.show_empty(kind is not None)
        self._source, title = _SOURCES.get(kind or "", ("", ""))
        assert self.open_button is not None
        self.open_button.setVisible(bool(self._source))
        if title:
            name = QCoreApplication.translate("MainWindow", title)
            self.open_button.setText(self.tr("Open «{0}»").format(name))

    @Slot()
    def _open(self) -> None:
        if self._source:
            self._page.page_requested.emit(self._source)

"""What every page of the main window offers it: load once when shown, reload, search."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget


class Page(QWidget):
    """A page loads its data the first time it is shown (``ensure_loaded``) and again on F5
    (``reload``); ``loaded`` is emitted when fresh data is on screen."""

    loaded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._requested = False

    @property
    def requested(self) -> bool:
        """Whether the page has been asked to load at least once."""
        return self._requested

    def ensure_loaded(self) -> None:
        if not self._requested:
            self.reload()

    def reload(self) -> None:
        self._requested = True

    def focus_filter(self) -> None:
        """Put the cursor into the page's search field, if it has one."""

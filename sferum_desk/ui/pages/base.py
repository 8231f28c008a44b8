"""What every page of the main window offers it: load once when shown, reload, search."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget


class Page(QWidget):
    """A page loads its data the first time it is shown (``ensure_loaded``) and again on F5
    (``reload``); ``loaded`` is emitted when fresh data is on screen.

    A page that stores a change emits ``data_changed``; the main window then marks the other
    loaded pages stale (``mark_stale``), and each reloads when it is next shown.
    """

    loaded = Signal()
    data_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._requested = False
        self._stale = False

    @property
    def requested(self) -> bool:
        """Whether the page has been asked to load at least once."""
        return self._requested

    @property
    def stale(self) -> bool:
        return self._stale

    def ensure_loaded(self) -> None:
        if not self._requested or self._stale:
            self.reload()

    def mark_stale(self) -> None:
        """Another page changed the data this one shows: reload now if on screen, else
        when next shown. A page never loaded stays unloaded."""
        if not self._requested:
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def reload(self) -> None:
        self._requested = True
        self._stale = False

    def focus_filter(self) -> None:
        """Put the cursor into the page's search field, if it has one."""

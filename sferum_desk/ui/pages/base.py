"""What every page of the main window offers it: load once when shown, reload, search."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QWidget

from .. import icons

# The standard keys of a page's own commands (the main window sends New, Print and Export
# to the page on screen; Delete works where the focus is in the page, so it never takes a
# key from the filter box or another page).
NEW, DELETE, PRINT, EXPORT = "new", "delete", "print", "export"
EXPORT_KEY = QKeySequence("Ctrl+E")
# Each role has its icon, on every page.
ROLE_ICONS = {NEW: icons.ADD, DELETE: icons.DELETE, PRINT: icons.PRINT, EXPORT: icons.EXPORT}


class Page(QWidget):
    """A page loads its data the first time it is shown (``ensure_loaded``) and again on F5
    (``reload``); ``loaded`` is emitted when fresh data is on screen.

    A page that stores a change emits ``data_changed``; the main window then marks the other
    loaded pages stale (``mark_stale``), and each reloads when it is next shown.
    ``page_requested`` and ``import_requested`` ask the main window for another page or the
    import wizard (the buttons of an empty page's message, the first steps of Обзор).
    """

    loaded = Signal()
    data_changed = Signal()
    # The next step a page offers may be elsewhere: the main window opens that page
    # (a key of its navigation) or the import wizard for a kind ("students", "staff").
    page_requested = Signal(str)
    import_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._requested = False
        self._stale = False
        self._standard: dict[str, QAbstractButton | QAction] = {}

    def set_standard(self, role: str, target: QAbstractButton | QAction) -> None:
        """``target`` (a button or action of this page) answers the standard key of
        ``role``: Ctrl+N, Del, Ctrl+P or Ctrl+E; and shows the role's icon."""
        self._standard[role] = target
        target.setIcon(icons.icon(ROLE_ICONS[role]))
        if role == DELETE:
            shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda: self.trigger_standard(DELETE))
        tip = {NEW: "Ctrl+N", DELETE: "Del", PRINT: "Ctrl+P", EXPORT: "Ctrl+E"}[role]
        if isinstance(target, QAbstractButton) and tip not in target.toolTip():
            target.setToolTip(f"{target.toolTip()} ({tip})".strip())

    def trigger_standard(self, role: str) -> bool:
        """Press the page's button for ``role`` if it has one and it is enabled now (the
        button asks for confirmation where deleting needs it)."""
        target = self._standard.get(role)
        if target is None or not target.isEnabled():
            return False
        if isinstance(target, QAction):
            target.trigger()
        else:
            target.click()
        return True

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

    def help_topic(self) -> str | None:
        """The guide's page (``ui.guide``) for what this page shows now; None: the one the
        main window maps the page to."""
        return None

    def focus_filter(self) -> None:
        """Put the cursor into the page's search field, if it has one."""

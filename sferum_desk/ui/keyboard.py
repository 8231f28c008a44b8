"""Keyboard ways to what the mouse does on a page's table, list or tree.

``open_on_enter``: Enter (or Return) on the current row does what a double click on it
does, through the view's own ``doubleClicked`` signal, so a page connects one handler for
both. ``context_menu_on_keys``: the context-menu key and Shift+F10 open the view's context
menu at the current row, through the same ``QContextMenuEvent`` a right click sends, so
the menu is the same one (a custom menu or the view's actions). ``tab_to_toolbar``: Tab
reaches a toolbar's buttons. ``page_action``: a page's command with an optional key that
works anywhere in the page.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QToolBar, QToolButton, QWidget

from . import icons

ENTER_KEYS = (QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter))


def open_on_enter(view: QAbstractItemView) -> None:
    """Enter on ``view``'s current row emits ``doubleClicked`` for it, as a double click
    would (nothing happens without a current row)."""

    def enter() -> None:
        index = view.currentIndex()
        if index.isValid():
            view.doubleClicked.emit(index)

    for key in ENTER_KEYS:
        shortcut = QShortcut(key, view)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)  # while the view has focus
        shortcut.activated.connect(enter)


def current_row_point(view: QAbstractItemView) -> QPoint:
    """The middle of the current row's first cell in the viewport (its top-left corner
    without one), where a keyboard-opened menu appears."""
    rect = view.visualRect(view.currentIndex())
    if not rect.isValid():
        return QPoint(4, 4)
    return QPoint(rect.left() + min(rect.width() // 2, 40), rect.center().y())


def open_context_menu(view: QAbstractItemView) -> None:
    """The view's context menu at its current row, as a right click there opens it."""
    viewport = view.viewport()
    point = current_row_point(view)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, point, viewport.mapToGlobal(point))
    QCoreApplication.sendEvent(viewport, event)


def tab_to_toolbar(toolbar: QToolBar) -> None:
    """Tab reaches ``toolbar``'s buttons (Qt leaves a toolbar's buttons out of the Tab
    chain), so a command that is only on the toolbar still needs no mouse."""
    for button in toolbar.findChildren(QToolButton):
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)


class _MenuKeys(QObject):
    """Opens the watched view's context menu on the context-menu key or Shift+F10; the key
    is taken, so the platform does not open the menu a second time."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QAbstractItemView):
            assert isinstance(event, QKeyEvent)
            shift_f10 = event.key() == Qt.Key.Key_F10 and (
                event.modifiers() == Qt.KeyboardModifier.ShiftModifier
            )
            if event.key() == Qt.Key.Key_Menu or shift_f10:
                open_context_menu(watched)
                return True
        return super().eventFilter(watched, event)


def context_menu_on_keys(view: QAbstractItemView) -> None:
    """The context-menu key and Shift+F10 on ``view`` open its context menu at the
    current row."""
    view.installEventFilter(_MenuKeys(view))


def page_action(
    page: QWidget,
    text: str,
    name: str,
    slot: Callable[[], object],
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    icon: str = "",
) -> QAction:
    """A command of ``page`` (for its toolbar and context menu); with ``shortcut`` its key
    works wherever the focus is in the page, and only there."""
    action = QAction(text, page)
    action.setObjectName(name)
    if icon:
        action.setIcon(icons.icon(icon))
    action.triggered.connect(slot)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        page.addAction(action)
    return action

"""The Tab chain of a shown dialog as a keyboard user meets it, and what reading order means.

``tab_chain(dialog)`` presses Tab on whatever has the focus until the focus comes back
round, and returns the widgets met, starting after the dialog's own buttons (so the chain
reads from the first field to OK/Cancel). ``inputs(dialog)`` is what a user must be able to
reach: every visible, enabled control that takes the focus by Tab. ``order_problems``
compares the two.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
    QWizard,
)

from sferum_desk.ui.task_wizard import BUTTON_ORDER

INPUT_TYPES = (
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractButton,  # push, tool, check and radio buttons
    QTextEdit,
    QPlainTextEdit,
    QAbstractItemView,
    QGroupBox,  # a checkable one takes the focus
    QTabBar,
)
_MAX_STEPS = 300
_MAX_INSIDE = 100  # Tabs within one control: the parts of a date, the links of a text


def owner(widget: QWidget) -> QWidget:
    """The control a focused part belongs to (the line edit inside a spin box or combo)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            return parent
        parent = parent.parentWidget()
    return widget


def _inside_view(widget: QWidget, dialog: QWidget) -> bool:
    """A widget placed in a cell of an item view: the view's own keys reach it."""
    parent = widget.parentWidget()
    while parent is not None and parent is not dialog:
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def inputs(dialog: QWidget) -> list[QWidget]:
    """Every visible, enabled control of ``dialog`` that Tab should reach."""
    found = []
    for widget in dialog.findChildren(QWidget):
        if not isinstance(widget, INPUT_TYPES) or owner(widget) is not widget:
            continue
        if isinstance(widget, QGroupBox) and not widget.isCheckable():
            continue
        if not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue
        if not widget.isVisible() or not widget.isEnabled() or _inside_view(widget, dialog):
            continue
        if isinstance(widget, QTabBar) and widget.count() < 2:
            continue
        found.append(widget)
    return found


def dialog_buttons(dialog: QWidget) -> list[QWidget]:
    """The buttons that close the dialog: its bottom button box, or a wizard's buttons."""
    if isinstance(dialog, QWizard):
        return [
            b for which in BUTTON_ORDER if (b := dialog.button(which)).isVisible() and b.isEnabled()
        ]
    boxes = [b for b in dialog.findChildren(QDialogButtonBox) if b.isVisible()]
    if not boxes:
        return []
    box = max(boxes, key=lambda b: b.mapTo(dialog, QPoint(0, 0)).y())
    return [b for b in box.buttons() if b.isVisible() and b.isEnabled()]


def _press_tab(widget: QWidget) -> QWidget | None:
    """Tab out of ``widget``: a date field takes one Tab per part (day, month, year) and a
    text browser one per link before they let the focus go; None when it never leaves."""
    for _part in range(_MAX_INSIDE):
        QTest.keyClick(widget, Qt.Key.Key_Tab)
        QApplication.processEvents()
        following = QApplication.focusWidget()
        if following is None:
            return None
        if owner(following) is not owner(widget):
            return following
        widget = following
    return None


def tab_chain(dialog: QWidget) -> list[QWidget]:
    """Press Tab until the focus comes back round; the controls met, in order, starting
    right after the dialog's buttons when it has some."""
    dialog.activateWindow()
    QApplication.processEvents()
    start = QApplication.focusWidget()
    if start is None or not dialog.isAncestorOf(start):
        dialog.focusNextChild()
        start = QApplication.focusWidget()
    assert start is not None, f"{dialog.objectName()}: nothing takes the focus"
    chain: list[QWidget] = []
    widget = start
    for _step in range(_MAX_STEPS):
        current = owner(widget)
        if current in chain:
            break
        chain.append(current)
        following = _press_tab(widget)
        if following is None:
            break  # the widget keeps the Tab (a text field that types it)
        widget = following
    return _from_first_field(chain, dialog_buttons(dialog), dialog)


def _from_first_field(
    chain: list[QWidget], buttons: list[QWidget], dialog: QWidget
) -> list[QWidget]:
    """The chain turned round to start where it leaves the dialog's buttons (the first
    field after OK/Cancel); a chain of buttons alone starts at the leftmost one."""
    for index, widget in enumerate(chain):
        if widget not in buttons and chain[index - 1] in buttons:
            return chain[index:] + chain[:index]
    if chain and all(w in buttons for w in chain):
        first = min(chain, key=lambda w: w.mapTo(dialog, QPoint(0, 0)).x())
        index = chain.index(first)
        return chain[index:] + chain[:index]
    return chain


@dataclass(frozen=True)
class Place:
    rect: QRect

    @classmethod
    def of(cls, widget: QWidget, dialog: QWidget) -> Place:
        rect = QRect(widget.mapTo(dialog, QPoint(0, 0)), widget.size())
        if isinstance(widget, QGroupBox):  # its check box is the title line
            rect.setHeight(widget.fontMetrics().height() + 4)
        return cls(rect)

    def same_row(self, other: Place) -> bool:
        top = max(self.rect.top(), other.rect.top())
        bottom = min(self.rect.bottom(), other.rect.bottom())
        return bottom - top > 2

    def reads_before(self, other: Place) -> bool:
        """Whether a reader meets ``other`` after this: on the same row to its right, on a
        lower row, or at the top of a column further right."""
        if self.same_row(other):
            return other.rect.left() >= self.rect.left()
        if other.rect.top() > self.rect.top():
            return True
        return other.rect.left() >= self.rect.right() - 2


def describe(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, QAbstractButton | QGroupBox):
        text = (widget.text() if isinstance(widget, QAbstractButton) else widget.title()) or ""
    name = widget.objectName() or type(widget).__name__
    return f"{name}«{text.replace('&', '')}»" if text else name


def order_problems(dialog: QWidget, chain: list[QWidget] | None = None) -> list[str]:
    """What is wrong with the Tab order of the shown ``dialog``: controls Tab never reaches,
    a step back against the reading order, the dialog's buttons not last."""
    chain = tab_chain(dialog) if chain is None else chain
    wanted = inputs(dialog)
    problems = [f"not reached by Tab: {describe(w)}" for w in wanted if w not in chain]
    ordered = [w for w in chain if w in wanted]
    buttons = [b for b in dialog_buttons(dialog) if b in ordered]
    if buttons and set(ordered[-len(buttons) :]) != set(buttons):
        problems.append(
            "the dialog's buttons are not last: " + " → ".join(describe(w) for w in ordered)
        )
    for before, after in zip(ordered, ordered[1:], strict=False):
        if not Place.of(before, dialog).reads_before(Place.of(after, dialog)):
            problems.append(f"Tab goes back from {describe(before)} to {describe(after)}")
    return problems

"""Tab in reading order: a dialog's controls are met as its layouts place them.

Qt's Tab follows the order the widgets were created in, which drifts from what the user
sees as soon as a dialog builds a compound widget first (the person picker above its
label's row) or adds a button to its button box later. :func:`follow_layout` walks the
layouts instead: a box layout item by item, a form row by row, a grid row by row and left
to right, a button box as its platform lays it out. It also keeps Tab from being trapped:
a table passes Tab on (the arrows move inside it) and a text field does not type a tab.

A dialog calls it once its widgets are in their layouts (and again after it adds some).
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QBoxLayout,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLayout,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)


def follow_layout(root: QWidget) -> list[QWidget]:
    """Set the Tab order of ``root``'s controls to their layout order; returns it."""
    order: list[QWidget] = []
    _visit_children(root, order)
    for before, after in pairwise(order):
        QWidget.setTabOrder(before, after)
    return order


def _takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def _visit_children(widget: QWidget, order: list[QWidget]) -> None:
    layout = widget.layout()
    if layout is not None:
        _visit_layout(layout, order)


def _visit(widget: QWidget, order: list[QWidget]) -> None:
    if isinstance(widget, QTabWidget):
        order += [widget, widget.tabBar()]  # the tab widget hands its focus to the tab bar
        for index in range(widget.count()):
            _visit(widget.widget(index), order)
    elif isinstance(widget, QStackedWidget | QSplitter):
        for index in range(widget.count()):
            _visit(widget.widget(index), order)
    elif isinstance(widget, QScrollArea):
        if widget.widget() is not None:
            _visit(widget.widget(), order)
    elif isinstance(widget, QAbstractScrollArea):  # a view or a text field: one stop
        if isinstance(widget, QAbstractItemView):
            widget.setTabKeyNavigation(False)
        elif isinstance(widget, QTextEdit | QPlainTextEdit) and not widget.isReadOnly():
            widget.setTabChangesFocus(True)
        order.append(widget)
    elif isinstance(widget, QDialogButtonBox | QGroupBox) or widget.layout() is not None:
        if _takes_tab(widget):  # a checkable group box, a box that hands on its focus
            order.append(widget)
        _visit_children(widget, order)
    elif _takes_tab(widget):
        order.append(widget)


def _visit_layout(layout: QLayout, order: list[QWidget]) -> None:
    for index in _reading_items(layout):
        item = layout.itemAt(index)
        if item.widget() is not None:
            _visit(item.widget(), order)
        elif item.layout() is not None:
            _visit_layout(item.layout(), order)


def _reading_items(layout: QLayout) -> list[int]:
    """The indexes of ``layout``'s items in the order a reader meets them."""
    indexes = list(range(layout.count()))
    if isinstance(layout, QGridLayout):
        return sorted(indexes, key=lambda i: layout.getItemPosition(i)[:2])
    if isinstance(layout, QFormLayout):
        roles = {
            QFormLayout.ItemRole.LabelRole: 0,
            QFormLayout.ItemRole.FieldRole: 1,
            QFormLayout.ItemRole.SpanningRole: 1,
        }

        def place(i: int) -> tuple[int, int]:
            row, role = layout.getItemPosition(i)
            return row, roles[role]

        return sorted(indexes, key=place)
    if isinstance(layout, QBoxLayout) and layout.direction() in (
        QBoxLayout.Direction.RightToLeft,
        QBoxLayout.Direction.BottomToTop,
    ):
        indexes.reverse()
    return indexes

"""The posting calendar without a mouse.

The calendar has a current day (framed while the calendar has the focus) and, on it, the
selected chip. The arrows walk the grid: Left and Right go a day back or on, Up and Down
go through the day's chips and on to the day above or below. Home goes to today, Page Up
and Page Down a month (a week) back or on. Enter opens the selected post or meeting, as a
double click does, or starts a new post on the day. Ctrl with an arrow moves the selected
post a day or a week, as dragging it there does.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

from . import common
from .calendar_text import WEEK, add_months

if TYPE_CHECKING:
    from ...services.schedule import CalendarItem
    from .calendar import CalendarView

_DAY_STEPS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def drawn_items(view: CalendarView, day: dt.date) -> list[CalendarItem]:
    """The items whose chips the day's cell shows (a month's day may show «+N» more)."""
    cell = next((cell for cell in view.canvas.cells if cell.day == day), None)
    return [chip.item for chip in cell.chips] if cell is not None else []


def go_to_day(view: CalendarView, day: dt.date, last: bool = False) -> None:
    """Make ``day`` current (turning the period when it is not shown) and select its
    first chip, or its last with ``last``; none when the day has none."""
    if day not in view.visible_days():
        view.show_date(day)
    view.current_day = day
    items = drawn_items(view, day)
    view.select_item((items[-1] if last else items[0]) if items else None)
    view.canvas.update()


def _selected(view: CalendarView) -> CalendarItem | None:
    selected = view.selected_item()
    items = drawn_items(view, view.current_day)
    return next((item for item in items if (item.kind, item.id) == selected), None)


def _step_through_day(view: CalendarView, step: int) -> None:
    """Down: the next chip of the day, else the day below; Up the other way."""
    items = drawn_items(view, view.current_day)
    selected = _selected(view)
    index = items.index(selected) if selected is not None else (-1 if step > 0 else len(items))
    index += 1 if step > 0 else -1
    if 0 <= index < len(items):
        view.select_item(items[index])
        view.canvas.update()
    else:
        go_to_day(view, view.current_day + dt.timedelta(days=step), last=step < 0)


def _turn_period(view: CalendarView, forward: bool) -> None:
    """Page Down: the same weekday a week on, or the first of the next month."""
    step = 1 if forward else -1
    if view.mode == WEEK:
        target = view.current_day + dt.timedelta(days=7 * step)
    else:
        target = add_months(view.current_day, step)
        view.show_date(target)  # the month itself, though its first days may show already
    go_to_day(view, target)


def _move_post(view: CalendarView, days: int) -> None:
    """Ctrl+arrow: the selected post to the day ``days`` away, as a drop there."""
    selected = _selected(view)
    if selected is None or selected.kind != "post":
        return
    target = selected.starts_at.date() + dt.timedelta(days=days)
    if view.move_post(selected.id, target):
        if target not in view.visible_days():
            view.show_date(target)
        view.current_day = target
        moved = next((i for i in drawn_items(view, target) if i.id == selected.id), None)
        view.select_item(moved)
        view.canvas.update()


def handle_key(view: CalendarView, event: QKeyEvent) -> bool:
    """Act on a key pressed in the calendar; False for a key it leaves alone (Tab)."""
    key = event.key()
    ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
    if key in _DAY_STEPS and ctrl:
        _move_post(view, _DAY_STEPS[key])
    elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
        go_to_day(view, view.current_day + dt.timedelta(days=_DAY_STEPS[key]))
    elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
        _step_through_day(view, _DAY_STEPS[key])
    elif key == Qt.Key.Key_Home:
        go_to_day(view, common.today())
    elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
        _turn_period(view, key == Qt.Key.Key_PageDown)
    elif key in _ENTER:
        selected = _selected(view)
        if selected is not None:
            view.activate(selected)
        else:
            view.new_post_requested.emit(view.current_day)
    else:
        return False
    return True

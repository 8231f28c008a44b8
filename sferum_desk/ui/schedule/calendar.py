"""The posting calendar: a month (6×7 days) or a week (7 columns) of posts and events.

The grid is painted (``CalendarCanvas.paintEvent``) from a layout worked out once per load or
resize, so a month of a few hundred items stays smooth. Items come from
``services.schedule.calendar_items`` for the visible days only, in one short session.
A post chip can be dragged to another day: the drag carries the post id (``POST_MIME``) and
the drop calls ``reschedule_post``, asking the scope for a post of a series.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from PySide6.QtCore import QMimeData, QRect, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...data.engine import Database
from ...services.organisation import ValidationError
from ...services.schedule import CalendarItem, calendar_items, reschedule_post
from . import common
from .calendar_canvas import CalendarCanvas
from .calendar_text import MONTH, WEEK, add_months, chip_text, month_title, week_title

__all__ = ["MONTH", "WEEK", "CalendarCanvas", "CalendarView", "chip_text"]


class CalendarView(QWidget):
    """Month or week of posts and events, with its toolbar.

    Signals: ``post_activated(id)`` and ``event_activated(id)`` on a double click of a chip,
    ``new_post_requested(date)`` on a double click of an empty place of a day,
    ``selection_changed()``, ``changed()`` after a drag-and-drop stored a new date,
    ``loaded()`` after the items of the period are on screen.
    """

    post_activated = Signal(int)
    event_activated = Signal(int)
    new_post_requested = Signal(object)
    selection_changed = Signal()
    changed = Signal()
    loaded = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendar")
        self._db = db
        self.mode = MONTH
        self.anchor = common.today()
        self.current_day = self.anchor  # the keyboard's day (calendar_keys)
        self._channel_ids: list[int] | None = None
        self._items: dict[dt.date, list[CalendarItem]] = {}
        self._selected: tuple[str, int] | None = None
        self._loaded_once = False

        self.prev_button = self._tool("previous", "◀", self.tr("Previous period"))
        self.today_button = self._tool("today", self.tr("Today"), self.tr("Go to today"))
        self.next_button = self._tool("next", "▶", self.tr("Next period"))
        self.month_button = self._tool("month", self.tr("Month"), "", checkable=True)
        self.week_button = self._tool("week", self.tr("Week"), "", checkable=True)
        modes = QButtonGroup(self)
        modes.setExclusive(True)
        modes.addButton(self.month_button)
        modes.addButton(self.week_button)
        self.month_button.setChecked(True)
        self.title_label = QLabel()
        self.title_label.setObjectName("period_title")
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title_label.setFont(font)
        self.prev_button.clicked.connect(self.show_previous)
        self.next_button.clicked.connect(self.show_next)
        self.today_button.clicked.connect(self.show_today)
        self.month_button.clicked.connect(lambda: self.set_mode(MONTH))
        self.week_button.clicked.connect(lambda: self.set_mode(WEEK))

        bar = QHBoxLayout()
        for button in (self.prev_button, self.today_button, self.next_button):
            bar.addWidget(button)
        bar.addSpacing(12)
        bar.addWidget(self.title_label, 1)
        bar.addWidget(self.month_button)
        bar.addWidget(self.week_button)
        self.canvas = CalendarCanvas(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.canvas, 1)
        self._update_title()

    def _tool(self, name: str, text: str, tip: str, checkable: bool = False) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setText(text)
        button.setCheckable(checkable)
        if tip:
            button.setToolTip(tip)
        return button

    # -- period ------------------------------------------------------------------------

    def visible_days(self) -> list[dt.date]:
        if self.mode == WEEK:
            monday = self.anchor - dt.timedelta(days=self.anchor.weekday())
            return [monday + dt.timedelta(days=i) for i in range(7)]
        first = self.anchor.replace(day=1)
        start = first - dt.timedelta(days=first.weekday())
        return [start + dt.timedelta(days=i) for i in range(42)]

    def period(self) -> tuple[dt.date, dt.date]:
        """[start, end) of the visible days."""
        days = self.visible_days()
        return days[0], days[-1] + dt.timedelta(days=1)

    def set_mode(self, mode: str) -> None:
        if mode not in (MONTH, WEEK):
            raise ValueError(mode)
        self.mode = mode
        (self.month_button if mode == MONTH else self.week_button).setChecked(True)
        self.reload()

    def show_date(self, day: dt.date) -> None:
        self.anchor = day
        if self.current_day not in self.visible_days():
            self.current_day = day
        self.reload()

    def show_week_of(self, day: dt.date) -> None:
        self.mode = WEEK
        self.week_button.setChecked(True)
        self.show_date(day)

    @Slot()
    def show_previous(self) -> None:
        step = add_months(self.anchor, -1) if self.mode == MONTH else None
        self.show_date(step or self.anchor - dt.timedelta(days=7))

    @Slot()
    def show_next(self) -> None:
        step = add_months(self.anchor, 1) if self.mode == MONTH else None
        self.show_date(step or self.anchor + dt.timedelta(days=7))

    @Slot()
    def show_today(self) -> None:
        self.show_date(common.today())

    def set_channel_ids(self, channel_ids: list[int] | None) -> None:
        """Show only the posts of these channels (None: every channel)."""
        self._channel_ids = channel_ids
        if self._loaded_once:
            self.reload()

    def _update_title(self) -> None:
        if self.mode == MONTH:
            self.title_label.setText(month_title(self.anchor))
        else:
            self.title_label.setText(week_title(self.visible_days()[0]))

    # -- data --------------------------------------------------------------------------

    def reload(self) -> None:
        start, end = self.period()
        with self._db.session() as session:
            items = calendar_items(session, start, end, common.now(), self._channel_ids)
        by_day: dict[dt.date, list[CalendarItem]] = defaultdict(list)
        for item in items:
            by_day[item.starts_at.date()].append(item)
        self._items = dict(by_day)
        if self._selected is not None and self._find(*self._selected) is None:
            self._selected = None
            self.selection_changed.emit()
        self._loaded_once = True
        self._update_title()
        self.canvas.relayout()
        self.loaded.emit()

    def items(self) -> list[CalendarItem]:
        return [item for day in sorted(self._items) for item in self._items[day]]

    def items_on(self, day: dt.date) -> list[CalendarItem]:
        return list(self._items.get(day, []))

    def _find(self, kind: str, item_id: int) -> CalendarItem | None:
        return next(
            (item for item in self.items() if item.kind == kind and item.id == item_id), None
        )

    def day_rect(self, day: dt.date) -> QRect:
        """The day's cell in ``canvas`` coordinates (empty when the day is not shown)."""
        return next((cell.rect for cell in self.canvas.cells if cell.day == day), QRect())

    def chip_rect(self, item_id: int, kind: str = "post") -> QRect:
        """The item's chip in ``canvas`` coordinates (empty when it is not drawn)."""
        for cell in self.canvas.cells:
            for chip in cell.chips:
                if chip.item.id == item_id and chip.item.kind == kind:
                    return chip.rect
        return QRect()

    # -- selection and actions -----------------------------------------------------------

    def selected_item(self) -> tuple[str, int] | None:
        return self._selected

    def selected_post_id(self) -> int | None:
        selected = self._selected
        return selected[1] if selected is not None and selected[0] == "post" else None

    def select_item(self, item: CalendarItem | None) -> None:
        key = (item.kind, item.id) if item is not None else None
        if key != self._selected:
            self._selected = key
            self.canvas.update()
            self.selection_changed.emit()

    def activate(self, item: CalendarItem) -> None:
        self.select_item(item)
        if item.kind == "post":
            self.post_activated.emit(item.id)
        else:
            self.event_activated.emit(item.id)

    def mime_for(self, item: CalendarItem) -> QMimeData:
        mime = QMimeData()
        mime.setData(common.POST_MIME, str(item.id).encode("ascii"))
        mime.setText(f"{item.starts_at:%d.%m.%Y %H:%M} {item.title}")
        return mime

    def move_post(self, post_id: int, day: dt.date) -> bool:
        """Reschedule the post to ``day`` keeping its time; True when stored."""
        item = self._find("post", post_id)
        if item is not None and item.starts_at.date() == day:
            return False
        scope = "one"
        if item is not None and item.in_series:
            answer = common.ask_scope(self, self.tr("Move it to {0}").format(f"{day:%d.%m.%Y}"))
            if answer is None:
                return False
            scope = answer
        try:
            with self._db.transaction() as session:
                reschedule_post(session, post_id, day, scope)  # type: ignore[arg-type]
        except ValidationError as exc:
            QMessageBox.warning(
                self, self.tr("The post is not moved"), "\n".join(exc.errors.values())
            )
            return False
        self.reload()
        self.changed.emit()
        return True

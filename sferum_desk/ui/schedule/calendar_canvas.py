"""The painted grid of the posting calendar: day cells, chips, mouse, keys, drag and drop."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, Qt
from PySide6.QtGui import (
    QColor,
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QApplication, QSizePolicy, QToolTip, QWidget

from ...services.schedule import CalendarItem
from .. import theme
from . import common
from .calendar_keys import handle_key
from .calendar_text import (
    MONTH,
    MONTHS_OF,
    WEEK,
    WEEKDAYS,
    cancelled_labels,
    chip_text,
    chip_tooltip,
    tr_calendar,
    week_lines,
)

if TYPE_CHECKING:
    from .calendar import CalendarView

_NO_CHANNEL_COLOUR = "#607d8b"
_CHIP_TINT = 0.2  # a chip is its channel's colour faded this much into the base
_CHIP_GAP = 2
_PADDING = 3
_TEXT_INSET = 7  # the chip's text starts right of its colour bar
WEEK_TITLE_LINES = 3


@dataclass
class _Chip:
    rect: QRect
    item: CalendarItem
    lines: list[str]


@dataclass
class _Cell:
    day: dt.date
    rect: QRect
    chips: list[_Chip]
    more: int = 0
    more_rect: QRect | None = None


class CalendarCanvas(QWidget):
    """The painted grid of a :class:`CalendarView`; coordinates of ``day_rect`` and
    ``chip_rect`` are this widget's."""

    def __init__(self, view: CalendarView) -> None:
        super().__init__(view)
        self.setObjectName("calendar_canvas")
        self._view = view
        self.cells: list[_Cell] = []
        self.setAcceptDrops(True)
        self.setMouseTracking(False)
        self.setMinimumSize(560, 360)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._press: tuple[QPoint, CalendarItem] | None = None
        self._drop_day: dt.date | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the keys of calendar_keys

    # -- layout ------------------------------------------------------------------------

    def header_height(self) -> int:
        return self.fontMetrics().height() + 8

    def chip_height(self, lines: int = 0) -> int:
        """A month's chip is one line; a week's has room for the time and the title,
        the title wrapped to as many as ``WEEK_TITLE_LINES`` lines."""
        lines = lines or (2 if self._view.mode == WEEK else 1)
        return lines * self.fontMetrics().height() + 4

    def chip_lines(self, item: CalendarItem, width: int) -> list[str]:
        """The lines a chip of ``width`` shows: the whole title on a week's chip, wrapped
        at spaces, its last line elided if it is longer still."""
        metrics = self.fontMetrics()
        room = width - _TEXT_INSET - 3
        if self._view.mode != WEEK:
            return [metrics.elidedText(chip_text(item), Qt.TextElideMode.ElideRight, room)]
        head, title = week_lines(item)
        lines: list[str] = []
        words = title.split()
        while words and len(lines) < WEEK_TITLE_LINES:
            line = words.pop(0)
            while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= room:
                line = f"{line} {words.pop(0)}"
            lines.append(line)
        if words:
            lines[-1] = f"{lines[-1]} {' '.join(words)}"
        lines = [metrics.elidedText(line, Qt.TextElideMode.ElideRight, room) for line in lines]
        return [metrics.elidedText(head, Qt.TextElideMode.ElideRight, room), *lines]

    def relayout(self) -> None:
        view = self._view
        days = view.visible_days()
        rows = len(days) // 7
        top = self.header_height()
        width, height = self.width(), self.height() - top
        chip_h = self.chip_height()
        number_h = self.fontMetrics().height() + 2 if view.mode == MONTH else 0
        self.cells = []
        for index, day in enumerate(days):
            row, col = divmod(index, 7)
            x0, x1 = col * width // 7, (col + 1) * width // 7
            y0, y1 = top + row * height // rows, top + (row + 1) * height // rows
            rect = QRect(x0, y0, x1 - x0, y1 - y0)
            cell = _Cell(day, rect, [])
            items = view.items_on(day)
            y = y0 + _PADDING + number_h
            chip_w = rect.width() - 2 * _PADDING
            lines = [self.chip_lines(item, chip_w) for item in items]
            heights = [self.chip_height(len(item_lines)) for item_lines in lines]
            bottom = y1 - _PADDING + _CHIP_GAP
            # all the chips, or as many as leave room for the line «+N more»
            everything = y + sum(h + _CHIP_GAP for h in heights) <= bottom
            limit = bottom if everything else bottom - chip_h - _CHIP_GAP
            shown = 0
            while shown < len(items) and y + heights[shown] + _CHIP_GAP <= limit:
                chip = QRect(x0 + _PADDING, y, chip_w, heights[shown])
                cell.chips.append(_Chip(chip, items[shown], lines[shown]))
                y += heights[shown] + _CHIP_GAP
                shown += 1
            if shown < len(items):
                cell.more = len(items) - shown
                cell.more_rect = QRect(x0 + _PADDING, y, chip_w, chip_h)
            self.cells.append(cell)
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.relayout()

    def cell_at(self, pos: QPoint) -> _Cell | None:
        return next((cell for cell in self.cells if cell.rect.contains(pos)), None)

    def chip_at(self, pos: QPoint) -> _Chip | None:
        cell = self.cell_at(pos)
        if cell is None:
            return None
        return next((chip for chip in cell.chips if chip.rect.contains(pos)), None)

    # -- painting ----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        view = self._view
        painter = QPainter(self)
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        painter.fillRect(self.rect(), base)
        header_h = self.header_height()
        width = self.width()
        today = common.today()
        for col in range(7):
            x0, x1 = col * width // 7, (col + 1) * width // 7
            label = tr_calendar(WEEKDAYS[col])
            if view.mode == WEEK and self.cells:
                day = self.cells[col].day
                label = f"{label}, {day:%d.%m}"
            font = QFont(self.font())
            font.setBold(view.mode == WEEK and bool(self.cells) and self.cells[col].day == today)
            painter.setFont(font)
            painter.setPen(text if col < 5 else theme.error_colour(palette))
            painter.drawText(QRect(x0, 0, x1 - x0, header_h), Qt.AlignmentFlag.AlignCenter, label)
        painter.setFont(self.font())
        for cell in self.cells:
            if not event.rect().intersects(cell.rect):
                continue
            self._paint_cell(painter, cell, today, text)
        painter.setPen(QPen(theme.line_colour(palette)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for cell in self.cells:
            painter.drawRect(cell.rect.adjusted(0, 0, -1, -1))
        if self.hasFocus():  # the keyboard's current day
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            for cell in self.cells:
                if cell.day == self._view.current_day:
                    painter.drawRect(cell.rect.adjusted(1, 1, -2, -2))
        painter.end()

    def _paint_cell(self, painter: QPainter, cell: _Cell, today: dt.date, text: QColor) -> None:
        view = self._view
        rect = cell.rect
        other_month = view.mode == MONTH and cell.day.month != view.anchor.month
        palette = self.palette()
        if cell.day == self._drop_day:
            painter.fillRect(rect, theme.drop_background(palette))
        elif cell.day == today:
            painter.fillRect(rect, theme.highlight_background(palette))
        elif other_month:
            painter.fillRect(rect, theme.tint(text, 0.05, palette))
        if view.mode == MONTH:
            font = QFont(self.font())
            font.setBold(cell.day == today)
            painter.setFont(font)
            painter.setPen(theme.muted_text(palette) if other_month else text)
            number = str(cell.day.day)
            if cell.day.day == 1:
                number = f"1 {tr_calendar(MONTHS_OF[cell.day.month - 1])}"
            painter.drawText(
                rect.adjusted(_PADDING + 2, 1, -_PADDING, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                number,
            )
            painter.setFont(self.font())
        for chip in cell.chips:
            self._paint_chip(painter, chip, text)
        if cell.more_rect is not None:
            painter.setPen(palette_link(self))
            painter.drawText(
                cell.more_rect.adjusted(4, 0, 0, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                QCoreApplication.translate("CalendarView", "more {0}").format(cell.more),
            )

    def _paint_chip(self, painter: QPainter, chip: _Chip, text: QColor) -> None:
        item = chip.item
        rect = chip.rect
        cancelled = item.status in cancelled_labels()
        colour, fill, ink = chip_colours(item.colour, cancelled, self.palette())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(fill)
        selected = self._view.selected_item() == (item.kind, item.id)
        if item.overdue:
            painter.setPen(QPen(theme.error_colour(self.palette()), 2))
        elif item.crowded:
            painter.setPen(QPen(theme.warning_colour(self.palette()), 1.5))
        elif selected:
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
        else:
            painter.setPen(Qt.PenStyle.NoPen)
        if item.kind == "event" and not item.overdue:
            painter.setPen(QPen(colour, 1, Qt.PenStyle.DashLine))
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)
        if selected and (item.overdue or item.crowded or item.kind == "event"):
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), 3, 3)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.fillRect(QRect(rect.left() + 1, rect.top() + 2, 3, rect.height() - 4), colour)
        font = QFont(self.font())
        font.setStrikeOut(cancelled)
        painter.setFont(font)
        painter.setPen(ink)
        line_h = painter.fontMetrics().height()
        top = rect.top() + (rect.height() - line_h * len(chip.lines)) // 2
        for index, line in enumerate(chip.lines):
            painter.drawText(
                QRect(rect.left() + _TEXT_INSET, top + index * line_h, rect.width() - 9, line_h),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                line,
            )
        painter.setFont(self.font())

    # -- mouse -------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            chip = self.chip_at(event.pos())
            if chip is not None:
                QToolTip.showText(event.globalPos(), chip_tooltip(chip.item), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        pos = event.position().toPoint()
        chip = self.chip_at(pos)
        self._press = (pos, chip.item) if chip is not None else None
        self._view.select_item(chip.item if chip is not None else None)
        cell = self.cell_at(pos)
        if cell is not None:
            self._view.current_day = cell.day
        if cell is not None and cell.more_rect is not None and cell.more_rect.contains(pos):
            self._view.show_week_of(cell.day)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        start, item = self._press
        distance = (event.position().toPoint() - start).manhattanLength()
        if item.kind != "post" or distance < QApplication.startDragDistance():
            return
        self._press = None
        drag = QDrag(self)
        drag.setMimeData(self._view.mime_for(item))
        drag.exec(Qt.DropAction.MoveAction)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press = None
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position().toPoint()
        chip = self.chip_at(pos)
        if chip is not None:
            self._view.activate(chip.item)
            return
        cell = self.cell_at(pos)
        if cell is not None and (cell.more_rect is None or not cell.more_rect.contains(pos)):
            self._view.new_post_requested.emit(cell.day)

    # -- keyboard ----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not handle_key(self._view, event):
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    # -- drop --------------------------------------------------------------------------

    def _drop_target(self, event: QDragMoveEvent | QDropEvent) -> dt.date | None:
        if not event.mimeData().hasFormat(common.POST_MIME):
            return None
        cell = self.cell_at(event.position().toPoint())
        return cell.day if cell is not None else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(common.POST_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        day = self._drop_target(event)
        if day != self._drop_day:
            self._drop_day = day
            self.update()
        if day is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._drop_day = None
        self.update()

    def dropEvent(self, event: QDropEvent) -> None:
        day = self._drop_target(event)
        self._drop_day = None
        self.update()
        if day is None:
            event.ignore()
            return
        post_id = int(bytes(event.mimeData().data(common.POST_MIME).data()).decode("ascii"))
        event.acceptProposedAction()
        self._view.move_post(post_id, day)


def chip_colours(
    channel_colour: str | None, cancelled: bool, palette: QPalette
) -> tuple[QColor, QColor, QColor]:
    """(the bar, the fill, the text) of a chip: the channel's colour, faded into the base
    (a cancelled one greyed), with the theme's text — or black or white where that would
    not read on the fill."""
    colour = QColor(channel_colour or _NO_CHANNEL_COLOUR)
    if not colour.isValid():
        colour = QColor(_NO_CHANNEL_COLOUR)
    text = palette.color(QPalette.ColorRole.Text)
    if cancelled:
        colour = text = theme.muted_text(palette)
    fill = theme.tint(colour, _CHIP_TINT, palette)
    return colour, fill, theme.readable_on(fill, text)


def palette_link(widget: QWidget) -> QColor:
    return widget.palette().color(QPalette.ColorRole.Link)

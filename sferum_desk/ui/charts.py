"""Small charts painted with QPainter (PySide6-Essentials has no QtCharts).

:class:`ShareBarChart` — horizontal bars of «joined of total» shares, 0–100 %, coloured by
threshold; :class:`WeeklyColumnChart` — columns of counts per week, one colour per series,
with a legend and week labels ДД.ММ. Both take plain data (so tests can check what they
were given through ``bars()`` / ``series()``), draw with the palette's colours so they read
in light and dark themes, and explain each bar or column in a tooltip.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from . import theme

# Below LOW the share is poor, from HIGH on it is good; colours follow.
LOW_SHARE, HIGH_SHARE = 0.5, 0.8

# (light theme, dark theme) colours: readable on a white and on a near-black base.
_LEVEL_COLOURS = {
    "low": ("#d9534f", "#ef7b77"),
    "mid": ("#e0a100", "#f2c14e"),
    "high": ("#3c9a3f", "#6cc070"),
}
_SERIES_COLOURS = (
    ("#2f6fb3", "#6fa8e8"),
    ("#d9822b", "#f0a860"),
    ("#3c9a3f", "#6cc070"),
    ("#8e5bb5", "#b994dc"),
    ("#c0392b", "#ec7063"),
    ("#16a085", "#48c9b0"),
)

_MARGIN = 8


def share_level(share: float) -> str:
    """«low», «mid» or «high»: which colour a share's bar gets."""
    if share < LOW_SHARE:
        return "low"
    if share < HIGH_SHARE:
        return "mid"
    return "high"


def percent_text(share: float) -> str:
    """0.625 → «63 %»: rounded half up, as Excel shows it; a no-break space before the sign
    keeps the number and the sign on one line."""
    return f"{math.floor(share * 100 + 0.5)}\u00a0%"


def _is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def _pick(pair: tuple[str, str], palette: QPalette) -> QColor:
    return QColor(pair[1] if _is_dark(palette) else pair[0])


@dataclass(frozen=True)
class Bar:
    label: str
    joined: int
    total: int

    @property
    def share(self) -> float:
        return self.joined / self.total if self.total else 0.0

    @property
    def level(self) -> str:
        return share_level(self.share)


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[int, ...]  # one per week, in the order of ``weeks()``


class _Chart(QWidget):
    """Common parts: the empty-data text, tooltips from ``tooltip_at``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    def tooltip_at(self, pos: QPoint) -> str:  # pragma: no cover - overridden
        return ""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def _paint_empty(self, painter: QPainter, text: str) -> None:
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter, text)

    def _legend_rect(self) -> QRectF:
        return QRectF(_MARGIN, _MARGIN, self.width() - 2 * _MARGIN, self.fontMetrics().height() + 4)

    def _paint_legend(self, painter: QPainter, items: Sequence[tuple[QColor, str]]) -> None:
        """A row of colour swatches with their names along the top."""
        legend = self._legend_rect()
        metrics = self.fontMetrics()
        text = self.palette().color(QPalette.ColorRole.WindowText)
        swatch = metrics.height() * 0.7
        x = legend.left()
        for colour, name in items:
            painter.fillRect(QRectF(x, legend.center().y() - swatch / 2, swatch, swatch), colour)
            x += swatch + 4
            painter.setPen(text)
            width = metrics.horizontalAdvance(name) + 2
            painter.drawText(
                QRectF(x, legend.top(), width, legend.height()),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                name,
            )
            x += width + 3 * _MARGIN


class ShareBarChart(_Chart):
    """Horizontal bars: a label on the left, the bar 0–100 %, «N из M (P %)» on the right;
    a legend above says what the three colours mean."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[Bar] = []
        self.setObjectName("share_bar_chart")

    def set_bars(self, bars: Iterable[tuple[str, int, int]]) -> None:
        """(label, joined, total) per bar, top to bottom."""
        self._bars = [Bar(label, joined, total) for label, joined, total in bars]
        self.updateGeometry()
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 8

    def _label_width(self) -> int:
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(b.label) for b in self._bars), default=0)
        return min(widest + _MARGIN, max(120, self.width() // 3))

    def _value_width(self) -> int:
        return self.fontMetrics().horizontalAdvance("0000 из 0000 (100\u00a0%)") + _MARGIN

    def _top(self) -> int:
        """Where the first bar starts: under the legend."""
        return int(self._legend_rect().bottom()) + _MARGIN

    def legend_items(self) -> list[tuple[str, str]]:
        """(level, text) of the legend, as painted."""
        low, high = percent_text(LOW_SHARE), percent_text(HIGH_SHARE)
        return [
            ("low", self.tr("below {0}").format(low)),
            ("mid", self.tr("{0} to {1}").format(low, high)),
            ("high", self.tr("{0} and more").format(high)),
        ]

    def sizeHint(self) -> QSize:
        rows = max(len(self._bars), 2)
        return QSize(480, self._top() + rows * self._row_height() + _MARGIN)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def value_text(self, bar: Bar) -> str:
        return self.tr("{0} of {1} ({2})").format(bar.joined, bar.total, percent_text(bar.share))

    def _row_at(self, y: int) -> int | None:
        top = self._top()
        row = (y - top) // self._row_height()
        return row if 0 <= row < len(self._bars) and y >= top else None

    def tooltip_at(self, pos: QPoint) -> str:
        row = self._row_at(pos.y())
        if row is None:
            return ""
        bar = self._bars[row]
        return self.tr("{0}: joined Sferum {1}").format(bar.label, self.value_text(bar))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            if not self._bars:
                self._paint_empty(painter, self.tr("No data"))
                return
            self._paint_bars(painter)
        finally:
            painter.end()

    def _paint_bars(self, painter: QPainter) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        track = palette.color(QPalette.ColorRole.Midlight)
        grid = theme.line_colour(palette)  # the palette's Mid is lost on a dark one
        metrics = self.fontMetrics()
        row_h = self._row_height()
        label_w = self._label_width()
        value_w = self._value_width()
        left = _MARGIN + label_w
        bar_w = max(self.width() - left - value_w - _MARGIN, 20)
        self._paint_legend(
            painter,
            [(_pick(_LEVEL_COLOURS[level], palette), name) for level, name in self.legend_items()],
        )
        first = self._top()
        for index, bar in enumerate(self._bars):
            top = first + index * row_h
            painter.setPen(text)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_w - _MARGIN)
            label_rect = QRectF(_MARGIN, top, label_w - _MARGIN, row_h)
            align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
            painter.drawText(label_rect, align, label)
            slot = QRectF(left, top + 3, bar_w, row_h - 6)
            painter.fillRect(slot, track)
            filled = QRectF(slot.left(), slot.top(), slot.width() * bar.share, slot.height())
            painter.fillRect(filled, _pick(_LEVEL_COLOURS[bar.level], palette))
            value_rect = QRectF(left + bar_w + _MARGIN, top, value_w, row_h)
            painter.drawText(value_rect, align, self.value_text(bar))
        # Guides at 50 % and 80 %: the thresholds the colours follow.
        pen = QPen(grid)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        bottom = first + len(self._bars) * row_h
        for share in (LOW_SHARE, HIGH_SHARE):
            x = left + bar_w * share
            painter.drawLine(int(x), first, int(x), bottom)


class WeeklyColumnChart(_Chart):
    """Grouped columns: one group per week (labelled with its Monday, ДД.ММ), one column per
    series (a channel), a legend above."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._weeks: list[dt.date] = []
        self._series: list[Series] = []
        self.setObjectName("weekly_column_chart")

    def set_series(
        self, weeks: Sequence[dt.date], series: Iterable[tuple[str, Sequence[int]]]
    ) -> None:
        """``weeks`` are the Mondays; each series gives one value per week."""
        self._weeks = list(weeks)
        self._series = []
        for name, values in series:
            if len(values) != len(self._weeks):
                raise ValueError(f"{name}: {len(values)} values for {len(self._weeks)} weeks")
            self._series.append(Series(name, tuple(values)))
        self.updateGeometry()
        self.update()

    def weeks(self) -> list[dt.date]:
        return list(self._weeks)

    def series(self) -> list[Series]:
        return list(self._series)

    def week_label(self, monday: dt.date) -> str:
        return monday.strftime("%d.%m")

    def sizeHint(self) -> QSize:
        return QSize(480, 12 * self.fontMetrics().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 8 * self.fontMetrics().height())

    def _max_value(self) -> int:
        return max((v for s in self._series for v in s.values), default=0)

    def _axis_step(self) -> int:
        top = self._max_value()
        for step in (1, 2, 5, 10, 20, 50, 100, 200, 500):
            if top / step <= 5:
                return step
        return 1000

    def _layout(self) -> tuple[QRectF, QRectF, int]:
        """(legend area, plot area, axis top value)."""
        metrics = self.fontMetrics()
        line = metrics.height()
        step = self._axis_step()
        top_value = max(step, -(-self._max_value() // step) * step)
        axis_w = metrics.horizontalAdvance(str(top_value)) + _MARGIN
        legend = self._legend_rect()
        plot = QRectF(
            _MARGIN + axis_w,
            legend.bottom() + _MARGIN,
            max(self.width() - 2 * _MARGIN - axis_w, 20),
            max(self.height() - legend.bottom() - 2 * _MARGIN - line - 4, 20),
        )
        return legend, plot, top_value

    def _column_rect(self, plot: QRectF, top_value: int, week: int, series: int) -> QRectF:
        group_w = plot.width() / len(self._weeks)
        column_w = group_w * 0.8 / len(self._series)
        x = plot.left() + week * group_w + group_w * 0.1 + series * column_w
        height = plot.height() * self._series[series].values[week] / top_value
        return QRectF(x, plot.bottom() - height, column_w, height)

    def tooltip_at(self, pos: QPoint) -> str:
        if not self._weeks or not self._series:
            return ""
        _legend, plot, top_value = self._layout()
        if not plot.contains(pos.toPointF()):
            return ""
        group_w = plot.width() / len(self._weeks)
        week = min(int((pos.x() - plot.left()) // group_w), len(self._weeks) - 1)
        for index, series in enumerate(self._series):
            rect = self._column_rect(plot, top_value, week, index)
            if rect.left() <= pos.x() < rect.right():
                monday = self._weeks[week]
                return self.tr("{0}, week of {1}: posts — {2}").format(
                    series.name, monday.strftime("%d.%m.%Y"), series.values[week]
                )
        return ""

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            if not self._weeks or not self._series:
                self._paint_empty(painter, self.tr("No data"))
                return
            self._paint_columns(painter)
        finally:
            painter.end()

    def _paint_columns(self, painter: QPainter) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = theme.line_colour(palette)  # the palette's Mid is lost on a dark one
        metrics = self.fontMetrics()
        legend, plot, top_value = self._layout()
        colours = [
            _pick(_SERIES_COLOURS[i % len(_SERIES_COLOURS)], palette)
            for i in range(len(self._series))
        ]

        self._paint_legend(
            painter, [(colours[i], series.name) for i, series in enumerate(self._series)]
        )

        step = self._axis_step()
        right = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight
        for value in range(0, top_value + 1, step):
            y = plot.bottom() - plot.height() * value / top_value
            painter.setPen(QPen(grid, 1, Qt.PenStyle.DotLine if value else Qt.PenStyle.SolidLine))
            painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            painter.setPen(text)
            label_rect = QRectF(
                _MARGIN, y - metrics.height() / 2, plot.left() - 2 * _MARGIN + 4, metrics.height()
            )
            painter.drawText(label_rect, right, str(value))

        group_w = plot.width() / len(self._weeks)
        centre = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        for week, monday in enumerate(self._weeks):
            for index in range(len(self._series)):
                rect = self._column_rect(plot, top_value, week, index)
                painter.fillRect(rect, colours[index])
            painter.setPen(text)
            label_rect = QRectF(
                plot.left() + week * group_w, plot.bottom() + 2, group_w, metrics.height() + 2
            )
            painter.drawText(label_rect, centre, self.week_label(monday))

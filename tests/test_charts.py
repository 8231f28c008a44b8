"""The painted charts of Обзор: what they were given, what they paint, what they explain."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QSize
from PySide6.QtGui import QColor, QImage, QPalette

from sferum_desk.ui import charts
from sferum_desk.ui.charts import ShareBarChart, WeeklyColumnChart, percent_text, share_level

WEEKS = [dt.date(2026, 10, 26), dt.date(2026, 11, 2), dt.date(2026, 11, 9)]


@pytest.fixture(autouse=True)
def russian(qapp) -> None:  # noqa: ANN001
    from sferum_desk.ui.app import install_translators

    install_translators(qapp)


def _render(widget, size: QSize | None = None) -> QImage:  # noqa: ANN001
    widget.resize(size or widget.sizeHint())
    image = QImage(widget.size(), QImage.Format.Format_ARGB32)
    image.fill(widget.palette().color(QPalette.ColorRole.Window))
    widget.render(image)
    return image


def _colours(image: QImage) -> set[str]:
    return {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    }


def test_shares_pick_their_colour_by_threshold() -> None:
    assert [share_level(s) for s in (0.0, 0.49, 0.5, 0.79, 0.8, 1.0)] == [
        "low",
        "low",
        "mid",
        "mid",
        "high",
        "high",
    ]
    assert percent_text(0.625) == "63\u00a0%"


def test_bar_chart_keeps_its_bars_and_paints_each_level(qtbot) -> None:  # noqa: ANN001
    chart = ShareBarChart()
    qtbot.addWidget(chart)
    blank = _colours(_render(chart, QSize(400, 80)))
    chart.set_bars([("Робототехника", 9, 10), ("Вокал", 3, 5), ("Шахматы", 1, 4), ("Пусто", 0, 0)])
    assert [(b.label, b.joined, b.total, b.level) for b in chart.bars()] == [
        ("Робототехника", 9, 10, "high"),
        ("Вокал", 3, 5, "mid"),
        ("Шахматы", 1, 4, "low"),
        ("Пусто", 0, 0, "low"),
    ]
    assert chart.sizeHint().height() > 4 * chart.fontMetrics().height()
    painted = _colours(_render(chart))
    light = {pair[0] for pair in charts._LEVEL_COLOURS.values()}
    assert light <= painted
    assert not light & blank  # the empty chart paints no bars, only «Нет данных»
    assert chart.value_text(chart.bars()[1]) == "3 из 5 (60\u00a0%)"
    row, top = chart._row_height(), chart._top()
    tip = chart.tooltip_at(QPoint(20, top + row + row // 2))
    assert tip == "Вокал: в Сферуме 3 из 5 (60\u00a0%)"
    assert chart.tooltip_at(QPoint(20, top + 10 * row)) == ""
    assert chart.tooltip_at(QPoint(20, top - 2)) == ""  # the legend, not a bar
    # The legend says what each colour means, and its swatches are painted above the bars.
    assert [text for _level, text in chart.legend_items()] == [
        "меньше 50\u00a0%",
        "от 50\u00a0% до 80\u00a0%",
        "80\u00a0% и больше",
    ]
    image = _render(chart, QSize(600, 200))
    legend_row = {
        image.pixelColor(x, 8 + chart.fontMetrics().height() // 2 + 2).name()
        for x in range(image.width())
    }
    assert light <= legend_row


def test_bar_chart_uses_lighter_colours_on_a_dark_palette(qtbot) -> None:  # noqa: ANN001
    chart = ShareBarChart()
    qtbot.addWidget(chart)
    palette = chart.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    palette.setColor(QPalette.ColorRole.Window, QColor("#2b2b2b"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#eeeeee"))
    chart.setPalette(palette)
    chart.set_bars([("Робототехника", 10, 10)])
    painted = _colours(_render(chart))
    assert charts._LEVEL_COLOURS["high"][1] in painted
    assert charts._LEVEL_COLOURS["high"][0] not in painted


def test_column_chart_keeps_its_series_and_paints_them(qtbot) -> None:  # noqa: ANN001
    chart = WeeklyColumnChart()
    qtbot.addWidget(chart)
    with pytest.raises(ValueError, match="2 values for 3 weeks"):
        chart.set_series(WEEKS, [("Канал", [1, 2])])
    chart.set_series(WEEKS, [("ЦентрКонтакт канал", [2, 0, 5]), ("Сотрудники", [1, 3, 0])])
    assert chart.weeks() == WEEKS
    assert [(s.name, s.values) for s in chart.series()] == [
        ("ЦентрКонтакт канал", (2, 0, 5)),
        ("Сотрудники", (1, 3, 0)),
    ]
    assert [chart.week_label(w) for w in WEEKS] == ["26.10", "02.11", "09.11"]
    image = _render(chart, QSize(480, 240))
    painted = _colours(image)
    assert {charts._SERIES_COLOURS[0][0], charts._SERIES_COLOURS[1][0]} <= painted
    # The tallest column (5 posts in the third week) and its tooltip.
    _legend, plot, top = chart._layout()
    column = chart._column_rect(plot, top, 2, 0)
    assert column.height() == pytest.approx(plot.height() * 5 / top)
    centre = column.center().toPoint()
    assert image.pixelColor(centre).name() == charts._SERIES_COLOURS[0][0]
    assert chart.tooltip_at(centre) == "ЦентрКонтакт канал, неделя с 09.11.2026: публикаций — 5"
    assert chart.tooltip_at(QPoint(1, 1)) == ""


def test_an_empty_column_chart_paints_without_columns(qtbot) -> None:  # noqa: ANN001
    chart = WeeklyColumnChart()
    qtbot.addWidget(chart)
    chart.set_series([], [])
    painted = _colours(_render(chart, QSize(300, 120)))
    assert not {pair[0] for pair in charts._SERIES_COLOURS} & painted
    assert chart.tooltip_at(QPoint(150, 60)) == ""

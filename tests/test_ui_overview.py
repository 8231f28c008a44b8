"""Обзор on the demonstration Centre shows the director's summary figures and charts."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QImage, QPalette

from sferum_desk.data.engine import Database
from sferum_desk.services import stats
from sferum_desk.services.summary import summary_figures
from sferum_desk.ui import charts

from .ui_helpers import main_window


def _tile(window, key: str) -> tuple[str, str, str]:  # noqa: ANN001
    tile = window.overview.tiles[key]
    return tile.value_label.text(), tile.caption.text(), tile.details.text()


def test_tiles_show_the_summary_figures_of_today(qtbot, demo_db: Database) -> None:  # noqa: ANN001
    today = dt.date.today()
    with demo_db.session() as s:
        figures = summary_figures(s, today)
        counts = stats.collect(s, today)
    with main_window(qtbot, demo_db) as window:
        assert window.overview.figures == figures
        people = dict(
            zip(("staff", "teachers", "students", "parents"), figures.people, strict=True)
        )
        for key, share in people.items():
            value, caption, details = _tile(window, key)
            assert (value, caption) == (str(share.total), share.label)
            assert details == f"В Сферуме: {share.joined} ({charts.percent_text(share.share)})"
        assert figures.people[0].total == counts.staff  # the summary agrees with `stats`
        assert _tile(window, "teachers")[1] == "Педагоги"
        assert _tile(window, "verified_teachers")[0] == str(figures.verified_teachers)
        assert _tile(window, "verified_teachers")[2] == (f"из {figures.people[1].total} педагогов")
        assert _tile(window, "extra_admins")[0] == str(figures.extra_admins)
        links = _tile(window, "invite_links")[2].splitlines()
        assert links[-2:] == [
            f"За месяц: выдано {figures.links_issued}, использовано {figures.links_used}, "
            f"аннулировано {figures.links_annulled}",
            f"Не востребованы более {figures.unclaimed_days} дней: {figures.links_unclaimed}",
        ]
        assert _tile(window, "chats")[:2] == (
            f"{figures.chats_existing} из {figures.chats_required}",
            "Обязательные чаты созданы",
        )
        value, _caption, details = _tile(window, "posts")
        assert value == str(sum(c.planned for c in figures.channels))
        assert details.splitlines() == [
            f"{c.channel}: запланировано {c.planned}, опубликовано {c.published}"
            for c in figures.channels
        ]
        value, _caption, details = _tile(window, "broadcasts")
        assert value == str(figures.broadcasts_held + figures.meetings_held)
        assert details.splitlines()[1:] == [
            f"Участников: {figures.attendance}",
            f"Запланировано на ближайшие 7 дней: {figures.broadcasts_this_week}",
        ]
        assert _tile(window, "open_tasks")[0] == str(counts.open_tasks)
        assert window.overview.as_of_label.text().endswith(
            f"с {figures.start:%d.%m.%Y} по {figures.end:%d.%m.%Y}."
        )


def test_charts_get_the_associations_and_the_channels(qtbot, demo_db: Database) -> None:  # noqa: ANN001
    with demo_db.session() as s:
        figures = summary_figures(s, dt.date.today())
    assert figures.associations and figures.channels
    with main_window(qtbot, demo_db) as window:
        bars = window.overview.association_chart.bars()
        assert [(b.label, b.joined, b.total) for b in bars] == [
            (a.label, a.joined, a.total) for a in figures.associations
        ]
        posts = window.overview.posts_chart
        assert posts.weeks() == [monday for monday, _ in figures.channels[0].per_week]
        assert [(s.name, list(s.values)) for s in posts.series()] == [
            (c.channel, [n for _, n in c.per_week]) for c in figures.channels
        ]
        assert all(monday.weekday() == 0 for monday in posts.weeks())
        for chart in (window.overview.association_chart, posts):
            assert chart.isVisible()
            image = QImage(chart.size(), QImage.Format.Format_ARGB32)
            image.fill(chart.palette().color(QPalette.ColorRole.Window))
            chart.render(image)
            background = image.pixelColor(0, 0)
            assert any(
                image.pixelColor(x, y) != background
                for x in range(0, image.width(), 3)
                for y in range(0, image.height(), 3)
            )

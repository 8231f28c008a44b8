"""Каналы и публикации: the calendar shows the posts on their days, a post dragged to another
day is rescheduled, a weekly series is created through the dialog, overdue posts are marked
and the list filters as you type."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from sferum_desk.data import models as m
from sferum_desk.data.engine import Database
from sferum_desk.services.schedule import PostDraft, Recurrence, add_post, add_series, local
from sferum_desk.ui.app import install_translators
from sferum_desk.ui.schedule import common
from sferum_desk.ui.schedule import page as page_module
from sferum_desk.ui.schedule.calendar import CalendarView, chip_text
from sferum_desk.ui.schedule.page import PostsPage
from sferum_desk.ui.schedule.post_dialog import PostDialog
from tests.ui_helpers import type_text

NOW = dt.datetime(2026, 11, 16, 12, 0)
D = dt.date


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(common, "now", lambda: NOW)

    def no_warning(_parent: object, title: str, text: str) -> None:
        raise AssertionError(f"unexpected warning {title}: {text}")

    monkeypatch.setattr(QMessageBox, "warning", no_warning)
    install_translators(QApplication.instance())


def _centre(db: Database) -> int:
    with db.session() as s:
        channel_id = s.scalar(
            select(m.Channel.id).where(m.Channel.system_key == m.SystemChannel.CENTRE)
        )
    assert channel_id is not None
    return channel_id


def _post(db: Database, when: dt.datetime, title: str, **extra: object) -> int:
    with db.transaction() as s:
        return add_post(s, PostDraft(_centre(db), when, title, **extra), today=NOW.date()).id


def _planned(db: Database) -> dict[str, list[dt.datetime]]:
    with db.session() as s:
        posts = s.scalars(select(m.Post).order_by(m.Post.planned_at)).all()
        found: dict[str, list[dt.datetime]] = {}
        for post in posts:
            found.setdefault(post.title, []).append(local(post.planned_at))
    return found


@pytest.fixture
def posts(db: Database) -> dict[str, int]:
    return {
        "digest": _post(db, dt.datetime(2026, 11, 20, 18, 0), "Дайджест недели"),
        "contest": _post(db, dt.datetime(2026, 11, 25, 9, 30), "Итоги конкурса"),
        "december": _post(db, dt.datetime(2026, 12, 2, 10, 0), "План на декабрь"),
    }


@pytest.fixture
def view(qtbot, db: Database) -> CalendarView:  # noqa: ANN001
    calendar = CalendarView(db)
    qtbot.addWidget(calendar)
    calendar.resize(1100, 750)
    calendar.show()
    calendar.show_date(NOW.date())
    return calendar


def _drop(view: CalendarView, post_id: int, day: dt.date) -> None:
    """What a drop of a dragged chip on ``day`` delivers to the calendar."""
    mime = QMimeData()
    mime.setData(common.POST_MIME, str(post_id).encode("ascii"))
    target = QPointF(view.day_rect(day).center())
    event = QDropEvent(
        target,
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    view.canvas.dropEvent(event)


def test_month_shows_posts_on_their_days(posts: dict[str, int], view: CalendarView) -> None:
    assert view.title_label.text() == "Ноябрь 2026"
    assert [i.title for i in view.items_on(D(2026, 11, 20))] == ["Дайджест недели"]
    assert [i.title for i in view.items_on(D(2026, 11, 25))] == ["Итоги конкурса"]
    # The grid runs from Monday 26.10 to Sunday 06.12: December's first days are shown too.
    assert view.period() == (D(2026, 10, 26), D(2026, 12, 7))
    assert [i.title for i in view.items_on(D(2026, 12, 2))] == ["План на декабрь"]
    chip = view.chip_rect(posts["digest"])
    assert not chip.isEmpty()
    assert view.day_rect(D(2026, 11, 20)).contains(chip)
    assert not view.day_rect(D(2026, 11, 20)).contains(view.chip_rect(posts["contest"]))
    assert chip_text(view.items_on(D(2026, 11, 20))[0]) == "18:00 Дайджест недели"

    view.show_next()
    assert view.title_label.text() == "Декабрь 2026"
    assert view.items_on(D(2026, 11, 20)) == []  # only the visible days are loaded


def test_week_mode_shows_the_week(posts: dict[str, int], view: CalendarView) -> None:
    view.set_mode("week")
    assert view.title_label.text() == "16–22 ноября 2026"
    assert view.period() == (D(2026, 11, 16), D(2026, 11, 23))
    assert view.day_rect(D(2026, 11, 25)).isEmpty()
    assert view.day_rect(D(2026, 11, 20)).contains(view.chip_rect(posts["digest"]))
    assert view.items_on(D(2026, 11, 25)) == []
    view.show_next()
    assert view.title_label.text() == "23–29 ноября 2026"
    assert [i.title for i in view.items_on(D(2026, 11, 25))] == ["Итоги конкурса"]
    view.show_next()
    assert view.title_label.text() == "30 ноября – 6 декабря 2026"


def test_a_week_shows_long_titles_whole_and_a_month_one_line(
    db: Database, view: CalendarView
) -> None:
    title = "Итоги городского конкурса юных техников"
    _post(db, dt.datetime(2026, 11, 19, 15, 0), title)
    _post(db, dt.datetime(2026, 11, 20, 15, 0), title + " и приглашение на выставку " * 3)
    view.set_mode("week")
    canvas = view.canvas
    (cell,) = [c for c in canvas.cells if c.day == D(2026, 11, 19)]
    (chip,) = cell.chips
    assert chip.lines[0].startswith("15:00 · ")
    assert len(chip.lines) >= 3 and " ".join(chip.lines[1:]) == title  # wrapped, whole
    assert chip.rect.height() == canvas.chip_height(len(chip.lines))
    assert cell.rect.contains(chip.rect)
    (cell,) = [c for c in canvas.cells if c.day == D(2026, 11, 20)]
    (chip,) = cell.chips
    assert len(chip.lines) == 4 and chip.lines[-1].endswith("…")  # three lines at most
    for _index in range(12):  # a crowded day: the chips that fit, then «+N»
        _post(db, dt.datetime(2026, 11, 19, 16, 0), title)
    view.reload()
    (cell,) = [c for c in canvas.cells if c.day == D(2026, 11, 19)]
    assert cell.more == 13 - len(cell.chips) > 0
    assert cell.rect.contains(cell.more_rect)
    view.set_mode("month")
    (cell,) = [c for c in canvas.cells if c.day == D(2026, 11, 19)]
    assert all(len(chip.lines) == 1 for chip in cell.chips)


def test_dropping_a_chip_on_another_day_reschedules_it(
    qtbot,  # noqa: ANN001
    db: Database,
    posts: dict[str, int],
    view: CalendarView,
) -> None:
    with qtbot.waitSignal(view.changed):
        _drop(view, posts["digest"], D(2026, 11, 27))
    assert _planned(db)["Дайджест недели"] == [dt.datetime(2026, 11, 27, 18, 0)]
    assert view.items_on(D(2026, 11, 20)) == []
    assert [i.id for i in view.items_on(D(2026, 11, 27))] == [posts["digest"]]
    assert view.day_rect(D(2026, 11, 27)).contains(view.chip_rect(posts["digest"]))


def test_drag_carries_the_post_id(posts: dict[str, int], view: CalendarView) -> None:
    item = view.items_on(D(2026, 11, 25))[0]
    mime = view.mime_for(item)
    assert bytes(mime.data(common.POST_MIME).data()) == str(posts["contest"]).encode()


def test_dropping_a_series_post_asks_the_scope(
    monkeypatch: pytest.MonkeyPatch, db: Database, view: CalendarView
) -> None:
    with db.transaction() as s:
        series = add_series(
            s,
            PostDraft(_centre(db), dt.datetime(2026, 11, 6, 18, 0), "Дайджест недели"),
            Recurrence("weekly", weekdays=(4,), count=3),
            today=NOW.date(),
        )
        ids = [post.id for post in series]
    view.reload()
    asked: list[str] = []

    def answer(_parent: object, action: str) -> str:
        asked.append(action)
        return "series"

    monkeypatch.setattr(common, "ask_scope", answer)
    _drop(view, ids[1], D(2026, 11, 12))  # Friday 13.11 → Thursday 12.11
    assert asked == ["Перенести на 12.11.2026"]
    assert _planned(db)["Дайджест недели"] == [
        dt.datetime(2026, 11, 5, 18, 0),
        dt.datetime(2026, 11, 12, 18, 0),
        dt.datetime(2026, 11, 19, 18, 0),
    ]

    monkeypatch.setattr(common, "ask_scope", lambda _parent, _action: None)
    _drop(view, ids[2], D(2026, 11, 30))  # Cancel: nothing moves
    assert _planned(db)["Дайджест недели"][-1] == dt.datetime(2026, 11, 19, 18, 0)


def test_weekly_series_through_the_dialog(qtbot, db: Database) -> None:  # noqa: ANN001
    dialog = PostDialog(db, day=D(2026, 11, 26))
    qtbot.addWidget(dialog)
    assert dialog.time.time().toString("HH:mm") == "10:00"
    type_text(dialog.title, "Новости объединений")
    box = dialog.recurrence
    box.set_freq("weekly")
    assert box.weekdays[3].isChecked()  # the first day's weekday (Thursday) by default
    box.weekdays[0].setChecked(True)
    box.until.setDate(D(2026, 12, 10))
    assert box.description.text() == "Повторяется еженедельно по пн и чт, до 10.12.2026."
    dialog.accept()
    assert dialog.result() == PostDialog.DialogCode.Accepted
    assert _planned(db)["Новости объединений"] == [
        dt.datetime(2026, 11, 26, 10, 0),
        dt.datetime(2026, 11, 30, 10, 0),
        dt.datetime(2026, 12, 3, 10, 0),
        dt.datetime(2026, 12, 7, 10, 0),
        dt.datetime(2026, 12, 10, 10, 0),
    ]
    assert len(dialog.post_ids) == 5


def test_dialog_shows_errors_under_the_fields(qtbot, db: Database) -> None:  # noqa: ANN001
    dialog = PostDialog(db, day=D(2026, 11, 26))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert dialog.result() != PostDialog.DialogCode.Accepted
    assert dialog.errors["title"].isVisible()
    assert "заголовок" in dialog.errors["title"].text()
    assert "Повтор" not in dialog.errors["recurrence"].text()
    with db.session() as s:
        assert s.scalars(select(m.Post)).all() == []


def test_editing_a_post_keeps_its_fields_and_asks_the_scope_in_a_series(
    qtbot,  # noqa: ANN001
    monkeypatch: pytest.MonkeyPatch,
    db: Database,
) -> None:
    with db.transaction() as s:
        series = add_series(
            s,
            PostDraft(_centre(db), dt.datetime(2026, 12, 1, 9, 0), "План мероприятий"),
            Recurrence("monthly", month_day=1, count=3),
            today=NOW.date(),
        )
        second = series[1].id
    monkeypatch.setattr(common, "ask_scope", lambda _parent, _action: "following")
    dialog = PostDialog(db, second)
    qtbot.addWidget(dialog)
    assert dialog.title.text() == "План мероприятий"
    assert not dialog.recurrence.isEnabled()
    assert "3" in dialog.recurrence.description.text()
    dialog.title.clear()
    type_text(dialog.title, "План на месяц")
    dialog.accept()
    assert _planned(db) == {
        "План мероприятий": [dt.datetime(2026, 12, 1, 9, 0)],
        "План на месяц": [dt.datetime(2027, 1, 1, 9, 0), dt.datetime(2027, 2, 1, 9, 0)],
    }


def test_overdue_post_is_marked(qtbot, db: Database) -> None:  # noqa: ANN001
    late = _post(db, dt.datetime(2026, 11, 10, 10, 0), "Анонс недели")
    _post(
        db,
        dt.datetime(2026, 11, 9, 10, 0),
        "Вышла вовремя",
        status=m.PostStatus.PUBLISHED,
        published_at=dt.datetime(2026, 11, 9, 10, 5),
    )
    page = PostsPage(db)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.show()
        page.ensure_loaded()
    items = {item.title: item for item in page.calendar.items_on(D(2026, 11, 10))}
    assert items["Анонс недели"].overdue
    assert chip_text(items["Анонс недели"]).startswith("⚠ ")
    published = page.calendar.items_on(D(2026, 11, 9))[0]
    assert not published.overdue
    assert chip_text(published) == "✓ 10:00 Вышла вовремя"
    assert page.warnings.text().startswith("Просрочено: 1 ·")

    # Marking it published clears the warning.
    page.calendar.select_item(items["Анонс недели"])
    assert page.published_button.isEnabled()
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.published_button.click()
    with db.session() as s:
        post = s.get(m.Post, late)
        assert post is not None
        assert post.status == m.PostStatus.PUBLISHED
    assert page.warnings.text().startswith("Просрочено: 0 ·")


def test_list_tab_filters_as_you_type(qtbot, db: Database, posts: dict[str, int]) -> None:  # noqa: ANN001
    page = PostsPage(db)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.show()
        page.ensure_loaded()
    page.tabs.setCurrentWidget(page.list_page)
    assert len(page.list_page.shown_records()) == 3
    assert page.choice_combo is not None and page.choice_combo.count() >= 3
    type_text(page.list_page.filter_edit, "итоги")
    assert [r.title for r in page.list_page.shown_records()] == ["Итоги конкурса"]
    page.list_page.select_record(posts["contest"])
    assert page.selected_post_id() == posts["contest"]


def test_double_click_on_an_empty_day_opens_a_new_post_at_ten(
    qtbot,  # noqa: ANN001
    monkeypatch: pytest.MonkeyPatch,
    db: Database,
) -> None:
    opened: list[PostDialog] = []

    def run(dialog: PostDialog) -> bool:
        opened.append(dialog)
        return False

    monkeypatch.setattr(page_module, "run_dialog", run)
    page = PostsPage(db)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.show()
        page.ensure_loaded()
    canvas = page.calendar.canvas
    cell = page.calendar.day_rect(D(2026, 11, 24))
    qtbot.mouseDClick(canvas, Qt.MouseButton.LeftButton, pos=cell.center())
    assert len(opened) == 1
    draft = opened[0].draft()
    assert draft.planned_at == dt.datetime(2026, 11, 24, 10, 0)


def test_system_channel_cannot_be_deleted_and_a_new_one_is_added(
    qtbot,  # noqa: ANN001
    monkeypatch: pytest.MonkeyPatch,
    db: Database,
) -> None:
    page = PostsPage(db)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.show()
        page.ensure_loaded()
    page.channel_list.setCurrentRow(0)
    assert page.current_channel() is not None and page.current_channel().is_system
    assert not page.delete_channel_button.isEnabled()

    def fill(dialog):  # noqa: ANN001, ANN202
        type_text(dialog.name, "Кружок робототехники")
        dialog.colour.setText("#FF8800")
        dialog.accept()
        return dialog.result() == dialog.DialogCode.Accepted

    monkeypatch.setattr(page_module, "run_dialog", fill)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.add_channel()
    names = [page.channel_list.item(i).text() for i in range(page.channel_list.count())]
    assert "Кружок робототехники (0)" in names
    with db.session() as s:
        channel = s.scalar(select(m.Channel).where(m.Channel.name == "Кружок робототехники"))
        assert channel is not None and channel.colour == "#ff8800"

    # Unticking a channel hides its posts in the calendar.
    _post(db, dt.datetime(2026, 11, 18, 12, 0), "Новости центра")
    page.reload()
    assert page.calendar.items_on(D(2026, 11, 18))
    centre = page.channel_list.item(0)
    centre.setCheckState(Qt.CheckState.Unchecked)
    assert page.calendar.items_on(D(2026, 11, 18)) == []


def test_settings_tab_stores_the_interval(qtbot, db: Database) -> None:  # noqa: ANN001
    from sferum_desk.services import settings
    from sferum_desk.ui.schedule.settings_tab import PostSettingsTab

    tab = PostSettingsTab(db)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.minutes.value() == 120
    tab.minutes.setValue(45)
    tab.save_button.click()
    assert tab.status.text() == "Сохранено."
    with db.session() as s:
        assert settings.post_min_interval_minutes(s) == 45


def test_deleting_the_following_posts_of_a_series(
    qtbot,  # noqa: ANN001
    monkeypatch: pytest.MonkeyPatch,
    db: Database,
) -> None:
    with db.transaction() as s:
        series = add_series(
            s,
            PostDraft(_centre(db), dt.datetime(2026, 11, 20, 18, 0), "Дайджест недели"),
            Recurrence("weekly", weekdays=(4,), count=4),
            today=NOW.date(),
        )
        third = series[2].id
    page = PostsPage(db)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.show()
        page.ensure_loaded()
    item = next(i for i in page.calendar.items_on(D(2026, 12, 4)) if i.id == third)
    qtbot.mouseClick(
        page.calendar.canvas,
        Qt.MouseButton.LeftButton,
        pos=page.calendar.chip_rect(item.id).center(),
    )
    assert page.selected_post_id() == third
    monkeypatch.setattr(common, "ask_scope", lambda _parent, _action: "following")
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.delete_button.click()
    assert _planned(db)["Дайджест недели"] == [
        dt.datetime(2026, 11, 20, 18, 0),
        dt.datetime(2026, 11, 27, 18, 0),
    ]


def test_missing_attachment_is_flagged(qtbot, db: Database, tmp_path) -> None:  # noqa: ANN001
    present = tmp_path / "афиша.png"
    present.write_bytes(b"png")
    missing = str(tmp_path / "нет" / "план.docx")
    post_id = _post(
        db,
        dt.datetime(2026, 11, 24, 12, 0),
        "Афиша",
        attachments=[str(present), missing],
    )
    dialog = PostDialog(db, post_id)
    qtbot.addWidget(dialog)
    texts = [dialog.attachments.item(i).text() for i in range(dialog.attachments.count())]
    assert texts == [str(present), f"{missing} — ⚠ не найден"]
    assert dialog.attachment_paths() == [str(present), missing]
    dialog.attachments.setCurrentRow(1)
    dialog.remove_file.click()
    dialog.accept()
    with db.session() as s:
        post = s.get(m.Post, post_id)
        assert post is not None
        assert [a.path for a in post.attachments] == [str(present)]

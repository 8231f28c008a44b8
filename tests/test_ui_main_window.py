"""The main window on the demonstration Centre, driven like a person would."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
import time
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from sferum_desk.data import models as m
from sferum_desk.data.engine import Database
from sferum_desk.services import listings, organisation, stats
from sferum_desk.ui.main_window import MainWindow
from sferum_desk.ui.pages import registers
from sferum_desk.ui.pages.list_page import ListPage

from .ui_helpers import click_header, click_navigation, column_index, main_window, type_text

RUSSIAN_PAGES = [
    "Обзор",
    "Структура",
    "Сотрудники",
    "Обучающиеся",
    "Родители",
    "Движение",
    "Ссылки-приглашения",
    "Чаты",
    "Каналы и публикации",
    "Трансляции и встречи",
    "Поддержка",
    "Задачи Сферума",
    "Отчёты",
    "Журнал изменений",
    "Настройки",
]


@pytest.fixture
def window(qtbot, demo_db: Database):  # noqa: ANN001, ANN201
    with main_window(qtbot, demo_db) as opened:
        yield opened


def test_title_navigation_and_status_bar(window: MainWindow, demo_db: Database) -> None:
    with demo_db.session() as s:
        name = organisation.organisation_name(s)
    assert name
    assert window.windowTitle() == f"{name} — Sferum Desk"
    navigation = window.navigation
    assert [navigation.item(i).text() for i in range(navigation.count())] == RUSSIAN_PAGES
    assert demo_db.location in window.location_label.text()
    assert window.location_label.text().startswith("База данных: ")


def test_overview_tiles_show_the_stats_figures(window: MainWindow, demo_db: Database) -> None:
    with demo_db.session() as s:
        figures = stats.collect(s, dt.date.today())
    tiles = window.overview.tiles
    assert tiles["students"].value_label.text() == str(figures.students)
    assert tiles["staff"].value_label.text() == str(figures.staff)
    assert tiles["open_tasks"].value_label.text() == str(figures.open_tasks)
    assert tiles["invite_links"].value_label.text() == str(sum(figures.invite_links.values()))
    assert tiles["students"].caption.text() == "Обучающиеся"
    assert "Действует: " in tiles["invite_links"].details.text()
    assert not window.overview.card_missing.isVisible()


def test_every_page_shows_its_rows(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    for key in window.page_keys():
        click_navigation(qtbot, window, key)
        page = window.pages[key]
        assert page.isVisible()
        if isinstance(page, ListPage):
            assert page.model.rowCount() > 0, key
            assert page.count_label.text() == (
                f"Показано {page.model.rowCount()} из {page.model.rowCount()}"
            )
            assert page.title_label.text() == window.navigation.currentItem().text()
    reports = window.reports
    assert reports.model.rowCount() >= len(stats.STAT_LABELS)
    assert reports.model.index(0, 0).data() == "Сотрудники"
    assert reports.model.headerData(0, Qt.Orientation.Horizontal) == "Показатель"
    settings = window.settings
    assert settings.form.editors["short_name"].text()
    assert window.pages["posts"].choice_combo.count() >= 3  # «Все» and the two system channels


def test_typing_in_the_filter_narrows_the_rows(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    click_navigation(qtbot, window, "students")
    page = window.pages["students"]
    assert isinstance(page, ListPage)
    total = page.model.rowCount()
    # A surname with «е» or «ё», typed in lower case with the two letters swapped.
    surnames = {r.full_name.split()[0]: r for r in page.model.rows}
    surname = next((name for name in surnames if "ё" in name.lower()), None) or next(
        name for name in surnames if "е" in name.lower()
    )
    wanted = surnames[surname]
    typed = surname.lower().replace("ё", "\0").replace("е", "ё").replace("\0", "е")
    assert typed != surname.lower()
    type_text(page.filter_edit, typed)
    shown = page.shown_records()
    assert wanted in shown
    assert 0 < len(shown) < total
    assert page.count_label.text() == f"Показано {len(shown)} из {total}"
    page.filter_edit.clear()
    assert page.count_label.text() == f"Показано {total} из {total}"


def test_the_status_choice_keeps_the_expelled_apart(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    click_navigation(qtbot, window, "students")
    page = window.pages["students"]
    assert isinstance(page, ListPage) and page.choice_combo is not None
    combo = page.choice_combo
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert texts[0].startswith("Все (")
    left = next(i for i, text in enumerate(texts) if text.startswith("Отчислен"))
    combo.setCurrentIndex(left)
    shown = page.shown_records()
    assert shown and all(not r.active for r in shown)


def test_sorting_by_a_date_column_orders_by_date(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    click_navigation(qtbot, window, "students")
    page = window.pages["students"]
    assert isinstance(page, ListPage)
    column = column_index(page, "Дата рождения")
    click_header(qtbot, page.table, column)
    dates = [r.birth_date for r in page.shown_records()]
    known = [d for d in dates if d is not None]
    assert known == sorted(known) and len(set(known)) > 10
    assert dates[: len(known)] == known  # students without a date come last
    click_header(qtbot, page.table, column)
    assert [r.birth_date for r in page.shown_records() if r.birth_date] == sorted(
        known, reverse=True
    )
    # The first row now shows the latest date, written the Russian way.
    first = page.proxy.index(0, column).data()
    assert dt.datetime.strptime(first, "%d.%m.%Y").date() == max(known)


def test_ctrl_f_focuses_the_filter_and_f5_reloads(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    click_navigation(qtbot, window, "staff")
    page = window.pages["staff"]
    assert isinstance(page, ListPage)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.filter_edit
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    assert page.model.rowCount() > 0


def test_double_click_changes_nothing(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    click_navigation(qtbot, window, "staff")
    page = window.pages["staff"]
    assert isinstance(page, ListPage)
    before = list(page.model.rows)
    rect = page.table.visualRect(page.proxy.index(0, 0))
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.model.rows == before
    assert page.table.indexWidget(page.proxy.index(0, 0)) is None  # no editor opened


def slow_listing(session: Session) -> list[Any]:
    LOADS.append(threading.current_thread())
    time.sleep(0.5)
    return listings.list_orders(session)


LOADS: list[threading.Thread] = []


def test_a_slow_listing_loads_off_the_gui_thread(qtbot, db: Database) -> None:  # noqa: ANN001
    spec = dataclasses.replace(registers.ORDERS, fetch=slow_listing)
    page = ListPage(db, spec)
    qtbot.addWidget(page)
    started = time.perf_counter()
    page.reload()
    assert time.perf_counter() - started < 0.2  # the window stays responsive
    assert page.count_label.text() == "Загрузка…"
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        pass
    assert LOADS and LOADS[-1] is not threading.main_thread()
    assert page.model.rowCount() == 0 and page.count_label.text() == "Показано 0 из 0"


def test_a_change_on_one_page_shows_on_the_others(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    """Marking a task done on Задачи Сферума: Обзор shows one open task fewer when next
    shown, without F5."""
    before = int(window.overview.tiles["open_tasks"].value_label.text())
    click_navigation(qtbot, window, "tasks")
    tasks = window.pages["tasks"]
    tasks.select_tasks([tasks.task_rows()[0].id])
    assert len(tasks.selected_tasks()) == 1
    with qtbot.waitSignal(tasks.loaded, timeout=20_000):
        qtbot.mouseClick(tasks.done_button, Qt.MouseButton.LeftButton)
    assert window.overview.stale
    click_navigation(qtbot, window, "overview")
    assert not window.overview.stale  # showing it started the reload
    qtbot.waitUntil(
        lambda: window.overview.tiles["open_tasks"].value_label.text() == str(before - 1),
        timeout=20_000,
    )


def test_a_meeting_in_the_posts_calendar_opens_its_row_in_broadcasts(qtbot, window) -> None:  # noqa: ANN001
    with window.db.session() as s:
        meeting = s.scalars(select(m.Broadcast).order_by(m.Broadcast.id.desc())).first()
        meeting_id, title = meeting.id, meeting.title
    window.show_page("broadcasts")
    page = window.broadcasts
    qtbot.waitUntil(lambda: bool(page.model.rows), timeout=10000)
    type_text(page.filter_edit, "нет такого")  # a filter hiding the row is cleared
    window.show_page("posts")
    window.posts.event_activated.emit(meeting_id)
    assert window.current_page() is page
    qtbot.waitUntil(lambda: page.selected_record() is not None, timeout=10000)
    assert page.selected_record().id == meeting_id
    assert page.selected_record().title == title
    assert page.filter_edit.text() == ""

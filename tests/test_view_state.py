"""The window, its page and its tables come back as they were left: geometry, page, column
widths, sort and filter text (``ui/view_state.py``)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from sferum_desk import config
from sferum_desk.data.engine import Database
from sferum_desk.ui import view_state
from sferum_desk.ui.main_window import MainWindow
from sferum_desk.ui.pages.list_page import ListPage

from .ui_helpers import click_navigation, main_window, type_text


def _students(window: MainWindow) -> ListPage:
    page = window.pages["students"]
    assert isinstance(page, ListPage)
    return page


def test_the_next_start_shows_the_page_and_table_as_they_were_left(
    qtbot,  # noqa: ANN001
    demo_db: Database,
) -> None:
    with main_window(qtbot, demo_db) as window:
        window.resize(1100, 650)  # offscreen, the screen is 800 × 800: the height fits
        click_navigation(qtbot, window, "students")
        page = _students(window)
        header = page.table.horizontalHeader()
        header.resizeSection(0, 333)
        header.setSortIndicator(1, Qt.SortOrder.DescendingOrder)  # birth date, newest first
        type_text(page.filter_edit, "кравч")
        shown = [record.id for record in page.shown_records()]
        assert 0 < len(shown) < len(page.model.rows)
    assert (config.data_dir() / view_state.FILE_NAME).is_file()

    with main_window(qtbot, demo_db) as again:
        assert again.current_page() is _students(again)
        page = _students(again)
        qtbot.waitUntil(lambda: bool(page.model.rows), timeout=20_000)
        header = page.table.horizontalHeader()
        assert page.filter_edit.text() == "кравч"
        assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
            1,
            Qt.SortOrder.DescendingOrder,
        )
        assert header.sectionSize(0) == 333
        assert [record.id for record in page.shown_records()] == shown
        assert again.height() == 650  # not the 800 a new window gets


def test_a_table_whose_columns_changed_starts_afresh(qtbot, demo_db: Database) -> None:  # noqa: ANN001
    with main_window(qtbot, demo_db) as window:
        click_navigation(qtbot, window, "students")
        type_text(_students(window).filter_edit, "кравч")
    settings = view_state.state_settings()
    settings.setValue("tables/students/columns", 99)  # saved by a version with other columns
    settings.sync()
    with main_window(qtbot, demo_db, start_page="overview") as again:
        assert again.current_page() is again.overview  # asked for: not the last page
        page = _students(again)
        assert page.filter_edit.text() == ""
        assert page.table.horizontalHeader().sortIndicatorSection() == -1

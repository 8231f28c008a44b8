"""Настройки → Резервные копии, and a database another instance holds, driven as a user would."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from sferum_desk.data import backup
from sferum_desk.data.engine import Database
from sferum_desk.ui import opening
from sferum_desk.ui.main_window import MainWindow
from sferum_desk.ui.tasks import wait_for_tasks

from .test_lock import HOLD
from .ui_helpers import click_navigation, main_window


def _short_name(db: Database) -> str:
    with sqlite3.connect(db.location) as conn:
        return conn.execute("SELECT short_name FROM organisation").fetchone()[0]


@pytest.fixture
def window(qtbot, demo_db: Database):  # noqa: ANN001, ANN201
    with main_window(qtbot, demo_db) as opened:
        click_navigation(qtbot, opened, "settings")
        opened.settings.tabs.setCurrentWidget(opened.settings.backups)
        yield opened


def _rows(window: MainWindow) -> list[list[str]]:
    model = window.settings.backups.proxy
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_back_up_then_restore_from_the_list(
    qtbot,
    window: MainWindow,
    demo_db: Database,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    tab = window.settings.backups
    assert window.settings.tabs.tabText(window.settings.tabs.indexOf(tab)) == "Резервные копии"
    assert not tab.restore_button.isEnabled()
    qtbot.mouseClick(tab.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_rows(window)) == 1, timeout=10_000)
    made, why, size, contents = _rows(window)[0]
    assert why == "вручную" and "обучающихся 6" in contents and size.endswith(("КБ", "МБ"))
    assert "Резервная копия сохранена" in tab.status.text()

    with demo_db.transaction() as session:  # a change made after the backup
        from sferum_desk.data import models as m

        session.get(m.Organisation, 1).short_name = "Изменено после копии"
    tab.table.selectRow(0)
    assert tab.restore_button.isEnabled()
    asked: list[str] = []

    def yes(parent, title, text, *args):  # noqa: ANN001, ANN002, ANN202
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    with qtbot.waitSignal(tab.restored, timeout=20_000):
        qtbot.mouseClick(tab.restore_button, Qt.MouseButton.LeftButton)
    assert "Заменить всё содержимое базы резервной копией" in asked[0]
    assert _short_name(demo_db) == "МБУ ДО ДЮЦ «Контакт»"
    assert window.windowTitle().startswith("МБУ ДО ДЮЦ «Контакт»")
    qtbot.waitUntil(lambda: len(_rows(window)) == 2, timeout=10_000)
    assert {row[1] for row in _rows(window)} == {"вручную", "перед восстановлением из копии"}


def test_a_bad_file_is_refused_and_nothing_changes(
    qtbot,
    window: MainWindow,
    demo_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    bad = tmp_path / "не копия.sdbackup"
    bad.write_bytes(b"%PDF-1.4 not a database")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    before = Path(demo_db.location).read_bytes()
    qtbot.mouseClick(window.settings.backups.restore_file_button, Qt.MouseButton.LeftButton)
    assert warned == [
        "Файл не копия.sdbackup — не резервная копия Sferum Desk: это не файл базы данных SQLite."
    ]
    assert Path(demo_db.location).read_bytes() == before


def test_retention_is_saved(qtbot, window: MainWindow, demo_db: Database) -> None:  # noqa: ANN001
    tab = window.settings.backups
    tab.daily.setValue(5)
    tab.monthly.setValue(3)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    from sferum_desk.services.settings import backup_retention

    with demo_db.session() as session:
        assert backup_retention(session) == (5, 3)


def test_the_daily_backup_runs_once_at_start(qtbot, window: MainWindow, demo_db: Database) -> None:  # noqa: ANN001
    window.start_daily_backup()
    wait_for_tasks()
    qtbot.waitUntil(lambda: "резервная копия сделана" in window.statusBar().currentMessage())
    window.start_daily_backup()
    wait_for_tasks()
    folder = backup.folder_for(Path(demo_db.location))
    assert [backup.info_of_name(p)[1] for p in backup.backup_files(folder)] == [backup.Reason.DAILY]


def test_a_held_database_opens_for_viewing_only(
    qtbot,
    db: Database,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    url = db.url
    db.dispose()
    holder = subprocess.Popen([sys.executable, "-c", HOLD, url], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        monkeypatch.setattr(opening, "_view_instead", lambda busy, parent: False)
        assert opening.open_or_warn(url) is None  # «Отмена»: nothing opened
        asked: list[str] = []

        def view(busy, parent):  # noqa: ANN001, ANN202
            asked.append(str(busy))
            return True

        monkeypatch.setattr(opening, "_view_instead", view)
        viewer = opening.open_or_warn(url)
        assert viewer is not None and viewer.read_only
        assert "уже открыта для изменения на компьютере" in asked[0]
        with main_window(qtbot, viewer) as window:
            assert window.windowTitle().endswith("(только просмотр)")
            assert window.read_only_label.text() == "Только просмотр"
            click_navigation(qtbot, window, "settings")
            tab = window.settings.backups
            assert not tab.restore_file_button.isEnabled() and not tab.save_button.isEnabled()
            form = window.settings.form
            form.editors["short_name"].setText("Попытка изменить")
            form.save()
            assert "только для просмотра" in form.summary.text()
        viewer.dispose()
    finally:
        holder.kill()
        holder.wait()
    assert _short_name(db) == "МБУ ДО ДЮЦ «Контакт»"


def test_a_backup_opened_from_the_file_manager_is_offered_for_restoring(
    qtbot,  # noqa: ANN001
    demo_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from sferum_desk.cli import _gui_arguments

    args = _gui_arguments(["--db", demo_db.location, str(tmp_path / "Копия.SDBACKUP")])
    assert args is not None and args.backup == tmp_path / "Копия.SDBACKUP"
    assert _gui_arguments(["отчёт.xlsx"]) is None  # not a backup: the parser says why

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warned.append(text))
    asked: list[str] = []

    def no(_parent, _title, text, *_args):  # noqa: ANN001, ANN002, ANN202
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", no)
    good = backup.make_backup(Path(demo_db.location), backup.Reason.MANUAL)
    bad = tmp_path / "не копия.sdbackup"
    bad.write_bytes(b"%PDF-1.7\n")
    with main_window(qtbot, demo_db) as window:
        window.offer_restore(bad)
        assert window.current_page() is window.settings
        assert window.settings.tabs.currentWidget() is window.settings.backups
        assert "не копия.sdbackup" in warned[0] and not asked
        window.offer_restore(good)
        assert "Заменить всё содержимое базы резервной копией" in asked[0]
    assert _short_name(demo_db) == "МБУ ДО ДЮЦ «Контакт»"  # answered «No»: nothing changed

"""Backups of a PostgreSQL database: the same SQLite-format file as a file's backup, so a
Centre moves from SQLite to a server and back with ``sferum-desk --db NEW restore FILE``."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select

from sferum_desk.config import sqlite_url
from sferum_desk.data import backup, restore
from sferum_desk.data.backup import BackupError
from sferum_desk.data.engine import Database, open_database
from sferum_desk.data.models import Base, Person, PersonKind
from sferum_desk.services import backups

from .backends import Server
from .conftest import _fill_card, older_database
from .test_cli import run

pytestmark = pytest.mark.postgresql


def _dump(url: str) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table of the app, as Python values, in primary-key order."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return {
                table.name: [
                    tuple(row)
                    for row in conn.execute(select(table).order_by(*table.primary_key.columns))
                ]
                for table in Base.metadata.sorted_tables
            }
    finally:
        engine.dispose()


def test_the_demo_centre_moves_to_postgresql_and_back(
    capsys, centre: Path, pg_server: Server, tmp_path: Path
) -> None:
    original = _dump(sqlite_url(centre))
    assert len(original["person"]) > 50 and original["audit_entry"]

    to_server = tmp_path / "с файла.sdbackup"
    code, out, err = run(capsys, "--db", str(centre), "backup", "--out", str(to_server))
    assert (code, err) == (0, "") and "обучающихся 6" in out

    server = pg_server.new_database()  # empty: restore makes the schema
    code, out, err = run(capsys, "--db", server, "restore", str(to_server))
    assert (code, err) == (0, "") and "База восстановлена из с файла.sdbackup" in out
    assert _dump(server) == original
    code, out, _ = run(capsys, "--db", server, "check")
    assert code == 0 and "нарушений не найдено" in out

    back = tmp_path / "с сервера.sdbackup"
    code, out, err = run(capsys, "--db", server, "backup", "--out", str(back))
    assert (code, err) == (0, "") and "обучающихся 6" in out
    with sqlite3.connect(back) as conn:  # an ordinary SQLite backup file
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)

    again = tmp_path / "снова файл.sqlite3"
    code, out, err = run(capsys, "--db", str(again), "restore", str(back))
    assert (code, err) == (0, "") and "База восстановлена" in out
    assert _dump(sqlite_url(again)) == original

    # The server's ids go on after the restored ones: a new record does not collide.
    database = open_database(server)
    try:
        with database.transaction() as session:
            person = Person(kind=PersonKind.STUDENT, last_name="Новикова", first_name="Ева")
            session.add(person)
            session.flush()
            ids = Base.metadata.tables["person"].columns.keys().index("id")
            assert person.id > max(row[ids] for row in original["person"])
    finally:
        database.dispose()


def test_a_restore_that_fails_halfway_leaves_the_server_as_it_was(
    demo_db: Database, tmp_path: Path
) -> None:
    before = _dump(demo_db.url)
    good = backup.backup_url(demo_db.url, backup.Reason.MANUAL, engine=demo_db.engine)
    assert good is not None
    # SQLite keeps a title longer than its column; the server refuses it — at the last table
    bad = tmp_path / "испорченная.sdbackup"
    bad.write_bytes(good.read_bytes())
    with sqlite3.connect(bad) as conn:
        conn.execute("UPDATE organisation SET short_name = 'Другое название'")
        conn.execute(
            "UPDATE sferum_task SET title = ? WHERE id = (SELECT max(id) FROM sferum_task)",
            ("я" * 5000,),
        )
    url = demo_db.url
    demo_db.dispose()
    with pytest.raises(BackupError, match="испорченная.sdbackup.*оставлена без изменений"):
        restore.restore_database(url, bad)
    assert _dump(url) == before

    for content in (b"", b"%PDF-1.7\n", b"SQLite format 3\x00" + b"\x01" * 90):
        bad.write_bytes(content)
        with pytest.raises(BackupError, match="испорченная.sdbackup"):
            restore.restore_database(url, bad)
        assert _dump(url) == before


def test_an_older_backup_is_upgraded_on_its_way_to_the_server(
    pg_server: Server, tmp_path: Path
) -> None:
    path = tmp_path / "прошлая версия.sqlite3"
    database = open_database(sqlite_url(path))
    _fill_card(database)
    with database.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE organisation SET short_name = 'Старый Центр'")
    database.dispose()
    old = older_database(path)
    server = pg_server.new_database()
    restored = restore.restore_database(server, old)
    assert restored.backup.revision == "0003"
    database = open_database(server)
    try:
        with database.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT short_name FROM organisation").scalar() == (
                "Старый Центр"
            )
    finally:
        database.dispose()


def test_the_server_has_its_daily_backups_and_copies_like_a_file(
    demo_db: Database, tmp_path: Path
) -> None:
    made = backups.daily_backup(demo_db)
    assert made is not None and made.parent == backups.backup_folder(demo_db.url)
    assert backups.daily_backup(demo_db) is None  # one a day
    rows = backups.list_backups(demo_db.url)
    assert [(r.reason, r.usable) for r in rows] == [("ежедневная", True)]
    assert "обучающихся 6" in rows[0].counts

    stick = tmp_path / "флешка"
    stick.mkdir()
    info = backups.backup_now(demo_db, stick)
    assert info.path.parent == stick and info.counts_text == rows[0].counts
    assert info.path.name.startswith(backup.stem_of(demo_db.url) or "?")


def test_the_window_on_a_server_backs_up_daily_and_restores_from_its_tab(
    qtbot,  # noqa: ANN001
    demo_db: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from sferum_desk.data.models import Organisation
    from sferum_desk.ui.tasks import wait_for_tasks

    from .ui_helpers import click_navigation, main_window

    with main_window(qtbot, demo_db) as window:
        window.start_daily_backup()
        wait_for_tasks()
        qtbot.waitUntil(lambda: "резервная копия сделана" in window.statusBar().currentMessage())
        click_navigation(qtbot, window, "settings")
        tab = window.settings.backups
        window.settings.tabs.setCurrentWidget(tab)
        qtbot.waitUntil(lambda: tab.proxy.rowCount() == 1, timeout=10_000)
        assert "сервере PostgreSQL" in tab.findChild(type(tab.status), "intro").text()
        assert tab.backup_button.isEnabled() and tab.restore_file_button.isEnabled()

        with demo_db.transaction() as session:  # a change made after the backup
            organisation = session.get(Organisation, 1)
            assert organisation is not None
            organisation.short_name = "Изменено после копии"
        tab.table.selectRow(0)
        monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
        with qtbot.waitSignal(tab.restored, timeout=30_000):
            qtbot.mouseClick(tab.restore_button, Qt.MouseButton.LeftButton)
        assert window.windowTitle().startswith("МБУ ДО ДЮЦ «Контакт»")
        qtbot.waitUntil(lambda: tab.proxy.rowCount() == 2, timeout=10_000)
        reasons = {tab.proxy.index(r, 1).data() for r in range(2)}
        assert reasons == {"ежедневная", "перед восстановлением из копии"}

"""Backups (online API, checked, kept, restored) and `check`, on real database files."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import select, text

from sferum_desk.config import sqlite_url
from sferum_desk.data import backup, restore
from sferum_desk.data import models as m
from sferum_desk.data.backup import BackupError, Reason
from sferum_desk.data.engine import Database, open_database
from sferum_desk.services import importer, rollover
from sferum_desk.services.integrity import ProblemKind, check_database

from .conftest import TODAY, older_database
from .import_files import STUDENT_HEADERS, setup_centre, write_xlsx

# Backups of SQLite files; a server database's: test_portable_backup.py
pytestmark = pytest.mark.sqlite_only


def _path(database: Database) -> Path:
    path = backup.sqlite_path(database.url)
    assert path is not None
    return path


def _checksum(path: Path) -> str:
    """The database's content (not its file bytes, which WAL checkpoints move about)."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()


def _short_name(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT short_name FROM organisation").fetchone()[0]


def test_a_backup_is_a_snapshot_of_what_is_committed(db: Database) -> None:
    path = _path(db)
    with db.transaction() as session:  # uncommitted while the backup is made
        session.get(m.Organisation, 1).short_name = "Ещё не сохранено"
        session.flush()
        made = backup.make_backup(path, Reason.MANUAL)
    assert made.parent == backup.folder_for(path) and made.suffix == ".sdbackup"
    assert _short_name(made) == "МБУ ДО ДЮЦ «Контакт»"
    assert _short_name(path) == "Ещё не сохранено"
    assert not Path(f"{made}-wal").exists() and not list(made.parent.glob("*.part"))
    info = backup.check_backup(made)
    assert info.reason == Reason.MANUAL and info.organisation == "МБУ ДО ДЮЦ «Контакт»"
    if os.name == "posix":
        assert stat.S_IMODE(made.stat().st_mode) == 0o600
        assert stat.S_IMODE(made.parent.stat().st_mode) == 0o700


def test_backups_are_counted_and_pruned_by_day_and_month(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    start = dt.datetime(2026, 1, 1, 9)
    names = []
    for day in range(0, 200, 2):  # a backup every other day, two on some days
        for hour in (9, 15) if day % 10 == 0 else (9,):
            moment = start + dt.timedelta(days=day, hours=hour - 9)
            name = f"base-{moment:%Y%m%d-%H%M%S}-daily.sdbackup"
            (folder / name).write_bytes(b"x")
            names.append(name)
    keep = backup.to_keep(backup.backup_files(folder), daily=3, monthly=4)
    kept = sorted(p.name for p in keep)
    # the five newest, the newest of each of the last 3 days and 4 months
    newest = sorted(names)[-5:]
    assert set(newest) <= set(kept)
    months = {name.split("-")[1][:6] for name in kept}
    assert {"202607", "202606", "202605", "202604"} <= months
    removed = backup.prune(folder, daily=3, monthly=4)
    assert {p.name for p in backup.backup_files(folder)} == set(kept)
    assert len(removed) == len(names) - len(kept)


def test_the_first_start_of_a_day_makes_one_backup(db: Database) -> None:
    path = _path(db)
    day = dt.date.today()
    assert backup.ensure_daily_backup(db.url, day) is not None
    assert backup.ensure_daily_backup(db.url, day) is None
    assert [
        info.reason
        for info in map(backup.check_backup, backup.backup_files(backup.folder_for(path)))
    ] == [Reason.DAILY]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("random.sdbackup", os.urandom(4096), "не файл базы данных SQLite"),
        ("report.sdbackup", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "не файл базы данных SQLite"),
        ("empty.sdbackup", b"", "не файл базы данных SQLite"),
    ],
)
def test_a_file_that_is_not_a_backup_is_refused(
    db: Database, tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    before = _checksum(_path(db))
    db.dispose()
    with pytest.raises(BackupError, match=message) as refused:
        restore.restore_database(db.url, bad)
    assert name in str(refused.value)
    assert _checksum(_path(db)) == before
    assert backup.backup_files(backup.folder_for(_path(db))) == []  # refused before any copy


def test_foreign_newer_and_damaged_databases_are_refused(db: Database, tmp_path: Path) -> None:
    path = _path(db)
    before = _checksum(path)
    foreign = tmp_path / "shop.sdbackup"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    newer = tmp_path / "future.sdbackup"
    backup.make_backup(path, Reason.MANUAL, out=newer)
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    damaged = tmp_path / "damaged.sdbackup"
    backup.make_backup(path, Reason.MANUAL, out=damaged)
    data = bytearray(damaged.read_bytes())
    page = 4096
    data[page * 2 : page * 6] = os.urandom(page * 4)  # table pages overwritten
    damaged.write_bytes(bytes(data))
    db.dispose()
    for file, message in (
        (foreign, "не Sferum Desk"),
        (newer, "более новой версией Sferum Desk \\(схема 0099_from_the_future\\)"),
        (damaged, "повреждён"),
    ):
        with pytest.raises(BackupError, match=message):
            restore.restore_database(db.url, file)
    assert _checksum(path) == before


def test_restore_brings_back_the_backup_and_keeps_the_current_state(
    demo_db: Database, tmp_path: Path
) -> None:
    path = _path(demo_db)
    made = backup.make_backup(path, Reason.MANUAL)
    saved = _checksum(path)
    with demo_db.transaction() as session:
        session.get(m.Organisation, 1).short_name = "После копии"
        session.execute(text("DELETE FROM post"))
    changed = _checksum(path)
    demo_db.dispose()
    restored = restore.restore_database(demo_db.url, made)
    assert restored.backup.students > 500
    assert _checksum(path) == saved
    assert restored.previous is not None and restored.previous.name.endswith("-restore.sdbackup")
    assert _checksum(restored.previous) == changed  # the state before the restore is kept
    reopened = open_database(demo_db.url)
    with reopened.session() as session:
        assert check_database(session) == []
    reopened.dispose()


def test_import_and_rollover_back_up_first_a_dry_run_does_not(
    demo_db: Database, db: Database, tmp_path: Path
) -> None:
    setup_centre(db)
    source_file = write_xlsx(
        tmp_path / "list.xlsx",
        [STUDENT_HEADERS, ["Иванова Анна", "05.03.2015", "Робототехника", "1", 1, "", "", ""]],
    )
    folder = backup.folder_for(_path(db))
    for dry_run in (True, False):
        source = importer.load_source(source_file, "students")
        with db.transaction() as session:
            result = importer.run_import(
                session, source, importer.ImportOptions(today=TODAY, dry_run=dry_run)
            )
        assert not result.errors and result.written == (not dry_run)
    assert [backup.info_of_name(p)[1] for p in backup.backup_files(folder)] == [Reason.IMPORT]
    with sqlite3.connect(backup.backup_files(folder)[0]) as conn:  # taken before the import
        assert conn.execute("SELECT count(*) FROM person WHERE kind='student'").fetchone() == (0,)

    with demo_db.session() as session:
        plan = rollover.plan_rollover(session)
    with demo_db.transaction() as session:
        rollover.apply_rollover(session, plan)
    demo_folder = backup.folder_for(_path(demo_db))
    assert [backup.info_of_name(p)[1] for p in backup.backup_files(demo_folder)] == [
        Reason.ROLLOVER
    ]


def test_check_finds_what_breaks_the_rules(demo_db: Database) -> None:
    with demo_db.session() as session:
        assert check_database(session) == []
        parent = session.scalar(select(m.Person.id).where(m.Person.kind == m.PersonKind.PARENT))
        group = session.scalar(
            select(m.Group).where(m.Group.kind == m.GroupKind.ASSOCIATION).order_by(m.Group.id)
        )
        year = session.get(m.AcademicYear, group.academic_year_id)
        student = session.scalar(select(m.Enrolment).where(m.Enrolment.group_id == group.id))
    with demo_db.engine.begin() as conn:  # what a bug or a hand edit could leave behind
        conn.execute(
            text("UPDATE enrolment SET enrolled_on = :day WHERE id = :id"),
            {"day": year.ends_on + dt.timedelta(days=10), "id": student.id},
        )
        conn.execute(
            text(
                "INSERT INTO enrolment (student_id, group_id, enrolled_on, version, created_at,"
                " updated_at) VALUES (:p, :g, :d, 1, '2026-09-01', '2026-09-01')"
            ),
            {"p": parent, "g": group.id, "d": year.starts_on},
        )
        conn.execute(
            text("UPDATE study_group SET archived_on = '2026-10-01' WHERE kind = 'staff_room'")
        )
    with sqlite3.connect(_path(demo_db)) as raw:  # foreign keys off: a broken link
        raw.execute("UPDATE parent_link SET student_id = 999999 WHERE id = 1")
    with demo_db.session() as session:
        problems = check_database(session)
    texts = "\n".join(p.text for p in problems)
    assert "ссылкой на несуществующую запись: 1 (parent_link → person)" in texts
    assert "В группы зачислены не обучающиеся" in texts
    assert "Зачисления вне учебного года своей группы" in texts and group.sferum_class_name in texts
    assert "Класс «Учительская» в архиве с 01.10.2026" in texts
    assert {p.kind for p in problems} == {ProblemKind.FILE, ProblemKind.LINKS, ProblemKind.RULE}


def test_an_upgrade_without_a_possible_backup_is_refused(tmp_path: Path) -> None:
    from sferum_desk.data import migrate

    path = older_database(tmp_path / "old.sqlite3")
    folder = backup.folder_for(path)
    folder.rmdir()
    folder.write_text("не папка")  # the backup folder cannot be made
    from sferum_desk.data.engine import DatabaseError

    with pytest.raises(DatabaseError, match="без резервной копии"):
        open_database(sqlite_url(path))
    assert migrate.current_revision(open_database(sqlite_url(path), upgrade=False).engine) == "0003"

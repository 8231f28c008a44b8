"""The shipped migrations produce exactly the models' schema; bad databases are refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from sferum_desk.config import sqlite_url
from sferum_desk.data import backup, migrate
from sferum_desk.data.engine import DatabaseError, create_db_engine, open_database
from sferum_desk.data.models import Base


def test_migrations_match_models(tmp_path: Path) -> None:
    database = open_database(sqlite_url(tmp_path / "m.sqlite3"))
    with database.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)
    database.dispose()
    assert diff == []


def test_every_model_table_is_created(empty_db) -> None:
    tables = set(inspect(empty_db.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert "alembic_version" in tables
    assert migrate.current_revision(empty_db.engine) == migrate.head_revision()


@pytest.mark.sqlite_only  # PRAGMAs are SQLite's
def test_sqlite_pragmas(empty_db) -> None:
    with empty_db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 5000


def test_newer_schema_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    open_database(sqlite_url(path)).dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="более новой версией"):
        open_database(sqlite_url(path))
    assert path.read_bytes() == before


def test_foreign_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    with pytest.raises(DatabaseError, match="не база Sferum Desk"):
        open_database(sqlite_url(path))
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    assert tables == ["customers"]


def test_not_a_database_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("это не база данных, а заметки")
    with pytest.raises(DatabaseError):
        open_database(sqlite_url(path))
    assert path.read_text() == "это не база данных, а заметки"


def test_older_schema_is_upgraded_after_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    database = open_database(sqlite_url(path))
    cfg = migrate.alembic_config()
    with database.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    database.dispose()
    assert migrate.current_revision(create_db_engine(sqlite_url(path))) is None

    reopened = open_database(sqlite_url(path))
    assert migrate.current_revision(reopened.engine) == migrate.head_revision()
    reopened.dispose()
    backups = backup.backup_files(backup.folder_for(path))
    assert [b.name.endswith("-upgrade.sdbackup") for b in backups] == [True]
    with sqlite3.connect(backups[0]) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"alembic_version"}


def test_missing_file_is_not_created_when_it_must_exist(tmp_path: Path) -> None:
    path = tmp_path / "absent.sqlite3"
    with pytest.raises(DatabaseError, match="не найден"):
        open_database(sqlite_url(path), must_exist=True)
    assert not path.exists()


def test_a_0001_database_with_data_upgrades_keeping_it(tmp_path: Path) -> None:
    path = tmp_path / "v0001.sqlite3"
    migrate.upgrade(create_db_engine(sqlite_url(path)), "0001")
    with sqlite3.connect(path) as conn:
        conn.executescript(
            """
            INSERT INTO direction (id, kind, name, version, created_at, updated_at)
              VALUES (1, 'technical', 'Техническая', 1, '2026-09-01', '2026-09-01');
            INSERT INTO association (id, direction_id, name, search_text, version,
              created_at, updated_at)
              VALUES (1, 1, 'Робототехника', 'робототехника', 1, '2026-09-01', '2026-09-01');
            INSERT INTO study_group (id, kind, sferum_class_name, search_text, sferum_state,
              version, created_at, updated_at)
              VALUES (1, 'staff_room', 'Учительская', 'учительская', 'created', 1,
              '2026-09-01', '2026-09-01');
            INSERT INTO academic_year (id, start_year, starts_on, ends_on, is_current, archived,
              version, created_at, updated_at)
              VALUES (1, 2026, '2026-09-01', '2027-08-31', 1, 0, 1, '2026-09-01', '2026-09-01');
            INSERT INTO study_group (id, kind, association_id, academic_year_id, number,
              study_year, sferum_class_name, search_text, sferum_state, version, created_at,
              updated_at)
              VALUES (2, 'association', 1, 1, '1', 1, 'Робототехника — гр. 1 (1-й год)', '',
              'created', 1, '2026-09-01', '2026-09-01');
            """
        )
    database = open_database(sqlite_url(path))
    with database.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT sferum_class_name, class_name_manual FROM study_group ORDER BY id")
        ).all()
        assert [tuple(r) for r in rows] == [
            ("Учительская", 0),
            ("Робототехника — гр. 1 (1-й год)", 0),
        ]
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("SELECT name, programme_years FROM association")).one() == (
            "Робототехника",
            None,
        )
    assert migrate.current_revision(database.engine) == migrate.head_revision() == "0004"
    database.dispose()
    assert len(backup.backup_files(backup.folder_for(path))) == 1


def test_0003_keeps_the_newest_active_link_of_a_chat_per_role(tmp_path: Path) -> None:
    path = tmp_path / "v0002.sqlite3"
    migrate.upgrade(create_db_engine(sqlite_url(path)), "0002")
    with sqlite3.connect(path) as conn:
        conn.executescript(
            """
            INSERT INTO chat (id, kind, title, search_text, state, version, created_at,
              updated_at)
              VALUES (1, 'other', 'Родители', 'родители', 'active', 1, '2026-09-01',
              '2026-09-01');
            INSERT INTO invite_link (id, url, chat_id, role, state, created_on, version,
              created_at, updated_at) VALUES
              (1, 'https://vk.me/join/old', 1, 'parent', 'active', '2026-09-01', 1,
               '2026-09-01', '2026-09-01'),
              (2, 'https://vk.me/join/new', 1, 'parent', 'active', '2026-10-05', 1,
               '2026-10-05', '2026-10-05'),
              (3, 'https://vk.me/join/pupils', 1, 'student', 'active', '2026-09-01', 1,
               '2026-09-01', '2026-09-01');
            """
        )
    database = open_database(sqlite_url(path))
    with database.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT id, state, annulled_on, annul_reason FROM invite_link ORDER BY id")
        ).all()
    database.dispose()
    assert [tuple(r) for r in rows] == [
        (1, "annulled", "2026-10-05", "заменена новой ссылкой"),
        (2, "active", None, None),
        (3, "active", None, None),
    ]

"""`sferum-desk backup | restore | check` as an administrator would run them."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from sferum_desk.data import backup
from sferum_desk.data.engine import Database

from .test_cli import run

pytestmark = pytest.mark.sqlite_only  # on SQLite files; on a server: test_portable_backup.py


def _name(path: str) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT short_name FROM organisation").fetchone()[0]


def test_backup_restore_and_check_round_trip(capsys, demo_db: Database, tmp_path: Path) -> None:
    where = demo_db.location
    demo_db.dispose()
    code, out, err = run(capsys, "--db", where, "check")
    assert (code, err) == (0, "") and "в порядке" in out

    stick = tmp_path / "флешка"
    stick.mkdir()
    code, out, err = run(capsys, "--db", where, "backup", "--out", str(stick))
    assert code == 0 and err == ""
    copy = next(stick.glob("*.sdbackup"))
    assert str(copy) in out and "обучающихся 6" in out

    with sqlite3.connect(where) as conn:
        conn.execute("UPDATE organisation SET short_name = 'Испорчено'")
    code, out, _ = run(capsys, "--db", where, "backup", "--list")
    assert code == 0 and "Резервных копий" in out  # none in the app's folder yet

    code, out, err = run(capsys, "--db", where, "restore", str(copy))
    assert code == 0 and err == "" and "База восстановлена" in out
    assert _name(where) == "МБУ ДО ДЮЦ «Контакт»"
    code, out, _ = run(capsys, "--db", where, "backup", "--list")
    assert "перед восстановлением из копии" in out


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"\x00" * 100, "не файл базы данных SQLite"), (b"SQLite format 3\x00" + b"\x01" * 50, "")],
)
def test_restore_refuses_a_bad_file_and_changes_nothing(
    capsys, db: Database, tmp_path: Path, content: bytes, message: str
) -> None:
    bad = tmp_path / "копия.sdbackup"
    bad.write_bytes(content)
    where = db.location
    db.dispose()
    before = Path(where).read_bytes()
    code, out, err = run(capsys, "--db", where, "restore", str(bad))
    assert code == 1 and out == ""
    assert err.startswith("sferum-desk: ошибка: Файл копия.sdbackup") and message in err
    assert "Traceback" not in err and err.count("\n") == 1
    assert Path(where).read_bytes() == before


def test_check_lists_problems_and_exits_1(capsys, demo_db: Database) -> None:
    where = demo_db.location
    demo_db.dispose()
    with sqlite3.connect(where) as conn:
        conn.execute(
            "UPDATE enrolment SET enrolled_on = '2000-01-01', left_on = '2001-01-01' WHERE id = 1"
        )
    code, out, _ = run(capsys, "--db", where, "check")
    assert code == 1 and "Найдены нарушения (1)" in out and "вне учебного года" in out
    code, out, _ = run(capsys, "--db", where, "check", "--json")
    report = json.loads(out)
    assert code == 1 and report["ok"] is False and report["problems"][0]["kind"] == "rule"


def test_backup_of_a_missing_database_is_one_line(capsys, tmp_path: Path) -> None:
    code, out, err = run(capsys, "--db", str(tmp_path / "нет.sqlite3"), "backup")
    assert code == 1 and "не найден" in err and out == ""
    assert backup.sqlite_path("postgresql+psycopg://u@h/db") is None

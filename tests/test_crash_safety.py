"""A writer killed with SIGKILL in the middle of a 10,000-row import and of a rollover: the
reopened database passes `check` and holds none of the interrupted work."""

from __future__ import annotations

import hashlib
import importlib.util
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from sferum_desk.data.engine import Database, open_database
from sferum_desk.services.integrity import check_database

from .conftest import TODAY

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")

IMPORT_DRIVER = """
import datetime as dt, sys
from sferum_desk.data.engine import open_database
from sferum_desk.services.importer import ImportOptions, apply_import, load_source
db = open_database(sys.argv[1], lock=True)
source = load_source(sys.argv[2], "students")
with db.transaction() as session:
    options = ImportOptions(create_groups=True, today=dt.date.fromisoformat(sys.argv[3]))
    for done, total, label in apply_import(session, source, options):
        print(done, total, label, flush=True)
print("committed", flush=True)
"""

ROLLOVER_DRIVER = """
import sys
from sferum_desk.data.engine import open_database
from sferum_desk.services import rollover
db = open_database(sys.argv[1], lock=True)
with db.session() as session:
    plan = rollover.plan_rollover(session)
with db.transaction() as session:
    for done, total, label in rollover.apply_rollover_steps(session, plan):
        print(done, total, label, flush=True)
print("committed", flush=True)
"""


def _content(path: Path) -> str:
    """A checksum of the database's content, independent of how its pages are laid out."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()


def _kill_midway(argv: list[str], when: object) -> list[str]:
    """Run a driver, SIGKILL it at the first progress line ``when(done, total, label)``
    accepts; returns the lines it printed."""
    process = subprocess.Popen(
        [sys.executable, "-c", *argv], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    lines: list[str] = []
    for line in process.stdout:
        lines.append(line.rstrip("\n"))
        done, total, label = (line.split(" ", 2) + ["", ""])[:3]
        if done.isdigit() and total.isdigit() and when(int(done), int(total), label):  # type: ignore[operator]
            process.send_signal(signal.SIGKILL)
            break
    process.wait(timeout=120)
    assert process.returncode == -signal.SIGKILL, (lines[-5:], process.stderr.read())
    return lines


def _path(database: Database) -> Path:
    return Path(database.location)


def _reopened_is_sound(path: Path) -> None:
    database = open_database(f"sqlite:///{path}", lock=True)  # the dead writer's lock is gone
    try:
        assert database.lock is not None and database.lock.cleared is not None
        with database.session() as session:
            assert check_database(session) == []
    finally:
        database.dispose()


def _make_workbook(path: Path, rows: int) -> None:
    spec = importlib.util.spec_from_file_location(
        "import_bench", Path(__file__).parent.parent / "bench" / "import_bench.py"
    )
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    bench.make_workbook(path, rows)


@pytest.mark.sqlite_only  # the WAL file and the file lock are SQLite's
def test_a_killed_import_of_10000_rows_leaves_nothing(db: Database, tmp_path: Path) -> None:
    listing = tmp_path / "обучающиеся.xlsx"
    _make_workbook(listing, 10_000)
    path = _path(db)
    db.dispose()
    before = _content(path)

    def halfway_through_the_students(done: int, total: int, label: str) -> bool:
        return label.startswith("Обучающиеся") and done > 4000

    lines = _kill_midway(
        [IMPORT_DRIVER, f"sqlite:///{path}", str(listing), TODAY.isoformat()],
        halfway_through_the_students,
    )
    assert "committed" not in lines and any(line.startswith("0 ") for line in lines)
    assert Path(f"{path}-wal").exists()  # the uncommitted pages were on disk when it died
    _reopened_is_sound(path)
    assert _content(path) == before  # none of the interrupted import


@pytest.mark.sqlite_only  # the WAL file and the file lock are SQLite's
def test_a_killed_rollover_leaves_the_old_year(demo_db: Database) -> None:
    path = _path(demo_db)
    demo_db.dispose()
    before = _content(path)
    lines = _kill_midway(
        [ROLLOVER_DRIVER, f"sqlite:///{path}"],
        lambda done, total, label: total > 10 and done >= total // 2,
    )
    assert "committed" not in lines
    _reopened_is_sound(path)
    assert _content(path) == before

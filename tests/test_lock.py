"""One writer per database file: a second instance is told who holds it and may view it
read-only; a crashed holder's lock is cleared."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select, text

from sferum_desk.config import sqlite_url
from sferum_desk.data import models as m
from sferum_desk.data.engine import Database, DatabaseBusyError, open_database
from sferum_desk.errors import ReadOnlyDatabaseError, ValidationError

from .conftest import older_database

# The lock is a file beside an SQLite database; on PostgreSQL several administrators write
# at once by design (tests/test_concurrent_editing.py).
pytestmark = pytest.mark.sqlite_only

HOLD = """
import sys, time
from sferum_desk.data.engine import open_database
db = open_database(sys.argv[1], lock=True)
print("ready", flush=True)
time.sleep(60)
"""


@pytest.fixture
def holder(db: Database):  # noqa: ANN201
    """Another process of the app with ``db`` open for writing."""
    url = db.url
    db.dispose()
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD, url], stdout=subprocess.PIPE, text=True, env=os.environ
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "ready"
    yield process
    process.kill()
    process.wait()


def test_a_second_writer_is_told_who_holds_the_database(db: Database, holder) -> None:  # noqa: ANN001
    with pytest.raises(DatabaseBusyError) as busy:
        open_database(db.url, lock=True)
    message = str(busy.value)
    assert "test.sqlite3 уже открыта для изменения" in message
    assert socket.gethostname() in message
    assert busy.value.holder is not None and busy.value.holder.pid == holder.pid


def test_the_second_instance_can_view_read_only(db: Database, holder) -> None:  # noqa: ANN001
    viewer = open_database(db.url, read_only=True)
    try:
        with viewer.session() as session:
            assert session.get(m.Organisation, 1).short_name == "МБУ ДО ДЮЦ «Контакт»"
        with pytest.raises(ReadOnlyDatabaseError) as refused, viewer.transaction():
            pass
        assert isinstance(refused.value, ValidationError)  # dialogs show it like bad input
        assert "только для просмотра" in str(refused.value)
        with pytest.raises(Exception, match="readonly"), viewer.engine.begin() as conn:
            conn.execute(text("UPDATE organisation SET short_name = 'x'"))
    finally:
        viewer.dispose()


def test_a_crashed_holder_leaves_no_lock(db: Database, holder) -> None:  # noqa: ANN001
    path = Path(db.url.removeprefix("sqlite:///"))
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    assert path.with_name("test.sqlite3.holder").exists()  # the dead process's note stays
    reopened = open_database(db.url, lock=True)
    try:
        assert reopened.lock is not None and reopened.lock.cleared is not None
        assert reopened.lock.cleared.pid == holder.pid
        assert reopened.lock.holder().pid == os.getpid()
        with reopened.transaction() as session:
            session.get(m.Organisation, 1).short_name = "Можно изменять"
    finally:
        reopened.dispose()
    assert not path.with_name("test.sqlite3.holder").exists()  # released on close
    again = open_database(db.url, lock=True)
    with again.session() as session:
        assert session.scalar(select(m.Organisation.short_name)) == "Можно изменять"
    again.dispose()


def test_an_upgrade_waits_for_the_lock(tmp_path: Path) -> None:
    from sferum_desk.data import migrate

    path = older_database(tmp_path / "old.sqlite3")
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            HOLD.replace("lock=True)", "lock=True, upgrade=False)"),
            sqlite_url(path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None and process.stdout.readline().strip() == "ready"
        with pytest.raises(DatabaseBusyError):
            open_database(sqlite_url(path))  # a report would upgrade it: not while held
        assert (
            migrate.current_revision(open_database(sqlite_url(path), upgrade=False).engine)
            == "0003"
        )
    finally:
        process.kill()
        process.wait()


def test_the_command_line_reads_but_does_not_write_a_held_database(
    capsys,
    db: Database,
    holder,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    from .import_files import STUDENT_HEADERS, write_xlsx
    from .test_cli import run

    where = db.location
    code, out, _ = run(capsys, "--db", where, "stats")
    assert code == 0 and out
    listing = write_xlsx(tmp_path / "list.xlsx", [STUDENT_HEADERS, ["Иванова Анна", "", "", ""]])
    code, out, err = run(capsys, "--db", where, "import", "students", str(listing))
    assert code == 1 and "уже открыта для изменения" in err and socket.gethostname() in err
    backup_file = tmp_path / "copy.sdbackup"
    code, _, _ = run(capsys, "--db", where, "backup", "--out", str(backup_file))
    assert code == 0  # a backup reads a snapshot: allowed while the window is open
    code, _, err = run(capsys, "--db", where, "restore", str(backup_file))
    assert code == 1 and "Закройте её там" in err

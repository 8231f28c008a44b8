"""Restoring a backup: into an SQLite file with the backup API, into a server's database row
by row (``transfer.import_database``). Either way the backup is checked first, a foreign,
damaged or newer file is refused with the database untouched, and the current state is
backed up before anything is replaced.

Nothing here imports Qt.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from .backup import (
    BackupError,
    BackupInfo,
    Reason,
    backup_url,
    check_backup,
    connect_read_only,
    make_backup,
    server_name,
    sqlite_path,
)

log = logging.getLogger(__name__)


def restore_file(backup: Path, database: Path) -> None:
    """Overwrite the SQLite database ``database`` with the backup's content, in place.

    The caller has checked the backup (:func:`inspect_backup`), backed the current state
    up and closed its own connections. The backup API writes the pages in one transaction
    of the destination: an interruption leaves the old content."""
    try:
        src = connect_read_only(backup)
        try:
            dst = sqlite3.connect(database)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as exc:
        raise BackupError(f"Не удалось восстановить базу из {backup.name}: {exc}.") from exc
    log.info("Database %s restored from %s", database.name, backup.name)


@dataclass(frozen=True)
class Restored:
    backup: BackupInfo  # what was restored
    previous: Path | None  # the copy of the state before the restore


def restore_database(url: str, path: Path) -> Restored:
    """Replace the database at ``url`` (an SQLite file or a server's) with the backup
    ``path``.

    The backup is checked first (a foreign, damaged or newer file is refused and the
    database stays untouched), the current state is backed up, then the backup's content
    is written in and the schema brought up to date. No connection to ``url`` may be open:
    the caller disposes its engine first."""
    from .engine import DatabaseError, open_database

    target = sqlite_path(url)
    if target is None:
        if server_name(url) is None:
            raise BackupError("Восстановить копию можно в файл базы или в базу на сервере.")
        return _restore_server(url, path)
    info = check_backup(path)
    if target.exists() and target.resolve() == path.resolve():
        raise BackupError("Нельзя восстановить базу из неё самой.")
    if not target.parent.is_dir():
        raise BackupError(f"Папка базы данных не существует: {target.parent}")
    from .lock import DatabaseLockedError, WriterLock

    lock = WriterLock(target)
    try:
        lock.acquire()
    except DatabaseLockedError as exc:
        raise BackupError(f"{exc} Закройте её там и повторите восстановление.") from exc
    try:
        previous = make_backup(target, Reason.RESTORE) if target.is_file() else None
        restore_file(path, target)
    finally:
        lock.release()
    try:
        open_database(url).dispose()  # an older copy is upgraded here (after its own backup)
    except DatabaseError as exc:
        kept = f" Состояние до восстановления сохранено в {previous}." if previous else ""
        raise BackupError(f"База восстановлена, но не открывается: {exc}{kept}") from exc
    return Restored(info, previous)


def _restore_server(url: str, path: Path) -> Restored:
    """Into a server's database (empty, or a Centre's to be replaced): its schema made or
    upgraded, its current state backed up, then every row replaced in one transaction."""
    from .engine import DatabaseError, open_database
    from .transfer import import_database

    info = check_backup(path)
    try:
        database = open_database(url)
    except DatabaseError as exc:
        raise BackupError(f"База на сервере не открывается: {exc}") from exc
    try:
        previous = backup_url(url, Reason.RESTORE, engine=database.engine)
        import_database(path, database.engine)
    finally:
        database.dispose()
    log.info("Server database %s restored from %s", server_name(url), path.name)
    return Restored(info, previous)

"""Настройки → Резервные копии, without Qt: the list, the day's backup, a copy to a folder.

The functions take the database's URL (an SQLite file is copied as a file, a server's
database through its engine, not through a session) and the settings they need are read
once, so they run in a worker thread as they are.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from ..data import backup
from ..data.engine import Database
from .settings import backup_retention


@dataclass(frozen=True)
class BackupRow:
    """One line of the list: a backup the app made, or a file it cannot use (``problem``)."""

    path: Path
    made_at: dt.datetime
    reason: str  # «ежедневная», «перед импортом»…
    size: int
    counts: str  # «сотрудников 36, обучающихся 600, …»
    problem: str | None = None

    @property
    def usable(self) -> bool:
        return self.problem is None


def backup_folder(url: str) -> Path | None:
    return backup.folder_of(url)


def list_backups(url: str) -> list[BackupRow]:
    """The backups of the database at ``url``, the newest first, each read and checked."""
    folder = backup_folder(url)
    if folder is None:
        return []
    rows = []
    for path in backup.backup_files(folder):
        made, reason = backup.info_of_name(path)
        label = reason.label if reason else "копия"
        try:
            info = backup.check_backup(path)
        except backup.BackupError as exc:
            rows.append(BackupRow(path, made, label, path.stat().st_size, "", str(exc)))
            continue
        rows.append(BackupRow(path, made, label, info.size, info.counts_text))
    return rows


def retention(database: Database) -> tuple[int, int]:
    with database.session() as session:
        return backup_retention(session)


def daily_backup(database: Database) -> Path | None:
    """At start-up: the day's backup if none was made today, and the old ones pruned."""
    if database.read_only:
        return None
    daily, monthly = retention(database)
    return backup.ensure_daily_backup(
        database.url, daily=daily, monthly=monthly, engine=database.engine
    )


def backup_now(database: Database, folder: Path | None = None) -> backup.BackupInfo:
    """A backup made by hand: into the app's folder, or a copy to ``folder`` (a USB stick).
    A server's database is copied into the same format as a file's."""
    own = backup.folder_of(database.url)
    if own is None:
        raise backup.BackupError("У базы в памяти нет резервных копий.")
    out = None
    if folder is not None:
        if not folder.is_dir():
            raise backup.BackupError(f"Папка не найдена: {folder}")
        out = backup.target_path(folder, str(backup.stem_of(database.url)), backup.Reason.MANUAL)
    made = backup.backup_url(database.url, backup.Reason.MANUAL, engine=database.engine, out=out)
    if made is None:
        raise backup.BackupError(f"Нет файла базы данных: {database.location}")
    if folder is None:
        daily, monthly = retention(database)
        backup.prune(own, daily, monthly)
    return backup.check_backup(made)

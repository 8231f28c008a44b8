"""Backups of an SQLite database: made with the online backup API, checked, kept, restored.

A backup is a complete SQLite database written by ``sqlite3.Connection.backup`` — a
consistent snapshot of the committed state even while the app has the database open (never
a file copy of a live database, which can catch a half-written page or miss the WAL). The
app keeps them in ``<data folder>/backups/<database name>-<hash of its path>/`` as
``<name>-<YYYYMMDD-HHMMSS>-<reason>.sdbackup``: one daily at start-up, and one before every
schema upgrade, rollover, import and restore. :func:`prune` keeps the newest copy of each of
the last N days and of the last M months (and always the few newest).

Nothing here imports Qt; the CLI, the GUI and the services call these functions.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import logging
import os
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine, make_url

from .. import config
from ..privacy import private_dir, private_file

log = logging.getLogger(__name__)

SUFFIX = ".sdbackup"
SQLITE_HEADER = b"SQLite format 3\x00"
KEEP_NEWEST = 5  # never pruned, whatever the day/month rules say
DEFAULT_DAILY, DEFAULT_MONTHLY = 14, 12


class BackupError(Exception):
    """A backup that cannot be made, read or restored; the message is for the user."""


class Reason(StrEnum):
    DAILY = "daily"
    MANUAL = "manual"
    UPGRADE = "upgrade"
    ROLLOVER = "rollover"
    IMPORT = "import"
    RESTORE = "restore"

    @property
    def label(self) -> str:
        return _REASON_LABELS[self]


_REASON_LABELS = {
    Reason.DAILY: "ежедневная",
    Reason.MANUAL: "вручную",
    Reason.UPGRADE: "перед обновлением программы",
    Reason.ROLLOVER: "перед переходом на новый учебный год",
    Reason.IMPORT: "перед импортом",
    Reason.RESTORE: "перед восстановлением из копии",
}
_REASONS = {reason.value: reason for reason in Reason}
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-\d+)?-(?P<reason>[a-z]+)$")


@dataclass(frozen=True)
class BackupInfo:
    """What a backup holds, read from the file itself."""

    path: Path
    made_at: dt.datetime  # local time
    reason: Reason | None  # None: a copy named by hand
    size: int  # bytes
    revision: str  # the schema revision (alembic)
    organisation: str  # the Centre's short name, «» when the card is empty
    staff: int
    students: int
    parents: int
    groups: int
    events: int  # movement events

    @property
    def counts_text(self) -> str:
        return (
            f"сотрудников {self.staff}, обучающихся {self.students}, родителей "
            f"{self.parents}, групп {self.groups}, событий движения {self.events}"
        )


# -- where ---------------------------------------------------------------------------------


def sqlite_path(url: str) -> Path | None:
    """The file of an SQLite URL, or None (PostgreSQL, an in-memory database)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    if not parsed.database or parsed.database == ":memory:" or parsed.database.startswith("file:"):
        return None
    return Path(parsed.database)


def folder_for(database: Path) -> Path:
    """The app's folder of backups for one database file (created 0700 on first use)."""
    resolved = database.expanduser().resolve()
    return _folder(resolved.stem, str(resolved))


def server_name(url: str) -> str | None:
    """The database's name on a server (PostgreSQL), or None for SQLite."""
    parsed = make_url(url)
    return None if parsed.get_backend_name() == "sqlite" else parsed.database or "server"


def stem_of(url: str) -> str | None:
    """What a backup's file name starts with: the database file's name or the server
    database's; None for an in-memory database."""
    path = sqlite_path(url)
    return path.stem if path is not None else server_name(url)


def folder_of(url: str) -> Path | None:
    """The backups folder of the database at ``url``: of its file, or of the server's
    database (by host, port and name, whoever logs in); None for an in-memory database."""
    path = sqlite_path(url)
    if path is not None:
        return folder_for(path)
    name = server_name(url)
    if name is None:
        return None
    parsed = make_url(url)
    return _folder(name, f"{parsed.host or ''}:{parsed.port or ''}/{name}")


def _folder(stem: str, key: str) -> Path:
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:8]
    folder = config.data_dir() / "backups" / f"{stem}-{digest}"
    try:
        private_dir(folder)
    except OSError as exc:
        raise BackupError(
            f"Не удаётся создать папку резервных копий {folder}: {exc.strerror or exc}."
        ) from exc
    return folder


# -- making --------------------------------------------------------------------------------


def target_path(folder: Path, stem: str, reason: Reason, now: dt.datetime | None = None) -> Path:
    """A new backup's file in ``folder``: ``<stem>-<YYYYMMDD-HHMMSS>-<reason>.sdbackup``
    (a counter added when one of that second exists)."""
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = folder / f"{stem}-{stamp}-{reason.value}{SUFFIX}"
    counter = 1
    while target.exists():  # two backups in one second (an import right after start-up)
        target = folder / f"{stem}-{stamp}-{counter}-{reason.value}{SUFFIX}"
        counter += 1
    return target


def copy_database(source: Path, target: Path) -> None:
    """Write a consistent copy of the SQLite database ``source`` to ``target``.

    The copy goes to a temporary file renamed at the end, so an interrupted backup never
    leaves a half-written file under the backup's name."""
    partial = target.with_name(target.name + ".part")
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(partial)
            try:
                with dst:
                    src.backup(dst)
                # A backup is one self-contained file: no write-ahead log beside it.
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        private_file(partial)
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise BackupError(f"Не удалось сделать резервную копию {source} в {target}: {exc}") from exc


def make_backup(
    database: Path,
    reason: Reason,
    *,
    out: Path | None = None,
    now: dt.datetime | None = None,
) -> Path:
    """Back ``database`` up into its backup folder (or to ``out``); returns the file."""
    if not database.is_file():
        raise BackupError(f"Нет файла базы данных: {database}")
    moment = now or dt.datetime.now()
    target = (
        out if out is not None else target_path(folder_for(database), database.stem, reason, moment)
    )
    if out is not None and out.parent and not out.parent.is_dir():
        raise BackupError(f"Папка не существует: {out.parent}")
    copy_database(database, target)
    log.info("Backup (%s) of %s written to %s", reason.value, database.name, target)
    return target


def backup_url(
    url: str,
    reason: Reason,
    *,
    engine: Engine | None = None,
    out: Path | None = None,
    now: dt.datetime | None = None,
) -> Path | None:
    """Back up the database at ``url`` into its backup folder (or to ``out``): an SQLite
    file with :func:`make_backup` (None when the file does not exist yet), a server's
    database with ``transfer.export_database`` through ``engine`` (or one made for it).
    None for an in-memory database."""
    path = sqlite_path(url)
    if path is not None:
        return make_backup(path, reason, out=out, now=now) if path.is_file() else None
    name = server_name(url)
    if name is None:
        return None
    if out is not None and not out.parent.is_dir():
        raise BackupError(f"Папка не существует: {out.parent}")
    folder = folder_of(url)
    assert folder is not None
    target = out or target_path(folder, name, reason, now or dt.datetime.now())
    from sqlalchemy import create_engine

    from .transfer import export_database

    own = engine is None
    server = create_engine(url) if engine is None else engine
    try:
        export_database(server, target)
    finally:
        if own:
            server.dispose()
    log.info("Backup (%s) of the server database %s written to %s", reason.value, name, target)
    return target


def backup_before(session: Any, reason: Reason) -> Path | None:
    """Back up the database a session is bound to, before a risky step (import, rollover).

    The copy is read through its own connection, so it holds the last committed state
    even if the session has already read in its transaction."""
    engine = session.get_bind().engine
    return backup_url(engine.url.render_as_string(hide_password=False), reason, engine=engine)


def daily_backup_due(folder: Path, today: dt.date | None = None) -> bool:
    day = today or dt.date.today()
    return not any(info_of_name(p)[0].date() == day for p in backup_files(folder))


def ensure_daily_backup(
    url: str,
    today: dt.date | None = None,
    daily: int = DEFAULT_DAILY,
    monthly: int = DEFAULT_MONTHLY,
    *,
    engine: Engine | None = None,
) -> Path | None:
    """The day's first start makes a backup (and prunes old ones); later starts nothing.
    On a server the first start of the day on each computer does, into its own folder."""
    path = sqlite_path(url)
    if path is not None and not path.is_file():
        return None
    folder = folder_of(url)
    if folder is None or not daily_backup_due(folder, today):
        return None
    made = backup_url(url, Reason.DAILY, engine=engine)
    prune(folder, daily, monthly)
    return made


# -- listing and keeping -------------------------------------------------------------------


def backup_files(folder: Path) -> list[Path]:
    """The backups in ``folder``, the newest first."""
    if not folder.is_dir():
        return []
    files = [p for p in folder.iterdir() if p.suffix == SUFFIX and p.is_file()]
    return sorted(files, key=lambda p: (info_of_name(p)[0], p.name), reverse=True)


def info_of_name(path: Path) -> tuple[dt.datetime, Reason | None]:
    """When a backup was made and why, from its name (its file time for other names)."""
    match = _NAME.match(path.stem)
    if match:
        try:
            made = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
            reason = _REASONS.get(match["reason"])
            return made, reason
        except ValueError:
            pass
    return dt.datetime.fromtimestamp(path.stat().st_mtime), None


def to_keep(paths: Iterable[Path], daily: int, monthly: int) -> set[Path]:
    """Which backups survive: the newest of each of the last ``daily`` days and of each of
    the last ``monthly`` months that have backups, and the :data:`KEEP_NEWEST` newest."""
    dated = sorted(((info_of_name(p)[0], p) for p in paths), reverse=True)
    keep = {p for _made, p in dated[:KEEP_NEWEST]}
    days: dict[dt.date, Path] = {}
    months: dict[tuple[int, int], Path] = {}
    for made, path in dated:  # newest first: the first seen of a day/month is its newest
        days.setdefault(made.date(), path)
        months.setdefault((made.year, made.month), path)
    keep.update(list(days.values())[: max(daily, 0)])
    keep.update(list(months.values())[: max(monthly, 0)])
    return keep


def prune(folder: Path, daily: int = DEFAULT_DAILY, monthly: int = DEFAULT_MONTHLY) -> list[Path]:
    """Delete the backups :func:`to_keep` does not keep; returns the deleted files."""
    files = backup_files(folder)
    keep = to_keep(files, daily, monthly)
    removed = []
    for path in files:
        if path not in keep:
            try:
                path.unlink()
                removed.append(path)
            except OSError:
                log.warning("Could not delete old backup %s", path)
    return removed


# -- checking ------------------------------------------------------------------------------


def connect_read_only(path: Path) -> sqlite3.Connection:
    # immutable: nothing is written beside the file (no -wal/-shm on a USB stick)
    return sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)


def _count(conn: sqlite3.Connection, sql: str) -> int:
    try:
        return int(conn.execute(sql).fetchone()[0])
    except sqlite3.Error:
        return 0


def inspect_backup(path: Path, known_revisions: set[str], head: str) -> BackupInfo:
    """Read a backup file, refusing anything that is not a whole Sferum Desk database this
    version can open: :class:`BackupError` says why, naming the file."""
    name = path.name
    if not path.is_file():
        raise BackupError(f"Файл {name} не найден.")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise BackupError(f"Файл {name} не удаётся прочитать: {exc.strerror or exc}.") from exc
    if header != SQLITE_HEADER:
        raise BackupError(
            f"Файл {name} — не резервная копия Sferum Desk: это не файл базы данных SQLite."
        )
    try:
        conn = connect_read_only(path)
    except sqlite3.Error as exc:
        log.info("Backup %s does not open: %s", path, exc)
        raise BackupError(f"Файл {name} не открывается как база данных SQLite.") from exc
    try:
        try:
            verdict = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
            tables = {
                row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        except sqlite3.Error as exc:  # SQLite's own words go to the log, not to the user
            log.info("Backup %s is damaged: %s", path, exc)
            raise BackupError(
                f"Файл {name} повреждён: база данных в нём обрезана или испорчена."
            ) from exc
        if verdict != ["ok"]:
            log.info("Backup %s fails the integrity check: %s", path, "; ".join(verdict[:5]))
            raise BackupError(f"Файл {name} повреждён: проверка целостности нашла в нём ошибки.")
        foreign = f"Файл {name} — база данных, но не Sferum Desk: в ней нет таблиц программы."
        if "alembic_version" not in tables or "organisation" not in tables:
            raise BackupError(foreign)
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            org = conn.execute("SELECT short_name FROM organisation WHERE id = 1").fetchone()
        except sqlite3.Error as exc:
            log.info("Backup %s has foreign tables: %s", path, exc)
            raise BackupError(foreign) from exc
        revision = str(row[0]) if row and row[0] else ""
        if not revision:
            raise BackupError(
                f"Файл {name} — не резервная копия Sferum Desk: в базе не записана версия её схемы."
            )
        if revision not in known_revisions:
            raise BackupError(
                f"Файл {name} сделан более новой версией Sferum Desk (схема {revision}); "
                f"эта программа знает схему не новее {head}. Обновите программу."
            )
        made, reason = info_of_name(path)
        return BackupInfo(
            path=path,
            made_at=made,
            reason=reason,
            size=path.stat().st_size,
            revision=revision,
            organisation=(org[0] if org else "") or "",
            staff=_count(conn, "SELECT count(*) FROM person WHERE kind = 'staff'"),
            students=_count(conn, "SELECT count(*) FROM person WHERE kind = 'student'"),
            parents=_count(conn, "SELECT count(*) FROM person WHERE kind = 'parent'"),
            groups=_count(conn, "SELECT count(*) FROM study_group"),
            events=_count(conn, "SELECT count(*) FROM movement_event"),
        )
    finally:
        conn.close()


def check_backup(path: Path) -> BackupInfo:
    """:func:`inspect_backup` against the schema versions this app knows."""
    from . import migrate

    return inspect_backup(path, migrate.known_revisions(), migrate.head_revision())

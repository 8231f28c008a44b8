"""One writer per SQLite database: a lock beside the file, and who holds it.

``<database>.lock`` is held with the operating system's file lock (the ``filelock``
library): the system drops it when the holding process ends, however it ends, so a crash
never leaves the database locked. ``<database>.holder`` says who holds it — computer,
user, process, since when — for the message a second instance shows; a holder file found
while the lock is free is what a crashed process left, and is cleared (and logged).

PostgreSQL needs none of this: several administrators work on one server by design.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import logging
import os
import socket
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import ClassVar

import filelock

from ..privacy import PRIVATE_FILE_MODE, private_file

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Holder:
    host: str
    user: str
    pid: int
    since: str  # ISO local time

    @property
    def since_text(self) -> str:
        try:
            return dt.datetime.fromisoformat(self.since).strftime("%d.%m.%Y %H:%M")
        except ValueError:
            return self.since

    def describe(self) -> str:
        """«на компьютере ADMIN-PC (пользователь ivanova) с 03.12.2026 09:15»."""
        return f"на компьютере {self.host} (пользователь {self.user}) с {self.since_text}"


class DatabaseLockedError(Exception):
    """Another instance of the app writes this database."""

    def __init__(self, path: Path, holder: Holder | None) -> None:
        self.path = path
        self.holder = holder
        who = holder.describe() if holder else "другой копией программы"
        super().__init__(
            f"База {path.name} уже открыта для изменения {who}. Одновременно изменять её "
            "может только одна копия программы."
        )


def _me() -> Holder:
    try:
        user = getpass.getuser()
    except Exception:  # no login name on some service accounts
        user = "unknown"
    return Holder(
        host=socket.gethostname() or "unknown",
        user=user,
        pid=os.getpid(),
        since=dt.datetime.now().isoformat(timespec="seconds"),
    )


def _read_holder(path: Path) -> Holder | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Holder(
            host=str(data["host"]),
            user=str(data["user"]),
            pid=int(data["pid"]),
            since=str(data["since"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


class WriterLock:
    """The write lock of one SQLite database file.

    Within one process the lock is re-entrant: the window holds it, and a restore or a
    schema upgrade that process runs takes it again without waiting for itself."""

    _owners: ClassVar[dict[Path, WriterLock]] = {}  # the locks this process holds

    def __init__(self, database: Path) -> None:
        self.database = database
        self.lock_path = database.with_name(database.name + ".lock")
        self.holder_path = database.with_name(database.name + ".holder")
        self._key = database.expanduser().resolve()
        self._lock = filelock.FileLock(
            self.lock_path, timeout=0, mode=PRIVATE_FILE_MODE, thread_local=False
        )
        self._nested = False
        self.cleared: Holder | None = None  # a stale holder found and cleared on acquire

    @property
    def held(self) -> bool:
        return self._nested or self._lock.is_locked

    def holder(self) -> Holder | None:
        """Who holds the lock now, as far as the holder file says."""
        return _read_holder(self.holder_path)

    def acquire(self) -> None:
        """Take the lock or raise :class:`DatabaseLockedError` naming the holder."""
        owner = self._owners.get(self._key)
        if owner is not None and owner is not self and owner.held:
            self._nested = True
            return
        try:
            self._lock.acquire()
        except filelock.Timeout:
            raise DatabaseLockedError(self.database, self.holder()) from None
        except OSError as exc:  # a folder without file locks (some network shares)
            log.warning("Cannot lock %s (%s); opening without a lock", self.lock_path, exc)
            return
        self._owners[self._key] = self
        previous = self.holder()
        if previous is not None and previous.pid != os.getpid():
            self.cleared = previous
            log.info(
                "Cleared a stale lock of %s: process %s on %s since %s ended without releasing",
                self.database.name,
                previous.pid,
                previous.host,
                previous.since,
            )
        try:
            private_file(self.holder_path).write_text(json.dumps(asdict(_me())), encoding="utf-8")
        except OSError as exc:
            log.warning("Cannot write %s: %s", self.holder_path, exc)

    def release(self) -> None:
        if self._nested:
            self._nested = False
            return
        if not self._lock.is_locked:
            return
        if self._owners.get(self._key) is self:
            del self._owners[self._key]
        with contextlib.suppress(OSError):
            self.holder_path.unlink()
        self._lock.release()

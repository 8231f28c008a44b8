"""Opening a database: engine, pragmas, migrations, the session factory, the write lock.

One database is one organisation. ``open_database`` accepts an SQLAlchemy URL; SQLite files
get foreign keys, WAL and a busy timeout; the schema is brought to the newest revision
(after a backup copy of an existing SQLite file) and a database from a newer app is refused.
``lock=True`` (the GUI, the CLI's writing commands) takes the file's write lock, so a second
instance is told who holds it; ``read_only=True`` opens it for viewing only.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from ..errors import ReadOnlyDatabaseError
from ..privacy import private_file
from . import audit, backup, migrate
from .lock import DatabaseLockedError, Holder, WriterLock
from .search import normalize

log = logging.getLogger(__name__)


class DatabaseError(Exception):
    """A database that cannot be opened; the message is for the user (Russian)."""


class PasswordRequiredError(DatabaseError):
    """The server wants a password the URL does not give, or refused the one it gives.
    The GUI and the CLI ask for it and try again; it is never written anywhere."""

    def __init__(self, url: str, *, wrong: bool) -> None:
        shown = make_url(url)
        self.user = shown.username or ""
        self.server = f"{shown.host or 'localhost'}:{shown.port or 5432}"
        self.wrong = wrong
        what = "Неверный пароль" if wrong else "Нужен пароль"
        super().__init__(
            f"{what} пользователя «{self.user}» на сервере PostgreSQL {self.server}. "
            "Программа спрашивает его при запуске и нигде не хранит; для командной строки "
            "его можно задать переменной окружения PGPASSWORD."
        )


# What libpq says when the server wants a password: none given, or a wrong one.
_NO_PASSWORD = ("no password supplied", "fe_sendauth")
_WRONG_PASSWORD = ("password authentication failed",)


def shown_url(url: str) -> str:
    """The URL as the user may see it (logs and messages): never with its password."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    return parsed.render_as_string(hide_password=True)


def _connect_error(url: str, exc: Exception) -> DatabaseError:
    """A Russian message for a database that cannot be reached or read."""
    text_ = str(exc)
    if isinstance(exc, ModuleNotFoundError) and "psycopg" in text_:
        return DatabaseError(
            "Для работы с базой PostgreSQL программу устанавливают с дополнением pg: "
            "pip install 'sferum-desk[pg]'."
        )
    if make_url(url).get_backend_name() == "postgresql":
        if any(marker in text_ for marker in _WRONG_PASSWORD):
            return PasswordRequiredError(url, wrong=make_url(url).password is not None)
        if any(marker in text_ for marker in _NO_PASSWORD):
            return PasswordRequiredError(url, wrong=False)
        reason = text_.strip().splitlines()[0] if text_.strip() else exc.__class__.__name__
        return DatabaseError(
            f"Не удалось подключиться к базе {shown_url(url)} на сервере PostgreSQL. "
            f"Проверьте адрес сервера, имя базы и пользователя. Ответ сервера: {reason}"
        )
    return DatabaseError(f"Не удалось открыть базу данных {shown_url(url)}: {exc}")


class AppSession(Session):
    """The ORM session of the app: audit log and search columns are maintained on flush."""


audit.install(AppSession)


class DatabaseBusyError(DatabaseError):
    """The database is locked by another instance of the app (see :attr:`holder`)."""

    def __init__(self, locked: DatabaseLockedError) -> None:
        super().__init__(str(locked))
        self.holder = locked.holder


@dataclass
class Database:
    url: str = field(repr=False)  # may hold a server password: not in logs or tracebacks
    engine: Engine
    session_factory: sessionmaker[AppSession]
    read_only: bool = False
    lock: WriterLock | None = None
    locked_by: Holder | None = None  # read-only because this instance holds the lock

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def location(self) -> str:
        """What to show the user: the file path, or the URL without its password."""
        return shown_url(self.url)

    @contextmanager
    def session(self) -> Iterator[AppSession]:
        """A short session for reading; writes go through :meth:`transaction`."""
        with self.session_factory() as session:
            yield session

    @contextmanager
    def transaction(self) -> Iterator[AppSession]:
        """One unit of work: commits on success, rolls back everything on any error."""
        if self.read_only:
            raise ReadOnlyDatabaseError(self.read_only_reason)
        with self.session_factory() as session, session.begin():
            yield session

    @property
    def read_only_reason(self) -> str:
        who = f" {self.locked_by.describe()}" if self.locked_by else ""
        return (
            "База открыта только для просмотра: её изменяет другая копия программы"
            f"{who}. Изменения можно будет вносить, когда та копия закроет базу."
        )

    def dispose(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()


def _sqlite_on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Take control of transactions from pysqlite so SAVEPOINT and BEGIN behave (SQLAlchemy docs).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA busy_timeout = 10000")
    if cursor.execute("PRAGMA journal_mode").fetchone()[0] != "memory":
        cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()
    dbapi_connection.create_function("sd_fold", 1, normalize, deterministic=True)


def _sqlite_on_begin(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN")


def create_db_engine(url: str, *, must_exist: bool = False, read_only: bool = False) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            path = Path(parsed.database)
            if must_exist and not path.is_file():
                raise DatabaseError(f"Файл базы данных не найден: {path}")
            if not path.parent.is_dir():
                raise DatabaseError(f"Папка базы данных не существует: {path.parent}")
            if not read_only and not path.exists():
                private_file(path)  # a new database: the current user's only (POSIX)
            if read_only:
                # SQLite's own read-only mode: no write can reach the file at all
                url = f"sqlite:///file:{path.resolve().as_posix()}?mode=ro&uri=true"
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _take_lock(url: str) -> WriterLock | None:
    path = backup.sqlite_path(url)
    if path is None:
        return None
    lock = WriterLock(path)
    try:
        lock.acquire()
    except DatabaseLockedError as exc:
        raise DatabaseBusyError(exc) from exc
    return lock


def open_database(
    url: str,
    *,
    upgrade: bool = True,
    must_exist: bool = False,
    lock: bool = False,
    read_only: bool = False,
) -> Database:
    """Open (and create or upgrade) the database at ``url``; ``must_exist`` refuses to
    create a new SQLite file.

    ``lock`` takes the SQLite file's write lock for as long as the database is open
    (:class:`DatabaseBusyError` when another instance holds it); without it the lock is taken
    only while the schema is upgraded. ``read_only`` opens an existing SQLite file for
    viewing: no upgrade, and :meth:`Database.transaction` refuses.

    Raises :class:`DatabaseError` with a Russian message for anything the user must fix.
    """
    held = _take_lock(url) if lock and not read_only else None
    try:
        database = _open(
            url,
            upgrade=upgrade and not read_only,
            must_exist=must_exist or read_only,
            read_only=read_only,
            held=held,
        )
    except BaseException:
        if held is not None:
            held.release()
        raise
    database.lock = held
    return database


def _open(
    url: str, *, upgrade: bool, must_exist: bool, read_only: bool, held: WriterLock | None
) -> Database:
    try:
        engine = create_db_engine(url, must_exist=must_exist, read_only=read_only)
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
    except DatabaseError:
        raise
    except Exception as exc:
        raise _connect_error(url, exc) from exc
    try:
        migrate.check_compatible(engine, tables)
        if read_only and migrate.needs_upgrade(engine):
            raise migrate.SchemaError(
                "Эта база сделана прежней версией программы и должна быть обновлена, "
                "а открыта только для просмотра. Откройте её, когда её закроет другая копия."
            )
        if upgrade and migrate.needs_upgrade(engine):
            temporary = _take_lock(url) if held is None else None
            try:
                _upgrade(engine, url, tables)
            finally:
                if temporary is not None:
                    temporary.release()
    except migrate.SchemaError as exc:
        engine.dispose()
        raise DatabaseError(str(exc)) from exc
    except BaseException:
        engine.dispose()
        raise
    factory = sessionmaker(engine, class_=AppSession, expire_on_commit=False)
    return Database(url=url, engine=engine, session_factory=factory, read_only=read_only)


def _upgrade(engine: Engine, url: str, tables: set[str]) -> None:
    copy = None
    path = backup.sqlite_path(url)
    if tables and path is not None:
        try:
            copy = backup.make_backup(path, backup.Reason.UPGRADE)
        except backup.BackupError as exc:
            raise migrate.SchemaError(
                f"Структура базы данных устарела, но обновлять её без резервной копии "
                f"программа не будет. {exc}"
            ) from exc
    try:
        migrate.upgrade(engine)
    except migrate.SchemaError:
        raise
    except Exception as exc:
        log.exception("Upgrading %s failed", shown_url(url))
        kept = f" Копия базы до обновления: {copy}." if copy else ""
        raise migrate.SchemaError(
            f"Не удалось обновить структуру базы данных до версии программы; "
            f"база оставлена без изменений.{kept} Причина: {exc.__class__.__name__}"
        ) from exc

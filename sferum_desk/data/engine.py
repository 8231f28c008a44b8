"""Opening a database: engine, pragmas, migrations, the session factory.

One database is one organisation. ``open_database`` accepts an SQLAlchemy URL; SQLite files
get foreign keys, WAL and a busy timeout; the schema is brought to the newest revision
(after a backup copy of an existing SQLite file) and a database from a newer app is refused.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from . import audit, migrate
from .search import normalize

log = logging.getLogger(__name__)


class DatabaseError(Exception):
    """A database that cannot be opened; the message is for the user (Russian)."""


class AppSession(Session):
    """The ORM session of the app: audit log and search columns are maintained on flush."""


audit.install(AppSession)


@dataclass
class Database:
    url: str
    engine: Engine
    session_factory: sessionmaker[AppSession]

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def location(self) -> str:
        """What to show the user: the file path, or the URL without its password."""
        url = make_url(self.url)
        if url.get_backend_name() == "sqlite":
            return url.database or ":memory:"
        return url.render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[AppSession]:
        """A short session for reading; writes go through :meth:`transaction`."""
        with self.session_factory() as session:
            yield session

    @contextmanager
    def transaction(self) -> Iterator[AppSession]:
        """One unit of work: commits on success, rolls back everything on any error."""
        with self.session_factory() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


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


def create_db_engine(url: str, *, must_exist: bool = False) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            path = Path(parsed.database)
            if must_exist and not path.is_file():
                raise DatabaseError(f"Файл базы данных не найден: {path}")
            if not path.parent.is_dir():
                raise DatabaseError(f"Папка базы данных не существует: {path.parent}")
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    return create_engine(url, pool_pre_ping=True)


def open_database(url: str, *, upgrade: bool = True, must_exist: bool = False) -> Database:
    """Open (and create or upgrade) the database at ``url``; ``must_exist`` refuses to
    create a new SQLite file.

    Raises :class:`DatabaseError` with a Russian message for anything the user must fix.
    """
    try:
        engine = create_db_engine(url, must_exist=must_exist)
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
    except DatabaseError:
        raise
    except Exception as exc:
        raise DatabaseError(f"Не удалось открыть базу данных {url}: {exc}") from exc
    try:
        migrate.check_compatible(engine, tables)
        if upgrade and migrate.needs_upgrade(engine):
            backup = None
            if tables and engine.dialect.name == "sqlite":
                backup = migrate.backup_before_upgrade(engine)
                log.info("Backed up the database to %s before upgrading it", backup)
            try:
                migrate.upgrade(engine)
            except migrate.SchemaError:
                raise
            except Exception as exc:
                log.exception("Upgrading %s failed", url)
                kept = f" Копия базы до обновления: {backup}." if backup else ""
                raise migrate.SchemaError(
                    f"Не удалось обновить структуру базы данных до версии программы; "
                    f"база оставлена без изменений.{kept} Причина: {exc.__class__.__name__}"
                ) from exc
    except migrate.SchemaError as exc:
        engine.dispose()
        raise DatabaseError(str(exc)) from exc
    factory = sessionmaker(engine, class_=AppSession, expire_on_commit=False)
    return Database(url=url, engine=engine, session_factory=factory)

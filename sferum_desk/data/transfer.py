"""Backups of a database on a server, in the same format as an SQLite one: a portable copy.

A backup is always an SQLite file of the app's schema (``.sdbackup``): on SQLite the online
backup API writes it (``backup.copy_database``), on PostgreSQL :func:`export_database`
builds it row by row — the schema made by the migrations, every table copied in
foreign-key order from one snapshot of the server. So every backup opens, is checked and is
listed the same way, and restores into either back-end: an SQLite database takes it with
the backup API, a server database with :func:`import_database`, which replaces every row in
one transaction. That is how a Centre moves from a file to a server and back
(``sferum-desk --db NEW restore FILE``). Not ``pg_dump``: its files need the same server
tools to read and cannot become an SQLite file.

Nothing here imports Qt.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Connection, Engine, Table, delete, func, insert, select, text
from sqlalchemy.exc import SQLAlchemyError

from . import migrate
from .backup import BackupError
from .models import Base

log = logging.getLogger(__name__)

_CHUNK = 5_000  # rows read and written at a time


def _tables() -> list[Table]:
    """The app's tables, each after the tables it refers to."""
    return list(Base.metadata.sorted_tables)


def _rows(source: Connection, table: Table) -> Iterator[list[dict[str, object]]]:
    """The rows of ``table`` in chunks, keyed for ``insert(table)``, in primary-key order."""
    keys = [column.key for column in table.columns]
    statement = select(table).order_by(*table.primary_key.columns)
    result = source.execution_options(yield_per=_CHUNK).execute(statement)
    for part in result.partitions():
        yield [dict(zip(keys, row, strict=True)) for row in part]


def _copy(source: Connection, target: Connection) -> int:
    """Every row of the app's tables from ``source`` into ``target`` (emptied first)."""
    tables = _tables()
    if target.dialect.name == "postgresql":
        names = ", ".join(target.dialect.identifier_preparer.quote(t.name) for t in tables)
        target.execute(text(f"TRUNCATE {names} RESTART IDENTITY"))
    else:
        for table in reversed(tables):
            target.execute(delete(table))
    copied = 0
    for table in tables:
        for chunk in _rows(source, table):
            target.execute(insert(table), chunk)
            copied += len(chunk)
    if target.dialect.name == "postgresql":
        _reset_sequences(target, tables)
    return copied


def _reset_sequences(conn: Connection, tables: list[Table]) -> None:
    """The ids given explicitly leave each table's sequence where it was: move it past the
    largest id, or the next record added on the server would collide with a restored one."""
    quote = conn.dialect.identifier_preparer.quote
    for table in tables:
        column = table.c.get("id")
        if column is None or not column.primary_key:
            continue
        largest = conn.scalar(select(func.max(column)))
        conn.execute(
            text("SELECT setval(pg_get_serial_sequence(:table, 'id'), :value, :called)"),
            {"table": quote(table.name), "value": largest or 1, "called": largest is not None},
        )


def _file_engine(path: Path) -> Engine:
    from .engine import create_db_engine  # engine imports backup, which imports this lazily

    return create_db_engine(f"sqlite:///{path}")


def _revision(conn: Connection) -> str:
    return str(conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one())


def export_database(engine: Engine, target: Path) -> None:
    """Write everything in the (server) database behind ``engine`` to the new SQLite file
    ``target``, at the schema revision the server holds.

    The rows are read in one REPEATABLE READ transaction, one snapshot however long the copy
    takes while other administrators keep working; the file is written beside ``target`` and
    renamed at the end, so an interrupted backup leaves no half-file under its name."""
    partial = target.with_name(target.name + ".part")
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    file_engine = _file_engine(partial)
    try:
        with engine.connect() as probe:
            revision = _revision(probe)
        migrate.upgrade(file_engine, revision)  # the schema exactly as that revision has it
        snapshot = engine.connect().execution_options(isolation_level="REPEATABLE READ")
        with snapshot as source, source.begin(), file_engine.begin() as copy:
            copied = _copy(source, copy)
        file_engine.dispose()
        with contextlib.closing(sqlite3.connect(partial)) as conn:  # one file, no WAL beside
            conn.execute("PRAGMA journal_mode = DELETE")
        os.replace(partial, target)
    except (SQLAlchemyError, sqlite3.Error, OSError, migrate.SchemaError) as exc:
        file_engine.dispose()
        with contextlib.suppress(OSError):
            partial.unlink()
        log.exception("Export to %s failed", target)
        raise BackupError(f"Не удалось сделать резервную копию в {target}: {_reason(exc)}") from exc
    log.info("Server database exported to %s (%d rows)", target, copied)


def import_database(source: Path, engine: Engine) -> None:
    """Replace every row of the (server) database behind ``engine`` with the backup file
    ``source``'s, in one transaction: a failure leaves the database as it was.

    The caller has checked the backup (``backup.check_backup``) and brought the server's
    schema up to date; an older backup is upgraded on a temporary copy first."""
    with tempfile.TemporaryDirectory(prefix="sferum-desk-restore-") as folder:
        copy = Path(folder) / source.name
        shutil.copyfile(source, copy)
        file_engine = _file_engine(copy)
        try:
            with engine.connect() as probe:
                head = _revision(probe)
            with file_engine.connect() as probe:
                stored = _revision(probe)
            if stored != head:
                migrate.upgrade(file_engine, head)
            with file_engine.connect() as reader, engine.begin() as writer:
                copied = _copy(reader, writer)
        except (SQLAlchemyError, OSError, migrate.SchemaError) as exc:
            log.exception("Restore from %s failed", source)
            raise BackupError(
                f"Не удалось восстановить базу из {source.name}: {_reason(exc)}; "
                "база оставлена без изменений."
            ) from exc
        finally:
            file_engine.dispose()
    log.info("Server database restored from %s (%d rows)", source.name, copied)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError):
        return str(exc.strerror or exc)
    if isinstance(exc, migrate.SchemaError):
        return str(exc)
    return f"ошибка базы данных ({exc.__class__.__name__})"

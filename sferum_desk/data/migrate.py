"""Alembic, run from inside the package: upgrade, version checks, the pre-upgrade copy."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


class SchemaError(Exception):
    """The schema cannot be used by this version of the app (message in Russian)."""


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def check_compatible(engine: Engine, tables: set[str]) -> None:
    """Refuse a database of another program, or one written by a newer Sferum Desk."""
    if not tables:
        return
    if "alembic_version" not in tables:
        raise SchemaError(
            "Это не база Sferum Desk: в ней есть таблицы, но нет сведений о версии схемы."
        )
    current = current_revision(engine)
    if current is not None and current not in known_revisions():
        raise SchemaError(
            f"База создана более новой версией Sferum Desk (схема {current}); "
            f"эта программа знает схему не новее {head_revision()}. Обновите программу."
        )


def needs_upgrade(engine: Engine) -> bool:
    return current_revision(engine) != head_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations in one transaction.

    SQLite changes a table by copying it into a new one and dropping the old, which its
    foreign keys forbid while other tables point at it; so they are switched off for the
    migration (only possible outside a transaction) and the whole database is checked with
    ``foreign_key_check`` before the transaction commits.
    """
    cfg = alembic_config()
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        if sqlite:
            _raw_pragma(conn, "PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision)
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise SchemaError(
                            "После обновления структуры базы нарушены связи между записями "
                            f"(таблица {broken[0][0]}); обновление отменено."
                        )
        finally:
            if sqlite:
                _raw_pragma(conn, "PRAGMA foreign_keys = ON")


def _raw_pragma(conn: Connection, pragma: str) -> None:
    # On the DB-API connection, so SQLAlchemy does not wrap it in a transaction first.
    dbapi = conn.connection.dbapi_connection
    assert dbapi is not None
    dbapi.execute(pragma)

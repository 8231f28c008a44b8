"""Alembic, run from inside the package: upgrade, version checks, the pre-upgrade copy.

Alembic itself is imported only when it is needed: a database already at the newest
revision (every start but the first after an update) is recognised by comparing its stored
revision with the one the revision files name last, which is cheap; importing Alembic and
scanning its scripts was a noticeable part of the GUI's cold start.
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


class SchemaError(Exception):
    """The schema cannot be used by this version of the app (message in Russian)."""


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

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
    if _at_file_head(engine):
        return
    current = current_revision(engine)
    if current is not None and current not in known_revisions():
        raise SchemaError(
            f"База создана более новой версией Sferum Desk (схема {current}); "
            f"эта программа знает схему не новее {head_revision()}. Обновите программу."
        )


def needs_upgrade(engine: Engine) -> bool:
    if _at_file_head(engine):
        return False
    return current_revision(engine) != head_revision()


@functools.cache
def file_head() -> str | None:
    """The newest revision as the revision files name it, read without Alembic; ``None``
    when the files are not one plain chain (Alembic then decides)."""
    revisions: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        names: dict[str, object] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            target: ast.expr | None = None
            if isinstance(node, ast.AnnAssign):
                target = node.target
            elif isinstance(node, ast.Assign) and len(node.targets) == 1:
                target = node.targets[0]
            value = getattr(node, "value", None)
            if isinstance(target, ast.Name) and isinstance(value, ast.Constant):
                names[target.id] = value.value
        revision, down = names.get("revision"), names.get("down_revision")
        if not isinstance(revision, str) or not (down is None or isinstance(down, str)):
            return None
        revisions[revision] = down
    heads = set(revisions) - set(revisions.values())
    roots = [r for r, down in revisions.items() if down is None]
    return heads.pop() if len(heads) == 1 and len(roots) == 1 else None


def _at_file_head(engine: Engine) -> bool:
    """The database stores exactly the newest revision (a missing table reads as not)."""
    head = file_head()
    if head is None:
        return False
    with engine.connect() as conn:
        try:
            stored = conn.execute(text("SELECT version_num FROM alembic_version")).all()
        except Exception:  # no such table yet: Alembic decides
            return False
    return len(stored) == 1 and stored[0][0] == head


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations in one transaction.

    SQLite changes a table by copying it into a new one and dropping the old, which its
    foreign keys forbid while other tables point at it; so they are switched off for the
    migration (only possible outside a transaction) and the whole database is checked with
    ``foreign_key_check`` before the transaction commits.
    """
    from alembic import command

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

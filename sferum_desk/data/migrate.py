"""Alembic, run from inside the package: upgrade, version checks, the pre-upgrade copy."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

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
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def backup_before_upgrade(engine: Engine) -> Path:
    """Copy an SQLite database with the online backup API before its schema changes."""
    source = Path(engine.url.database or "")
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = source.with_name(f"{source.stem}.before-upgrade-{stamp}{source.suffix}")
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    try:
        with dst:
            src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target

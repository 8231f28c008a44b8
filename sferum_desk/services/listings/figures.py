"""The monitoring figures as «Показатель / Значение» rows, and what the database is."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from ...data import migrate
from ...data.engine import Database
from ...privacy import storage_warning
from ..stats import StatFigure, collect, stat_figures


def list_figures(session: Session, on: dt.date | None = None) -> list[StatFigure]:
    return stat_figures(collect(session, on))


@dataclass(frozen=True)
class DatabaseInfo:
    location: str
    backend: str  # "sqlite", "postgresql", ...
    revision: str | None
    head_revision: str
    size_bytes: int | None  # the file and its write-ahead log, for SQLite files
    storage_warning: str | None = None  # the file is on a network share or removable drive


def storage_warning_of(database: Database) -> str | None:
    """A warning when the SQLite file sits on a network share or a removable drive."""
    url = make_url(database.url)
    if not database.is_sqlite or not url.database or url.database == ":memory:":
        return None
    return storage_warning(Path(url.database).parent)


def describe_database(database: Database) -> DatabaseInfo:
    url = make_url(database.url)
    size = None
    if database.is_sqlite and url.database and url.database != ":memory:":
        main = Path(url.database)
        size = sum(
            part.stat().st_size
            for part in (main, main.with_name(main.name + "-wal"))
            if part.exists()
        )
    elif database.engine.dialect.name == "postgresql":
        with database.engine.connect() as conn:
            size = conn.scalar(text("SELECT pg_database_size(current_database())"))
    return DatabaseInfo(
        location=database.location,
        backend=url.get_backend_name(),
        revision=migrate.current_revision(database.engine),
        head_revision=migrate.head_revision(),
        size_bytes=size,
        storage_warning=storage_warning_of(database),
    )

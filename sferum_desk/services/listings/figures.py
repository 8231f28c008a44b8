"""The monitoring figures as «Показатель / Значение» rows, and what the database is."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from ...data import migrate
from ...data.engine import Database
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
    return DatabaseInfo(
        location=database.location,
        backend=url.get_backend_name(),
        revision=migrate.current_revision(database.engine),
        head_revision=migrate.head_revision(),
        size_bytes=size,
    )

"""Where things live: data, logs, the default database. One module, on platformdirs.

``SFERUM_DESK_HOME`` overrides every folder (tests, portable builds): data, logs and the
settings file then all live under it.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "sferum-desk"
DB_FILE_NAME = "sferum-desk.sqlite3"
DEMO_DB_FILE_NAME = "demo.sqlite3"

_dirs = PlatformDirs(APP_NAME, appauthor=False)


def home_override() -> Path | None:
    value = os.environ.get("SFERUM_DESK_HOME")
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    home = home_override()
    return home if home else Path(_dirs.user_data_dir)


def log_dir() -> Path:
    home = home_override()
    return home / "logs" if home else Path(_dirs.user_log_dir)


def default_db_path() -> Path:
    return data_dir() / DB_FILE_NAME


def demo_db_path() -> Path:
    return data_dir() / DEMO_DB_FILE_NAME


def is_url(target: str) -> bool:
    return "://" in target


def db_url(target: str | os.PathLike[str] | None) -> str:
    """An SQLAlchemy URL for a ``--db`` value: a URL as is, a path as an SQLite file; none
    given, the PostgreSQL server this computer remembers (``server``), else the default file."""
    if target is None:
        from .server import saved_server  # it reads its file from this module's folders

        return saved_server() or sqlite_url(default_db_path())
    text = os.fspath(target)
    if is_url(text):
        return text
    return sqlite_url(Path(text))


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path.expanduser().resolve()}"

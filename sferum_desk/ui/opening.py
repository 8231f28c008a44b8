"""Opening a database from the GUI: the engine's Russian message in a box when it fails."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..config import sqlite_url
from ..data.engine import Database, DatabaseError, open_database
from ..services import organisation

log = logging.getLogger(__name__)


def open_or_warn(url: str, parent: QWidget | None = None) -> Database | None:
    """The opened database, or ``None`` after telling the user why it cannot be opened.

    Every database the GUI opens has the records the regulation makes permanent (the six
    directions, the «Учительская», the two system channels), even a brand-new file.
    """
    try:
        database = open_database(url)
    except DatabaseError as exc:
        log.warning("Cannot open the database %s: %s", url, exc)
        QMessageBox.critical(
            parent, QCoreApplication.translate("Opening", "The database cannot be opened"), str(exc)
        )
        return None
    with database.transaction() as session:
        organisation.ensure_base_records(session)
    return database


def open_file_or_warn(path: Path, parent: QWidget | None = None) -> Database | None:
    """Open (creating it if new) an SQLite file, making its folder first."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        QMessageBox.critical(
            parent,
            QCoreApplication.translate("Opening", "The database cannot be opened"),
            QCoreApplication.translate("Opening", "Cannot create the folder {0}: {1}").format(
                path.parent, exc.strerror or exc
            ),
        )
        return None
    return open_or_warn(sqlite_url(path), parent)

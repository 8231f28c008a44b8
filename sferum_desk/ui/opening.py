"""Opening a database from the GUI: the engine's Russian message in a box when it fails."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from .. import config
from ..config import sqlite_url
from ..data.engine import (
    Database,
    DatabaseBusyError,
    DatabaseError,
    PasswordRequiredError,
    open_database,
    shown_url,
)
from ..privacy import private_dir
from ..server import with_password
from ..services import organisation

log = logging.getLogger(__name__)

PASSWORD_ATTEMPTS = 3


def open_or_warn(url: str, parent: QWidget | None = None) -> Database | None:
    """The opened database, or ``None`` after telling the user why it cannot be opened.

    Every database the GUI opens has the records the regulation makes permanent (the six
    directions, the «Учительская», the two system channels), even a brand-new file.
    """
    try:
        try:
            database = _open_asking_password(url, parent)
        except DatabaseBusyError as busy:
            log.info("The database %s is held by another instance", shown_url(url))
            if not _view_instead(busy, parent):
                return None
            database = open_database(url, read_only=True)
            database.locked_by = busy.holder
        if database is None:
            return None  # the user cancelled the password
    except DatabaseError as exc:
        log.warning("Cannot open the database %s: %s", shown_url(url), exc)
        QMessageBox.critical(
            parent, QCoreApplication.translate("Opening", "The database cannot be opened"), str(exc)
        )
        return None
    if not database.read_only:
        with database.transaction() as session:
            organisation.ensure_base_records(session)
    return database


def _open_asking_password(url: str, parent: QWidget | None) -> Database | None:
    """Open ``url``; a PostgreSQL server that wants a password gets it asked (in memory
    only, never saved), up to three times. ``None`` when the user cancels."""
    for _attempt in range(PASSWORD_ATTEMPTS):
        try:
            return open_database(url, lock=True)
        except PasswordRequiredError as needed:
            password = ask_password(needed, parent)
            if password is None:
                return None
            url = with_password(url, password)
    return open_database(url, lock=True)  # the last wrong one's message goes to the box


def ask_password(needed: PasswordRequiredError, parent: QWidget | None) -> str | None:
    """The server password typed by the user, or ``None`` when cancelled."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("server_password")
    dialog.setWindowTitle(QCoreApplication.translate("Opening", "Server password"))
    text = QCoreApplication.translate(
        "Opening", "Password of the user «{0}» on the PostgreSQL server {1}:"
    ).format(needed.user, needed.server)
    if needed.wrong:
        text = QCoreApplication.translate("Opening", "Wrong password.") + "\n" + text
    dialog.setLabelText(text)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    dialog.setOkButtonText(QCoreApplication.translate("Opening", "Connect"))
    if dialog.exec() != QInputDialog.DialogCode.Accepted:
        return None
    return dialog.textValue()


def _view_instead(busy: DatabaseBusyError, parent: QWidget | None) -> bool:
    """Ask whether to open a database another instance is changing for viewing only."""
    box = QMessageBox(parent)
    box.setObjectName("database_busy")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Opening", "The database is in use"))
    box.setText(str(busy))
    box.setInformativeText(
        QCoreApplication.translate(
            "Opening",
            "You can open it for viewing only: nothing can be changed until the other "
            "instance closes it.",
        )
    )
    view = box.addButton(
        QCoreApplication.translate("Opening", "View only"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(view)
    box.exec()
    return box.clickedButton() is view


def open_file_or_warn(path: Path, parent: QWidget | None = None) -> Database | None:
    """Open (creating it if new) an SQLite file, making its folder first."""
    try:
        if path.parent == config.data_dir():
            private_dir(path.parent)  # the app's own folder: the current user's only
        else:
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

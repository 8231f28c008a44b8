"""The first start: create the Centre's own database, or look around a demonstration Centre."""

from __future__ import annotations

import logging
from collections.abc import Generator
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from .. import config
from ..data.engine import Database
from ..services import demo
from . import icons
from .opening import open_file_or_warn
from .tasks import run_task

log = logging.getLogger(__name__)

DEMO_SEED = 1
DEMO_STUDENTS = 600


def generate_demo(db: Database, students: int) -> Generator[Any, None, Any]:
    """Runs in a worker: the whole demonstration Centre in one transaction, so Cancel (which
    closes this generator) leaves the database empty."""
    with db.transaction() as session:
        result = yield from demo.generate_steps(session, seed=DEMO_SEED, students=students)
    return result


class WelcomeDialog(QDialog):
    """On success ``database`` is open and ``start_page`` says where the main window opens."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setWindowTitle(self.tr("Welcome to Sferum Desk"))
        self.database: Database | None = None
        self.start_page = "overview"
        self._generating: Database | None = None

        heading = QLabel(self.tr("Sferum Desk"))
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(
            self.tr(
                "The registry, planner and report desk of the Sferum administrator. "
                "There is no database of your Centre on this computer yet."
            )
        )
        intro.setWordWrap(True)
        self.create_button = QCommandLinkButton(
            self.tr("Create &the Centre's database"),
            self.tr("An empty database for your organisation; you start with its card."),
        )
        self.create_button.setObjectName("create")
        self.create_button.clicked.connect(self.create_centre)
        self.demo_button = QCommandLinkButton(
            self.tr("&Open the demonstration Centre"),
            self.tr(
                "A made-up Centre with staff, students, invite links and posts to try "
                "everything on. It is kept apart from your real data."
            ),
        )
        self.demo_button.setObjectName("demo")
        self.demo_button.clicked.connect(self.open_demo)
        self.server_button = QCommandLinkButton(
            self.tr("&Connect to the Centre's server"),
            self.tr("The database is on a PostgreSQL server shared by several administrators."),
        )
        self.server_button.setObjectName("server")
        for button, name in (
            (self.create_button, icons.ADD),
            (self.demo_button, icons.FOLDER),
            (self.server_button, icons.SERVER),
        ):
            button.setIcon(icons.icon(name))  # not the style's arrow: black, lost on dark
        self.server_button.clicked.connect(self.connect_server)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addWidget(self.create_button)
        layout.addWidget(self.demo_button)
        layout.addWidget(self.server_button)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(560, 420)

    @Slot()
    def create_centre(self) -> None:
        db = open_file_or_warn(config.default_db_path(), self)
        if db is None:
            return
        self.database = db
        self.start_page = "settings"
        self.accept()

    @Slot()
    def connect_server(self) -> None:
        from .server_dialog import ServerDialog

        dialog = ServerDialog(self)
        if dialog.exec() == ServerDialog.DialogCode.Accepted and dialog.database is not None:
            self.database = dialog.database
            self.accept()

    @Slot()
    def open_demo(self) -> None:
        db = open_file_or_warn(config.demo_db_path(), self)
        if db is None:
            return
        with db.session() as session:
            ready = not demo.is_empty(session)
        if ready:
            self.database = db
            self.accept()
            return
        self._set_busy(True)
        self._generating = db
        self.status.setText(self.tr("Creating the demonstration Centre…"))
        run_task(
            generate_demo,
            self._on_demo_ready,
            db,
            DEMO_STUDENTS,
            on_error=self._on_demo_failed,
            on_cancelled=self._on_demo_cancelled,
            progress_parent=self,
            progress_title=self.tr("Creating the demonstration Centre…"),
        )

    def _set_busy(self, busy: bool) -> None:
        self.create_button.setEnabled(not busy)
        self.demo_button.setEnabled(not busy)
        self.server_button.setEnabled(not busy)

    def _drop_generating(self) -> None:
        if self._generating is not None:
            self._generating.dispose()
            self._generating = None
        self._set_busy(False)

    @Slot(object)
    def _on_demo_ready(self, _result: object) -> None:
        self.database, self._generating = self._generating, None
        self._set_busy(False)
        self.accept()

    @Slot()
    def _on_demo_cancelled(self) -> None:
        self._drop_generating()
        self.status.setText(self.tr("Cancelled: the demonstration Centre was not created."))

    @Slot(object)
    def _on_demo_failed(self, exc: BaseException) -> None:
        self._drop_generating()
        self.status.clear()
        QMessageBox.critical(
            self,
            self.tr("The demonstration Centre was not created"),
            self.tr("Creating the demonstration Centre failed: {0}").format(exc),
        )

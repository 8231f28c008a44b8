"""The last line of defence: log an uncaught exception, keep a crash file, tell the user.

After Vorta and Picard: the hook logs with the traceback, writes ``crash-*.txt`` into the log
folder and shows a dialog whose details the user can copy into a message to whoever helps
them; tests and CI switch the dialog off (``--no-crash-dialog``).
"""

from __future__ import annotations

import datetime as dt
import logging
import platform
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, QThread
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..errors import ValidationError
from ..privacy import mask_personal, private_dir, private_file
from .tab_order import follow_layout

log = logging.getLogger(__name__)


def crash_report(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    lines = [
        f"Sferum Desk crash report, {dt.datetime.now():%Y-%m-%d %H:%M:%S}",
        f"Python {platform.python_version()}, PySide6 {pyside_version}, {platform.platform()}",
        "",
        *traceback.format_exception(exc_type, exc, tb),
    ]
    return "\n".join(line.rstrip("\n") for line in lines)


def write_crash_file(folder: Path, report: str) -> Path | None:
    try:
        private_dir(folder)
        path = private_file(folder / f"crash-{dt.datetime.now():%Y%m%d-%H%M%S-%f}.txt")
        path.write_text(mask_personal(report), encoding="utf-8")  # it may be sent to anyone
    except OSError:
        log.exception("Could not write the crash file")
        return None
    return path


class CrashDialog(QDialog):
    """Says what happened and shows copyable details."""

    def __init__(self, report: str, crash_file: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sferum Desk: unexpected error"))
        layout = QVBoxLayout(self)
        text = self.tr(
            "An unexpected error occurred. Your saved data is safe: every change is saved "
            "in one transaction. Please send the details below to whoever supports the app."
        )
        if crash_file is not None:
            text += "\n" + self.tr("The details are also saved in the file {0}").format(crash_file)
        message = QLabel(text)
        message.setWordWrap(True)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(message)
        self.details = QPlainTextEdit(report)
        self.details.setReadOnly(True)
        self.details.setMinimumSize(640, 280)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("&Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        follow_layout(self)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details.toPlainText())


class ExceptHook:
    def __init__(self, log_folder: Path, show_dialog: bool) -> None:
        self.log_folder = log_folder
        self.show_dialog = show_dialog
        self._showing = False

    def __call__(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if issubclass(exc_type, ValidationError):
            # A refusal a slot did not catch (a change asked of a view-only database):
            # the user's message, not a crash report.
            log.warning("Refused: %s", exc)
            self._tell(str(exc))
            return
        log.critical("Uncaught exception", exc_info=(exc_type, exc, tb))
        report = crash_report(exc_type, exc, tb)
        crash_file = write_crash_file(self.log_folder, report)
        app = QApplication.instance()
        on_gui_thread = app is not None and QThread.currentThread() is app.thread()
        if not (self.show_dialog and on_gui_thread) or self._showing:
            return
        self._showing = True  # an error inside the dialog must not open dialogs forever
        try:
            CrashDialog(report, crash_file, QApplication.activeWindow()).exec()
        finally:
            self._showing = False

    def _tell(self, text: str) -> None:
        app = QApplication.instance()
        if not self.show_dialog or app is None or QThread.currentThread() is not app.thread():
            return
        if self._showing:
            return
        self._showing = True
        try:
            QMessageBox.warning(
                QApplication.activeWindow(),
                QCoreApplication.translate("ExceptHook", "Not done"),
                text,
            )
        finally:
            self._showing = False


def install_excepthook(log_folder: Path, show_dialog: bool) -> ExceptHook:
    hook = ExceptHook(log_folder, show_dialog)
    sys.excepthook = hook
    return hook

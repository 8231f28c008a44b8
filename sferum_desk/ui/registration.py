"""«Заявка на регистрацию»: the .eml and the printable letter for info@sferum.ru.

The card must hold every required detail first (``services.registration.missing_details``);
the files are written off the GUI thread; then the user may open the folder and record today
as the day the application was sent. «Печать…» sends the same letter to a printer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..data.engine import Database
from ..reports import registration_letter
from ..services import registration
from ..services.organisation import organisation_name
from .tasks import run_task


@dataclass(frozen=True)
class WrittenApplication:
    eml_path: Path
    pdf_path: Path
    warnings: list[str]


def write_application(
    db: Database, eml_path: Path, pdf_path: Path, today: dt.date
) -> WrittenApplication:
    """Runs in a worker: builds the application, writes the .eml and renders the PDF."""
    with db.session() as session:
        application = registration.build_application(session, today=today)
    eml_path.write_bytes(application.eml)
    registration_letter.write_pdf(application.letter, pdf_path)
    return WrittenApplication(eml_path, pdf_path, application.letter.warnings)


def pdf_path_for(eml_path: Path) -> Path:
    return eml_path.with_suffix(".pdf")


class RegistrationActions(QObject):
    """The two buttons of the card; ``parent_widget`` hosts their message boxes."""

    application_sent_recorded = Signal()
    finished = Signal()  # after the files are written and the questions are answered

    def __init__(self, db: Database, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._db = db
        self._widget = parent_widget
        self._today = dt.date.today()

    def _ready(self) -> bool:
        """Tell the user what is missing, if anything; True when the card is complete."""
        with self._db.session() as session:
            missing = registration.missing_details(session)
        if not missing:
            return True
        QMessageBox.warning(
            self._widget,
            self.tr("The application cannot be made yet"),
            self.tr("Fill in on the organisation card and save:") + "\n• " + "\n• ".join(missing),
        )
        return False

    @Slot()
    def make_application(self) -> None:
        self._today = dt.date.today()
        if not self._ready():
            return
        with self._db.session() as session:
            short_name = organisation_name(session) or ""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        default = Path(folder or Path.home()) / (
            registration.default_file_stem(short_name) + ".eml"
        )
        path, _filter = QFileDialog.getSaveFileName(
            self._widget,
            self.tr("Save the application (the .eml and the .pdf side by side)"),
            str(default),
            self.tr("E-mail message (*.eml)"),
        )
        if not path:
            return
        eml_path = Path(path)
        if eml_path.suffix.lower() != ".eml":
            eml_path = eml_path.with_name(eml_path.name + ".eml")
        run_task(
            write_application,
            self._on_written,
            self._db,
            eml_path,
            pdf_path_for(eml_path),
            self._today,
            on_error=self._on_failed,
            progress_parent=self._widget,
            progress_title=self.tr("Making the application…"),
        )

    @Slot(object)
    def _on_written(self, written: WrittenApplication) -> None:
        text = self.tr("Saved:\n{0}\n{1}").format(written.eml_path.name, written.pdf_path.name)
        if written.warnings:
            text += "\n\n" + "\n".join(written.warnings)
        text += "\n\n" + self.tr("Open the folder?")
        answer = QMessageBox.question(self._widget, self.tr("Application is ready"), text)
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written.eml_path.parent)))
        self._offer_to_record_sent()
        self.finished.emit()

    def _offer_to_record_sent(self) -> None:
        answer = QMessageBox.question(
            self._widget,
            self.tr("Application sent"),
            self.tr("Record {0} as the date the application was sent?").format(
                f"{self._today:%d.%m.%Y}"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        with self._db.transaction() as session:
            registration.record_application_sent(session, self._today)
        self.application_sent_recorded.emit()

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        QMessageBox.critical(
            self._widget,
            self.tr("The application is not saved"),
            self.tr("Could not write the files:") + f"\n{exc}",
        )
        self.finished.emit()

    @Slot()
    def print_letter(self) -> None:
        if not self._ready():
            return
        with self._db.session() as session:
            letter = registration.application_letter(session, today=dt.date.today())
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self._widget)
        dialog.setWindowTitle(self.tr("Print the application"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        registration_letter.print_letter(letter, printer)

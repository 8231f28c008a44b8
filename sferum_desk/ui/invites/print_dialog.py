"""Printing invitation lists: layout choice, a real print preview, PDF in the background.

``open_print_preview(parent, db, link_ids)`` gathers what to print (annulled, used and
expired links are left out and listed to the user), asks for the layout (a sheet per link
or cut-out slips), then either shows QPrintPreviewDialog on an A4 printer or saves a PDF in
the background with progress and Cancel. After printing or saving it asks whether to mark
the links as handed out (printed) today.

QPrintPreviewDialog asks for the pages synchronously (``paintRequested``), for the preview
and again for the printer, so those pages are drawn on the GUI thread by
:class:`PagePainter`: one page at a time, with a modal progress dialog and Cancel, the event
loop running between pages, so the window never freezes on fifty groups.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Generator, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QPageSize, QPaintEngine
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...data.engine import Database
from ...reports import invitations
from ...services.invites.printing import PrintJob, gather, mark_printed
from ...services.organisation import ValidationError
from ..tab_order import follow_layout
from ..tasks import run_task

SAVE_PDF = 2  # PrintSetupDialog's result when «Сохранить PDF…» was pressed


def _skipped_text(job: PrintJob) -> str:
    return "\n".join(f"{s.label} — {s.reason}" for s in job.skipped)


class PrintSetupDialog(QDialog):
    """How many links will be printed, which are left out and why, and the layout."""

    def __init__(self, job: PrintJob, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print invitations"))
        box = QVBoxLayout(self)
        box.addWidget(QLabel(self.tr("Links to print: %1").replace("%1", str(len(job.sheets)))))
        form = QFormLayout()
        self.layout_box = QComboBox()
        self.layout_box.addItem(self.tr("A sheet per class with the roster"), "sheet")
        self.layout_box.addItem(self.tr("Slips to cut out, one per person (8 per page)"), "slips")
        form.addRow(self.tr("&Layout:"), self.layout_box)
        box.addLayout(form)
        self.skipped = QPlainTextEdit(_skipped_text(job))
        self.skipped.setReadOnly(True)
        if job.skipped:
            skipped_label = QLabel(self.tr("&Not printed (annulled, used or expired):"))
            skipped_label.setBuddy(self.skipped)
            box.addWidget(skipped_label)
            box.addWidget(self.skipped)
        else:
            self.skipped.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.preview_button = QPushButton(self.tr("&Preview…"))
        self.pdf_button = QPushButton(self.tr("&Save PDF…"))
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.clicked.connect(self.accept)
        self.pdf_button.clicked.connect(lambda: self.done(SAVE_PDF))
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        follow_layout(self)
        self.preview_button.setDefault(True)

    def chosen_layout(self) -> str:
        return str(self.layout_box.currentData())


class InvitationPrint(QObject):
    """One printing run, from the layout choice to marking the links printed."""

    def __init__(
        self,
        parent: QWidget,
        db: Database,
        job: PrintJob,
        today: dt.date,
        on_marked: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.widget = parent
        self.db = db
        self.job = job
        self.today = today
        self.on_marked = on_marked
        self.marked = False
        self.pdf_path: Path | None = None

    def start(self) -> bool:
        """Ask for the layout and print; True when the links were marked printed."""
        if not self.job.sheets:
            text = self.tr("There is nothing to print: no active invite links.")
            if self.job.skipped:
                text += "\n\n" + _skipped_text(self.job)
            QMessageBox.information(self.widget, self.tr("Print invitations"), text)
            return False
        setup = PrintSetupDialog(self.job, self.widget)
        result = setup.exec()
        layout = setup.chosen_layout()
        if result == SAVE_PDF:
            self.save_pdf(layout)
            return False
        if result != QDialog.DialogCode.Accepted:
            return False
        return self.preview(layout)

    def preview(self, layout: str) -> bool:
        dialog, painter = preview_dialog(self.widget, self.job, layout)
        if dialog.exec() != QDialog.DialogCode.Accepted or painter.cancelled:
            return False
        return self.ask_to_mark()

    def save_pdf(self, layout: str) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.widget,
            self.tr("Save invitations as PDF"),
            str(Path.home() / "Приглашения в Сферум.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if not name:
            return
        path = Path(name if name.lower().endswith(".pdf") else name + ".pdf")
        self.pdf_path = path
        run_task(
            _render,
            self._saved,
            self.job.sheets,
            path,
            layout,
            on_error=self._failed,
            progress_parent=self.widget,
            progress_title=self.tr("Saving invitations…"),
        )

    @Slot(object)
    def _saved(self, pages: object) -> None:
        QMessageBox.information(
            self.widget,
            self.tr("Print invitations"),
            self.tr("Saved: %1 (pages: %2).")
            .replace("%1", str(self.pdf_path))
            .replace("%2", str(pages)),
        )
        self.ask_to_mark()

    @Slot(object)
    def _failed(self, error: object) -> None:
        QMessageBox.warning(
            self.widget,
            self.tr("The PDF is not saved"),
            self.tr("Could not save %1: %2")
            .replace("%1", str(self.pdf_path))
            .replace("%2", str(error)),
        )

    def ask_to_mark(self) -> bool:
        answer = QMessageBox.question(
            self.widget,
            self.tr("Mark as handed out"),
            self.tr("Mark the links as handed out (printed) today?"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            with self.db.transaction() as session:
                mark_printed(session, self.job.link_ids, self.today, today=self.today)
        except ValidationError as exc:
            QMessageBox.warning(self.widget, self.tr("Not marked"), str(exc))
            return False
        self.marked = True
        if self.on_marked is not None:
            self.on_marked()
        return True


class PagePainter(QObject):
    """Draws the invitations on the printer QPrintPreviewDialog hands over, page by page.

    A modal progress dialog (shown after 300 ms) counts the sheets; its Cancel stops the
    drawing, aborts a real print job and closes the preview, so nothing half-drawn is printed.
    """

    def __init__(
        self, dialog: QDialog, sheets: Sequence[invitations.InvitationSheet], layout: str
    ) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.sheets = sheets
        self.layout = layout
        self.cancelled = False
        self.printer: QPrinter | None = None

    @Slot(QPrinter)
    def paint(self, printer: QPrinter) -> None:
        progress = QProgressDialog(
            self.tr("Preparing the pages…"), self.tr("Cancel"), 0, len(self.sheets), self.dialog
        )
        progress.setWindowTitle(self.tr("Print invitations"))
        progress.setWindowModality(Qt.WindowModality.ApplicationModal)
        progress.setMinimumDuration(300)
        steps = invitations.paint_steps(printer, self.sheets, self.layout)
        try:
            for done, total, label in steps:
                progress.setLabelText(
                    self.tr("Drawing %1 (%2 of %3)…")
                    .replace("%1", label)
                    .replace("%2", str(done))
                    .replace("%3", str(total))
                )
                progress.setValue(done)  # a modal progress dialog runs the event loop here
                if progress.wasCanceled():
                    self.cancelled = True
                    self._drop_job(printer, steps)
                    QTimer.singleShot(0, self.dialog.reject)
                    break
        finally:
            progress.close()
            progress.deleteLater()

    @staticmethod
    def _drop_job(printer: QPrinter, steps: Generator[object, None, None]) -> None:
        """Stop drawing and leave no half-printed job: a printer's job is aborted, a PDF file
        chosen in the print dialog removed; the preview (recorded pictures) is just closed."""
        previewing = printer.paintEngine().type() == QPaintEngine.Type.Picture
        if not previewing:
            printer.abort()
        steps.close()
        pdf = printer.outputFileName() if not previewing else ""
        if pdf and printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
            Path(pdf).unlink(missing_ok=True)


def _render(sheets: Sequence[invitations.InvitationSheet], path: Path, layout: str) -> object:
    """The background job: a generator of progress whose return value is the page count."""
    yield from invitations.render_steps(sheets, path, layout)
    return invitations.page_count(sheets, layout)


def preview_dialog(
    parent: QWidget, job: PrintJob, layout: str
) -> tuple[QPrintPreviewDialog, PagePainter]:
    """The print preview of ``job`` on an A4 printer, not yet shown."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(
        QCoreApplication.translate("InvitationPrint", "Invitations: print preview")
    )
    painter = PagePainter(dialog, job.sheets, layout)
    painter.printer = printer  # the dialog does not own it: it lives as long as the painter
    dialog.paintRequested.connect(painter.paint)
    return dialog, painter


def print_job(
    db: Database, link_ids: Sequence[int], group_ids: Sequence[int], today: dt.date
) -> PrintJob:
    """What printing these links and the groups' links would put on paper."""
    with db.session() as session:
        return gather(session, link_ids=list(link_ids), group_ids=list(group_ids), today=today)


def open_print_preview(
    parent: QWidget,
    db: Database,
    link_ids: Sequence[int],
    *,
    group_ids: Sequence[int] = (),
    today: dt.date | None = None,
    on_marked: Callable[[], None] | None = None,
) -> bool:
    """Print the given links (and the groups' links); True when they were marked printed."""
    day = today or dt.date.today()
    job = print_job(db, link_ids, group_ids, day)
    return InvitationPrint(parent, db, job, day, on_marked).start()

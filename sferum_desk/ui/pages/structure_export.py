"""Структура → «Экспорт в Excel…»: asks where to save the nomenclature of a year and writes
the workbook off the GUI thread (``reports.nomenclature``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ...data.engine import Database
from ...services import nomenclature
from ...services.organisation import ValidationError
from ..tasks import run_task


def _export(db: Database, path: str, year: str | None) -> tuple[str, int]:
    from ...reports.nomenclature import save_nomenclature  # openpyxl: when first needed

    with db.session() as session:
        export = nomenclature.export_rows(session, year)
    return path, save_nomenclature(export, path)


class NomenclatureExporter(QObject):
    """``status`` carries the line for the page's status label; ``busy`` is True while a
    workbook is being written."""

    status = Signal(str)
    busy = Signal(bool)

    def __init__(self, db: Database, window: QWidget) -> None:
        super().__init__(window)
        self._db = db
        self._window = window

    def export(self, year: str | None) -> None:
        """Ask for the file (``year`` like «2026/2027», None for the current one), then
        write it in the background with a progress dialog."""
        suggested = str(Path.home() / f"Номенклатура {(year or '').replace('/', '-')}.xlsx")
        path, _filter = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Export the nomenclature"),
            suggested,
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        self.busy.emit(True)
        self.status.emit(self.tr("Saving…"))
        run_task(
            _export,
            self._on_exported,
            self._db,
            path,
            year,
            on_error=self._on_failed,
            progress_parent=self._window,
            progress_title=self.tr("Export to Excel"),
        )

    @Slot(object)
    def _on_exported(self, result: tuple[str, int]) -> None:
        path, rows = result
        self.busy.emit(False)
        self.status.emit(self.tr("Saved: {0} (rows: {1})").format(path, rows))

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self.busy.emit(False)
        self.status.emit("")
        text = "\n".join(exc.errors.values()) if isinstance(exc, ValidationError) else str(exc)
        QMessageBox.warning(
            self._window, self.tr("Export to Excel"), self.tr("Not saved: {0}").format(text)
        )

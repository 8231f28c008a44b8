"""The import wizard: what and which file → sheet → columns (with a preview) → check → import.

The file is read and checked by ``services.importer``; nothing is written until «Загрузить»,
which runs the import in a worker with a progress dialog whose Cancel rolls it all back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..data.engine import Database
from ..services import importer
from ..services.importer import ImportKind, ImportOptions, ImportResult, ImportSource
from ..services.organisation import ValidationError
from . import guide
from .form_widgets import error_label
from .guide import add_help_key
from .import_check_page import ImportCheckPage
from .tab_order import follow_layout
from .task_wizard import TaskWizard
from .tasks import Task, run_task

PREVIEW_ROWS = 10


def _run_import(
    db: Database, source: ImportSource, options: ImportOptions
) -> Generator[tuple[int, int, str], None, ImportResult]:
    """Runs in a worker: the whole import in one transaction (Cancel rolls it back)."""
    with db.transaction() as session:
        result = yield from importer.apply_import(session, source, options)
    return result


class ImportFilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("What to import"))
        self.setSubTitle(
            self.tr(
                "An Excel workbook (.xlsx) or a CSV file with a header row: the columns are "
                "recognised by their headers, the next page lets you correct them."
            )
        )
        self.students_radio = QRadioButton(self.tr("Students (&with parents and groups)"))
        self.students_radio.setObjectName("students")
        self.staff_radio = QRadioButton(self.tr("&Staff"))
        self.staff_radio.setObjectName("staff")
        self.students_radio.setChecked(True)
        kinds = QButtonGroup(self)
        kinds.addButton(self.students_radio)
        kinds.addButton(self.staff_radio)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("path")
        self.path_edit.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("&Choose…"))
        browse.setObjectName("browse")
        browse.clicked.connect(self.browse)
        self.error = error_label(hidden=False)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("&Import:"), self.students_radio)
        form.addRow("", self.staff_radio)
        form.addRow(self.tr("&File:"), path_row)
        form.labelForField(path_row).setBuddy(self.path_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        follow_layout(self)

    def kind(self) -> ImportKind:
        return ImportKind.STAFF if self.staff_radio.isChecked() else ImportKind.STUDENTS

    @Slot()
    def browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the file to import"),
            self.path_edit.text(),
            self.tr("Excel and CSV files (*.xlsx *.csv *.txt);;All files (*)"),
        )
        if path:
            self.path_edit.setText(path)

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:
        path = Path(self.path_edit.text().strip())
        try:
            sheets = importer.sheet_names(path)
            source = None if len(sheets) > 1 else importer.load_source(path, self.kind())
        except importer.ImportFileError as exc:
            self.error.setText(str(exc))
            return False
        self.error.clear()
        self._wizard.path = path
        self._wizard.sheets = sheets
        self._wizard.source = source
        return True

    def nextId(self) -> int:
        if len(self._wizard.sheets) > 1:
            return ImportWizard.SHEET_PAGE
        return ImportWizard.COLUMNS_PAGE


class ImportSheetPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Sheet"))
        self.setSubTitle(self.tr("The workbook has several sheets: choose the one with the list."))
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("sheet")
        self.error = error_label(hidden=False)
        form = QFormLayout()
        form.addRow(self.tr("&Sheet:"), self.sheet_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        follow_layout(self)

    def initializePage(self) -> None:
        self.sheet_combo.clear()
        self.sheet_combo.addItems(self._wizard.sheets)
        self.error.clear()

    def validatePage(self) -> bool:
        try:
            self._wizard.source = importer.load_source(
                self._wizard.path, self._wizard.kind(), sheet=self.sheet_combo.currentText()
            )
        except importer.ImportFileError as exc:
            self.error.setText(str(exc))
            return False
        return True


class ImportColumnsPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(
            self.tr(
                "What each column of the file holds. The first rows of the file are shown "
                "below; choose «do not import» for a column you do not need."
            )
        )
        self.header_label = QLabel()
        self.header_label.setObjectName("header_row")
        self.table = QTableWidget()
        self.table.setObjectName("preview")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.combos: list[QComboBox] = []
        self.error = error_label(hidden=False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        follow_layout(self)

    def initializePage(self) -> None:
        source = self._wizard.source
        if source is None:
            return
        mapping = source.mapping
        self.header_label.setText(
            self.tr("Header row: {0}. Data rows: from {1}.").format(
                mapping.header_row, mapping.header_row + 1
            )
        )
        preview = source.preview(PREVIEW_ROWS)
        columns = len(mapping.headers)
        self.table.clear()
        self.table.setColumnCount(columns)
        self.table.setRowCount(len(preview) + 1)
        self.table.setHorizontalHeaderLabels(mapping.headers)
        self.table.setVerticalHeaderLabels(
            [self.tr("Field")] + [str(mapping.header_row + 1 + i) for i in range(len(preview))]
        )
        fields = importer.KIND_FIELDS[source.kind]
        self.combos = []
        for column in range(columns):
            combo = QComboBox()
            combo.setObjectName(f"field_{column}")
            combo.addItem(self.tr("— do not import —"), importer.IGNORE)
            for name in fields:
                combo.addItem(importer.FIELD_LABELS[name], name)
            combo.setCurrentIndex(max(combo.findData(mapping.fields[column]), 0))
            self.table.setCellWidget(0, column, combo)
            self.combos.append(combo)
        for row, values in enumerate(preview, start=1):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        for before, after in pairwise([self.table, *self.combos]):
            QWidget.setTabOrder(before, after)  # Tab goes on from the table to its fields
        self.error.clear()

    def chosen_fields(self) -> list[str]:
        return [combo.currentData() for combo in self.combos]

    def set_field(self, column: int, field: str) -> None:
        combo = self.combos[column]
        combo.setCurrentIndex(combo.findData(field))

    def validatePage(self) -> bool:
        source = self._wizard.source
        if source is None:
            return False
        try:
            self._wizard.source = source.with_fields(self.chosen_fields())
        except importer.ImportFileError as exc:
            self.error.setText(str(exc))
            return False
        return True


class ImportWizard(TaskWizard):
    expected_errors = (ValidationError, importer.ImportFileError)
    """``imported`` carries the change batch's id once the import is committed."""

    FILE_PAGE, SHEET_PAGE, COLUMNS_PAGE, CHECK_PAGE = range(4)

    imported = Signal(int)

    def __init__(
        self, db: Database, parent: QWidget | None = None, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today
        self.path = Path()
        self.sheets: list[str] = []
        self.source: ImportSource | None = None
        self.result_info: ImportResult | None = None
        self.task: Task | None = None
        self.setObjectName("import_wizard")
        self.setWindowTitle(self.tr("Import from Excel or CSV"))
        add_help_key(self, guide.IMPORT_TOPIC)
        self.resize(980, 640)
        self.file_page = ImportFilePage(self)
        self.sheet_page = ImportSheetPage(self)
        self.columns_page = ImportColumnsPage(self)
        self.check_page = ImportCheckPage(self)
        self.setPage(self.FILE_PAGE, self.file_page)
        self.setPage(self.SHEET_PAGE, self.sheet_page)
        self.setPage(self.COLUMNS_PAGE, self.columns_page)
        self.setPage(self.CHECK_PAGE, self.check_page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))

    def kind(self) -> ImportKind:
        return self.file_page.kind()

    def summary_lines(self, result: ImportResult) -> list[str]:
        students = result.kind == ImportKind.STUDENTS
        lines = [
            self.tr("Rows in the file: {0}").format(result.rows),
            (self.tr("New students: {0}") if students else self.tr("New staff: {0}")).format(
                result.created
            ),
            self.tr("Updated: {0}").format(result.updated),
            (
                self.tr("Enrolments: {0} (already enrolled: {1})")
                if students
                else self.tr("Hired: {0} (already working: {1})")
            ).format(result.enrolled, result.already),
            self.tr("Repeats merged: {0}").format(result.merged),
        ]
        if students:
            lines.append(
                self.tr("New parents: {0}, links to children: {1}").format(
                    result.parents_created, result.parents_linked
                )
            )
            lines.append(
                self.tr("Associations to create: {0}, groups: {1}").format(
                    result.associations_created, result.groups_created
                )
            )
        lines.append(self.tr("Errors: {0}").format(len(result.errors)))
        if result.missing:
            lines.append(
                self.tr(
                    "In the database but not in the file: {0} (nobody is expelled or "
                    "dismissed; the list is on the «Not in the file» tab of the check)"
                ).format(len(result.missing))
            )
        return lines

    def can_start(self) -> bool:
        return self.source is not None

    def start_task(self) -> None:
        self.task = run_task(
            _run_import,
            self._on_imported,
            self.db,
            self.source,
            self.check_page.options(),
            on_error=self._on_failed,
            on_cancelled=self._on_cancelled,
            progress_parent=self,
            progress_title=self.tr("Importing…"),
        )

    @Slot(object)
    def _on_imported(self, result: ImportResult) -> None:
        self._set_running(False)
        if not result.written:
            self.check_page.result = result
            self.check_page.model.set_rows(result.errors + result.notices)
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("Nothing was imported: %n row(s) with errors.", "", len(result.errors)),
            )
            return
        self.result_info = result
        QMessageBox.information(
            self,
            self.windowTitle(),
            self.tr("The import is done.") + "\n" + "\n".join(self.summary_lines(result)),
        )
        self.imported.emit(result.batch_id or 0)
        self.accept()

"""The import wizard's check page: counts, the rows with problems, and who is in the
database but not in the file. The check (a plan of the import, nothing written) runs off
the GUI thread: 10,000 rows take a second or two."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWizardPage,
)

from ..data.engine import Database
from ..services import importer
from ..services.importer import ImportKind, ImportOptions, ImportResult, ImportSource
from .tab_order import follow_layout
from .table_model import Column, RecordTableModel
from .tasks import run_task

if TYPE_CHECKING:
    from .import_wizard import ImportWizard

MISSING_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Columns", "Full name"), lambda m: m.name),
    Column(QT_TRANSLATE_NOOP("Columns", "Group"), lambda m: m.where),
)

PROBLEM_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Columns", "Row"), lambda p: p.row or None),
    Column(QT_TRANSLATE_NOOP("Columns", "Column"), lambda p: p.column),
    Column(QT_TRANSLATE_NOOP("Columns", "Problem"), lambda p: p.message, tooltip=True),
)


def _check_rows(
    db: Database, source: ImportSource, options: ImportOptions, generation: int
) -> tuple[int, ImportResult]:
    """Runs in a worker: plan the import on a short session of its own, nothing written."""
    with db.session() as session:
        plan = importer.plan_import(session, source, options)
        return generation, importer.result_of(plan)


class ImportCheckPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.result: ImportResult | None = None
        self._generation = 0
        self.setTitle(self.tr("Check"))
        self.setSubTitle(self.tr("Nothing has been written yet."))
        self.create_groups = QCheckBox(self.tr("&Create missing associations and groups"))
        self.create_groups.setObjectName("create_groups")
        self.skip_invalid = QCheckBox(self.tr("&Skip rows with errors"))
        self.skip_invalid.setObjectName("skip_invalid")
        self.create_groups.toggled.connect(self.check)
        self.skip_invalid.toggled.connect(self.check)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.model = RecordTableModel(PROBLEM_COLUMNS, parent=self)
        self.table = QTableView()
        self.table.setObjectName("problems")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.missing_model = RecordTableModel(MISSING_COLUMNS, parent=self)
        self.missing_table = QTableView()
        self.missing_table.setObjectName("missing")
        self.missing_table.setModel(self.missing_model)
        self.missing_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.missing_table.verticalHeader().setVisible(False)
        self.missing_table.horizontalHeader().setStretchLastSection(True)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("check_tabs")
        self.tabs.addTab(self.table, "")
        self.tabs.addTab(self.missing_table, "")
        self.save_button = QPushButton(self.tr("Save &problems to Excel…"))
        self.save_button.setObjectName("save_problems")
        self.save_button.clicked.connect(self.save_problems)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.create_groups)
        layout.addWidget(self.skip_invalid)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        follow_layout(self)

    def options(self, dry_run: bool = False) -> ImportOptions:
        return ImportOptions(
            create_groups=self.create_groups.isChecked(),
            skip_invalid=self.skip_invalid.isChecked(),
            dry_run=dry_run,
            today=self._wizard.today,
        )

    def initializePage(self) -> None:
        self.create_groups.setVisible(self._wizard.kind() == ImportKind.STUDENTS)
        self.check()

    checked = Signal()  # a check finished and its result is on the page

    @Slot()
    def check(self) -> None:
        """Plan the import in the background (10,000 rows take a second or two)."""
        source = self._wizard.source
        if source is None:
            return
        self._generation += 1
        self.result = None
        self.summary.setText(self.tr("Checking the rows…"))
        self.model.set_rows([])
        self.save_button.setEnabled(False)
        self.completeChanged.emit()
        run_task(
            _check_rows,
            self._on_checked,
            self._wizard.db,
            source,
            self.options(dry_run=True),
            self._generation,
            on_error=self._on_check_failed,
        )

    @Slot(object)
    def _on_checked(self, outcome: tuple[int, ImportResult]) -> None:
        generation, result = outcome
        if generation != self._generation:
            return  # the options changed while this check ran
        self.result = result
        self.summary.setText("\n".join(self._wizard.summary_lines(result)))
        self.model.set_rows(result.errors + result.notices)
        self.table.resizeColumnsToContents()
        self.missing_model.set_rows(result.missing)
        self.missing_table.resizeColumnsToContents()
        self.tabs.setTabText(0, self.tr("Errors and notices ({0})").format(self.model.rowCount()))
        self.tabs.setTabText(
            1,
            self.tr("Not in the file ({0})").format(len(result.missing)),
        )
        self.tabs.setTabToolTip(
            1,
            self.tr(
                "Active in the groups the file names but absent from it: candidates for "
                "expulsion or dismissal. Nobody is expelled or dismissed by the import."
            ),
        )
        self.save_button.setEnabled(bool(result.errors or result.notices))
        self.completeChanged.emit()
        self.checked.emit()

    @Slot(object)
    def _on_check_failed(self, exc: BaseException) -> None:
        self.summary.setText(str(exc))
        self.checked.emit()

    def isComplete(self) -> bool:
        result = self.result
        return result is not None and (not result.errors or self.skip_invalid.isChecked())

    @Slot()
    def save_problems(self) -> None:
        result = self.result
        if result is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the problems"),
            str(self._wizard.path.with_name(f"{self._wizard.path.stem}-ошибки.xlsx")),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not path:
            return
        try:
            importer.write_errors_workbook(
                result.errors + result.notices, path, source=result.file_name
            )
        except OSError as exc:
            QMessageBox.warning(
                self, self.title(), self.tr("Could not save {0}: {1}").format(path, exc)
            )

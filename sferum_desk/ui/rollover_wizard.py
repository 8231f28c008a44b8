"""The academic-year rollover wizard: years → preview (add new groups) → summary → apply.

Nothing is written until «Выполнить»: the plan is built by ``services.rollover`` and applied
in a worker with a progress dialog; Cancel there rolls the whole transaction back.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..data.engine import Database
from ..services import rollover
from ..services.organisation import ValidationError
from ..services.rollover import Outcome, RolloverItem, RolloverPlan
from . import guide
from .form_widgets import error_label
from .guide import add_help_key
from .tab_order import follow_layout
from .table_model import Column, RecordTableModel
from .task_wizard import TaskWizard
from .tasks import run_task

_OUTCOMES = {
    Outcome.CONTINUES: QT_TRANSLATE_NOOP("RolloverWizard", "Continues"),
    Outcome.FINISHES: QT_TRANSLATE_NOOP("RolloverWizard", "Finishes the programme"),
    Outcome.NEW: QT_TRANSLATE_NOOP("RolloverWizard", "New group"),
}


def _outcome(item: RolloverItem) -> str:
    return QCoreApplication.translate("RolloverWizard", _OUTCOMES[item.outcome])


def _students(item: RolloverItem) -> int | None:
    return item.students if item.group_id is not None else None


PREVIEW_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Columns", "Group"), lambda i: i.old_name or i.association),
    Column(QT_TRANSLATE_NOOP("Columns", "Students"), _students),
    Column(QT_TRANSLATE_NOOP("Columns", "What happens"), _outcome),
    Column(QT_TRANSLATE_NOOP("Columns", "New class name"), lambda i: i.new_name),
    Column(QT_TRANSLATE_NOOP("Columns", "In Sferum"), lambda i: i.consequence, tooltip=True),
)


@dataclass(frozen=True)
class RolloverResult:
    batch_id: int
    new_year: str
    tasks: int


def _apply(
    db: Database, plan: RolloverPlan
) -> Generator[tuple[int, int, str], None, RolloverResult]:
    """Runs in a worker: the whole rollover in one transaction (Cancel rolls it back)."""
    with db.transaction() as session:
        batch = yield from rollover.apply_rollover_steps(session, plan)
        result = RolloverResult(batch.id, plan.new_name, plan.task_count)
    return result


class RolloverYearsPage(QWizardPage):
    def __init__(self, wizard: RolloverWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Academic years"))
        self.setSubTitle(
            self.tr(
                "On 1 September the groups move on to the next year of study: the groups "
                "whose programme ends are archived, the others continue with their students."
            )
        )
        self.from_combo = QComboBox()
        self.from_combo.setObjectName("from_year")
        self.new_spin = QSpinBox()
        self.new_spin.setObjectName("new_year")
        self.new_spin.setRange(2000, 2100)
        self.new_name = QLabel()
        self.error = error_label(hidden=False)
        with wizard.db.session() as session:
            years = rollover.list_years(session)
        for year in years:
            self.from_combo.addItem(year.name, year)
        current = next((i for i, y in enumerate(years) if y.is_current), 0)
        self.from_combo.setCurrentIndex(current)
        self.from_combo.currentIndexChanged.connect(self._on_from_year)
        self.new_spin.valueChanged.connect(self._on_new_year)
        self._on_from_year(current)

        new_row = QHBoxLayout()
        new_row.addWidget(self.new_spin)
        new_row.addWidget(self.new_name, 1)
        form = QFormLayout()
        form.addRow(self.tr("&Closing year:"), self.from_combo)
        form.addRow(self.tr("New &year starts in:"), new_row)
        form.labelForField(new_row).setBuddy(self.new_spin)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)

    @Slot(int)
    def _on_from_year(self, _index: int) -> None:
        year = self.from_combo.currentData()
        if year is not None:
            self.new_spin.setValue(year.start_year + 1)
        self._on_new_year(self.new_spin.value())

    @Slot(int)
    def _on_new_year(self, value: int) -> None:
        self.new_name.setText(self.tr("academic year {0}").format(f"{value}/{value + 1}"))
        self.error.clear()

    def validatePage(self) -> bool:
        year = self.from_combo.currentData()
        try:
            with self._wizard.db.session() as session:
                plan = rollover.plan_rollover(
                    session,
                    from_year=year.id if year is not None else None,
                    new_start_year=self.new_spin.value(),
                )
        except ValidationError as exc:
            self.error.setText(str(exc))
            return False
        previous = self._wizard.plan
        if previous is not None and (previous.from_year_id, previous.new_start_year) == (
            plan.from_year_id,
            plan.new_start_year,
        ):
            plan.new_groups = list(previous.new_groups)  # back and forth keeps the additions
        self._wizard.plan = plan
        return True


class RolloverPreviewPage(QWizardPage):
    def __init__(self, wizard: RolloverWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("What happens to the groups"))
        self.model = RecordTableModel(PREVIEW_COLUMNS, parent=self)
        self.table = QTableView()
        self.table.setObjectName("preview")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)

        self.association_combo = QComboBox()
        self.association_combo.setObjectName("association")
        self.number_edit = QLineEdit()
        self.number_edit.setObjectName("number")
        self.number_edit.setMaximumWidth(80)
        self.add_button = QPushButton(self.tr("A&dd new group"))
        self.add_button.setObjectName("add_group")
        self.add_button.clicked.connect(self.add_group)
        self.remove_button = QPushButton(self.tr("&Remove new group"))
        self.remove_button.setObjectName("remove_group")
        self.remove_button.clicked.connect(self.remove_group)
        self.error = error_label(hidden=False)

        association_label = QLabel(self.tr("&Association:"))
        association_label.setBuddy(self.association_combo)
        number_label = QLabel(self.tr("&Group No.:"))
        number_label.setBuddy(self.number_edit)
        adding = QHBoxLayout()
        adding.addWidget(association_label)
        adding.addWidget(self.association_combo, 1)
        adding.addWidget(number_label)
        adding.addWidget(self.number_edit)
        adding.addWidget(self.add_button)
        adding.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(adding)
        layout.addWidget(self.error)
        follow_layout(self)

    def initializePage(self) -> None:
        with self._wizard.db.session() as session:
            associations = rollover.list_associations(session)
        self.association_combo.clear()
        for association in associations:
            self.association_combo.addItem(association.name, association.id)
        self._show_plan()

    def _show_plan(self) -> None:
        self.model.set_rows(self._wizard.plan.all_items if self._wizard.plan else [])
        self.table.resizeColumnsToContents()

    @Slot()
    def add_group(self) -> None:
        plan = self._wizard.plan
        association_id = self.association_combo.currentData()
        if plan is None or association_id is None:
            return
        try:
            with self._wizard.db.session() as session:
                item = rollover.new_group_item(
                    session, plan, association_id, self.number_edit.text()
                )
        except ValidationError as exc:
            self.error.setText(str(exc))
            return
        self.error.clear()
        self.number_edit.clear()
        self._wizard.plan = rollover.with_new_group(plan, item)
        self._show_plan()
        self.table.selectRow(self.model.rowCount() - 1)

    @Slot()
    def remove_group(self) -> None:
        plan = self._wizard.plan
        index = self.table.currentIndex()
        if plan is None or not index.isValid():
            return
        item = self.model.record(index.row())
        if item.outcome != Outcome.NEW:
            self.error.setText(self.tr("Only a new group can be removed from the plan."))
            return
        plan.new_groups = [g for g in plan.new_groups if g is not item]
        self.error.clear()
        self._show_plan()


class RolloverSummaryPage(QWizardPage):
    def __init__(self, wizard: RolloverWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Summary"))
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        note = QLabel(
            self.tr(
                "Nothing has been changed yet. «Apply» does it all at once; the change log "
                "can undo the whole rollover as long as nothing newer depends on it."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(note)
        layout.addStretch(1)

    def initializePage(self) -> None:
        plan = self._wizard.plan
        if plan is None:
            return
        lines = [
            self.tr("Academic year {0} → {1}").format(plan.from_name, plan.new_name),
            self.tr("Groups continuing: {0}").format(plan.count(Outcome.CONTINUES)),
            self.tr("Groups finishing their programme: {0}").format(plan.count(Outcome.FINISHES)),
            self.tr("New groups: {0}").format(plan.count(Outcome.NEW)),
            self.tr("Students carried over: {0}").format(plan.carried_students),
            self.tr("Sferum tasks to create: {0}").format(plan.task_count),
        ]
        self.summary.setText("\n".join(lines))


class RolloverWizard(TaskWizard):
    """``applied`` carries the change batch's id once the rollover is committed."""

    applied = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.plan: RolloverPlan | None = None
        self.result_info: RolloverResult | None = None
        self.setObjectName("rollover_wizard")
        self.setWindowTitle(self.tr("Academic year rollover"))
        add_help_key(self, guide.ROLLOVER_TOPIC)
        self.resize(960, 600)
        self.years_page = RolloverYearsPage(self)
        self.preview_page = RolloverPreviewPage(self)
        self.summary_page = RolloverSummaryPage(self)
        for page in (self.years_page, self.preview_page, self.summary_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Apply"))

    def can_start(self) -> bool:
        return self.plan is not None

    def start_task(self) -> None:
        run_task(
            _apply,
            self._on_applied,
            self.db,
            self.plan,
            on_error=self._on_failed,
            on_cancelled=self._on_cancelled,
            progress_parent=self,
            progress_title=self.tr("Rolling over to the new academic year…"),
        )

    @Slot(object)
    def _on_applied(self, result: RolloverResult) -> None:
        self._set_running(False)
        self.result_info = result
        QMessageBox.information(
            self,
            self.windowTitle(),
            self.tr(
                "The academic year {0} has begun. Sferum tasks created: {1}; "
                "they are on the «Sferum tasks» page."
            ).format(result.new_year, result.tasks),
        )
        self.applied.emit(result.batch_id)
        self.accept()

"""Задачи Сферума: open tasks grouped by person or by class, overdue ones highlighted;
mark done one by one or in bulk, cancel, reopen; done and cancelled on request."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QItemSelection, QItemSelectionModel, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...data.engine import Database
from ...data.models import TaskKind
from ...services import sferum_tasks
from ...services.organisation import ValidationError
from .. import icons
from ..empty_state import EmptyStack, EmptyState, NoMatchOverlay
from ..pages.base import Page
from ..pages.list_page import page_title_label
from ..tasks import run_task
from .task_list_model import (
    COL_DUE,
    COL_KIND,
    COL_OTHER,
    COL_TITLE,
    TaskBranch,
    TaskListModel,
    branches_of,
)


def _fetch_branches(
    db: Database, by: str, include_closed: bool, generation: int
) -> tuple[int, str, list[TaskBranch]]:
    """Runs in a worker: its own short session; groups and their search texts out."""
    with db.session() as session:
        groups = sferum_tasks.open_task_groups(
            session, by, dt.date.today(), include_closed=include_closed
        )
    return generation, by, branches_of(groups, by)


class TasksPage(Page):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._generation = 0
        self.setObjectName("page_tasks")
        self.title_label = page_title_label(self.tr("Sferum tasks"))
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("filter")
        self.filter_edit.setPlaceholderText(self.tr("Search…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMaximumWidth(420)
        self.group_by = QComboBox()
        self.group_by.setObjectName("group_by")
        self.group_by.addItem(self.tr("By person"), "person")
        self.group_by.addItem(self.tr("By class or chat"), "group")
        self.show_closed = QCheckBox(self.tr("Show done and cancelled"))
        self.show_closed.setObjectName("show_closed")
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.group_by)
        bar.addWidget(self.show_closed)
        bar.addStretch(0)
        bar.addWidget(self.count_label)

        self.model = TaskListModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setObjectName("tasks")
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 6)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setHighlightSections(False)
        self._size_columns()

        self.done_on = QDateEdit()
        self.done_on.setObjectName("done_on")
        self.done_on.setCalendarPopup(True)
        self.done_on.setDisplayFormat("dd.MM.yyyy")
        self.done_on.setDate(QDate.currentDate())
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setObjectName("mark_done")
        self.cancel_button = QPushButton(self.tr("Cancel task"))
        self.cancel_button.setObjectName("cancel_tasks")
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.reopen_button.setObjectName("reopen")
        for button, name in (
            (self.done_button, icons.DONE),
            (self.cancel_button, icons.CANCEL),
            (self.reopen_button, icons.REVERT),
        ):
            button.setIcon(icons.icon(name))
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Done on:")))
        buttons.addWidget(self.done_on)
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.reopen_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addLayout(bar)
        layout.addLayout(buttons)
        # no tasks is good news here: the message says so, and offers nothing to do
        self.empty_state = EmptyState(db.read_only)
        self.body = EmptyStack(self.table, self.empty_state)
        self.no_match = NoMatchOverlay(self.table, self.filter_edit.clear)
        layout.addWidget(self.body, 1)

        self.filter_edit.textChanged.connect(self._apply_filter)
        self.group_by.currentIndexChanged.connect(self.reload)
        self.show_closed.toggled.connect(self.reload)
        self.done_button.clicked.connect(self.mark_done)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.reopen_button.clicked.connect(self.reopen_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # -- loading -----------------------------------------------------------------------

    def reload(self) -> None:
        super().reload()
        self._generation += 1
        self.count_label.setText(self.tr("Loading…"))
        run_task(
            _fetch_branches,
            self._on_fetched,
            self._db,
            self.group_by.currentData(),
            self.show_closed.isChecked(),
            self._generation,
        )

    @Slot(object)
    def _on_fetched(self, result: tuple[int, str, list[TaskBranch]]) -> None:
        generation, by, branches = result
        if generation != self._generation:
            return  # a newer reload is on its way
        self.model.set_branches(branches, by)
        self._update_count()
        self._update_buttons()
        self.loaded.emit()

    # -- filtering ---------------------------------------------------------------------

    def _size_columns(self) -> None:
        """Widths from the texts the columns can hold, not by measuring 20,000 rows."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        padding = 24
        header.resizeSection(COL_DUE, metrics.horizontalAdvance("00.00.0000") + padding)
        longest_kind = max((kind.label for kind in TaskKind), key=metrics.horizontalAdvance)
        header.resizeSection(COL_KIND, metrics.horizontalAdvance(longest_kind) + padding)
        header.resizeSection(COL_TITLE, 520)
        header.resizeSection(COL_OTHER, 260)

    @Slot(str)
    def _apply_filter(self, text: str) -> None:
        self.model.set_filter_text(text)
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("Shown {0} of {1}").format(
                self.model.shown_task_count(), self.model.task_count()
            )
        )
        nothing = self.model.task_count() == 0
        if self.show_closed.isChecked():
            self.empty_state.set_message(
                self.tr("No tasks yet"),
                self.tr(
                    "Tasks appear when students and staff come, move or leave (Movement, "
                    "import) and when a check finds something to fix in Sferum."
                ),
            )
        else:
            self.empty_state.set_message(
                self.tr("All tasks are done"),
                self.tr("Nothing to do in Sferum now. New tasks appear after movement."),
            )
        self.body.show_empty(nothing)
        hidden = not nothing and self.model.shown_task_count() == 0
        self.no_match.show_for(self.filter_edit.text() if hidden else None)

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    # -- selection and actions ---------------------------------------------------------

    def task_rows(self) -> list[sferum_tasks.TaskItem]:
        """Every shown task, in order (tests)."""
        tasks = (self.model.task(row) for row in range(self.model.rowCount()))
        return [task for task in tasks if task is not None]

    def group_titles(self) -> list[str]:
        return [
            self.model.group(row).title
            for row in range(self.model.rowCount())
            if self.model.is_group_row(row)
        ]

    def _select_rows(self, rows: list[int]) -> None:
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        for row in rows:
            selection.select(self.model.index(row, 0), self.model.index(row, last))
        self.table.selectionModel().select(
            selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def select_group(self, title: str) -> None:
        """Select a group's row, as a click on it does (tests)."""
        rows = [
            row
            for row in range(self.model.rowCount())
            if self.model.is_group_row(row) and self.model.group(row).title == title
        ]
        self._select_rows(rows[:1])

    def select_tasks(self, ids: list[int]) -> None:
        """Select the rows of these tasks (tests)."""
        rows = []
        for row in range(self.model.rowCount()):
            task = self.model.task(row)
            if task is not None and task.id in ids:
                rows.append(row)
        self._select_rows(rows)

    def selected_tasks(self) -> list[sferum_tasks.TaskItem]:
        """Selected tasks; a selected group row stands for its shown tasks."""
        chosen: dict[int, sferum_tasks.TaskItem] = {}
        for index in self.table.selectionModel().selectedRows():
            row = index.row()
            rows = self.model.rows_of_group(row) if self.model.is_group_row(row) else [row]
            for task_row in rows:
                task = self.model.task(task_row)
                if task is not None:
                    chosen[task.id] = task
        return list(chosen.values())

    @Slot()
    def _update_buttons(self) -> None:
        tasks = self.selected_tasks()
        has_open = any(t.is_open for t in tasks)
        self.done_button.setEnabled(has_open)
        self.cancel_button.setEnabled(has_open)
        self.reopen_button.setEnabled(any(not t.is_open for t in tasks))

    def _ids(self, open_ones: bool) -> list[int]:
        return [t.id for t in self.selected_tasks() if t.is_open == open_ones]

    def _write(self, action: str, ids: list[int]) -> None:
        if not ids:
            return
        try:
            with self._db.transaction() as session:
                if action == "done":
                    day = self.done_on.date().toPython()
                    sferum_tasks.complete_tasks(session, ids, day)  # type: ignore[arg-type]
                elif action == "cancel":
                    sferum_tasks.cancel_tasks(session, ids, "Отменена администратором")
                else:
                    for task_id in ids:
                        sferum_tasks.reopen_task(session, task_id)
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("The tasks are not changed"), str(exc))
            return
        self.reload()
        self.data_changed.emit()

    @Slot()
    def mark_done(self) -> None:
        self._write("done", self._ids(True))

    @Slot()
    def cancel_selected(self) -> None:
        ids = self._ids(True)
        if not ids:
            return
        answer = QMessageBox.question(
            self, self.tr("Cancel tasks"), self.tr("Cancel %n task(s)?", "", len(ids))
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._write("cancel", ids)

    @Slot()
    def reopen_selected(self) -> None:
        self._write("reopen", self._ids(False))

"""Задачи Сферума: open tasks grouped by person or by class, overdue ones highlighted;
mark done one by one or in bulk, cancel, reopen; done and cancelled on request."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtGui import QBrush, QColor, QFont
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
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...data.engine import Database
from ...data.search import normalize
from ...services import sferum_tasks
from ...services.organisation import ValidationError
from ..pages.base import Page
from ..pages.list_page import page_title_label
from ..tasks import run_task

_OVERDUE = QColor("#b71c1c")
_MUTED = QColor("#808080")
COL_DUE, COL_KIND, COL_TITLE, COL_OTHER, COL_STATE = range(5)
ID_ROLE = Qt.ItemDataRole.UserRole


def _date(day: dt.date | None) -> str:
    return f"{day:%d.%m.%Y}" if day else ""


def _fetch_groups(
    db: Database, by: str, include_closed: bool, generation: int
) -> tuple[int, list[sferum_tasks.TaskGroup]]:
    """Runs in a worker: its own short session, plain groups out."""
    with db.session() as session:
        groups = sferum_tasks.open_task_groups(
            session, by, dt.date.today(), include_closed=include_closed
        )
    return generation, groups


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

        self.tree = QTreeWidget()
        self.tree.setObjectName("tree")
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels(
            [self.tr("Due"), self.tr("Task"), self.tr("Description"), "", self.tr("State")]
        )
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)

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
        layout.addWidget(self.tree, 1)

        self.filter_edit.textChanged.connect(self._apply_filter)
        self.group_by.currentIndexChanged.connect(self.reload)
        self.show_closed.toggled.connect(self.reload)
        self.done_button.clicked.connect(self.mark_done)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.reopen_button.clicked.connect(self.reopen_selected)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # -- loading -----------------------------------------------------------------------

    def reload(self) -> None:
        super().reload()
        self._generation += 1
        self.count_label.setText(self.tr("Loading…"))
        run_task(
            _fetch_groups,
            self._on_fetched,
            self._db,
            self.group_by.currentData(),
            self.show_closed.isChecked(),
            self._generation,
        )

    @Slot(object)
    def _on_fetched(self, result: tuple[int, list[sferum_tasks.TaskGroup]]) -> None:
        generation, groups = result
        if generation != self._generation:
            return  # a newer reload is on its way
        by = self.group_by.currentData()
        other = self.tr("Class or chat") if by == "person" else self.tr("Person")
        self.tree.headerItem().setText(COL_OTHER, other)
        self.tree.setUpdatesEnabled(False)
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        heads = []
        for group in groups:
            head = QTreeWidgetItem([self._head_text(group)])
            head.setData(0, ID_ROLE, group.title)
            head.setFont(0, bold)
            if group.overdue:
                head.setForeground(0, QBrush(_OVERDUE))
            head.addChildren([self._task_item(task, by, bold) for task in group.items])
            heads.append(head)
        self.tree.addTopLevelItems(heads)
        for head in heads:
            head.setFirstColumnSpanned(True)
        self.tree.expandAll()
        self.tree.setUpdatesEnabled(True)
        for column in (COL_DUE, COL_KIND):
            self.tree.resizeColumnToContents(column)
        self.tree.setColumnWidth(COL_TITLE, 520)
        self._apply_filter(self.filter_edit.text())
        self.loaded.emit()

    def _head_text(self, group: sferum_tasks.TaskGroup) -> str:
        """«Ёлкина Анна Сергеевна — open: 6, overdue: 6, due from 16.11.2026»."""
        open_count = sum(item.is_open for item in group.items)
        text = self.tr("{0} — open: {1}, overdue: {2}").format(
            group.title, open_count, group.overdue
        )
        if group.first_due:
            text += self.tr(", due from {0}").format(_date(group.first_due))
        return text

    def _task_item(self, task: sferum_tasks.TaskItem, by: str, bold: QFont) -> QTreeWidgetItem:
        other_text = task.target if by == "person" else task.person
        child = QTreeWidgetItem(
            [_date(task.due_on), task.kind, task.title, other_text or "", task.state]
        )
        child.setData(0, ID_ROLE, task.id)
        child.setData(1, ID_ROLE, task.is_open)
        child.setToolTip(COL_TITLE, task.note or task.title)
        if task.overdue:
            for column in range(5):
                child.setForeground(column, QBrush(_OVERDUE))
            child.setFont(COL_DUE, bold)
        elif not task.is_open:
            for column in range(5):
                child.setForeground(column, QBrush(_MUTED))
        return child

    # -- filtering ---------------------------------------------------------------------

    @Slot(str)
    def _apply_filter(self, text: str) -> None:
        words = normalize(text).split()
        shown = total = 0
        for g in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(g)
            head_text = normalize(str(head.data(0, ID_ROLE)))
            visible = 0
            for c in range(head.childCount()):
                child = head.child(c)
                folded = head_text + " " + normalize(" ".join(child.text(i) for i in range(5)))
                hide = not all(w in folded for w in words)
                child.setHidden(hide)
                visible += not hide
            head.setHidden(visible == 0)
            shown += visible
            total += head.childCount()
        self.count_label.setText(self.tr("Shown {0} of {1}").format(shown, total))

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    # -- selection and actions ---------------------------------------------------------

    def task_items(self) -> list[QTreeWidgetItem]:
        """Every shown task row, in order (tests)."""
        items = []
        for g in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(g)
            if head.isHidden():
                continue
            items += [
                head.child(c) for c in range(head.childCount()) if not head.child(c).isHidden()
            ]
        return items

    def group_titles(self) -> list[str]:
        return [
            str(self.tree.topLevelItem(g).data(0, ID_ROLE))
            for g in range(self.tree.topLevelItemCount())
            if not self.tree.topLevelItem(g).isHidden()
        ]

    def selected_tasks(self) -> list[QTreeWidgetItem]:
        """Selected task rows; a selected group header stands for its shown tasks."""
        chosen: dict[int, QTreeWidgetItem] = {}
        for item in self.tree.selectedItems():
            children = (
                [item.child(c) for c in range(item.childCount()) if not item.child(c).isHidden()]
                if item.parent() is None
                else [item]
            )
            for child in children:
                chosen[int(child.data(0, ID_ROLE))] = child
        return list(chosen.values())

    @Slot()
    def _update_buttons(self) -> None:
        tasks = self.selected_tasks()
        has_open = any(t.data(1, ID_ROLE) for t in tasks)
        self.done_button.setEnabled(has_open)
        self.cancel_button.setEnabled(has_open)
        self.reopen_button.setEnabled(any(not t.data(1, ID_ROLE) for t in tasks))

    def _ids(self, open_ones: bool) -> list[int]:
        return [
            int(t.data(0, ID_ROLE))
            for t in self.selected_tasks()
            if bool(t.data(1, ID_ROLE)) == open_ones
        ]

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
            self, self.tr("Cancel tasks"), self.tr("Cancel {0} task(s)?").format(len(ids))
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._write("cancel", ids)

    @Slot()
    def reopen_selected(self) -> None:
        self._write("reopen", self._ids(False))

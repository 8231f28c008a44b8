"""The Задачи Сферума list as a model: a bold row per group (a person, a class or a chat)
followed by the rows of its tasks.

A flat model, not a tree: a QTreeWidget (or an expanded tree over a filter proxy) costs
seconds for the 20,000 tasks an import of a large Centre leaves, while this list is rebuilt
in a few milliseconds on every keystroke of the filter and Qt asks only for the rows on
screen. A task is shown when every typed word is in its texts or its group's title; a group
row while any of its tasks is shown.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QGuiApplication

from ...data.search import normalize
from ...services.sferum_tasks import TaskGroup, TaskItem
from .. import theme

COL_DUE, COL_KIND, COL_TITLE, COL_OTHER, COL_STATE = range(5)
_HEADERS = (
    QT_TRANSLATE_NOOP("TasksPage", "Due"),
    QT_TRANSLATE_NOOP("TasksPage", "Task"),
    QT_TRANSLATE_NOOP("TasksPage", "Description"),
    QT_TRANSLATE_NOOP("TasksPage", "Class or chat"),
    QT_TRANSLATE_NOOP("TasksPage", "State"),
)
_PERSON_HEADER = QT_TRANSLATE_NOOP("TasksPage", "Person")  # the 4th column when by class
_GROUP_COUNTS = QT_TRANSLATE_NOOP("TasksPage", "open: {0}, overdue: {1}")

_ROOT = QModelIndex()
_GROUP_ROW = -1  # the item index of a group's own row

AnyIndex = QModelIndex | QPersistentModelIndex


def _date(day: dt.date | None) -> str:
    return f"{day:%d.%m.%Y}" if day else ""


@dataclass(frozen=True)
class TaskBranch:
    """A group with the folded search text of each of its tasks (made in the worker)."""

    group: TaskGroup
    search: list[str]


def branches_of(groups: list[TaskGroup], by: str) -> list[TaskBranch]:
    """Fold each task's texts once, off the GUI thread."""
    out = []
    for group in groups:
        head = normalize(group.title)
        texts = []
        for item in group.items:
            other = item.target if by == "person" else item.person
            parts = (_date(item.due_on), item.kind, item.title, other or "", item.state)
            texts.append(head + " " + normalize(" ".join(parts)))
        out.append(TaskBranch(group, texts))
    return out


class TaskListModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.branches: list[TaskBranch] = []
        self.by = "person"
        self._words: list[str] = []
        self._rows: list[tuple[int, int]] = []  # (branch, item or _GROUP_ROW)
        self._shown_tasks = 0
        self._bold = QFont()
        self._bold.setBold(True)

    # -- contents ----------------------------------------------------------------------

    def set_branches(self, branches: list[TaskBranch], by: str) -> None:
        self.branches = branches
        self.by = by
        self._rebuild()

    def set_filter_text(self, text: str) -> None:
        words = normalize(text).split()
        if words != self._words:
            self._words = words
            self._rebuild()

    def _rebuild(self) -> None:
        words = self._words
        rows: list[tuple[int, int]] = []
        shown = 0
        for b, branch in enumerate(self.branches):
            if words:
                kept = [i for i, text in enumerate(branch.search) if all(w in text for w in words)]
            else:
                kept = list(range(len(branch.search)))
            if kept:
                rows.append((b, _GROUP_ROW))
                rows += [(b, i) for i in kept]
                shown += len(kept)
        self.beginResetModel()
        self._rows = rows
        self._shown_tasks = shown
        self.endResetModel()

    def task_count(self) -> int:
        return sum(len(b.group.items) for b in self.branches)

    def shown_task_count(self) -> int:
        return self._shown_tasks

    def is_group_row(self, row: int) -> bool:
        return self._rows[row][1] == _GROUP_ROW

    def group(self, row: int) -> TaskGroup:
        return self.branches[self._rows[row][0]].group

    def task(self, row: int) -> TaskItem | None:
        b, i = self._rows[row]
        return None if i == _GROUP_ROW else self.branches[b].group.items[i]

    def rows_of_group(self, row: int) -> list[int]:
        """The shown task rows of the group whose row (or one of whose task rows) is ``row``."""
        b = self._rows[row][0]
        start = row
        while not self.is_group_row(start):
            start -= 1
        end = start + 1
        while end < len(self._rows) and self._rows[end][0] == b:
            end += 1
        return list(range(start + 1, end))

    # -- Qt ----------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        title = _PERSON_HEADER if section == COL_OTHER and self.by != "person" else None
        return QCoreApplication.translate("TasksPage", title or _HEADERS[section])

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        b, i = self._rows[index.row()]
        group = self.branches[b].group
        if i == _GROUP_ROW:
            return self._group_data(group, index.column(), role)
        return self._task_data(group.items[i], index.column(), role)

    def _group_data(self, group: TaskGroup, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_DUE:
                return _date(group.first_due)
            if column == COL_TITLE:
                return group.title
            if column == COL_STATE:
                open_count = sum(item.is_open for item in group.items)
                return QCoreApplication.translate("TasksPage", _GROUP_COUNTS).format(
                    open_count, group.overdue
                )
            return None
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole:
            # The theme's own shade for alternate rows: readable in light and dark themes.
            return QGuiApplication.palette().alternateBase()
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_DUE and group.overdue:
            return theme.brush(theme.error_colour)
        return None

    def _task_data(self, item: TaskItem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            other = item.target if self.by == "person" else item.person
            return (_date(item.due_on), item.kind, item.title, other or "", item.state)[column]
        if role == Qt.ItemDataRole.ForegroundRole:
            if item.overdue:
                return theme.brush(theme.error_colour)
            return None if item.is_open else theme.brush(theme.muted_text)
        if role == Qt.ItemDataRole.FontRole and item.overdue and column == COL_DUE:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_TITLE:
            return item.note or item.title
        return None

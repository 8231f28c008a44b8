"""The Структура tree: directions → associations → groups, the «Учительская» on top.

A ``QStandardItemModel`` filled from ``services.nomenclature.structure_tree``. It never writes
to the database itself: an edited name and a dropped group go to handlers the page sets,
which call the services; the page then reloads the tree.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from ..data.search import normalize
from ..services.nomenclature import AssociationNode, GroupNode, StructureTree
from . import theme
from .filter_proxy import begin_filter_change, end_filter_change

CONTEXT = "StructureModel"
HEADERS = (
    QT_TRANSLATE_NOOP("StructureModel", "Name"),
    QT_TRANSLATE_NOOP("StructureModel", "Study year"),
    QT_TRANSLATE_NOOP("StructureModel", "Teacher"),
    QT_TRANSLATE_NOOP("StructureModel", "Academic year"),
    QT_TRANSLATE_NOOP("StructureModel", "Planned size"),
    QT_TRANSLATE_NOOP("StructureModel", "Enrolled"),
    QT_TRANSLATE_NOOP("StructureModel", "Class name in Sferum"),
    QT_TRANSLATE_NOOP("StructureModel", "State in Sferum"),
)
(
    COL_NAME,
    COL_STUDY_YEAR,
    COL_TEACHER,
    COL_ACADEMIC_YEAR,
    COL_PLANNED,
    COL_ENROLLED,
    COL_CLASS_NAME,
    COL_STATE,
) = range(len(HEADERS))

KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "direction", "association", "group", "staff_room"
ID_ROLE = Qt.ItemDataRole.UserRole + 2
NODE_ROLE = Qt.ItemDataRole.UserRole + 3  # the service's node dataclass
EDIT_TEXT_ROLE = Qt.ItemDataRole.UserRole + 4  # what F2 starts from (a group: its class name)
MUTED_ROLE = Qt.ItemDataRole.UserRole + 5  # archived: greyed in the theme's muted colour

DIRECTION, ASSOCIATION, GROUP, STAFF_ROOM = "direction", "association", "group", "staff_room"
GROUP_MIME = "application/x-sferum-desk-group"

RenameHandler = Callable[[str, int, str], bool]  # (kind, id, text) → renamed?
MoveHandler = Callable[[int, int], bool]  # (group id, association id) → moved?


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _cells(texts: list[str], kind: str, record_id: int, node: Any) -> list[QStandardItem]:
    items = []
    for text in texts:
        item = QStandardItem(text)
        item.setData(kind, KIND_ROLE)
        item.setData(record_id, ID_ROLE)
        item.setData(node, NODE_ROLE)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        items.append(item)
    return items


def _number(value: int | None) -> str:
    return "" if value is None else str(value)


class StructureModel(QStandardItemModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rename_handler: RenameHandler | None = None
        self.move_handler: MoveHandler | None = None
        self.setHorizontalHeaderLabels([_tr(h) for h in HEADERS])

    # -- filling -----------------------------------------------------------------------

    def set_tree(self, tree: StructureTree) -> None:
        self.removeRows(0, self.rowCount())
        root = self.invisibleRootItem()
        root.appendRow(self._group_row(tree.staff_room, tree.staff_joined))
        for direction in tree.directions:
            row = _cells(
                [direction.name] + [""] * (len(HEADERS) - 1), DIRECTION, direction.id, direction
            )
            font = QFont(row[0].font())
            font.setBold(True)
            row[0].setFont(font)
            for association in direction.associations:
                row[0].appendRow(self._association_row(association))
            root.appendRow(row)

    def _association_row(self, node: AssociationNode) -> list[QStandardItem]:
        planned = sum(g.planned_size or 0 for g in node.groups)
        enrolled = sum(g.enrolled for g in node.groups)
        texts = [
            node.name,
            "",
            node.head_teacher,
            "",
            str(planned) if node.groups else "",
            str(enrolled) if node.groups else "",
            "",
            QCoreApplication.translate("StructureModel", "archived") if node.archived else "",
        ]
        row = _cells(texts, ASSOCIATION, node.id, node)
        row[COL_NAME].setData(node.name, EDIT_TEXT_ROLE)
        flags = row[COL_NAME].flags()
        if not node.archived:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        row[COL_NAME].setFlags(flags | Qt.ItemFlag.ItemIsEditable)
        if node.archived:
            for item in row:
                item.setData(True, MUTED_ROLE)
        for group in node.groups:
            row[0].appendRow(self._group_row(group))
        return row

    def _group_row(self, node: GroupNode, joined: int | None = None) -> list[QStandardItem]:
        if node.is_staff_room:
            name = node.sferum_class_name
        else:
            name = QCoreApplication.translate("StructureModel", "Group {0}").format(node.number)
        texts = [
            name,
            _number(node.study_year),
            node.teacher,
            node.academic_year,
            _number(node.planned_size),
            str(node.enrolled),
            node.sferum_class_name,
            node.sferum_state,
        ]
        kind = STAFF_ROOM if node.is_staff_room else GROUP
        row = _cells(texts, kind, node.id, node)
        if node.is_staff_room:
            font = QFont(row[0].font())
            font.setBold(True)
            row[0].setFont(font)
            row[COL_ENROLLED].setToolTip(
                QCoreApplication.translate(
                    "StructureModel", "Active staff: {0}, joined in Sferum: {1}"
                ).format(node.enrolled, joined or 0)
            )
            return row
        for column in (COL_NAME, COL_CLASS_NAME):
            row[column].setData(node.sferum_class_name, EDIT_TEXT_ROLE)
            row[column].setFlags(row[column].flags() | Qt.ItemFlag.ItemIsEditable)
        if not node.archived:
            row[COL_NAME].setFlags(row[COL_NAME].flags() | Qt.ItemFlag.ItemIsDragEnabled)
        if node.class_name_manual:
            font = QFont(row[COL_CLASS_NAME].font())
            font.setItalic(True)
            row[COL_CLASS_NAME].setFont(font)
            row[COL_CLASS_NAME].setToolTip(
                QCoreApplication.translate("StructureModel", "The name is typed by hand")
            )
        if node.archived:
            for item in row:
                item.setData(True, MUTED_ROLE)
        return row

    # -- reading -----------------------------------------------------------------------

    def find(self, kind: str, record_id: int) -> QModelIndex:
        """The name cell of a record, or an invalid index."""
        matches = self.match(
            self.index(0, 0),
            ID_ROLE,
            record_id,
            -1,
            Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
        )
        for index in matches:
            if index.data(KIND_ROLE) == kind:
                return index
        return QModelIndex()

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.EditRole:
            text = super().data(index, EDIT_TEXT_ROLE)
            if text is not None:
                return text
        if role == Qt.ItemDataRole.ForegroundRole and super().data(index, MUTED_ROLE):
            return theme.brush(theme.muted_text)
        return super().data(index, role)

    # -- editing -----------------------------------------------------------------------

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = 2
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or self.rename_handler is None:
            return super().setData(index, value, role)
        kind, record_id = index.data(KIND_ROLE), index.data(ID_ROLE)
        text = str(value).strip()
        if kind not in (ASSOCIATION, GROUP) or text == index.data(EDIT_TEXT_ROLE):
            return False
        if not self.rename_handler(kind, int(record_id), text):
            return False
        item = self.itemFromIndex(index.siblingAtColumn(COL_NAME))
        if kind == ASSOCIATION:
            item.setText(text)
        item.setData(text, EDIT_TEXT_ROLE)
        if kind == GROUP:
            self.itemFromIndex(index.siblingAtColumn(COL_CLASS_NAME)).setText(text)
        return True

    # -- drag and drop -----------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [GROUP_MIME]

    def mimeData(self, indexes: Any) -> QMimeData:
        ids = sorted({int(i.data(ID_ROLE)) for i in indexes if i.data(KIND_ROLE) == GROUP})
        data = QMimeData()
        data.setData(GROUP_MIME, QByteArray(",".join(map(str, ids)).encode()))
        return data

    @staticmethod
    def group_ids(data: QMimeData) -> list[int]:
        raw = bytes(data.data(GROUP_MIME).data()).decode()
        return [int(part) for part in raw.split(",") if part.isdigit()]

    def _target(self, parent: QModelIndex | QPersistentModelIndex) -> int | None:
        """The association a drop on ``parent`` goes to (a group row means its association)."""
        if not parent.isValid():
            return None
        parent = parent.siblingAtColumn(COL_NAME)
        if parent.data(KIND_ROLE) == GROUP:
            parent = parent.parent()
        if parent.data(KIND_ROLE) != ASSOCIATION:
            return None
        node = parent.data(NODE_ROLE)
        return None if node is None or node.archived else int(parent.data(ID_ROLE))

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        return data.hasFormat(GROUP_MIME) and self._target(parent) is not None

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        """Hands the move to ``move_handler`` and returns False: the rows are not moved by the
        view (the page reloads the tree), so a refused move leaves the tree as it was."""
        target = self._target(parent)
        if target is None or self.move_handler is None or action == Qt.DropAction.IgnoreAction:
            return False
        for group_id in self.group_ids(data):
            if not self.move_handler(group_id, target):
                break
        return False


class StructureFilter(QSortFilterProxyModel):
    """Filter-as-you-type over names, teachers and class names, Cyrillic folded; a matching
    association keeps its groups, a matching group keeps its parents."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)

    def set_filter_text(self, text: str) -> None:
        begin_filter_change(self)
        self._needle = normalize(text)
        end_filter_change(self)

    # The drop goes to the tree model's handler whatever the filter shows.
    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        return self.sourceModel().canDropMimeData(data, action, -1, -1, self.mapToSource(parent))

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        return self.sourceModel().dropMimeData(data, action, -1, -1, self.mapToSource(parent))

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._needle:
            return True
        model = self.sourceModel()
        texts = [
            model.index(source_row, column, source_parent).data() or ""
            for column in (COL_NAME, COL_TEACHER, COL_CLASS_NAME)
        ]
        return self._needle in normalize(" ".join(texts))

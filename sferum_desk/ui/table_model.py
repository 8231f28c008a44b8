"""The one table-model recipe of the app (after Vorta's archive table model).

A page describes its columns with :class:`Column`; :class:`RecordTableModel` shows a list of
frozen dataclasses from ``services.listings``; :class:`FilterProxyModel` sorts by native
values (dates as dates, numbers as numbers, empty cells last) and filters on every column
with the same Cyrillic folding the database search uses («ёлка» finds «ЁЛКА»).

The texts of the cells can be worked out off the GUI thread with :func:`prepare_rows` (they
are plain strings), so showing thousands of rows does not stall the window.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

from ..data.search import normalize
from .formatting import display_text

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2

HEADER_CONTEXT = "Columns"  # the translation context of every column header

_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTRE = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


@dataclass(frozen=True)
class Column:
    """One column: ``header`` is an English source text marked with
    ``QT_TRANSLATE_NOOP("Columns", ...)``; ``value`` returns the record's native value."""

    header: str
    value: Callable[[Any], Any]
    sort_key: Callable[[Any], Any] | None = None
    align: Qt.AlignmentFlag | None = None
    tooltip: bool = False  # long text: show it whole in a tooltip

    def sort_value(self, record: Any) -> Any:
        return (self.sort_key or self.value)(record)

    def alignment(self, value: Any) -> Qt.AlignmentFlag:
        if self.align is not None:
            return self.align
        if isinstance(value, bool):
            return _CENTRE
        if isinstance(value, int | float):
            return _RIGHT
        return _LEFT


def field(name: str) -> Callable[[Any], Any]:
    """A value getter reading one attribute of the record."""

    def get(record: Any) -> Any:
        return getattr(record, name)

    get.__name__ = f"field_{name}"
    return get


@dataclass(frozen=True)
class PreparedRows:
    """Records with their cell texts and folded search text, ready for the model."""

    rows: list[Any]
    texts: list[list[str]]
    search: list[str]


def prepare_rows(columns: Sequence[Column], rows: Sequence[Any]) -> PreparedRows:
    """Work out what every cell shows; plain Python, so it may run in a worker."""
    texts = [[display_text(c.value(record)) for c in columns] for record in rows]
    return PreparedRows(list(rows), texts, [normalize("\n".join(cells)) for cells in texts])


def _comparable(value: Any) -> Any:
    if isinstance(value, str):
        return normalize(value)
    if isinstance(value, dt.datetime) and value.tzinfo is None:
        return value.astimezone()
    return value


def _ranks(values: list[Any]) -> list[int | None]:
    """Each value's place in sorted order (equal values share it); ``None`` stays ``None``."""
    present = [(i, _comparable(v)) for i, v in enumerate(values) if v is not None]
    try:
        present.sort(key=lambda pair: pair[1])
    except TypeError:  # mixed types in one column: compare their text
        present = sorted(((i, str(v)) for i, v in present), key=lambda pair: pair[1])
    ranks: list[int | None] = [None] * len(values)
    rank, previous = -1, object()
    for i, key in present:
        if key != previous:
            rank, previous = rank + 1, key
        ranks[i] = rank
    return ranks


class RecordTableModel(QAbstractTableModel):
    """Read-only rows of plain records. ``muted`` greys out rows such as dismissed staff."""

    def __init__(
        self,
        columns: Sequence[Column],
        muted: Callable[[Any], bool] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._muted = muted
        self._prepared = PreparedRows([], [], [])
        self._ranks: dict[int, list[int | None]] = {}
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None

    @property
    def columns(self) -> list[Column]:
        return self._columns

    @property
    def rows(self) -> list[Any]:
        return self._prepared.rows

    def set_rows(self, rows: Sequence[Any] | PreparedRows) -> None:
        if not isinstance(rows, PreparedRows):
            rows = prepare_rows(self._columns, rows)
        self.beginResetModel()
        self._prepared = rows
        self._ranks = {}
        if self._sorted_by is not None:
            self._prepared = self._reordered(self._order(*self._sorted_by))
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the rows by ``column`` (empty cells last either way), keeping selections.

        Sorting here, with keys worked out once per column, costs milliseconds; a proxy
        calling back into Python for every comparison takes seconds on the change log."""
        if not 0 <= column < len(self._columns):
            self._sorted_by = None
            return
        self._sorted_by = (column, order)
        permutation = self._order(column, order)
        self.layoutAboutToBeChanged.emit()
        new_row_of = {old: new for new, old in enumerate(permutation)}
        persistent = self.persistentIndexList()
        self._prepared = self._reordered(permutation)
        self._ranks = {}
        self.changePersistentIndexList(
            persistent,
            [self.index(new_row_of[i.row()], i.column()) for i in persistent],
        )
        self.layoutChanged.emit()

    def _order(self, column: int, order: Qt.SortOrder) -> list[int]:
        ranks = [self.sort_rank(row, column) for row in range(self.rowCount())]
        sign = -1 if order == Qt.SortOrder.DescendingOrder else 1
        return sorted(range(len(ranks)), key=lambda r: (ranks[r] is None, sign * (ranks[r] or 0)))

    def _reordered(self, permutation: list[int]) -> PreparedRows:
        old = self._prepared
        return PreparedRows(
            [old.rows[i] for i in permutation],
            [old.texts[i] for i in permutation],
            [old.search[i] for i in permutation],
        )

    def record(self, row: int) -> Any:
        return self._prepared.rows[row]

    def text(self, row: int, column: int) -> str:
        return self._prepared.texts[row][column]

    def column_texts(self, column: int) -> list[str]:
        return [cells[column] for cells in self._prepared.texts]

    def search_text(self, row: int) -> str:
        return self._prepared.search[row]

    def sort_value(self, row: int, column: int) -> Any:
        return self._columns[column].sort_value(self._prepared.rows[row])

    def sort_rank(self, row: int, column: int) -> int | None:
        """The row's place when sorted by ``column``, worked out once per set of rows."""
        ranks = self._ranks.get(column)
        if ranks is None:
            ranks = _ranks([self.sort_value(r, column) for r in range(self.rowCount())])
            self._ranks[column] = ranks
        return ranks[row]

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._prepared.rows)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._prepared.texts[row][column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._columns[column].alignment(self._columns[column].value(self.record(row)))
        if role == SORT_ROLE:
            return self.sort_value(row, column)
        if role == RECORD_ROLE:
            return self.record(row)
        if role == Qt.ItemDataRole.ToolTipRole and self._columns[column].tooltip:
            return self._prepared.texts[row][column] or None
        if role == Qt.ItemDataRole.ForegroundRole and self._muted and self._muted(self.record(row)):
            return QBrush(
                QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            )
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(HEADER_CONTEXT, self._columns[section].header)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


# Qt 6.10 deprecates invalidateFilter() for a begin/end pair around the change of the
# filter's state (6.9 has only begin); every proxy of the app refilters through these two.
def begin_filter_change(proxy: QSortFilterProxyModel) -> None:
    if hasattr(proxy, "endFilterChange"):
        proxy.beginFilterChange()


def end_filter_change(proxy: QSortFilterProxyModel) -> None:
    if hasattr(proxy, "endFilterChange"):
        proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
    else:
        proxy.invalidateFilter()


class FilterProxyModel(QSortFilterProxyModel):
    """Keeps rows whose text contains every word typed and, optionally, whose
    ``choice_column`` shows exactly the chosen value; sorting is passed to the records
    model (by :data:`SORT_ROLE` values)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._choice_column: int | None = None
        self._choice: str | None = None
        self.setSortRole(SORT_ROLE)  # for a source model that is not a RecordTableModel

    def set_filter_text(self, text: str) -> None:
        words = normalize(text).split()
        if words != self._words:
            begin_filter_change(self)
            self._words = words
            end_filter_change(self)

    def set_choice(self, column: int | None, value: str | None) -> None:
        """Keep only rows whose ``column`` displays ``value``; ``None`` keeps all."""
        begin_filter_change(self)
        self._choice_column = column
        self._choice = value
        end_filter_change(self)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, RecordTableModel):
            return super().filterAcceptsRow(source_row, source_parent)
        column, choice = self._choice_column, self._choice
        if choice is not None and column is not None and model.text(source_row, column) != choice:
            return False
        if not self._words:
            return True
        text = model.search_text(source_row)
        return all(word in text for word in self._words)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The view's sort request goes to the records model, which sorts fast."""
        model = self.sourceModel()
        if isinstance(model, RecordTableModel):
            model.sort(column, order)
        else:
            super().sort(column, order)

"""Filtering and sorting of a :class:`~.table_model.RecordTableModel` for its view.

:class:`FilterProxyModel` shows the rows whose text holds every word typed (with the
Cyrillic folding of the database search: «ёлка» finds «ЁЛКА»), optionally only those whose
choice column shows the chosen value, in the order of the column last sorted by (dates as
dates, numbers as numbers, empty cells last either way).

It is a ``QAbstractProxyModel`` over plain lists rather than a ``QSortFilterProxyModel``:
the latter calls back into Python for every row it filters and every comparison it sorts
by, which takes a quarter of a second per keystroke and seconds per sort on 100,000 rows.
Here the shown rows are one list of source rows, filtered with list comprehensions over the
model's prepared search texts and ordered by the model's cached sort orders; the view is
told with one layout change (rows moving), which moves the selection with its records
(with a removal or insertion at the end too when the whole table is selected, see
:meth:`FilterProxyModel._show`).

``begin_filter_change``/``end_filter_change`` are for the app's real
``QSortFilterProxyModel`` subclasses (the structure tree).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ..data.search import normalize
from .table_model import LAYOUT_OVERLOAD, READ_ONLY, ROOT, ROWS_MOVED, AnyIndex, RecordTableModel


# Qt 6.10 deprecates invalidateFilter() for a begin/end pair around the change of the
# filter's state (6.9 has only begin); every QSortFilterProxyModel of the app refilters
# through these two.
def begin_filter_change(proxy: QSortFilterProxyModel) -> None:
    if hasattr(proxy, "endFilterChange"):
        proxy.beginFilterChange()


def end_filter_change(proxy: QSortFilterProxyModel) -> None:
    if hasattr(proxy, "endFilterChange"):
        proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
    else:
        proxy.invalidateFilter()


def _narrows(old: list[str], new: list[str]) -> bool:
    """Whether every row that has all ``new`` words has all ``old`` ones (typing on)."""
    return all(any(word in longer for longer in new) for word in old)


class FilterProxyModel(QAbstractProxyModel):
    """The rows of a :class:`RecordTableModel` whose text contains every word typed and,
    optionally, whose ``choice_column`` shows exactly the chosen value, in the order of the
    column last sorted by (the records' own order until then).

    The shown rows are a plain list of source rows, worked out in Python over the model's
    search texts and sort orders; see :meth:`_show` for how a change reaches the view."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model: RecordTableModel | None = None
        self._words: list[str] = []
        self._choice_column: int | None = None
        self._choice: str | None = None
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._order: list[int] | None = None  # source rows in the sort order; None: as is
        self._rows: list[int] = []  # the source row of each shown row
        self._position: list[int] | None = None  # shown row of each source row, or -1
        self._column_count = 0
        self._saved: tuple[list[QModelIndex], list[QPersistentModelIndex]] | None = None

    # -- the source --------------------------------------------------------------------

    def setSourceModel(self, model: QAbstractItemModel | None) -> None:
        if model is not None and not isinstance(model, RecordTableModel):
            raise TypeError("FilterProxyModel shows a RecordTableModel")
        self.beginResetModel()
        if self._model is not None:
            for signal, slot in self._connections(self._model):
                signal.disconnect(slot)
        super().setSourceModel(model)
        self._model = model
        if model is not None:
            for signal, slot in self._connections(model):
                signal.connect(slot)
        self._rebuild()
        self.endResetModel()

    def _connections(self, model: RecordTableModel) -> list[tuple[Any, Callable[..., None]]]:
        changes = [
            (model.modelAboutToBeReset, model.modelReset),
            (model.rowsAboutToBeInserted, model.rowsInserted),
            (model.rowsAboutToBeRemoved, model.rowsRemoved),
            (model.rowsAboutToBeMoved, model.rowsMoved),
            (model.columnsAboutToBeInserted, model.columnsInserted),
            (model.columnsAboutToBeRemoved, model.columnsRemoved),
        ]
        return [
            *((before, self._source_about_to_reset) for before, _after in changes),
            *((after, self._source_reset) for _before, after in changes),
            (model.layoutAboutToBeChanged, self._source_layout_about_to_change),
            (model.layoutChanged, self._source_layout_changed),
            (model.dataChanged, self._source_data_changed),
            (model.headerDataChanged, self.headerDataChanged),
        ]

    def _source_about_to_reset(self, *_args: object) -> None:
        self.beginResetModel()

    def _source_reset(self, *_args: object) -> None:
        self._rebuild()
        self.endResetModel()

    # The source reorders its rows (RecordTableModel.sort): the same records pass the filter,
    # so only their places change.
    def _source_layout_about_to_change(self, *_args: object) -> None:
        self.layoutAboutToBeChanged[LAYOUT_OVERLOAD].emit([], ROWS_MOVED)
        persistent = self.persistentIndexList()
        self._saved = (persistent, [QPersistentModelIndex(self.mapToSource(i)) for i in persistent])

    def _source_layout_changed(self, *_args: object) -> None:
        self._rebuild()
        if self._saved is not None:
            persistent, sources = self._saved
            self._saved = None
            self.changePersistentIndexList(
                persistent, [self.mapFromSource(source) for source in sources]
            )
        self.layoutChanged[LAYOUT_OVERLOAD].emit([], ROWS_MOVED)

    def _source_data_changed(
        self, top_left: QModelIndex, bottom_right: QModelIndex, *args: Any
    ) -> None:
        rows = [
            row
            for row in (self._row_of(r) for r in range(top_left.row(), bottom_right.row() + 1))
            if row >= 0
        ]
        if rows:
            self.dataChanged.emit(
                self.index(min(rows), top_left.column()),
                self.index(max(rows), bottom_right.column()),
                *args,
            )

    # -- filter and order --------------------------------------------------------------

    def set_filter_text(self, text: str) -> None:
        words = normalize(text).split()
        if words == self._words:
            return
        narrowing = _narrows(self._words, words)
        self._words = words
        self._show(self._filtered(self._rows if narrowing else None))

    def set_choice(self, column: int | None, value: str | None) -> None:
        """Keep only rows whose ``column`` displays ``value``; ``None`` keeps all."""
        if (column, value) == (self._choice_column, self._choice):
            return
        self._choice_column = column
        self._choice = value
        self._show(self._filtered(None))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Show the rows in ``column``'s order (native values, empty cells last); a column
        out of range (the view's -1) shows them in the records' own order."""
        self._sort_column, self._sort_order = column, order
        self._order = self._sort_order_rows()
        self._relayout(self._filtered(None))  # the same rows in another order

    def sortColumn(self) -> int:
        return self._sort_column

    def sortOrder(self) -> Qt.SortOrder:
        return self._sort_order

    def source_row(self, row: int) -> int:
        """The source row shown as ``row``."""
        return self._rows[row]

    def source_rows(self) -> list[int]:
        """The source rows shown, in the table's order (the proxy's own list: do not
        change it)."""
        return self._rows

    def _sort_order_rows(self) -> list[int] | None:
        model = self._model
        if model is None or not 0 <= self._sort_column < model.columnCount():
            return None
        return model.sorted_rows(self._sort_column, self._sort_order)

    def _rebuild(self) -> None:
        self._column_count = self._model.columnCount() if self._model is not None else 0
        self._order = self._sort_order_rows()
        self._rows = self._filtered(None)
        self._position = None

    def _filtered(self, candidates: list[int] | None) -> list[int]:
        """The rows to show, from ``candidates`` (in their order) or from all rows."""
        model = self._model
        if model is None:
            return []
        rows = candidates if candidates is not None else self._order
        column, choice = self._choice_column, self._choice
        if choice is not None and column is not None:
            texts = model.column_texts(column)
            if rows is None:
                rows = [i for i, text in enumerate(texts) if text == choice]
            else:
                rows = [r for r in rows if texts[r] == choice]
        search = model.search_texts()
        for word in self._words:
            if rows is None:
                rows = [i for i, text in enumerate(search) if word in text]
            else:
                rows = [r for r in rows if word in search[r]]
        return list(range(model.rowCount())) if rows is None else rows

    # -- telling the view --------------------------------------------------------------

    def _show(self, rows: list[int]) -> None:
        """Show ``rows`` as one layout change: the persistent indexes (selection, current
        row) follow their records, or go invalid where a record is no longer shown.

        Except when the whole table may be selected: QItemSelectionModel then keeps one
        range from the first to the last cell and, if the rows are not the same after the
        layout change, leaves it between wherever its two corner records went (select all,
        type, and nothing or a random stretch was selected). Then the rows that go are
        moved to the end and removed there, and the ones that come are inserted at the end
        and moved into place, which keeps the selection exact; it costs a few set
        operations over all rows, so it is not done on every keystroke."""
        old = self._rows
        if rows == old:
            return
        if not self._corners_are_persistent():
            self._relayout(rows)
            return
        old_set, new_set = set(old), set(rows)
        hidden = old_set - new_set
        arriving = new_set - old_set
        staying = old
        if hidden:
            staying = [source for source in rows if source in old_set] if arriving else rows
            interim = staying + list(hidden)
            if interim != old:
                self._relayout(interim, hidden)
            self.beginRemoveRows(ROOT, len(staying), len(old) - 1)
            self._set_rows(staying)
            self.endRemoveRows()
        if arriving:
            self.beginInsertRows(ROOT, len(staying), len(rows) - 1)
            self._set_rows(staying + list(arriving))
            self.endInsertRows()
        if self._rows != rows:
            self._relayout(rows)

    def _corners_are_persistent(self) -> bool:
        """Whether something holds the first and the last cell, as a selection of the whole
        table does."""
        last = (len(self._rows) - 1, self._column_count - 1)
        held = {(index.row(), index.column()) for index in self.persistentIndexList()}
        return (0, 0) in held and last in held

    def _relayout(self, rows: list[int], hidden: set[int] | None = None) -> None:
        """Show ``rows`` as one layout change: the persistent indexes follow their records;
        those of records not in ``rows``, or ``hidden`` (moved to the end to be removed),
        go invalid: removing a current row would make a single-selection view select its
        neighbour instead."""
        self.layoutAboutToBeChanged[LAYOUT_OVERLOAD].emit([], ROWS_MOVED)
        old = self._rows
        self._set_rows(rows)
        persistent = self.persistentIndexList()
        if persistent:
            sources = {old[i.row()] for i in persistent}
            new_row = self._new_rows(sources - hidden if hidden else sources)
            moved = []
            for i in persistent:
                row = new_row.get(old[i.row()], -1)
                moved.append(self.index(row, i.column()) if row >= 0 else QModelIndex())
            self.changePersistentIndexList(persistent, moved)
        self.layoutChanged[LAYOUT_OVERLOAD].emit([], ROWS_MOVED)

    def _set_rows(self, rows: list[int]) -> None:
        self._rows = rows
        self._position = None

    def _new_rows(self, sources: set[int]) -> dict[int, int]:
        """The shown row of each source row (-1: hidden); a few are looked up directly."""
        if len(sources) > 8:
            return {source: self._row_of(source) for source in sources}
        found = {}
        for source in sources:
            try:
                found[source] = self._rows.index(source)
            except ValueError:
                found[source] = -1
        return found

    def _row_of(self, source_row: int) -> int:
        if self._position is None:
            model = self._model
            position = [-1] * (model.rowCount() if model is not None else 0)
            for row, source in enumerate(self._rows):
                position[source] = row
            self._position = position
        return self._position[source_row] if 0 <= source_row < len(self._position) else -1

    # -- Qt ----------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = ROOT) -> QModelIndex:
        if parent.isValid() or not (
            0 <= row < len(self._rows) and 0 <= column < self._column_count
        ):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, _index: AnyIndex = ROOT) -> QModelIndex:  # type: ignore[override]
        return QModelIndex()

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else self._column_count

    def hasChildren(self, parent: AnyIndex = ROOT) -> bool:
        return not parent.isValid() and bool(self._rows)

    def mapToSource(self, proxy_index: AnyIndex) -> QModelIndex:
        if not proxy_index.isValid() or self._model is None:
            return QModelIndex()
        return self._model.index(self._rows[proxy_index.row()], proxy_index.column())

    def mapFromSource(self, source_index: AnyIndex) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        row = self._row_of(source_index.row())
        return self.index(row, source_index.column()) if row >= 0 else QModelIndex()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._model is None:
            return None
        return self._model.cell(self._rows[index.row()], index.column(), role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return READ_ONLY if index.isValid() else Qt.ItemFlag.NoItemFlags

    def buddy(self, index: AnyIndex) -> QModelIndex:
        return QModelIndex(index)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if self._model is None or orientation != Qt.Orientation.Horizontal:
            return None
        return self._model.headerData(section, orientation, role)

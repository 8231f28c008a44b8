"""The one table-model recipe of the app (after Vorta's archive table model).

A page describes its columns with :class:`Column`; :class:`RecordTableModel` shows a list of
frozen dataclasses from ``services.listings``; :class:`FilterProxyModel` sorts by native
values (dates as dates, numbers as numbers, empty cells last) and filters on every column
with the same Cyrillic folding the database search uses («ёлка» finds «ЁЛКА»).

The texts of the cells are worked out once, off the GUI thread with :func:`prepare_rows`
(plain strings, one list per column, equal texts shared), together with one folded search
text per row. Filtering and sorting then run over those plain lists in Python and hand the
view the result as one layout change: a ``QSortFilterProxyModel`` would call back into
Python for every row it filters and every comparison it sorts by, which takes a quarter of a
second per keystroke and seconds per sort on 100,000 rows.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
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
_READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

# data() is asked for several roles of every painted cell: compare plain ints.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_SORT = int(SORT_ROLE)
_RECORD = int(RECORD_ROLE)
_ANSWERED = frozenset({_ALIGNMENT, _FOREGROUND, _TOOLTIP, _SORT, _RECORD})

# Rows change place (or are hidden) but columns stay: with this hint the selection keeps one
# persistent index per selected row, not per cell, and the header its column widths.
_ROWS_MOVED = QAbstractItemModel.LayoutChangeHint.VerticalSortHint
_LAYOUT = ("QList<QPersistentModelIndex>", "QAbstractItemModel::LayoutChangeHint")  # overload
_PLAIN_KEYS = frozenset({int, float, bool, Decimal, dt.date})  # sort by the value itself

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
        return Qt.AlignmentFlag(_alignment_of(value))


def _alignment_of(value: Any) -> int:
    """Numbers to the right, yes/no centred, the rest to the left. Asked for every painted
    cell, so looked up by the value's class and given as a plain int: Qt reads it as the
    same alignment, and PySide converts an int far faster than an enum."""
    cls = value.__class__
    alignment = _ALIGNMENTS.get(cls)
    if alignment is None:
        if issubclass(cls, bool):
            alignment = int(_CENTRE)
        elif issubclass(cls, int | float):
            alignment = int(_RIGHT)
        else:
            alignment = int(_LEFT)
        _ALIGNMENTS[cls] = alignment
    return alignment


_ALIGNMENTS: dict[type, int] = {}


def field(name: str) -> Callable[[Any], Any]:
    """A value getter reading one attribute of the record (in C: it runs once per row
    when the rows are prepared or sorted)."""
    return operator.attrgetter(name)


@dataclass(frozen=True)
class PreparedRows:
    """Records with their cell texts, one list per column (``texts[column][row]``), and
    each row's folded search text, ready for the model."""

    rows: list[Any]
    texts: list[list[str]]
    search: list[str]


def _column_texts(column: Column, rows: Sequence[Any]) -> list[str]:
    """What ``column`` shows for each record, each distinct value formatted once."""
    get = column.value
    shown: dict[Any, str] = {}
    texts: list[str] = []
    append = texts.append
    for record in rows:
        value = get(record)
        if value.__class__ is str:
            append(shown.setdefault(value, value))
            continue
        key = (value.__class__, value)  # 1, 1.0 and True are equal keys but show differently
        try:
            text = shown.get(key)
            if text is None:
                text = shown[key] = display_text(value)
        except TypeError:  # an unhashable value
            text = display_text(value)
        append(text)
    return texts


def _folded(texts: list[str], folded: dict[str, str]) -> list[str]:
    out: list[str] = []
    append = out.append
    for text in texts:
        fold = folded.get(text)
        if fold is None:
            fold = folded[text] = normalize(text)
        append(fold)
    return out


def prepare_rows(columns: Sequence[Column], rows: Sequence[Any]) -> PreparedRows:
    """Work out what every cell shows and what a row is found by; plain Python, so it may
    run in a worker."""
    rows = list(rows)
    texts = [_column_texts(column, rows) for column in columns]
    folded: dict[str, str] = {}
    # A typed word holds no spaces, so joining the folded cells finds the same rows as
    # folding the joined cells, at the price of folding each distinct text once.
    cells = zip(*(_folded(column, folded) for column in texts), strict=True)
    search = [" ".join(row) for row in cells] if texts else [""] * len(rows)
    return PreparedRows(rows, texts, search)


def _sort_key(value: Any) -> Any:
    """What a cell is compared by; ``None`` for an empty cell."""
    if value is None:
        return None
    if isinstance(value, str):
        return value.casefold().replace("ё", "е").strip() or None
    if isinstance(value, dt.datetime) and value.tzinfo is None:
        return value.astimezone()
    return value


def sort_keys(values: Sequence[Any]) -> list[Any]:
    """The keys of :func:`sorted_rows`: texts folded like the search (case, ё as е), dates,
    numbers as they are; ``None`` for an empty cell."""
    return [
        (v.casefold().replace("ё", "е").strip() or None)
        if v.__class__ is str
        else v
        if v.__class__ in _PLAIN_KEYS
        else _sort_key(v)
        for v in values
    ]


def sorted_rows(keys: Sequence[Any], descending: bool = False) -> list[int]:
    """Row numbers ordered by ``keys``, empty cells (``None``) last in either direction,
    equal keys in their original order."""
    present = [i for i, key in enumerate(keys) if key is not None]
    empty = [i for i, key in enumerate(keys) if key is None]
    try:
        present = sorted(present, key=keys.__getitem__, reverse=descending)
    except TypeError:  # mixed types in one column: compare their text
        texts = [None if key is None else str(key) for key in keys]
        present = sorted(present, key=texts.__getitem__, reverse=descending)
    return present + empty


_brush: tuple[int, QBrush] | None = None


def _muted_brush() -> QBrush:
    """The disabled text colour, made again only when the palette changes."""
    global _brush
    palette = QApplication.palette()
    if _brush is None or _brush[0] != palette.cacheKey():
        colour = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        _brush = (palette.cacheKey(), QBrush(colour))
    return _brush[1]


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
        self._load(PreparedRows([], [[] for _ in self._columns], []))
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None

    def _load(self, prepared: PreparedRows) -> None:
        self._rows = prepared.rows
        self._texts = prepared.texts
        self._search = prepared.search
        self._keys: dict[int, list[Any]] = {}
        self._orders: dict[tuple[int, bool], list[int]] = {}

    @property
    def columns(self) -> list[Column]:
        return self._columns

    @property
    def rows(self) -> list[Any]:
        return self._rows

    def set_rows(self, rows: Sequence[Any] | PreparedRows) -> None:
        if not isinstance(rows, PreparedRows):
            rows = prepare_rows(self._columns, rows)
        self.beginResetModel()
        self._load(rows)
        if self._sorted_by is not None:
            self._permute(self.sorted_rows(*self._sorted_by))
        self.endResetModel()

    # -- reading -----------------------------------------------------------------------

    def record(self, row: int) -> Any:
        return self._rows[row]

    def text(self, row: int, column: int) -> str:
        return self._texts[column][row]

    def column_texts(self, column: int) -> list[str]:
        """What every row shows in ``column`` (the model's own list: do not change it)."""
        return self._texts[column]

    def search_text(self, row: int) -> str:
        return self._search[row]

    def search_texts(self) -> list[str]:
        """Every row's folded search text (the model's own list: do not change it)."""
        return self._search

    def sort_value(self, row: int, column: int) -> Any:
        return self._columns[column].sort_value(self._rows[row])

    def sorted_rows(self, column: int, order: Qt.SortOrder) -> list[int]:
        """The rows in ``column``'s order, empty cells last either way; worked out once per
        column, direction and set of rows (the model's own list: do not change it)."""
        descending = order == Qt.SortOrder.DescendingOrder
        rows = self._orders.get((column, descending))
        if rows is None:
            keys = self._keys.get(column)
            if keys is None:
                column_ = self._columns[column]
                get = column_.sort_key or column_.value
                keys = self._keys[column] = sort_keys([get(record) for record in self._rows])
            rows = self._orders[(column, descending)] = sorted_rows(keys, descending)
        return rows

    # -- sorting without a proxy -------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the rows themselves by ``column``, keeping selections: for a view shown
        without :class:`FilterProxyModel`, which sorts without touching the rows."""
        if not 0 <= column < len(self._columns):
            self._sorted_by = None
            return
        self._sorted_by = (column, order)
        permutation = self.sorted_rows(column, order)
        self.layoutAboutToBeChanged[_LAYOUT].emit([], _ROWS_MOVED)
        new_row_of = {old: new for new, old in enumerate(permutation)}
        persistent = self.persistentIndexList()
        self._permute(permutation)
        self.changePersistentIndexList(
            persistent,
            [self.index(new_row_of[i.row()], i.column()) for i in persistent],
        )
        self.layoutChanged[_LAYOUT].emit([], _ROWS_MOVED)

    def _permute(self, permutation: list[int]) -> None:
        rows, texts, search = self._rows, self._texts, self._search
        self._load(
            PreparedRows(
                [rows[i] for i in permutation],
                [[column[i] for i in permutation] for column in texts],
                [search[i] for i in permutation],
            )
        )

    # -- Qt ----------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.cell(index.row(), index.column(), role)

    def cell(self, row: int, column: int, role: int) -> Any:
        """``data()`` of one cell, by row and column (the proxy asks here directly)."""
        if role == _DISPLAY:
            return self._texts[column][row]
        if role not in _ANSWERED:  # font, decoration, check state, background…
            return None
        if role == _ALIGNMENT:
            col = self._columns[column]
            if col.align is not None:
                return int(col.align)
            return _alignment_of(col.value(self._rows[row]))
        if role == _FOREGROUND:
            if self._muted is not None and self._muted(self._rows[row]):
                return _muted_brush()
            return None
        if role == _TOOLTIP:
            return (self._texts[column][row] or None) if self._columns[column].tooltip else None
        if role == _SORT:
            return self.sort_value(row, column)
        return self._rows[row]  # _RECORD

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == _DISPLAY:
            return QCoreApplication.translate(HEADER_CONTEXT, self._columns[section].header)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _READ_ONLY


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
    search texts and sort orders; each change of the filter or of the order reaches the
    view as one layout change, which keeps the selection on the same records."""

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

    def _source_layout_about_to_change(self, *_args: object) -> None:
        self.layoutAboutToBeChanged[_LAYOUT].emit([], _ROWS_MOVED)
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
        self.layoutChanged[_LAYOUT].emit([], _ROWS_MOVED)

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
        self._show(self._filtered(None))

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

    def _show(self, rows: list[int]) -> None:
        """Show ``rows`` as one layout change; the persistent indexes (selection, current
        row) follow their records, or go where a record is no longer shown."""
        self.layoutAboutToBeChanged[_LAYOUT].emit([], _ROWS_MOVED)
        old = self._rows
        self._rows = rows
        self._position = None
        persistent = self.persistentIndexList()
        if persistent:
            new_row = self._new_rows({old[i.row()] for i in persistent})
            moved = []
            for i in persistent:
                row = new_row[old[i.row()]]
                moved.append(self.index(row, i.column()) if row >= 0 else QModelIndex())
            self.changePersistentIndexList(persistent, moved)
        self.layoutChanged[_LAYOUT].emit([], _ROWS_MOVED)

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

    def index(self, row: int, column: int, parent: AnyIndex = _ROOT) -> QModelIndex:
        if parent.isValid() or not (
            0 <= row < len(self._rows) and 0 <= column < self._column_count
        ):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, _index: AnyIndex = _ROOT) -> QModelIndex:  # type: ignore[override]
        return QModelIndex()

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self._column_count

    def hasChildren(self, parent: AnyIndex = _ROOT) -> bool:
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
        return _READ_ONLY if index.isValid() else Qt.ItemFlag.NoItemFlags

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

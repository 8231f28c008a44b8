"""The one table-model recipe of the app (after Vorta's archive table model).

A page describes its columns with :class:`Column`; :class:`RecordTableModel` shows a list of
frozen dataclasses from ``services.listings``. Filtering and sorting for a view are done by
``filter_proxy.FilterProxyModel`` over what this module prepares.

The texts of the cells are worked out once, off the GUI thread with :func:`prepare_rows`
(plain strings, one list per column, equal texts shared), together with one folded search
text per row (the Cyrillic folding of the database search: «ёлка» finds «ЁЛКА») and each
column's ascending order, by :func:`sort_keys` and :func:`sorted_rows` (native values: dates
as dates, numbers as numbers, texts folded like the search; empty cells last in either
direction) — so a click on a header only shows rows in an order already known (the other
direction is worked out on its first click). All of it is
plain Python lists, because asking Python per row and per comparison (as a
``QSortFilterProxyModel`` does) is what made large tables slow.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from ..data.search import normalize
from . import theme
from .formatting import display_text

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2

HEADER_CONTEXT = "Columns"  # the translation context of every column header

_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTRE = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter
READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

# data() is asked for several roles of every painted cell: compare plain ints.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_SORT = int(SORT_ROLE)
_RECORD = int(RECORD_ROLE)
_ANSWERED = frozenset({_ALIGNMENT, _FOREGROUND, _TOOLTIP, _SORT, _RECORD})

# Rows change place but columns stay: with this hint the selection keeps one persistent index
# per selected row, not per cell, and the header its column widths.
ROWS_MOVED = QAbstractItemModel.LayoutChangeHint.VerticalSortHint
# The overload of layoutAboutToBeChanged/layoutChanged that takes the parents and the hint.
LAYOUT_OVERLOAD = ("QList<QPersistentModelIndex>", "QAbstractItemModel::LayoutChangeHint")
_PLAIN_KEYS = frozenset({int, float, bool, Decimal, dt.date})  # sort by the value itself

AnyIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


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
    """Records with their cell texts, one list per column (``texts[column][row]``), each
    row's folded search text and, when :func:`prepare_rows` worked them out, each column's
    sort keys and ascending order (an index: a click on a header then sorts nothing)."""

    rows: list[Any]
    texts: list[list[str]]
    search: list[str]
    keys: dict[int, list[Any]] = dataclass_field(default_factory=dict)
    orders: dict[tuple[int, bool], list[int]] = dataclass_field(default_factory=dict)


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
    keys = {
        number: sort_keys([(column.sort_key or column.value)(record) for record in rows])
        for number, column in enumerate(columns)
    }
    orders = {(number, False): sorted_rows(column_keys) for number, column_keys in keys.items()}
    return PreparedRows(rows, texts, search, keys, orders)


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


def _muted_brush() -> QBrush:
    """A muted row's text: greyer, still readable (the disabled grey is not)."""
    return theme.brush(theme.muted_text)


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
        self._keys: dict[int, list[Any]] = dict(prepared.keys)
        self._orders: dict[tuple[int, bool], list[int]] = dict(prepared.orders)

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
        without ``FilterProxyModel``, which sorts without touching the rows."""
        if not 0 <= column < len(self._columns):
            self._sorted_by = None
            return
        self._sorted_by = (column, order)
        permutation = self.sorted_rows(column, order)
        self.layoutAboutToBeChanged[LAYOUT_OVERLOAD].emit([], ROWS_MOVED)
        new_row_of = {old: new for new, old in enumerate(permutation)}
        persistent = self.persistentIndexList()
        self._permute(permutation)
        self.changePersistentIndexList(
            persistent,
            [self.index(new_row_of[i.row()], i.column()) for i in persistent],
        )
        self.layoutChanged[LAYOUT_OVERLOAD].emit([], ROWS_MOVED)

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

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
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
        return READ_ONLY
